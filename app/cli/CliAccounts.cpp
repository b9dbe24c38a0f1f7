#include "Authorizer.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

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

namespace {

QJsonObject officialJson(const AccountStore::Listed &l)
{
    return {{QStringLiteral("user"), l.official.username},
            {QStringLiteral("display_name"), l.official.displayName},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(l.official.roles))},
            {QStringLiteral("jurisdiction"), l.official.jurisdiction},
            {QStringLiteral("locked"), l.locked},
            {QStringLiteral("disabled"), l.disabled}};
}

int addUser(CliContext &c)
{
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    if (Status s = Authorizer(c.ws().db()).require(c.ws().currentUser()->username, Permission::ManageAccounts); !s)
        return c.fail(s.error());
    QString unknown;
    const QStringList keys = c.option(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const RoleSet roles = roleSetFromKeys(keys, &unknown);
    if (!unknown.isEmpty())
        return c.usage(tr("unknown role \"%1\" (operator, reviewer, epidemiologist, supervisor, auditor, administrator)").arg(unknown));
    const RoleSet adminRole = RoleSet(1u << unsigned(Role::Administrator));
    const bool admin = c.has(QStringLiteral("make-admin")) || (roles & adminRole);
    // Checked before the account is created, so that a refusal leaves nothing half done.
    if (admin && (roles & ~adminRole))
        return c.fail(Error::badInput(tr("An administrator holds no operational role (separation of duties): add %1 either as "
                                         "an administrator or with operational roles; an official who needs both uses two accounts.")
                                          .arg(c.arg(2))));
    QString password = qEnvironmentVariable("HCCTL_NEW_PASSWORD");
    if (password.isEmpty())
        password = readPassword(tr("Password for the new official %1: ").arg(c.arg(2)));
    AuditLog audit = c.ws().audit();
    const bool viaRequest = admin && c.ws().accounts().administrators() >= 2;
    auto r = c.ws().accounts().create(c.arg(2), c.option(QStringLiteral("display-name")), password, admin && !viaRequest,
                                      c.ws().currentUser()->username, audit);
    if (!r)
        return c.fail(r.error());
    if (!admin && (roles || c.has(QStringLiteral("jurisdiction"))))
        if (Status s = c.ws().accounts().setRoles(c.arg(2), roles, c.option(QStringLiteral("jurisdiction")), c.ws().currentUser()->username, audit);
            !s)
            return c.fail(s.error());
    qint64 request = 0;
    if (viaRequest) {
        const auto q = c.ws().accounts().requestAdministrator(c.arg(2), c.ws().currentUser()->username, audit);
        if (!q)
            return c.fail(q.error());
        request = q.value();
    }
    if (c.json()) {
        QJsonObject o{{QStringLiteral("user"), r->username}, {QStringLiteral("admin"), r->admin}};
        if (request)
            o.insert(QStringLiteral("request"), request);
        c.print(o);
    } else {
        c.out(tr("Official %1 added.").arg(r->username));
        if (request)
            c.out(tr("The administrator role waits for a second administrator: approval request %1.").arg(request));
    }
    return ExitOk;
}

} // namespace

// user add|list|roles|unlock|password: accounts, roles and jurisdictions (administrators), own password.
int runUser(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("list")) {
        // Every account with its roles: for the administrators who manage them (issue 16).
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        if (Status s = Authorizer(c.ws().db()).require(c.ws().currentUser()->username, Permission::ManageAccounts); !s)
            return c.fail(s.error());
        QJsonArray a;
        for (const auto &l : c.ws().accounts().officials())
            a.append(officialJson(l));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("officials"), a}});
        else
            for (const QJsonValue &v : a)
                c.out(QStringLiteral("%1\t%2\t%3%4").arg(v[QStringLiteral("user")].toString(),
                                                       v[QStringLiteral("roles")].toVariant().toStringList().join(QLatin1Char(',')),
                                                       v[QStringLiteral("jurisdiction")].toString(),
                                                       v[QStringLiteral("locked")].toBool() ? QLatin1Char('\t') + tr("locked") : QString()));
        return ExitOk;
    }
    if (verb == QLatin1String("password")) {
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        QString fresh = qEnvironmentVariable("HCCTL_NEW_PASSWORD");
        if (fresh.isEmpty())
            fresh = readPassword(tr("New password: "));
        AuditLog audit = c.ws().audit();
        if (Status s = c.ws().accounts().changePassword(c.ws().currentUser()->username, qEnvironmentVariable("HCCTL_PASSWORD"), fresh, audit); !s)
            return c.fail(s.error());
        c.out(tr("Password changed."));
        return ExitOk;
    }
    if (c.arg(2).isEmpty() || (verb != QLatin1String("add") && verb != QLatin1String("roles") && verb != QLatin1String("unlock")))
        return c.usage(tr("user add NAME [--roles R,…] [--jurisdiction CODE] [--display-name TEXT] | user roles NAME --roles R,… "
                          "[--jurisdiction CODE] | user unlock NAME | user password | user list"));
    if (verb == QLatin1String("add"))
        return addUser(c);
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const QString actor = c.ws().currentUser()->username;
    if (verb == QLatin1String("unlock")) {
        if (Status s = c.ws().accounts().unlock(c.arg(2), actor, audit); !s)
            return c.fail(s.error());
        c.out(tr("Account %1 unlocked.").arg(c.arg(2)));
        return ExitOk;
    }
    QString unknown;
    const RoleSet roles = roleSetFromKeys(c.option(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts), &unknown);
    if (!unknown.isEmpty())
        return c.usage(tr("unknown role \"%1\" (operator, reviewer, epidemiologist, supervisor, auditor, administrator)").arg(unknown));
    if (roles == RoleSet(1u << unsigned(Role::Administrator)) && c.ws().accounts().administratorNeedsApproval(c.arg(2))) {
        // Four eyes from the second administrator on: the grant is a request another administrator approves.
        const auto q = c.ws().accounts().requestAdministrator(c.arg(2), actor, audit);
        if (!q)
            return c.fail(q.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("user"), c.arg(2)}, {QStringLiteral("request"), q.value()}, {QStringLiteral("status"), QStringLiteral("pending")}});
        else
            c.out(tr("Making %1 an administrator waits for a second administrator: approval request %2.").arg(c.arg(2)).arg(q.value()));
        return ExitOk;
    }
    if (Status s = c.ws().accounts().setRoles(c.arg(2), roles, c.option(QStringLiteral("jurisdiction")), actor, audit); !s)
        return c.fail(s.error());
    for (const auto &l : c.ws().accounts().officials())
        if (l.official.username == c.arg(2)) {
            if (c.json())
                c.print(officialJson(l));
            else
                c.out(tr("%1: %2 in %3").arg(l.official.username, roleKeys(l.official.roles).join(QLatin1Char(',')),
                                             l.official.jurisdiction.isEmpty() ? tr("the whole country") : l.official.jurisdiction));
        }
    return ExitOk;
}

} // namespace hc::cli
