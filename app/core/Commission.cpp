#include "Commission.h"

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

} // namespace hc
