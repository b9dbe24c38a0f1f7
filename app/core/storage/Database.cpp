#include "Database.h"
#include "BulkCopy.h"
#include "ChangeWatcher.h"
#include "ConnectionCheck.h"
#include "DriverHandles.h"
#include "PrivateFiles.h"
#include "ServerConnection.h"
#include "LockWait.h"
#include "Migrations.h"
#include "SqlDialect.h"

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
#include <libpq-fe.h>
#include <sqlite3.h>

namespace hc {

Q_LOGGING_CATEGORY(lcDb, "hc.db")

namespace {

Database::PasswordSource &passwordSource()
{
    static Database::PasswordSource source;
    return source;
}


} // namespace

Database::Database(QString location)
    : m_path(std::move(location)), m_baseName(QStringLiteral("hc-") + QUuid::createUuid().toString(QUuid::Id128))
{
    auto parsed = DatabaseLocation::parse(m_path);
    if (parsed) {
        m_location = *parsed;
        if (m_location.isPostgres())
            m_path = m_location.display();
    } else {
        m_locationOk = false;
        m_locationError = parsed.error();
        m_location.path = m_path;
    }
}

void Database::setPasswordSource(PasswordSource source)
{
    passwordSource() = std::move(source);
}

std::optional<QString> Database::storedPassword(const DatabaseLocation &where)
{
    return passwordSource() ? passwordSource()(where) : std::nullopt;
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
    if (m_location.isPostgres())
        return openServerConnection(name);
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

QSqlDatabase Database::openServerConnection(const QString &name) const
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        PGconn *conn = pgConnection(db);
        // A connection the server dropped (restarted, killed) is opened again here, outside any transaction: what
        // was committed is on the server, and what was not was rolled back there.
        // Between transactions, reading what the socket holds notices a server that closed it (a restart, an
        // administrator's pg_terminate_backend) before a statement fails on it; a non-blocking read, no round trip.
        // (Twice: the first read takes the server's farewell message, the second sees the end of the stream.)
        if (db.isOpen() && conn && PQstatus(conn) == CONNECTION_OK
            && (PQtransactionStatus(conn) != PQTRANS_IDLE
                || (PQconsumeInput(conn) && PQconsumeInput(conn) && PQstatus(conn) == CONNECTION_OK)))
            return db;
        db.close();
        if (!db.open())
            qCWarning(lcDb) << "cannot reconnect to" << m_path << db.lastError().text();
        else
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }
    QSqlDatabase db = addServerConnection(m_location, name);
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

Status Database::open()
{
    m_notes.clear();
    if (!m_locationOk)
        return m_locationError;
    if (!m_location.isPostgres())
        return openFile();
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::unavailable(ConnectionCheck::failureWords(db.lastError().text(), m_location));
    return Migrations::apply(db);
}

Status Database::openFile()
{
    const QFileInfo fi(m_path);
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
    if (m_location.isPostgres())
        return e;
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
    if (PGconn *conn = pgConnection(db))
        return PQtransactionStatus(conn) != PQTRANS_IDLE && PQtransactionStatus(conn) != PQTRANS_UNKNOWN;
    sqlite3 *handle = sqliteConnection(db);
    return handle && !sqlite3_get_autocommit(handle);
}

Error serverUnavailable(const QSqlDatabase &db)
{
    return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                          "The database server %1 cannot be reached. Nothing was changed; the "
                                                          "console connects again by itself when the server is back.")
                                  .arg(db.hostName()));
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const bool pg = sql::isPostgres(m_db);
    if (!pg && m_db.driverName() != QLatin1String("QSQLITE")) {
        m_begun = m_db.transaction();
        if (!m_begun)
            m_failure = sqlError(m_db.lastError(), QStringLiteral("BEGIN"));
        return;
    }
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
    if (pg) {
        // Writers take turns, as on SQLite: the writer lock first, then every read of the transaction sees what the
        // previous writer committed (READ COMMITTED takes a snapshot per statement).
        if (!q.exec(QStringLiteral("BEGIN"))) {
            m_failure = sqlError(q.lastError(), QStringLiteral("BEGIN"), m_db.driver());
            return;
        }
        if (lockwait::acquireAdvisory(m_db, sql::kWriterLock)) {
            m_begun = true;
            setCounter(m_db, kDepth, 1);
            return;
        }
        PGconn *conn = pgConnection(m_db);
        if (!conn || PQstatus(conn) != CONNECTION_OK || PQtransactionStatus(conn) != PQTRANS_INTRANS)
            m_failure = serverUnavailable(m_db);
        else
            m_failure = Error::unavailable(QCoreApplication::translate("hc::Database",
                                                                       "The database is busy: another change (another official, "
                                                                       "hcctl or the sync) has held it for more than %1 s. Nothing "
                                                                       "was changed; try again.")
                                               .arg(lockwait::limitSeconds()));
        // As on SQLite: without the lock nothing before commit() may write; reads still work.
        QSqlQuery(m_db).exec(QStringLiteral("SET LOCAL transaction_read_only = on"));
        m_guarded = true;
    } else {
        // The write lock is taken up front (IMMEDIATE): the console's sync worker and the officials write the same
        // file, and a deferred transaction that read first would fail at its first write instead of waiting its turn.
        m_begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (m_begun) {
            setCounter(m_db, kDepth, 1);
            return;
        }
        m_failure = sqlError(q.lastError(), q.lastQuery());
        // Without the write lock, nothing the caller runs before commit() may write in autocommit mode: the
        // connection turns read-only until this object is gone, and every write fails with m_failure.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
    }
    setCounter(m_db, kGuards, counter(m_db, kGuards) + 1);
    if (m_db.driver())
        m_db.driver()->setProperty(kNoTransaction, m_failure.message);
}

