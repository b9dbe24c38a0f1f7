#pragma once
#include "DatabaseLocation.h"
#include "Result.h"

#include <QString>
#include <optional>

namespace hc {

// What is at a database location, read without changing anything: what the "数据库连接" dialog and the first-run
// wizard show before a workstation is pointed at it.
struct ConnectionReport
{
    bool exists = true;     // false: an SQLite file not there yet, created on first start
    int schemaVersion = 0;  // 0: empty, the schema is created on first start
    int programVersion = 0; // what this program writes
    qint64 officials = 0;   // accounts already there (a second workstation signs in; a first one creates the admin)
    QString serverVersion;  // PostgreSQL's, for the dialog
    QString summary() const; // one sentence, translated
};

class ConnectionCheck final
{
public:
    static constexpr int kTimeoutSeconds = 5;
    // `password` is what the official typed (PostgreSQL); without it the keychain, then PGPASSFILE. A schema newer
    // than the program, or a database holding someone else's tables, is refused with both versions named.
    static Result<ConnectionReport> check(const DatabaseLocation &where, const std::optional<QString> &password = {});
    // libpq's English reason as an official reads it, naming the server.
    static QString failureWords(const QString &driverText, const DatabaseLocation &where);
};

} // namespace hc
