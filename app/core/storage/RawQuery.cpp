#include "RawQuery.h"
#include "DriverHandles.h"
#include "PgStatement.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace hc {

RawQuery::RawQuery(const QSqlDatabase &db, const QString &sql)
{
    if (sql::isPostgres(db)) {
        m_pg = std::make_unique<PgStatement>(db, sql);
        m_status = m_pg->status();
        return;
    }
    sqlite3 *conn = sqliteConnection(db);
    const QByteArray utf8 = sql.toUtf8();
    if (!conn || sqlite3_prepare_v2(conn, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_status = Error::internal(QStringLiteral("%1: %2").arg(sql, conn ? QString::fromUtf8(sqlite3_errmsg(conn))
                                                                             : QStringLiteral("no database connection")));
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_stmt);
}

void RawQuery::bind(int i, qint64 v)
{
    if (m_pg)
        return m_pg->set(i, QByteArray::number(v));
    sqlite3_bind_int64(m_stmt, i, v);
}

void RawQuery::bind(int i, const QString &text)
{
    if (m_pg)
        return m_pg->set(i, text.toUtf8());
    if (i < 0 || i >= int(std::size(m_text)))
        return;
    m_text[i] = text.toUtf8(); // lives until the next bind of the parameter
    sqlite3_bind_text(m_stmt, i, m_text[i].constData(), int(m_text[i].size()), SQLITE_STATIC);
}

void RawQuery::start()
{
    m_ran = false;
    m_row = -1;
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

bool RawQuery::next()
{
    if (!m_status)
        return false;
    if (m_pg) {
        if (!m_ran) {
            m_ran = true;
            m_row = -1;
            if (Status s = m_pg->run(); !s) {
                m_status = s;
                return false;
            }
        }
        return ++m_row < m_pg->rows();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = Error::internal(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return false;
}

qint64 RawQuery::int64(int column) const
{
    if (m_pg)
        return m_pg->value(m_row, column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView RawQuery::utf8(int column) const
{
    if (m_pg)
        return m_pg->value(m_row, column);
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

} // namespace hc
