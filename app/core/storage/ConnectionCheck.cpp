#include "ConnectionCheck.h"
#include "Database.h"
#include "Migrations.h"
#include "ServerConnection.h"
#include "SqlDialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("hc::ConnectionCheck", text, comment, n);
}

// Reads what is there over an open connection: the schema's version, the officials.
Result<ConnectionReport> inspect(QSqlDatabase db)
{
    ConnectionReport r;
    r.programVersion = Migrations::latestVersion();
    r.schemaVersion = Migrations::currentVersion(db);
    if (r.schemaVersion == -2)
        return Error::refused(QCoreApplication::translate("hc::ConnectionCheck", "The database holds tables that are not the console's. Give the console an empty "
                                 "database of its own."));
    if (r.schemaVersion < 0)
        return Error::refused(QCoreApplication::translate("hc::ConnectionCheck", "The file is not a readable database."));
    if (r.schemaVersion > r.programVersion)
        return Error::refused(QCoreApplication::translate("hc::ConnectionCheck", "This database has schema version %1, newer than this program understands (%2). Use a "
                                 "newer version of the console.")
                                  .arg(r.schemaVersion)
                                  .arg(r.programVersion));
    QSqlQuery q(db);
    if (r.schemaVersion > 0 && q.exec(QStringLiteral("SELECT COUNT(*) FROM account")) && q.next())
        r.officials = q.value(0).toLongLong();
    if (sql::isPostgres(db) && q.exec(QStringLiteral("SHOW server_version")) && q.next())
        r.serverVersion = q.value(0).toString();
    return r;
}

} // namespace

QString ConnectionReport::summary() const
{
    if (!exists)
        return QCoreApplication::translate("hc::ConnectionCheck", "The file does not exist yet: it is created on first start.");
    if (schemaVersion == 0)
        return QCoreApplication::translate("hc::ConnectionCheck", "Connected. The database is empty: the console creates its tables, and you create the first "
                  "administrator.");
    const QString upgrade = schemaVersion < programVersion
                                ? QCoreApplication::translate("hc::ConnectionCheck", " Its tables are brought up to this program's version (%1 → %2).").arg(schemaVersion).arg(programVersion)
                                : QString();
    if (officials == 0)
        return QCoreApplication::translate("hc::ConnectionCheck", "Connected. The database has no official yet: you create the first administrator.") + upgrade;
    const int n = int(qMin<qint64>(officials, 1 << 30));
    return QCoreApplication::translate("hc::ConnectionCheck",
                                       "Connected. %n official(s) already work on this database: sign in with your own account.",
                                       nullptr, n) +
           upgrade;
}

Result<ConnectionReport> ConnectionCheck::check(const DatabaseLocation &where, const std::optional<QString> &password)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("hc-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<ConnectionReport> result = Error::internal(QString());
    {
        QSqlDatabase db;
        if (!where.isPostgres()) {
            const QFileInfo fi(where.path);
            if (!fi.exists()) {
                ConnectionReport r;
                r.exists = false;
                r.programVersion = Migrations::latestVersion();
                return r;
            }
            if (!fi.isFile() || !fi.isReadable())
                return Error::refused(tr("%1 is not a readable file.").arg(where.path));
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(where.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db = addServerConnection(where, name, password);
        }
        if (!db.open())
            result = where.isPostgres() ? Error::unavailable(failureWords(db.lastError().text(), where))
                                        : Error::refused(tr("The file is not a readable database."));
        else
            result = inspect(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString ConnectionCheck::failureWords(const QString &driverText, const DatabaseLocation &where)
{
    const QString text = driverText.toLower();
    const QString server = QStringLiteral("%1:%2").arg(where.host).arg(where.port);
    if (text.contains(QLatin1String("password authentication failed")) || text.contains(QLatin1String("role \"")))
        return tr("The server %1 refused the password of %2.").arg(server, where.user);
    if (text.contains(QLatin1String("no password supplied")))
        return tr("The server %1 asks for the password of %2: type it here, or keep it in the keychain or PGPASSFILE.")
            .arg(server, where.user);
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return tr("The server %1 has no database %2.").arg(server, where.database);
    if (text.contains(QLatin1String("could not translate host name")))
        return tr("The server name %1 is unknown: check the address.").arg(where.host);
    if (text.contains(QLatin1String("timeout expired")))
        return tr("The server %1 did not answer within %2 seconds: check the network.").arg(server).arg(kTimeoutSeconds);
    if (text.contains(QLatin1String("connection refused")))
        return tr("Nothing answers at %1: the server is not running, or the address or port is wrong.").arg(server);
    if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("ssl")))
        return tr("The secure connection to %1 failed: %2").arg(server, driverText.trimmed());
    if (text.contains(QLatin1String("no pg_hba.conf entry")))
        return tr("The server %1 does not let this workstation in (pg_hba.conf): ask its administrator.").arg(server);
    if (text.contains(QLatin1String("server closed the connection")))
        return tr("The server %1 closed the connection.").arg(server);
    return tr("Cannot connect to the database server %1: %2").arg(server, driverText.trimmed());
}

} // namespace hc
