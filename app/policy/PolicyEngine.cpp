#include "PolicyEngine.h"

#include "DeclaredDays.h"

#include <algorithm>

namespace hc::policy {

int PolicyEngine::declaredDaysFor(ConditionKind k) const
{
    switch (k) {
    case ConditionKind::StayHigh: return m_policy.stayHighDays;
    case ConditionKind::StayMedium: return m_policy.stayMediumDays;
    case ConditionKind::CoTraveller: return m_policy.coTravellerDays;
    case ConditionKind::Symptoms: return m_policy.symptomsDays;
    case ConditionKind::Arrival: return m_policy.arrivalDays;
    default: return 0;
    }
}

void PolicyEngine::resolve(Condition &c, const Declarations &declarations) const
{
    qint64 clear = std::min(c.fixedClear, c.voidedAt);
    if (c.byDeclaredDays()) {
        const auto &days = c.kind == ConditionKind::Symptoms ? declarations.symptomFree : declarations.all;
        clear = std::min(clear, DeclaredDays::clearTime(days, c.anchor, c.days));
    }
    c.clear = clear;
}

Evaluation PolicyEngine::evaluate(std::span<const Condition> conditions, qint64 lastDeclaration, qint64 t) const
{
    Evaluation e;
    Color worst = Color::Green;
    for (const Condition &c : conditions) {
        if (c.start > t) {
            e.nextChange = std::min(e.nextChange, c.start);
        } else if (t < c.clear) {
            e.activeKinds |= quint16(1u << unsigned(c.kind));
            worst = std::max(worst, c.color);
            e.nextChange = std::min(e.nextChange, c.clear);
        }
    }
    if (worst >= Color::Yellow) {
        e.color = worst;
        return e;
    }
    // No condition: green while the latest declaration is at most green_validity_hours old (inclusive).
    const qint64 validity = qint64(m_policy.greenValidityHours) * 3600;
    if (lastDeclaration != kNoDeclaration && lastDeclaration <= t && t - lastDeclaration <= validity) {
        e.color = Color::Green;
        e.nextChange = std::min(e.nextChange, lastDeclaration + validity + 1);
    } else {
        e.color = Color::Gray;
    }
    return e;
}

} // namespace hc::policy
