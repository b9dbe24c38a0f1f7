#pragma once
#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <optional>
#include <vector>

class QSqlDriver;
struct pg_conn;

namespace hc {

// The rows of a plain INSERT sent to PostgreSQL as `COPY … FROM STDIN` (text format) on the libpq connection under a
// QPSQL connection: BulkInsert's PostgreSQL path for the bulk writers. A statement per row costs a round trip per row;
// COPY costs one per ~256 KiB of rows. Fields are set per parameter (1-based, kept until set again, as SQLite keeps
// its bindings); addRow() queues a row; finish() sends what is queued and ends the COPY: the server's verdict on the
// rows (a constraint violated) comes there, worded as every other statement's error (pgResultError).
//
// While a COPY is open nothing else may run on the connection. Streamed, one COPY stays open from the first chunk to
// finish(); in chunks, each chunk is a COPY of its own, so that the caller may run statements between rows.
class BulkCopy final
{
    Q_DISABLE_COPY_MOVE(BulkCopy)
public:
    static constexpr qsizetype kChunkBytes = 256 * 1024;
    // In chunks each is a COPY of its own, whose start and end cost a round trip and a command on the server: larger
    // ones (the case import's 1 M rows: 25 instead of 400 COPYs).
    static constexpr qsizetype kOwnCopyBytes = 4 * 1024 * 1024;

    // `COPY t(c1, …) FROM STDIN` for `INSERT INTO t(c1, …) VALUES (?, …)` with one placeholder per column; nullopt
    // for anything else (RETURNING, ON CONFLICT, an expression, a SELECT, no column list), which needs a statement.
    static std::optional<QByteArray> statementFor(const QString &insert, int *columns);

    BulkCopy(const QSqlDatabase &db, QByteArray copy, int columns, bool chunks);
    // Without finish() after the last row, the rows never commit: an open COPY is ended in error (PQputCopyEnd with
    // a message), and rows queued or sent are made to fail the caller's transaction the same way. The connection is
    // usable afterwards; the caller's transaction rolls back.
    ~BulkCopy();
    const Status &status() const { return m_status; }

    void set(int i, qint64 v);
    void setUtf8(int i, const char *text, qsizetype size);
    void setNull(int i);
    Status addRow();
    // Sends the queued rows and ends the COPY; a no-op when no row was added since the last finish().
    Status finish();
    // How many BulkCopys on the connection hold rows not finish()ed: a COMMIT then would keep part of them (the
    // chunks sent) and silently lose the rest, so Transaction::commit refuses it.
    static int unfinished(const pg_conn *conn);

private:
    qsizetype chunkBytes() const { return m_chunks ? kOwnCopyBytes : kChunkBytes; }
    QByteArray *field(int i);
    Status send(bool end);
    Status begin();
    Status end(const char *failure);
    void setPending(bool pending);
    void abandon();

    pg_conn *m_conn = nullptr;
    const QSqlDriver *m_driver = nullptr;
    QByteArray m_copy;
    bool m_chunks = false;
    bool m_open = false;    // a COPY is in progress on the connection
    bool m_pending = false; // rows added since the last finish()
    std::vector<QByteArray> m_fields; // per column, escaped; `\N` for NULL
    QByteArray m_buffer;
    Status m_status; // the first failure sticks: the server has rolled the transaction's work back by then
};

} // namespace hc
