#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// The few places where SQLite's and PostgreSQL's SQL differ, answered by the connection itself: services build
// their statements through these and never ask which backend they run on.
namespace hc::sql {

// The advisory lock every write transaction takes on PostgreSQL (transaction-scoped): writers take turns as on
// SQLite (BEGIN IMMEDIATE), so a precondition re-checked inside a transaction holds until its commit.
inline constexpr qint64 kWriterLock = 1212374017;
// The session lock of the console that syncs with the platform: one per commission at a time.
inline constexpr qint64 kSyncLock = 1212374018;

// The schema statements are written once, in SQLite's words; on PostgreSQL INTEGER becomes BIGINT (times are
// milliseconds), BLOB becomes BYTEA, WITHOUT ROWID goes, and an `id INTEGER PRIMARY KEY` keeps SQLite's rowid
// rule (the next id is the largest + 1, assigned under the write lock) through a trigger: ids and outbox sequence
// numbers stay gapless and in commit order on both.
QString ddl(const QSqlDatabase &db, const QString &statement);
// PostgreSQL: the function behind the id trigger ddl() gives a table whose `column INTEGER PRIMARY KEY` is its rowid.
QString idFunction(const QString &table, const QString &column);
// Statements that differ only in a word: INSERT OR IGNORE/REPLACE, temp., group_concat, scalar max()/min().
QString portable(const QSqlDatabase &db, const QString &statement);

// max(a, b) / min(a, b) of two values (SQLite's scalar forms, PostgreSQL's GREATEST/LEAST).
QString greatest(const QSqlDatabase &db, const QString &a, const QString &b);
QString least(const QSqlDatabase &db, const QString &a, const QString &b);
// The schema qualifier of a connection's temporary tables ("temp." / "pg_temp.").
QString temp(const QSqlDatabase &db);

// Marks a query whose rows are read one by one: forward-only on SQLite (no copy of the rows). On PostgreSQL the driver
// streams such a result only until the connection runs another statement, and then drops the rest; there the rows
// are fetched whole, so that statements run while they are read (a nested lookup) lose nothing.
void stream(QSqlQuery &q);

bool tableExists(const QSqlDatabase &db, const QString &table);
QStringList columns(const QSqlDatabase &db, const QString &table);
// Every table of the schema, in the order they can be filled (a table's references before it).
QStringList tables(const QSqlDatabase &db);

// Internal to storage (Database, Transaction, BulkInsert): where behaviour, not words, differs.
bool isPostgres(const QSqlDatabase &db);

} // namespace hc::sql
