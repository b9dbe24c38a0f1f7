#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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

// Runs a prepared query; on failure returns an Internal error naming the statement.
Status exec(QSqlQuery &q);
Status execSql(QSqlDatabase db, const QString &sql);
// Binds text columns declared NOT NULL: a null QString would bind as SQL NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace hc
