#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hc::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hcctl", s);
}
} // namespace

int runInit(CliContext &c)
{
    const QString admin = c.option(QStringLiteral("admin"));
    if (admin.isEmpty())
        return c.usage(tr("init needs --admin NAME"));
    QString password = qEnvironmentVariable("HCCTL_PASSWORD");
    if (password.isEmpty()) {
        password = readPassword(tr("New password for %1: ").arg(admin));
        if (readPassword(tr("Repeat the password: ")) != password)
            return c.fail(Error::badInput(tr("The two passwords differ.")));
    }
    auto r = c.ws().createFirstAdmin(admin, password, c.option(QStringLiteral("display-name")));
    if (!r)
        return c.fail(r.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("admin"), r->username}, {QStringLiteral("database"), c.ws().database().path()}});
    else
        c.out(tr("Administrator %1 created in %2.").arg(r->username, c.ws().database().path()));
    return ExitOk;
}

int runUser(CliContext &c)
{
    if (c.arg(1) != QLatin1String("add") || c.arg(2).isEmpty())
        return c.usage(tr("user add NAME [--make-admin] [--display-name TEXT]"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    if (!c.ws().currentUser()->admin)
        return c.fail(Error::refused(tr("Only an administrator may add officials.")));
    QString password = qEnvironmentVariable("HCCTL_NEW_PASSWORD");
    if (password.isEmpty())
        password = readPassword(tr("Password for the new official %1: ").arg(c.arg(2)));
    AuditLog audit = c.ws().audit();
    auto r = c.ws().accounts().create(c.arg(2), c.option(QStringLiteral("display-name")), password,
                                      c.has(QStringLiteral("make-admin")), c.ws().currentUser()->username, audit);
    if (!r)
        return c.fail(r.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("user"), r->username}, {QStringLiteral("admin"), r->admin}});
    else
        c.out(tr("Official %1 added.").arg(r->username));
    return ExitOk;
}

} // namespace hc::cli
