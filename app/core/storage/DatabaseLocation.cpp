#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>

namespace hc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::DatabaseLocation", s);
}

// What libpq accepts for sslmode; verify-full is what docs/postgresql.md recommends across a network.
const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool plainName(const QString &s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    for (QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    return true;
}

} // namespace

bool DatabaseLocation::looksLikeUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    if (text.isEmpty())
        return Error::badInput(tr("No database was given: a file path or postgresql://USER@HOST/DB."));
    if (text.size() > kMaxLength)
        return Error::badInput(tr("The database location is longer than %1 characters.").arg(kMaxLength));
    DatabaseLocation loc;
    if (!looksLikeUri(text)) {
        if (text.contains(QLatin1String("://")))
            return Error::badInput(tr("%1 is neither a file path nor a postgresql:// address.").arg(text));
        loc.path = text;
        return loc;
    }
    loc.kind = Kind::PostgreSQL;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::badInput(tr("The address %1 cannot be read: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return Error::badInput(tr("The address must not contain a password: keep it in the keychain or in PGPASSFILE."));
    loc.user = url.userName();
    loc.host = url.host();
    loc.database = url.path().mid(1);
    if (loc.user.isEmpty() || !plainName(loc.user))
        return Error::badInput(tr("The address %1 names no valid user (postgresql://USER@HOST/DB).").arg(text));
    if (loc.host.isEmpty())
        return Error::badInput(tr("The address %1 names no server (postgresql://USER@HOST/DB).").arg(text));
    if (!plainName(loc.database))
        return Error::badInput(tr("The address %1 names no valid database (postgresql://USER@HOST/DB).").arg(text));
    loc.port = url.port(5432);
    if (loc.port < 1 || loc.port > 65535)
        return Error::badInput(tr("The port of %1 is out of range.").arg(text));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return Error::badInput(tr("sslmode=%1 is not one of %2.").arg(value, kSslModes.join(QStringLiteral(", "))));
            loc.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
                return Error::badInput(tr("sslrootcert must be the path of a CA file without spaces or quotes."));
            loc.sslRootCert = value;
        } else {
            return Error::badInput(tr("The address option %1 is not supported (sslmode and sslrootcert are).").arg(key));
        }
    }
    if ((loc.sslMode == QLatin1String("verify-ca") || loc.sslMode == QLatin1String("verify-full")) && loc.sslRootCert.isEmpty())
        return Error::badInput(tr("sslmode=%1 needs sslrootcert=PATH, the CA that signed the server's certificate.")
                                   .arg(loc.sslMode));
    return loc;
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return path;
    QString s = QStringLiteral("postgresql://%1@%2").arg(user, host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host);
    if (port != 5432)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + database;
    QStringList opts;
    if (!sslMode.isEmpty())
        opts << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        opts << QStringLiteral("sslrootcert=") + sslRootCert;
    if (!opts.isEmpty())
        s += QLatin1Char('?') + opts.join(QLatin1Char('&'));
    return s;
}

QString DatabaseLocation::secretKey() const
{
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseLocation::connectOptions() const
{
    // A server that is away must not hold an official's click for libpq's default of forever.
    // application_name names the workstation to the other ones (who syncs, pg_stat_activity).
    QString host = QSysInfo::machineHostName().left(50);
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    QStringList o{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=hc@") + host};
    if (!sslMode.isEmpty())
        o << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        o << QStringLiteral("sslrootcert=") + sslRootCert;
    return o.join(QLatin1Char(';'));
}

} // namespace hc