Transaction::~Transaction()
{
    const bool pg = sql::isPostgres(m_db);
    if (!pg && m_db.driverName() != QLatin1String("QSQLITE")) {
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
    if (pg && !m_guarded)
        return; // BEGIN itself failed
    const int guards = counter(m_db, kGuards) - 1;
    setCounter(m_db, kGuards, guards);
    if (pg)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    if (guards <= 0) {
        if (!pg)
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
    if (!sql::isPostgres(m_db) && m_db.driverName() != QLatin1String("QSQLITE")) {
        if (!m_db.commit()) {
            const Error e = sqlError(m_db.lastError(), QStringLiteral("COMMIT"));
            m_db.rollback();
            return e;
        }
        return Ok{};
    }
    // Rows a bulk writer queued for COPY but did not finish: committing would keep some and lose the others.
    if (PGconn *conn = pgConnection(m_db); conn && BulkCopy::unfinished(conn) > 0) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error::internal(QStringLiteral("COMMIT with rows written by COPY not finished; rolled back"));
    }
    // PostgreSQL answers COMMIT of a transaction in which a statement failed with a silent ROLLBACK: say so.
    if (PGconn *conn = pgConnection(m_db); conn && PQtransactionStatus(conn) != PQTRANS_INTRANS) {
        const bool gone = PQstatus(conn) != CONNECTION_OK;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return gone ? serverUnavailable(m_db)
                    : Error::internal(QStringLiteral("COMMIT of a transaction in which a statement had failed; rolled back"));
    }
    // The other consoles refresh within 2 s (ChangeWatcher); the server delivers the notice only if COMMIT succeeds.
    if (sql::isPostgres(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("NOTIFY %1, '%2'").arg(QLatin1String(ChangeWatcher::kChannel), ChangeWatcher::processTag()));
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

namespace {

// PostgreSQL's SQLSTATE classes, as the user must read them.
Error pgError(const QSqlError &e, const QString &sql, const QSqlDriver *driver)
{
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("25006") && driver && driver->property(kNoTransaction).isValid())
        return Error::unavailable(driver->property(kNoTransaction).toString());
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                              "Another change was written while this one was being prepared. "
                                                              "Nothing was changed; try again."));
    if (state == QLatin1String("53100"))
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                              "The disk holding the database is full. Nothing was changed; free "
                                                              "some space and try again."));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) || e.type() == QSqlError::ConnectionError
        || (state.isEmpty() && e.databaseText().contains(QLatin1String("server closed the connection"))))
        return Error::unavailable(QCoreApplication::translate("hc::Database",
                                                              "The database server cannot be reached (%1). Nothing was changed; "
                                                              "the console connects again by itself when the server is back.")
                                      .arg(e.databaseText().trimmed()));
    return Error::internal(QCoreApplication::translate("hc::Database", "A database operation failed: %1. Tell the administrator; "
                                                                     "the details line shows the statement.")
                               .arg(e.text().trimmed()))
        .withDetail(QStringLiteral("SQL failed: %1 [%2]").arg(e.text(), sql));
}

} // namespace

Error sqlError(const QSqlError &e, const QString &sql, const QSqlDriver *driver)
{
    if (driver && qstrcmp(driver->handle().typeName(), "pg_conn*") == 0)
        return pgError(e, sql, driver);
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
    return Error::internal(QCoreApplication::translate("hc::Database", "A database operation failed: %1. Tell the administrator; "
                                                                     "the details line shows the statement.")
                               .arg(e.text().trimmed()))
        .withDetail(QStringLiteral("SQL failed: %1 [%2]").arg(e.text(), sql));
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

TempWrites::TempWrites(QSqlDatabase db) : m_db(std::move(db))
{
    m_ownTransaction = sql::isPostgres(m_db) && !inTransaction(m_db);
    m_status = execSql(m_db, m_ownTransaction ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT hc_temp_writes"));
    if (!m_status)
        m_done = true;
}

TempWrites::~TempWrites()
{
    if (m_done)
        return;
    if (m_ownTransaction) {
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(m_db, QStringLiteral("ROLLBACK TO hc_temp_writes"));
        (void)execSql(m_db, QStringLiteral("RELEASE hc_temp_writes"));
    }
}

Status TempWrites::release()
{
    if (m_done)
        return m_status;
    m_done = true;
    return execSql(m_db, m_ownTransaction ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE hc_temp_writes"));
}

WorkstationLock::WorkstationLock(QSqlDatabase db, qint64 key) : m_db(std::move(db)), m_key(key)
{
    if (!sql::isPostgres(m_db))
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    q.addBindValue(key);
    m_held = m_taken = q.exec() && q.next() && q.value(0).toBool();
    if (m_held)
        return;
    // Who has it: the workstation named in its connection (application_name hc@HOST).
    QSqlQuery who(m_db);
    who.prepare(QStringLiteral("SELECT a.application_name, a.client_addr FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                               " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ? AND l.database ="
                               " (SELECT oid FROM pg_database WHERE datname = current_database())"));
    who.addBindValue(quint32(quint64(key) & 0xffffffffu));
    if (who.exec() && who.next()) {
        const QString app = who.value(0).toString();
        m_holder = app.startsWith(QLatin1String("hc@")) ? app.mid(3) : who.value(1).toString();
    }
}

WorkstationLock::~WorkstationLock()
{
    if (!m_taken)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    q.addBindValue(m_key);
    q.exec();
}

LargeCacheScope::LargeCacheScope(QSqlDatabase db, qint64 rows, qint64 threshold) : m_db(std::move(db))
{
    if (rows < threshold || sql::isPostgres(m_db))
        return; // the server's shared_buffers are the administrator's to size
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
