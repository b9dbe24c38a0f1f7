#pragma once
#include "Condition.h"
#include "Policy.h"

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
    Evaluation evaluate(std::span<const Condition> conditions, qint64 lastDeclaration, qint64 t) const;

private:
    Policy m_policy;
};

} // namespace hc::policy
