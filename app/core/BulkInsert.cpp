#include "BulkInsert.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace hc {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *conn = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                                      : nullptr;
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
    sqlite3_bind_int64(m_stmt, i, v);
}

void BulkInsert::bind(int i, const QString &text)
{
    // A null QString is stored as '' (the columns are NOT NULL text).
    static const ushort empty = 0;
    sqlite3_bind_text16(m_stmt, i, text.isNull() ? &empty : text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void BulkInsert::bind(int i, const std::optional<qint64> &v)
{
    if (v)
        sqlite3_bind_int64(m_stmt, i, *v);
    else
        sqlite3_bind_null(m_stmt, i);
}

Status BulkInsert::step()
{
    if (!m_status)
        return m_status;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return Ok{};
}

} // namespace hc
