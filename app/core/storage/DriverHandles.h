#pragma once
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct sqlite3;
struct pg_conn;

namespace hc {

// The native handle under a Qt connection, or null when the connection is of the other backend (or not open).
// QPSQL declares its handle by libpq's struct name.
inline sqlite3 *sqliteConnection(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData()) : nullptr;
}

inline pg_conn *pgConnection(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(h.typeName(), "pg_conn*") == 0 ? *static_cast<pg_conn *const *>(h.constData()) : nullptr;
}

} // namespace hc
