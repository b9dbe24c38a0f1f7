#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace hc {

// One SQLite file (WAL). Each thread gets its own connection, opened on first use.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    explicit Database(QString path);
    ~Database();

    // Opens, sets pragmas, applies migrations; refuses a database newer than this program.
    Status open();
    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    static QString defaultPath();

private:
    QString m_path;
    QString m_baseName;
};

// RAII transaction: rolls back unless commit() succeeded.
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

// Runs a prepared query; on failure returns an Internal error naming the statement.
Status exec(QSqlQuery &q);
Status execSql(QSqlDatabase db, const QString &sql);
// Binds text columns declared NOT NULL: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace hc
