#pragma once
#include "DatabaseLocation.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <optional>

class QSqlDriver;

namespace hc {

// A commission's database: one SQLite file (WAL), or a PostgreSQL database every workstation shares. Each thread
// gets its own connection, opened on first use; a PostgreSQL connection the server dropped is opened again.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    // A path or a postgresql:// URI (DatabaseLocation); an unreadable URI makes open() fail with its reason.
    explicit Database(QString location);
    ~Database();

    // Opens, sets pragmas, applies migrations; refuses a database newer than this program.
    Status open();
    QSqlDatabase connection() const;
    // The path, or the URI as the user gave it (no password): for messages and the status bar.
    const QString &path() const { return m_path; }
    const DatabaseLocation &location() const { return m_location; }
    bool isShared() const { return m_location.isPostgres(); }

    // Where a PostgreSQL password comes from (the console and hcctl install the keychain); with none, or none
    // stored, libpq reads PGPASSFILE (~/.pgpass). Never from a settings file.
    using PasswordSource = std::function<std::optional<QString>(const DatabaseLocation &)>;
    static void setPasswordSource(PasswordSource source);
    static std::optional<QString> storedPassword(const DatabaseLocation &where);
    int schemaVersion() const;
    // What open() did that the user should know (permissions tightened), translated.
    const QStringList &notes() const { return m_notes; }

    static QString defaultPath();

private:
    Error diskFullOr(const Error &e) const;
    Status openFile();
    QSqlDatabase openServerConnection(const QString &name) const;

    QString m_path;
    DatabaseLocation m_location;
    Error m_locationError;
    bool m_locationOk = true;
    QString m_baseName;
    QStringList m_notes;
};

// RAII transaction: rolls back unless commit() succeeded. It takes the write lock first (BEGIN IMMEDIATE, waiting as
// lockwait says), so a precondition read after it holds until commit: every state transition re-checks there.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
    bool m_joined = false; // inside a caller's transaction, which decides
    bool m_guarded = false; // PostgreSQL: BEGIN ran but the writer lock was not taken; rolled back at the end
    Error m_failure; // why the write lock was not taken
};

// Many rows into a temporary table, grouped so that they are not committed one by one: a savepoint (SQLite, or
// inside a caller's transaction), or a transaction of its own on PostgreSQL, where a savepoint needs one. It takes no
// write lock. Rolled back unless release() succeeded.
class TempWrites final
{
    Q_DISABLE_COPY_MOVE(TempWrites)
public:
    explicit TempWrites(QSqlDatabase db);
    ~TempWrites();
    Status status() const { return m_status; }
    Status release();

private:
    QSqlDatabase m_db;
    bool m_ownTransaction = false;
    bool m_done = false;
    Status m_status;
};

// The session lock that lets one workstation of a commission do a thing at a time (the platform sync): an advisory
// lock held by this connection on PostgreSQL, released on destruction; on SQLite, a file has one desk, so it is
// always held. holder() names the workstation that has it when this one does not.
class WorkstationLock final
{
    Q_DISABLE_COPY_MOVE(WorkstationLock)
public:
    WorkstationLock(QSqlDatabase db, qint64 key);
    ~WorkstationLock();
    bool held() const { return m_held; }
    const QString &holder() const { return m_holder; }

private:
    QSqlDatabase m_db;
    qint64 m_key = 0;
    bool m_held = true;
    bool m_taken = false;
    QString m_holder;
};

// A larger page cache while one big change runs (a batch naming a million holders): its dirty pages then stay
// in memory instead of spilling to the WAL mid-transaction. Restores the connection's cache on destruction.
class LargeCacheScope final
{
    Q_DISABLE_COPY_MOVE(LargeCacheScope)
public:
    static constexpr qint64 kKibibytes = 1 << 20; // 1 GiB, on workstations of 8 GiB and more
    LargeCacheScope(QSqlDatabase db, qint64 rows, qint64 threshold = 100000);
    ~LargeCacheScope();

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

// A failed statement as the user must read it: a busy database (after lockwait's wait), a full disk or an I/O
// error in a sentence (Refused: nothing was changed); anything else an Internal error naming the statement.
Error sqlError(const QSqlError &e, const QString &sql, const QSqlDriver *driver = nullptr);
// The driver property Transaction sets while its connection is guarded read-only (no write lock).
inline constexpr char kNoTransaction[] = "hc_no_transaction";

// Runs a prepared query; on failure returns sqlError().
Status exec(QSqlQuery &q);
Status execSql(QSqlDatabase db, const QString &sql);
// Binds text columns declared NOT NULL: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace hc
