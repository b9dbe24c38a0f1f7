#include "BulkCopy.h"
#include "DriverHandles.h"
#include "PgStatement.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <charconv>
#include <libpq-fe.h>

namespace hc {

namespace {

constexpr char kNull[] = "\\N";

// COPY's text format: a backslash escapes the four bytes that would end a field or a row (and itself).
void appendEscaped(QByteArray &out, const char *p, qsizetype n)
{
    const char *run = p;
    const char *const end = p + n;
    for (; p < end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, p - run);
        const char escaped[2] = {'\\', c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r'};
        out.append(escaped, 2);
        run = p + 1;
    }
    out.append(run, end - run);
}

} // namespace

std::optional<QByteArray> BulkCopy::statementFor(const QString &insert, int *columns)
{
    static const QRegularExpression plain(QStringLiteral("^\\s*INSERT\\s+INTO\\s+((?:\\w+\\.)?\\w+)\\s*\\(\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\)"
                                                         "\\s*VALUES\\s*\\(\\s*(\\?(?:\\s*,\\s*\\?)*)\\s*\\)\\s*;?\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = plain.match(insert);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringList names = m.captured(2).split(QLatin1Char(','));
    const qsizetype placeholders = m.captured(3).count(QLatin1Char('?'));
    if (names.size() != placeholders)
        return std::nullopt;
    QStringList trimmed;
    for (const QString &n : names)
        trimmed << n.trimmed();
    *columns = int(names.size());
    return QStringLiteral("COPY %1(%2) FROM STDIN").arg(m.captured(1), trimmed.join(QStringLiteral(", "))).toUtf8();
}

namespace {
QMutex g_unfinishedLock;
QHash<const pg_conn *, int> g_unfinished; // per connection, BulkCopys with rows not finish()ed
} // namespace

int BulkCopy::unfinished(const pg_conn *conn)
{
    const QMutexLocker lock(&g_unfinishedLock);
    return g_unfinished.value(conn);
}

void BulkCopy::setPending(bool pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    const QMutexLocker lock(&g_unfinishedLock);
    int &n = g_unfinished[m_conn];
    n += pending ? 1 : -1;
    if (n <= 0)
        g_unfinished.remove(m_conn);
}

BulkCopy::BulkCopy(const QSqlDatabase &db, QByteArray copy, int columns, bool chunks)
    : m_conn(pgConnection(db)), m_driver(db.driver()), m_copy(std::move(copy)), m_chunks(chunks),
      m_fields(size_t(std::max(columns, 0)), QByteArray(kNull))
{
    if (!m_conn)
        m_status = Error::internal(QStringLiteral("BulkCopy needs a QPSQL connection"));
    m_buffer.reserve(chunkBytes() + (chunkBytes() >> 2));
}

BulkCopy::~BulkCopy()
{
    abandon();
    setPending(false);
}

void BulkCopy::abandon()
{
    if (!m_conn || !m_status)
        return; // nothing to end, or the failure already failed the transaction
    if (m_open) {
        (void)end("aborted: BulkInsert destroyed before finish()");
        return;
    }
    // Rows added but never finished: nothing of them may commit, whether they were queued here or already sent in
    // an earlier chunk. A COPY begun and ended in error fails the caller's transaction as a failed statement would.
    if (m_pending && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) == PQTRANS_INTRANS && begin())
        (void)end("aborted: BulkInsert destroyed before finish()");
}

QByteArray *BulkCopy::field(int i)
{
    if (i < 1 || size_t(i) > m_fields.size())
        return nullptr;
    QByteArray *f = &m_fields[size_t(i - 1)];
    f->resize(0); // keeps its capacity: no allocation row after row
    return f;
}

void BulkCopy::set(int i, qint64 v)
{
    if (QByteArray *f = field(i)) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, v);
        f->append(digits, r.ptr - digits);
    }
}

void BulkCopy::setUtf8(int i, const char *text, qsizetype size)
{
    if (QByteArray *f = field(i))
        appendEscaped(*f, text, size);
}

void BulkCopy::setNull(int i)
{
    if (QByteArray *f = field(i))
        f->append(kNull, 2);
}

Status BulkCopy::addRow()
{
    if (!m_status)
        return m_status;
    setPending(true);
    for (size_t i = 0; i < m_fields.size(); ++i) {
        m_buffer.append(m_fields[i]);
        m_buffer.append(i + 1 < m_fields.size() ? '\t' : '\n');
    }
    if (m_buffer.size() < chunkBytes())
        return Ok{};
    return send(m_chunks);
}

Status BulkCopy::finish()
{
    if (!m_status)
        return m_status;
    if (!m_pending)
        return Ok{};
    setPending(false);
    return send(true);
}

Status BulkCopy::begin()
{
    PGresult *r = PQexec(m_conn, m_copy.constData());
    const bool copying = PQresultStatus(r) == PGRES_COPY_IN;
    Status s = copying ? Status(Ok{}) : Status(pgResultError(m_conn, r, QString::fromUtf8(m_copy), m_driver));
    PQclear(r);
    if (copying)
        m_open = true;
    else // a COPY the server refused leaves no other result behind, but a connection gone may: read them all
        while (PGresult *rest = PQgetResult(m_conn))
            PQclear(rest);
    return s;
}

Status BulkCopy::end(const char *failure)
{
    m_open = false;
    Status s = Ok{};
    if (PQputCopyEnd(m_conn, failure) != 1)
        s = pgResultError(m_conn, nullptr, QString::fromUtf8(m_copy), m_driver);
    // The COPY's own result, then the end of the results. A connection that broke mid-COPY may still answer
    // PGRES_COPY_IN: it is not asked again.
    while (PGresult *r = PQgetResult(m_conn)) {
        const ExecStatusType st = PQresultStatus(r);
        if (st != PGRES_COMMAND_OK && s)
            s = pgResultError(m_conn, st == PGRES_COPY_IN ? nullptr : r, QString::fromUtf8(m_copy), m_driver);
        PQclear(r);
        if (st == PGRES_COPY_IN)
            break;
    }
    return s;
}

Status BulkCopy::send(bool endCopy)
{
    Status s = Ok{};
    if (!m_open && !m_buffer.isEmpty())
        s = begin();
    if (s && !m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        s = pgResultError(m_conn, nullptr, QString::fromUtf8(m_copy), m_driver);
        endCopy = true;
    }
    m_buffer.resize(0);
    if (m_open && endCopy) {
        // The server's verdict on the rows (a constraint violated by any of them); when the rows could not all be
        // sent, the COPY is ended in error (no part of it may stand) and libpq's reason is the one to tell.
        const Status ended = end(s ? nullptr : "aborted: the rows could not be sent");
        if (s)
            s = ended;
    }
    if (!s)
        m_status = s;
    return s;
}

} // namespace hc
