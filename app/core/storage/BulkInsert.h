#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;
class QSqlDriver;

namespace hc {

class PgStatement;

// One statement (INSERT or UPDATE) run a million times inside the caller's transaction, on the SQLite handle under the Qt
// connection: QSqlQuery's per-value QVariant binding costs more than SQLite's own work at this scale. On PostgreSQL a
// statement prepared through libpq (PgStatement). An INSERT … RETURNING id gives its row's id to lastRowId().
class BulkInsert final
{
    Q_DISABLE_COPY_MOVE(BulkInsert)
public:
    BulkInsert(const QSqlDatabase &db, const QString &sql);
    ~BulkInsert();
    Status status() const { return m_status; }

    // Parameters are 1-based as in SQLite. Text is encoded to UTF-8 into a buffer per parameter (SQLite's own
    // UTF-16 path checks for a byte-order mark and converts on every value).
    void bind(int i, qint64 v);
    void bind(int i, const QString &text);
    void bind(int i, const std::optional<qint64> &v);
    void bindNull(int i);
    void bindUtf8(int i, const QByteArray &utf8); // must live until step()
    Status step(); // runs the row, then resets for the next one
    qint64 lastRowId() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<PgStatement> m_pg;
    qint64 m_lastId = 0;
    const QSqlDriver *m_driver = nullptr;
    std::vector<QByteArray> m_text; // per parameter, reused row after row
    Status m_status;
};

} // namespace hc
