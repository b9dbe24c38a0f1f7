#include "ServerConnection.h"
#include "Database.h"

namespace hc {

QSqlDatabase addServerConnection(const DatabaseLocation &where, const QString &name, const std::optional<QString> &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.database);
    db.setUserName(where.user);
    if (const std::optional<QString> pw = password ? password : Database::storedPassword(where); pw && !pw->isEmpty())
        db.setPassword(*pw);
    db.setConnectOptions(where.connectOptions());
    return db;
}

} // namespace hc
