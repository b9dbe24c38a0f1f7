#pragma once
#include "Result.h"

#include <QString>

namespace hc {

// Where a commission's data live: an SQLite file (a path, the embedded default) or a PostgreSQL database shared by
// every workstation of the commission, `postgresql://USER@HOST[:PORT]/DB[?sslmode=…&sslrootcert=…]`.
// The URI never carries a password: it comes from the keychain or libpq's PGPASSFILE (docs/postgresql.md).
struct DatabaseLocation
{
    enum class Kind { SQLite, PostgreSQL };
    Kind kind = Kind::SQLite;
    QString path; // SQLite
    QString user, host, database, sslMode, sslRootCert;
    int port = 5432;

    static constexpr int kMaxLength = 2048;
    static Result<DatabaseLocation> parse(const QString &text);
    static bool looksLikeUri(const QString &text);

    bool isPostgres() const { return kind == Kind::PostgreSQL; }
    // The URI again (no password), or the path: what the status bar, logs and `hcctl` print.
    QString display() const;
    // The key under which the keychain keeps this server account's password.
    QString secretKey() const;
    // libpq connection options other than host/port/user/db, for QSqlDatabase::setConnectOptions().
    QString connectOptions() const;
};

} // namespace hc
