#pragma once
#include "Policy.h"

#include <limits>

namespace hc::policy {

// "Never" for a clear time: the condition stays active until something ends it.
constexpr qint64 kOpen = std::numeric_limits<qint64>::max();
constexpr qint64 kNoDeclaration = std::numeric_limits<qint64>::min();

// One reason for a color (赋码依据), as the engine sees it: times in epoch seconds. The storage and the
// simulator keep more (source, basis, who); the engine needs only this, so it stays a flat value.
struct Condition
{
    ConditionKind kind = ConditionKind::Manual;
    Color color = Color::Red;
    qint64 start = 0;
    qint64 fixedClear = kOpen; // by time: discharge + 28 days, exposure + 28 days, an order's end, …
    qint64 anchor = 0;         // declared-days rule: counting starts the day after this
    qint16 days = 0;           // declared days needed; 0 when the rule is not by declared days
    qint64 voidedAt = kOpen;   // an approved appeal
    qint64 clear = kOpen;      // resolved: the earliest of the above (see PolicyEngine::resolve)

    bool activeAt(qint64 t) const { return start <= t && t < clear; }
    bool byDeclaredDays() const { return days > 0; }
};

} // namespace hc::policy
