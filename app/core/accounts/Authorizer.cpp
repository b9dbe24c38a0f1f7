#include "Authorizer.h"

#include "AuditLog.h"
#include "Database.h"

#include <QSqlQuery>

namespace hc {

Result<Official> Authorizer::official(const QString &username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, display_name, jurisdiction, disabled, locked_at FROM account WHERE username = ?"));
    q.addBindValue(username);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::refused(tr("%1 is not an official of this console.").arg(username));
    if (q.value(3).toBool())
        return Error::refused(tr("The account %1 is disabled.").arg(username));
    if (!q.value(4).isNull())
        return Error::refused(tr("The account %1 is locked; an administrator must unlock it.").arg(username));
    Official o;
    o.id = q.value(0).toLongLong();
    o.username = username;
    o.displayName = q.value(1).toString();
    o.jurisdiction = q.value(2).toString();
    QSqlQuery r(m_db);
    r.prepare(QStringLiteral("SELECT role FROM account_role WHERE account_id = ?"));
    r.addBindValue(o.id);
    if (Status s = exec(r); !s)
        return s.error();
    while (r.next())
        if (const auto role = roleFromKey(r.value(0).toString()))
            o.roles |= RoleSet(1u << unsigned(*role));
    return o;
}

Status Authorizer::check(const Official &who, Permission p, const QString &division)
{
    if (!who.can(p)) {
        QStringList roles;
        for (int i = 0; i < kRoleCount; ++i)
            if (who.has(Role(i)))
                roles << roleLabel(Role(i));
        return Error::refused(tr("%1 (%2) may not %3.")
                                  .arg(who.username, roles.isEmpty() ? tr("no role") : roles.join(QStringLiteral(", ")),
                                       permissionLabel(p)));
    }
    if (!division.isNull() && !who.covers(division))
        return Error::refused(tr("%1 is outside the jurisdiction of %2 (%3).").arg(division, who.username, who.jurisdiction));
    return Ok{};
}

Status Authorizer::require(const QString &username, Permission p, const QString &division) const
{
    const auto who = official(username);
    if (!who)
        return who.error();
    return check(who.value(), p, division);
}

Status Authorizer::requireAudited(const QString &username, Permission p, const QString &division, const QString &action,
                                  const QString &object, AuditLog &audit) const
{
    const Status s = require(username, p, division);
    if (!s) {
        Transaction tx(m_db);
        if (audit.append(username, QStringLiteral("access.refused"), object, {},
                         {{QStringLiteral("action"), action}, {QStringLiteral("reason"), s.error().message}}))
            (void)tx.commit();
    }
    return s;
}

Result<QString> Authorizer::holderScope(const QString &username, const QString &requested, AuditLog &audit) const
{
    const auto who = official(username);
    if (!who)
        return who.error();
    QString scope = requested;
    if (who->jurisdiction.startsWith(requested))
        scope = who->jurisdiction; // asked for more than the jurisdiction: narrowed to it
    if (Status s = requireAudited(username, Permission::LookupHolder, scope, QStringLiteral("holders.lookup"),
                                  QStringLiteral("holders:") + requested, audit);
        !s)
        return s.error();
    return scope;
}

} // namespace hc
