#include "StreamQuery.h"
#include "Database.h"
#include "PgStatement.h"

#include <QSqlDriver>
#include <atomic>
#include <libpq-fe.h>
#include <vector>

namespace hc {

namespace {

std::atomic<quint64> g_cursors{0};

constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

std::optional<QByteArray> asText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    switch (v.typeId()) {
    case QMetaType::Bool: return QByteArray(v.toBool() ? "t" : "f");
    case QMetaType::QByteArray: return QByteArray("\\x") + v.toByteArray().toHex();
    case QMetaType::Double:
    case QMetaType::Float: return QByteArray::number(v.toDouble(), 'g', 17);
    default: return v.toString().toUtf8();
    }
}

} // namespace

StreamQuery::StreamQuery(QSqlDatabase db) : m_db(std::move(db)), m_query(m_db)
{
    if (m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        m_conn = PgStatement::connectionOf(m_db);
    else
        m_query.setForwardOnly(true);
}

StreamQuery::~StreamQuery()
{
    close();
}

void StreamQuery::prepare(const QString &sql)
{
    close();
    m_sql = sql;
    m_binds.clear();
    if (!m_conn)
        m_query.prepare(sql);
}

void StreamQuery::bindValue(int pos, const QVariant &v)
{
    if (!m_conn) {
        m_query.bindValue(pos, v);
        return;
    }
    if (m_binds.size() <= pos)
        m_binds.resize(pos + 1);
    m_binds[pos] = v;
}

void StreamQuery::addBindValue(const QVariant &v)
{
    if (!m_conn)
        m_query.addBindValue(v);
    else
        m_binds << v;
}

Status StreamQuery::exec()
{
    if (!m_conn)
        return hc::exec(m_query);
    close();
    int count = 0;
    const QByteArray body = pgPlaceholders(m_sql, &count);
    m_cursor = "hc_stream_" + QByteArray::number(g_cursors.fetch_add(1));
    const bool inTransaction = PQtransactionStatus(m_conn) == PQTRANS_INTRANS;
    const QByteArray declare = "DECLARE " + m_cursor + " NO SCROLL CURSOR " + (inTransaction ? "" : "WITH HOLD ") + "FOR " + body;
    std::vector<std::optional<QByteArray>> texts;
    std::vector<const char *> values;
    for (int i = 0; i < count; ++i)
        texts.push_back(i < m_binds.size() ? asText(m_binds[i]) : std::nullopt);
    for (const auto &t : texts)
        values.push_back(t ? t->constData() : nullptr);
    PGresult *r = PQexecParams(m_conn, declare.constData(), count, nullptr, values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        const Error e = pgResultError(m_conn, r, m_sql, m_db.driver());
        PQclear(r);
        return e;
    }
    PQclear(r);
    m_open = true;
    m_done = false;
    return Ok{};
}

bool StreamQuery::fetch()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
    if (!m_open || m_done)
        return false;
    const QByteArray sql = "FETCH FORWARD " + QByteArray::number(kBatch) + " FROM " + m_cursor;
    m_result = PQexec(m_conn, sql.constData());
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK || PQntuples(m_result) == 0) {
        m_done = true;
        close();
        return false;
    }
    m_done = PQntuples(m_result) < kBatch;
    return true;
}

bool StreamQuery::next()
{
    if (!m_conn)
        return m_query.next();
    if (m_result && m_row + 1 < PQntuples(m_result)) {
        ++m_row;
        return true;
    }
    if (m_done && m_result) { // the last batch was short: nothing more on the server
        close();
        return false;
    }
    if (!fetch())
        return false;
    m_row = 0;
    return true;
}

QVariant StreamQuery::value(int column) const
{
    if (!m_conn)
        return m_query.value(column);
    if (!m_result || m_row < 0 || column >= PQnfields(m_result) || PQgetisnull(m_result, m_row, column))
        return {};
    const char *v = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case kInt8:
    case kInt2:
    case kInt4:
    case kOid: return QVariant(qint64(std::strtoll(v, nullptr, 10)));
    case kBool: return QVariant(v[0] == 't');
    case kFloat4:
    case kFloat8:
    case kNumeric: return QVariant(std::strtod(v, nullptr));
    case kBytea: {
        size_t n = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(v), &n);
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(n));
        PQfreemem(bytes);
        return out;
    }
    default: return QString::fromUtf8(v, PQgetlength(m_result, m_row, column));
    }
}

void StreamQuery::close()
{
    if (!m_conn)
        return;
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    // A cursor of an aborted transaction is gone with it; on a live connection it is closed (WITH HOLD ones outlive
    // their transaction and would otherwise hold the server's copy until the connection ends).
    if (m_open && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) != PQTRANS_INERROR)
        PQclear(PQexec(m_conn, ("CLOSE " + m_cursor).constData()));
    m_open = false;
}

} // namespace hc
