#pragma once
#include "Condition.h"
#include "Policy.h"
#include "RiskLevel.h"

#include <algorithm>
#include <optional>
#include <span>

namespace hc::policy {

struct Evaluation
{
    Color color = Color::Gray;
    quint16 activeKinds = 0;  // bit (1 << kind) for each kind active at t
    qint64 nextChange = kOpen; // the earliest time after t at which the color may change by time alone
};

// The color rules of DOMAIN.md, pure: no database, no clock. Callers give the time and the facts.
class PolicyEngine
{
public:
    explicit PolicyEngine(Policy policy) : m_policy(std::move(policy)) {}
    const Policy &policy() const { return m_policy; }

    // How a new condition of this kind clears under this policy: the declared days it needs (0 when
    // it clears by time or by an event).
    int declaredDaysFor(ConditionKind k) const;

    // A holder's declaration times, sorted. Symptoms clear on symptom-free days only, so they are kept apart.
    struct Declarations
    {
        std::span<const qint64> all;
        std::span<const qint64> symptomFree;
    };
    // Sets c.clear from its rules and the holder's declarations.
    void resolve(Condition &c, const Declarations &declarations) const;

    // The color at t from resolved conditions and the latest declaration at or before t (kNoDeclaration
    // if none). The hot path of re-evaluation: no allocation, one pass.
    Evaluation evaluate(std::span<const Condition> conditions, qint64 lastDeclaration, qint64 t) const
    {
        return evaluateRange(conditions, lastDeclaration, t);
    }
    // The same over any range of Condition or types derived from it (stored conditions carry more fields).
    template<typename Range>
    Evaluation evaluateRange(const Range &conditions, qint64 lastDeclaration, qint64 t) const
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
        return finish(e, worst, lastDeclaration, t);
    }

    // A stay from `begin` to `end` where the highest level of the areas containing it is given as steps
    // (time, level from then on; Low before the first): the condition it gives, if any — of the highest
    // level whose time reaches stay_min_minutes, starting at the moment it does.
    struct StayOutcome
    {
        ConditionKind kind;
        qint64 start;
    };
    std::optional<StayOutcome> stayOutcome(qint64 begin, qint64 end,
                                           std::span<const std::pair<qint64, RiskLevel>> steps) const;

private:
    Evaluation finish(Evaluation e, Color worst, qint64 lastDeclaration, qint64 t) const;
    Policy m_policy;
};

} // namespace hc::policy
