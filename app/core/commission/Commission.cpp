#include "Commission.h"
#include "AuditLog.h"
#include "Authorizer.h"

#include "Database.h"

#include <QSqlQuery>

namespace hc {

Commission Commission::load(QSqlDatabase db)
{
    Commission c;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('commission_division', 'commission_name')")))
        while (q.next())
            (q.value(0).toString() == QLatin1String("commission_division") ? c.division : c.name) = q.value(1).toString();
    return c;
}

Status Commission::save(QSqlDatabase db, const Commission &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    for (const auto &[k, v] : {std::pair{QStringLiteral("commission_division"), c.division},
                               std::pair{QStringLiteral("commission_name"), c.name}}) {
        q.bindValue(0, k);
        q.bindValue(1, text(v));
        if (Status s = exec(q); !s)
            return s;
    }
    return Ok{};
}

QString Commission::displayName() const
{
    return name.isEmpty() ? QStringLiteral("卫生健康委员会") : name;
}

Status Commission::set(QSqlDatabase db, const Commission &m, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("commission.set"),
                                                 QStringLiteral("commission"), audit);
        !s)
        return s;
    const Commission before = load(db);
    Transaction tx(db);
    if (Status s = save(db, m); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("commission.set"), QStringLiteral("commission"),
                                {{QStringLiteral("division"), before.division}, {QStringLiteral("name"), before.name}},
                                {{QStringLiteral("division"), m.division}, {QStringLiteral("name"), m.name}});
        !s)
        return s;
    return tx.commit();
}

} // namespace hc
