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

Evaluation PolicyEngine::finish(Evaluation e, Color worst, qint64 lastDeclaration, qint64 t) const
{
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

std::optional<PolicyEngine::StayOutcome> PolicyEngine::stayOutcome(qint64 begin, qint64 end,
                                                                   std::span<const std::pair<qint64, RiskLevel>> steps) const
{
    const qint64 needed = qint64(m_policy.stayMinMinutes) * 60;
    qint64 atLeast[3] = {0, 0, 0};
    qint64 reached[3] = {kOpen, kOpen, kOpen};
    RiskLevel level = RiskLevel::Low;
    size_t i = 0;
    for (; i < steps.size() && steps[i].first <= begin; ++i)
        level = steps[i].second;
    qint64 t = begin;
    while (t < end) {
        const qint64 next = i < steps.size() ? std::min(steps[i].first, end) : end;
        const qint64 length = next - t;
        for (int l = int(RiskLevel::Medium); l <= int(level); ++l) {
            if (reached[l] == kOpen && atLeast[l] + length >= needed)
                reached[l] = t + (needed - atLeast[l]);
            atLeast[l] += length;
        }
        t = next;
        if (i < steps.size() && steps[i].first <= t)
            level = steps[i++].second;
    }
    if (reached[int(RiskLevel::High)] != kOpen)
        return StayOutcome{ConditionKind::StayHigh, reached[int(RiskLevel::High)]};
    if (reached[int(RiskLevel::Medium)] != kOpen)
        return StayOutcome{ConditionKind::StayMedium, reached[int(RiskLevel::Medium)]};
    return std::nullopt; // a stay that gives no condition changes nothing
}

} // namespace hc::policy
