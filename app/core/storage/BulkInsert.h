#pragma once
#include "Result.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3_stmt;
class QSqlDriver;

namespace hc {

class BulkCopy;
class PgStatement;

// How a bulk writer (ConditionWriter, ColorUpdater) writes. Immediate: each row as it comes. Deferred, on PostgreSQL:
// new rows travel by COPY and updates are staged in temporary tables, all written set-wise when the writer finishes,
// instead of a round trip to the server per row. The caller then reads none of those rows back before the writer
// finishes, and changes each holder once. SQLite writes row by row either way (it has no round trips to save).
enum class Writes { Immediate, Deferred };

// One statement (INSERT or UPDATE) run a million times inside the caller's transaction, on the SQLite handle under the Qt
// connection: QSqlQuery's per-value QVariant binding costs more than SQLite's own work at this scale. On PostgreSQL a
// statement prepared through libpq (PgStatement), or COPY for a plain INSERT when the caller asks for it (Mode). An
// INSERT … RETURNING id gives its row's id to lastRowId() (never through COPY).
class BulkInsert final
{
    Q_DISABLE_COPY_MOVE(BulkInsert)
public:
    // How the rows reach PostgreSQL; SQLite runs the statement row by row whatever the mode (it has no round trips).
    // COPY takes a plain `INSERT INTO t(c1, …) VALUES (?, …)` only; anything else runs as a statement per row.
    enum class Mode {
        Statement, // a statement per row: the rows are written at step()
        // One COPY from the first chunk of rows to finish(): the caller runs nothing else on the connection in between.
        Copy,
        // A COPY per ~256 KiB of rows, the connection free between them: for callers that query between rows.
        CopyChunks,
    };
    BulkInsert(const QSqlDatabase &db, const QString &sql, Mode mode = Mode::Statement);
    // Through COPY, rows not finish()ed never commit: the caller's transaction fails (BulkCopy).
    ~BulkInsert();
    Status status() const { return m_status; }

    // Parameters are 1-based as in SQLite. Text is encoded to UTF-8 into a buffer per parameter (SQLite's own
    // UTF-16 path checks for a byte-order mark and converts on every value).
    void bind(int i, qint64 v);
    void bind(int i, const QString &text);
    void bind(int i, const std::optional<qint64> &v);
    void bindNull(int i);
    void bindUtf8(int i, const QByteArray &utf8); // must live until step()
    Status step(); // runs the row, then resets for the next one (through COPY: queues it)
    // Where the rows end: through COPY the queued rows are sent and the COPY ended, and a row the server refuses (a
    // constraint) fails here. A no-op for a statement per row. Rows may follow, in a new COPY.
    Status finish();
    qint64 lastRowId() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<PgStatement> m_pg;
    std::unique_ptr<BulkCopy> m_copy;
    qint64 m_lastId = 0;
    const QSqlDriver *m_driver = nullptr;
    std::vector<QByteArray> m_text; // per parameter, reused row after row
    Status m_status;
};

} // namespace hc
