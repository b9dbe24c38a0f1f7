#pragma once
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <optional>
#include <vector>

class QSqlDriver;
struct pg_conn;
struct pg_result;

namespace hc {

// One statement prepared on the libpq connection under a QPSQL QSqlDatabase, run many times with text parameters:
// the PostgreSQL half of BulkInsert and RawQuery. Placeholders are written `?` as for SQLite.
class PgStatement final
{
    Q_DISABLE_COPY_MOVE(PgStatement)
public:
    PgStatement(const QSqlDatabase &db, const QString &sql);
    ~PgStatement();
    static pg_conn *connectionOf(const QSqlDatabase &db);

    const Status &status() const { return m_status; }
    void set(int i, std::optional<QByteArray> value); // 1-based
    // Runs with the parameters set; the result (rows, or nothing) stays until the next run.
    Status run();
    int rows() const;
    bool isNull(int row, int column) const;
    QByteArrayView value(int row, int column) const;

private:
    pg_conn *m_conn = nullptr;
    const QSqlDriver *m_driver = nullptr;
    pg_result *m_result = nullptr;
    QByteArray m_name;
    QString m_sql;
    std::vector<std::optional<QByteArray>> m_params;
    Status m_status;
};

// `?` placeholders (as for SQLite) → `$n`, outside quoted text; `count` gets how many.
QByteArray pgPlaceholders(const QString &sql, int *count);

// A libpq error as the rest of storage words it (SQLSTATE kept for sqlError()).
Error pgResultError(pg_conn *conn, pg_result *result, const QString &sql, const QSqlDriver *driver);

} // namespace hc
