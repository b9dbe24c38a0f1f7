#include "BulkInsert.h"
#include "BulkCopy.h"
#include "DriverHandles.h"
#include "Database.h"
#include "PgStatement.h"
#include "SqlDialect.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace hc {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql, Mode mode) : m_driver(db.driver())
{
    if (sql::isPostgres(db)) {
        const QString statement = sql::portable(db, sql);
        int columns = 0;
        if (mode != Mode::Statement)
            if (auto copy = BulkCopy::statementFor(statement, &columns)) {
                m_copy = std::make_unique<BulkCopy>(db, std::move(*copy), columns, mode == Mode::CopyChunks);
                m_status = m_copy->status();
                return;
            }
        m_pg = std::make_unique<PgStatement>(db, statement);
        m_status = m_pg->status();
        return;
    }
    sqlite3 *conn = sqliteConnection(db);
    if (!conn) {
        m_status = Error::internal(QStringLiteral("BulkInsert needs a QSQLITE connection"));
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(conn, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_status = Error::internal(QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(conn))));
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_stmt);
}

void BulkInsert::bind(int i, qint64 v)
{
    if (m_copy)
        return m_copy->set(i, v);
    if (m_pg)
        return m_pg->set(i, QByteArray::number(v));
    sqlite3_bind_int64(m_stmt, i, v);
}

void BulkInsert::bind(int i, const QString &text)
{
    if (m_copy) {
        const QByteArray utf8 = text.toUtf8(); // a null QString is '', as below
        return m_copy->setUtf8(i, utf8.constData(), utf8.size());
    }
    if (m_pg)
        return m_pg->set(i, text.toUtf8());
    if (size_t(i) >= m_text.size())
        m_text.resize(size_t(i) + 1);
    QByteArray &buf = m_text[size_t(i)];
    buf.resize(text.size() * 3); // the most UTF-8 a UTF-16 code unit needs
    char *out = buf.data();
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *end = in + text.size();
    while (in < end) {
        const char32_t c = *in++;
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (c >= 0xD800 && c < 0xDC00 && in < end && *in >= 0xDC00 && *in < 0xE000) {
            const char32_t u = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*in++) - 0xDC00);
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else {
            const char32_t u = (c >= 0xD800 && c < 0xE000) ? 0xFFFD : c; // a lone surrogate
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    // A null QString is stored as '' (the columns are NOT NULL text): a zero-length text, never NULL.
    sqlite3_bind_text(m_stmt, i, buf.constData(), int(out - buf.data()), SQLITE_STATIC);
}

void BulkInsert::bind(int i, const std::optional<qint64> &v)
{
    if (m_copy)
        return v ? m_copy->set(i, *v) : m_copy->setNull(i);
    if (m_pg)
        return m_pg->set(i, v ? std::optional(QByteArray::number(*v)) : std::nullopt);
    if (v)
        sqlite3_bind_int64(m_stmt, i, *v);
    else
        sqlite3_bind_null(m_stmt, i);
}

void BulkInsert::bindNull(int i)
{
    if (m_copy)
        return m_copy->setNull(i);
    if (m_pg)
        return m_pg->set(i, std::nullopt);
    sqlite3_bind_null(m_stmt, i);
}

void BulkInsert::bindUtf8(int i, const QByteArray &utf8)
{
    if (m_copy)
        return m_copy->setUtf8(i, utf8.constData(), utf8.size());
    if (m_pg)
        return m_pg->set(i, utf8);
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

qint64 BulkInsert::lastRowId() const
{
    return m_lastId;
}

Status BulkInsert::finish()
{
    if (!m_status)
        return m_status;
    return m_copy ? m_copy->finish() : Status(Ok{});
}

Status BulkInsert::step()
{
    if (!m_status)
        return m_status;
    if (m_copy)
        return m_copy->addRow();
    if (m_pg) {
        Status s = m_pg->run();
        if (s && m_pg->rows() > 0)
            m_lastId = m_pg->value(0, 0).toLongLong();
        return s;
    }
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) { // RETURNING
        m_lastId = sqlite3_column_int64(m_stmt, 0);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
    }
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))), QSqlError::StatementError,
                                  QString::number(rc)),
                        QString::fromUtf8(sqlite3_sql(m_stmt)), m_driver);
    return Ok{};
}

} // namespace hc
