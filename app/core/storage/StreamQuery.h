#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct pg_conn;
struct pg_result;

namespace hc {

// A read of many rows (every holder, the whole audit chain), one at a time and bounded in memory on both backends.
// SQLite: a forward-only statement. PostgreSQL: a server-side cursor fetched kBatch rows at a time; QPSQL would hold
// the whole result in the client (10 M holders: gigabytes), and its forward-only mode drops the rest of the rows when
// the connection runs another statement, as the visitors of a scan do. Inside a transaction the cursor sees the
// transaction's snapshot at exec(); outside one it is WITH HOLD (the server keeps the result, not the client).
class StreamQuery final
{
    Q_DISABLE_COPY_MOVE(StreamQuery)
public:
    static constexpr int kBatch = 2000;
    explicit StreamQuery(QSqlDatabase db);
    ~StreamQuery();

    void prepare(const QString &sql); // `?` placeholders
    void bindValue(int pos, const QVariant &v);
    void addBindValue(const QVariant &v);
    Status exec();
    Status exec(const QString &sql) { prepare(sql); return exec(); }
    bool next();
    // Integers as qint64, text as QString, bytea as QByteArray, NULL as a null QVariant: as QSqlQuery gives them.
    QVariant value(int column) const;

private:
    bool fetch();
    void close();

    QSqlDatabase m_db;
    QString m_sql;
    QVariantList m_binds;
    QSqlQuery m_query; // SQLite
    pg_conn *m_conn = nullptr;
    pg_result *m_result = nullptr;
    QByteArray m_cursor;
    int m_row = -1;
    bool m_open = false;
    bool m_done = false;
};

} // namespace hc
