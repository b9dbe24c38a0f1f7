#include "Database.h"
#include "PrivateFiles.h"
#include "LockWait.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QStorageInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

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
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    // Another writer's transaction is waited for (lockwait::limitSeconds), with a word after a second.
    lockwait::install(db);
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
    m_notes.clear();
    if (!files::makePrivateDir(fi.absolutePath()))
        return Error::refused(QCoreApplication::translate("hc::Database", "Cannot create the folder %1.")
                                  .arg(fi.absolutePath()));
    // Full ID numbers, names, phones and password hashes: the owner alone reads the file (SQLite gives its -wal
    // and -shm files the database's permissions).
    if (!fi.exists()) {
        QFile create(m_path);
        if (create.open(QIODevice::WriteOnly))
            files::makePrivate(create);
    } else if (const auto note = files::tighten(m_path)) {
        m_notes << *note;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return diskFullOr(Error::refused(QCoreApplication::translate("hc::Database", "Cannot open the database %1: %2")
                                             .arg(m_path, db.lastError().text())));
    if (Status s = Migrations::apply(db); !s)
        return diskFullOr(s.error());
    return Ok{};
}

Error Database::diskFullOr(const Error &e) const
{
    // A full disk shows up at open as an unreadable file or a failed write: say what it is.
    const QStorageInfo disk(QFileInfo(m_path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 4 * 1024 * 1024)
        return Error::unavailable(QCoreApplication::translate("hc::Database", "The disk holding %1 is full (%2 KB free). Free some space "
                                                                          "and try again; the database was not changed.")
                                  .arg(m_path)
                                  .arg(disk.bytesAvailable() / 1024));
    return e;
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

namespace {

// Per connection (driver properties): how many hc::Transaction objects hold its transaction, and how many guard it
// read-only because they could not take the lock. Nested objects then neither end the outer transaction nor lift
// an outer guard.
constexpr char kDepth[] = "hc_tx_depth";
constexpr char kGuards[] = "hc_tx_guards";

int counter(const QSqlDatabase &db, const char *name)
{
    return db.driver() ? db.driver()->property(name).toInt() : 0;
}

void setCounter(const QSqlDatabase &db, const char *name, int value)
{
    if (db.driver())
        db.driver()->setProperty(name, value);
}

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0)
        return false;
    auto *handle = *static_cast<sqlite3 *const *>(h.constData());
    return handle && !sqlite3_get_autocommit(handle);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // The write lock is taken up front (IMMEDIATE): the console's sync worker and the officials write the same file,
    // and a deferred transaction that read first would fail at its first write instead of waiting its turn.
    if (m_db.driverName() == QLatin1String("QSQLITE")) {
        if (inTransaction(m_db)) {
            if (counter(m_db, kDepth) > 0) {
                // Inside a caller's Transaction: join it; the outermost commits or rolls back.
                m_begun = m_joined = true;
                setCounter(m_db, kDepth, counter(m_db, kDepth) + 1);
                return;
            }
            // A transaction nobody owns (left open by mistake): joining it would report a commit that never
            // happens. It is rolled back, and this one starts afresh.
            qCWarning(lcDb) << "rolling back a transaction left open on" << m_db.databaseName();
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
        QSqlQuery q(m_db);
        m_begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (m_begun) {
            setCounter(m_db, kDepth, 1);
        } else {
            m_failure = sqlError(q.lastError(), q.lastQuery());
            // Without the write lock, nothing the caller runs before commit() may write in autocommit mode: the
            // connection turns read-only until this object is gone, and every write fails with m_failure.
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
            setCounter(m_db, kGuards, counter(m_db, kGuards) + 1);
            if (m_db.driver())
                m_db.driver()->setProperty(kNoTransaction, m_failure.message);
        }
    } else {
        m_begun = m_db.transaction();
        if (!m_begun)
            m_failure = sqlError(m_db.lastError(), QStringLiteral("BEGIN"));
    }
}

Transaction::~Transaction()
{
    if (m_db.driverName() != QLatin1String("QSQLITE")) {
        if (m_begun && !m_done)
            m_db.rollback();
        return;
    }
    if (m_joined) {
        setCounter(m_db, kDepth, counter(m_db, kDepth) - 1);
        return;
    }
    if (m_begun) {
        if (!m_done)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        setCounter(m_db, kDepth, 0);
        return;
    }
    const int guards = counter(m_db, kGuards) - 1;
    setCounter(m_db, kGuards, guards);
    if (guards <= 0) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 0"));
        if (m_db.driver())
            m_db.driver()->setProperty(kNoTransaction, QVariant());
    }
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_failure;
    if (m_joined)
        return Ok{};
    m_done = true;
    if (m_db.driverName() != QLatin1String("QSQLITE")) {
        if (!m_db.commit()) {
            const Error e = sqlError(m_db.lastError(), QStringLiteral("COMMIT"));
            m_db.rollback();
            return e;
        }
        return Ok{};
    }
    // Through a statement, not QSqlDatabase::commit(): that one drops SQLite's error code, and a full disk or an
    // I/O error shows at COMMIT (the WAL is written there).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(q.lastError(), QStringLiteral("COMMIT"), m_db.driver());
        if (inTransaction(m_db))
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return Ok{};
}

Error sqlError(const QSqlError &e, const QString &sql, const QSqlDriver *driver)
{
    // SQLite's primary result code (the extended codes keep it in the low byte).
    const int extended = e.nativeErrorCode().toInt();
    const int code = extended & 0xff;
    if (extended == 517) // SQLITE_BUSY_SNAPSHOT: a statement of this connection still read an older state
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                          "Another change was written while this one was being prepared. Nothing "
                                                          "was changed; try again."));
    if (code == 8 && driver && driver->property(kNoTransaction).isValid()) // SQLITE_READONLY under Transaction's guard
        return Error::unavailable(driver->property(kNoTransaction).toString());
    if (code == 5 || code == 6) // SQLITE_BUSY, SQLITE_LOCKED
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                          "The database is busy: another change (another official, hcctl or the "
                                                          "sync) has held it for more than %1 s. Nothing was changed; try again.")
                                  .arg(lockwait::limitSeconds()));
    if (code == 13) // SQLITE_FULL
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                          "The disk holding the database is full. Nothing was changed; free some "
                                                          "space and try again."));
    if (code == 10) // SQLITE_IOERR
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                          "The database file could not be read or written (%1). Nothing was "
                                                          "changed; check the disk.")
                                  .arg(e.databaseText()));
    return Error::internal(QStringLiteral("SQL failed: %1 [%2]").arg(e.text(), sql));
}

Status exec(QSqlQuery &q)
{
    if (q.exec())
        return Ok{};
    return sqlError(q.lastError(), q.lastQuery(), q.driver());
}

Status execSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return Ok{};
    return sqlError(q.lastError(), sql, db.driver());
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
