#pragma once
#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <optional>

namespace hc {

// A QPSQL connection named `name` to a server location, not yet opened: host, port, database, account, libpq's
// options (timeout, TLS, the workstation's name), and the password given, else the stored one (Database's password
// source), else none (libpq then reads PGPASSFILE).
QSqlDatabase addServerConnection(const DatabaseLocation &where, const QString &name,
                                 const std::optional<QString> &password = std::nullopt);

} // namespace hc
