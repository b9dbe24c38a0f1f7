#include "PolicyStore.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Database.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc {

namespace {
policy::Policy fromRow(const QSqlQuery &q)
{
    policy::Policy p;
    p.id = q.value(0).toString();
    p.version = q.value(1).toInt();
    p.effectiveFrom = q.value(2).toLongLong();
    (void)p.applyOverrides(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    return p;
}
} // namespace

policy::Policy PolicyStore::inForce(qint64 at) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, version, effective_from, parameters FROM policy WHERE effective_from <= ?"
                             " ORDER BY effective_from DESC, version DESC LIMIT 1"));
    q.addBindValue(at);
    if (q.exec() && q.next())
        return fromRow(q);
    return policy::Policy{};
}

QList<policy::Policy> PolicyStore::all() const
{
    QList<policy::Policy> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, version, effective_from, parameters FROM policy ORDER BY effective_from, version")))
        while (q.next())
            out << fromRow(q);
    return out;
}

Result<policy::Policy> PolicyStore::add(const policy::Policy &p, const QString &actor, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(version) FROM policy WHERE id = ?"));
    q.addBindValue(p.id);
    if (q.exec() && q.next() && !q.value(0).isNull() && q.value(0).toInt() >= p.version)
        return Error::refused(QCoreApplication::translate("hc::PolicyStore", "policy %1 already has version %2; a new version must be higher")
                                  .arg(p.id)
                                  .arg(q.value(0).toInt()));
    q.prepare(QStringLiteral("INSERT INTO policy VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.version);
    q.addBindValue(p.effectiveFrom);
    q.addBindValue(QString::fromUtf8(QJsonDocument(p.parametersJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(actor);
    q.addBindValue(now);
    if (Status s = exec(q); !s)
        return s.error();
    return p;
}

Result<policy::Policy> PolicyStore::publish(const policy::Policy &p, const QString &actor, qint64 now, AuditLog &audit)
{
    const QString object = QStringLiteral("policy:%1").arg(p.versionTag());
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("policy.add"), object, audit); !s)
        return s.error();
    // A start given in milliseconds (year 61970) or before the first cases is a typing error (issue 16).
    if (const auto why = time::outsideWindow(QCoreApplication::translate("hc::PolicyStore", "The policy's effective_from"), p.effectiveFrom, now,
                                             time::kPlanAhead))
        return Error::badInput(*why);
    Transaction tx(m_db);
    auto added = add(p, actor, now);
    if (!added)
        return added.error();
    if (Status s = audit.append(actor, QStringLiteral("policy.add"), object, {}, p.toJson()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

} // namespace hc
