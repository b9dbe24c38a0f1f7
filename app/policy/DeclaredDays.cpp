#include "DeclaredDays.h"

#include "Condition.h"

#include <algorithm>

namespace hc::policy {

qint64 DeclaredDays::dayOf(qint64 epochSecs)
{
    const qint64 local = epochSecs + 8 * 3600;
    return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

bool DeclaredDays::feed(qint64 declarationAt)
{
    if (done())
        return false;
    const qint64 day = dayOf(declarationAt);
    if (day <= m_anchorDay || (m_run > 0 && day == m_lastDay))
        return false;
    m_run = (m_run > 0 && day == m_lastDay + 1) ? m_run + 1 : 1; // a missed day restarts the count
    m_lastDay = day;
    return done();
}

qint64 DeclaredDays::clearTime(std::span<const qint64> sorted, qint64 anchor, int days)
{
    DeclaredDays counter(anchor, days);
    // Skip declarations on or before the anchor's day without walking them.
    const qint64 firstCounted = (counter.m_anchorDay + 1) * 86400 - 8 * 3600;
    auto it = std::lower_bound(sorted.begin(), sorted.end(), firstCounted);
    for (; it != sorted.end(); ++it)
        if (counter.feed(*it))
            return *it;
    return kOpen;
}

} // namespace hc::policy
