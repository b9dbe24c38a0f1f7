#include "HolderScan.h"
#include "SqlDialect.h"

#include "Database.h"

namespace hc {

HolderScan::HolderScan(QSqlDatabase db, qint64 now, const QString &where, const QVariantList &binds,
                       const QString &order, const QString &extraLive, const QVariantList &extraBinds)
    : m_query(db)
{
    const QString live = QStringLiteral("(c.clear_at IS NULL OR c.clear_at > ? OR c.start_at > ?%1)")
                             .arg(extraLive.isEmpty() ? QString() : QStringLiteral(" OR ") + extraLive);
    m_query.prepare(QStringLiteral("SELECT h.id, h.home_division, h.address_key, h.code_identity, h.color,"
                                   " h.last_declaration_at, h.next_change_at, c.id, c.kind, c.color, c.start_at,"
                                   " c.fixed_clear_at, c.clear_at, c.voided_at, c.days, c.anchor_at"
                                   " FROM holder h LEFT JOIN condition c ON c.holder_id = h.id AND %1"
                                   " WHERE %2 ORDER BY %3")
                        .arg(live, where, order));
    QVariantList all{now, now};
    all += extraBinds;
    all += binds;
    for (int i = 0; i < all.size(); ++i)
        m_query.bindValue(i, all[i]);
}

Status HolderScan::run(const std::function<Status(Row &)> &visit)
{
    if (Status s = m_query.exec(); !s)
        return s;
    Row row;
    bool have = false;
    auto opt = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional(v.toLongLong()); };
    auto orOpen = [](const QVariant &v) { return v.isNull() ? policy::kOpen : v.toLongLong(); };
    while (m_query.next()) {
        const qint64 id = m_query.value(0).toLongLong();
        if (!have || row.holder.id != id) {
            if (have)
                if (Status s = visit(row); !s)
                    return s;
            row.holder.id = id;
            row.holder.homeDivision = m_query.value(1).toString();
            row.addressKey = m_query.value(2).toString();
            row.holder.codeIdentity = m_query.value(3).toByteArray();
            row.holder.color = policy::Color(m_query.value(4).toInt());
            row.holder.lastDeclarationAt = opt(m_query.value(5));
            row.holder.nextChangeAt = opt(m_query.value(6));
            row.conditions.clear();
            have = true;
        }
        if (m_query.value(7).isNull())
            continue;
        ConditionRecord c;
        c.id = m_query.value(7).toLongLong();
        c.holderId = id;
        c.kind = policy::ConditionKind(m_query.value(8).toInt());
        c.color = policy::Color(m_query.value(9).toInt());
        c.start = m_query.value(10).toLongLong();
        c.fixedClear = orOpen(m_query.value(11));
        c.clear = orOpen(m_query.value(12));
        c.voidedAt = orOpen(m_query.value(13));
        c.days = qint16(m_query.value(14).toInt());
        c.anchor = m_query.value(15).toLongLong();
        row.conditions.push_back(std::move(c));
    }
    if (have)
        return visit(row);
    return Ok{};
}

} // namespace hc
