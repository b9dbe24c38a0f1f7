#include "ColorUpdater.h"

#include "Database.h"

#include <QJsonArray>

namespace hc {

using policy::Color;
using policy::kNoDeclaration;
using policy::kOpen;

ColorUpdater::ColorUpdater(QSqlDatabase db, const policy::PolicyEngine &engine, QString actor, qint64 now)
    : m_db(db), m_engine(engine), m_actor(std::move(actor)), m_now(now), m_outbox(db, now), m_updateColor(db),
      m_updateNext(db), m_history(db)
{
    m_updateColor.prepare(QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = ?,"
                                         " policy_version = ? WHERE id = ?"));
    m_updateNext.prepare(QStringLiteral("UPDATE holder SET next_change_at = ? WHERE id = ?"));
    m_history.prepare(QStringLiteral("INSERT INTO holder_history(holder_id, at, color_before, color_after, cause,"
                                     " condition_id, actor, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

Status ColorUpdater::apply(const HolderState &h, std::span<const ConditionRecord> conditions, const QString &cause,
                           std::optional<qint64> conditionId, std::optional<qint64> changedAt)
{
    ++m_evaluated;
    const policy::Evaluation e = m_engine.evaluateRange(conditions, h.lastDeclarationAt.value_or(kNoDeclaration), m_now);
    m_lastColor = e.color;
    const std::optional<qint64> next = e.nextChange == kOpen ? std::nullopt : std::optional(e.nextChange);
    if (e.color == h.color) {
        if (next == h.nextChangeAt)
            return Ok{};
        m_updateNext.bindValue(0, next ? QVariant(*next) : QVariant());
        m_updateNext.bindValue(1, h.id);
        return exec(m_updateNext);
    }
    return write(h, h.color, e, cause, conditionId, changedAt.value_or(m_now));
}

Status ColorUpdater::created(const HolderState &h, std::span<const ConditionRecord> conditions, const QString &cause)
{
    ++m_evaluated;
    const policy::Evaluation e = m_engine.evaluateRange(conditions, h.lastDeclarationAt.value_or(kNoDeclaration), m_now);
    m_lastColor = e.color;
    return write(h, std::nullopt, e, cause, std::nullopt, m_now);
}

Status ColorUpdater::write(const HolderState &h, std::optional<Color> before, const policy::Evaluation &e,
                           const QString &cause, std::optional<qint64> conditionId, qint64 at)
{
    ++m_changed;
    const int version = m_engine.policy().version;
    m_updateColor.bindValue(0, int(e.color));
    m_updateColor.bindValue(1, at);
    m_updateColor.bindValue(2, e.nextChange == kOpen ? QVariant() : QVariant(e.nextChange));
    m_updateColor.bindValue(3, version);
    m_updateColor.bindValue(4, h.id);
    if (Status s = exec(m_updateColor); !s)
        return s;
    m_history.bindValue(0, h.id);
    m_history.bindValue(1, at);
    m_history.bindValue(2, before ? QVariant(int(*before)) : QVariant());
    m_history.bindValue(3, int(e.color));
    m_history.bindValue(4, cause);
    m_history.bindValue(5, conditionId ? QVariant(*conditionId) : QVariant());
    m_history.bindValue(6, m_actor);
    m_history.bindValue(7, version);
    if (Status s = exec(m_history); !s)
        return s;
    auto &d = m_deltas[h.homeDivision.left(6)];
    if (before)
        --d[size_t(*before)];
    ++d[size_t(e.color)];
    QJsonArray kinds;
    for (int k = 0; k < policy::kConditionKindCount; ++k)
        if (e.activeKinds & (1u << k))
            kinds.append(policy::conditionKindKey(policy::ConditionKind(k)));
    // The platform gets the pseudonymous identity (segment A of the code), never the plain ID number.
    return m_outbox.append(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(h.id),
                           {{QStringLiteral("identity"), QString::fromLatin1(h.codeIdentity.toHex())},
                            {QStringLiteral("county"), h.homeDivision.left(6)},
                            {QStringLiteral("color"), policy::colorKey(e.color)},
                            {QStringLiteral("since"), at},
                            {QStringLiteral("conditions"), kinds},
                            {QStringLiteral("policy"), m_engine.policy().versionTag()},
                            {QStringLiteral("cause"), cause}});
}

Status ColorUpdater::flush()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO holder_color_count(county, color, n) VALUES (?, ?, ?)"
                             " ON CONFLICT(county, color) DO UPDATE SET n = n + excluded.n"));
    for (auto it = m_deltas.cbegin(); it != m_deltas.cend(); ++it)
        for (int c = 0; c < 4; ++c) {
            if (it.value()[size_t(c)] == 0)
                continue;
            q.bindValue(0, it.key());
            q.bindValue(1, c);
            q.bindValue(2, it.value()[size_t(c)]);
            if (Status s = exec(q); !s)
                return s;
        }
    m_deltas.clear();
    return Ok{};
}

} // namespace hc
