#include "PgStatement.h"
#include "DriverHandles.h"
#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <atomic>
#include <libpq-fe.h>

namespace hc {

namespace {

std::atomic<quint64> g_counter{0};

} // namespace

// `?` → `$n`, outside quoted text.
QByteArray pgPlaceholders(const QString &sql, int *count)
{
    QByteArray out;
    const QByteArray in = sql.toUtf8();
    out.reserve(in.size() + 16);
    char quote = 0;
    int n = 0;
    for (char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    *count = n;
    return out;
}

pg_conn *PgStatement::connectionOf(const QSqlDatabase &db)
{
    return pgConnection(db);
}

Error pgResultError(pg_conn *conn, pg_result *result, const QString &sql, const QSqlDriver *driver)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    const bool gone = !conn || PQstatus(conn) != CONNECTION_OK;
    return sqlError(QSqlError(QString(), text, gone ? QSqlError::ConnectionError : QSqlError::StatementError,
                              QString::fromLatin1(state ? state : (gone ? "08006" : ""))),
                    sql, driver);
}

PgStatement::PgStatement(const QSqlDatabase &db, const QString &sql) : m_conn(connectionOf(db)), m_driver(db.driver()), m_sql(sql)
{
    if (!m_conn) {
        m_status = Error::internal(QStringLiteral("PgStatement needs a QPSQL connection"));
        return;
    }
    int count = 0;
    const QByteArray text = pgPlaceholders(sql, &count);
    m_params.resize(size_t(count));
    m_name = "hc_stmt_" + QByteArray::number(++g_counter);
    PGresult *r = PQprepare(m_conn, m_name.constData(), text.constData(), count, nullptr);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        m_status = pgResultError(m_conn, r, sql, m_driver);
        m_name.clear();
    }
    PQclear(r);
}

PgStatement::~PgStatement()
{
    PQclear(m_result);
    if (m_conn && !m_name.isEmpty() && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) != PQTRANS_INERROR)
        PQclear(PQexec(m_conn, ("DEALLOCATE " + m_name).constData()));
}

void PgStatement::set(int i, std::optional<QByteArray> value)
{
    if (i < 1 || size_t(i) > m_params.size())
        return;
    // libpq reads text parameters up to their NUL: a raw view into a larger buffer (a CSV line) is copied.
    if (value)
        value = QByteArray(value->constData(), value->size());
    m_params[size_t(i - 1)] = std::move(value);
}

Status PgStatement::run()
{
    if (!m_status)
        return m_status;
    PQclear(m_result);
    m_result = nullptr;
    std::vector<const char *> values(m_params.size());
    std::vector<int> lengths(m_params.size());
    for (size_t i = 0; i < m_params.size(); ++i) {
        values[i] = m_params[i] ? m_params[i]->constData() : nullptr;
        lengths[i] = m_params[i] ? int(m_params[i]->size()) : 0;
    }
    m_result = PQexecPrepared(m_conn, m_name.constData(), int(values.size()), values.data(), lengths.data(), nullptr, 0);
    const ExecStatusType st = PQresultStatus(m_result);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
        return Ok{};
    return pgResultError(m_conn, m_result, m_sql, m_driver);
}

int PgStatement::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgStatement::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column);
}

QByteArrayView PgStatement::value(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

} // namespace hc
