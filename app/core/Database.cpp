#include "Database.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace hc {

Q_LOGGING_CATEGORY(lcDb, "hc.db")

Database::Database(QString path)
    : m_path(std::move(path)), m_baseName(QStringLiteral("hc-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &n : names) {
        // Connections of worker threads are closed by removeDatabase; touching them from here would warn.
        if (n.startsWith(m_baseName))
            QSqlDatabase::removeDatabase(n);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/console.sqlite");
}

QSqlDatabase Database::connection() const
{
    const QString name = m_baseName + QLatin1Char('-') + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA cache_size=-65536"));
    return db;
}

Status Database::open()
{
    const QFileInfo fi(m_path);
    if (!QDir().mkpath(fi.absolutePath()))
        return Error::refused(QCoreApplication::translate("hc::Database", "Cannot create the folder %1.")
                                  .arg(fi.absolutePath()));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::refused(QCoreApplication::translate("hc::Database", "Cannot open the database %1: %2")
                                  .arg(m_path, db.lastError().text()));
    return Migrations::apply(db);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // The write lock is taken up front (IMMEDIATE): the console's sync worker and the officials write the same file,
    // and a deferred transaction that read first would fail at its first write instead of waiting its turn.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery q(m_db);
        m_begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_begun = m_db.transaction();
    }
}

Transaction::~Transaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_begun)
        return Error::internal(QStringLiteral("no transaction: %1").arg(m_db.lastError().text()));
    m_done = true;
    if (!m_db.commit()) {
        const QString e = m_db.lastError().text();
        m_db.rollback();
        return Error::internal(QStringLiteral("commit failed: %1").arg(e));
    }
    return Ok{};
}

Status exec(QSqlQuery &q)
{
    if (q.exec())
        return Ok{};
    return Error::internal(QStringLiteral("SQL failed: %1 [%2]").arg(q.lastError().text(), q.lastQuery()));
}

Status execSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return Ok{};
    return Error::internal(QStringLiteral("SQL failed: %1 [%2]").arg(q.lastError().text(), sql));
}

LargeCacheScope::LargeCacheScope(QSqlDatabase db, qint64 rows, qint64 threshold) : m_db(std::move(db))
{
    if (rows < threshold)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_previous = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kKibibytes));
}

LargeCacheScope::~LargeCacheScope()
{
    if (m_previous)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=%1").arg(*m_previous));
}

} // namespace hc
