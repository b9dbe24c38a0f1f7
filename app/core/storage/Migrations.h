#pragma once
#include "Result.h"

#include <QSqlDatabase>

namespace hc {

// Versioned schema (PRAGMA user_version). Each step runs in its own transaction.
class Migrations final
{
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase db);
    static Status apply(QSqlDatabase db);
};

} // namespace hc
