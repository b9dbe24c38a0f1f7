#pragma once
#include <QtGlobal>
#include <span>

namespace hc::policy {

// "N declared days following X" (SCENARIOS.md): calendar days in UTC+8, the earliest run of N consecutive
// days after the day of X, each with a declaration; the rule is met at the first declaration of the last day.
class DeclaredDays
{
public:
    static qint64 dayOf(qint64 epochSecs); // days since 1970-01-01 in UTC+8

    DeclaredDays(qint64 anchor, int days) : m_anchorDay(dayOf(anchor)), m_needed(days) {}
    // Feeds declarations in time order; returns true at the one that completes the run.
    bool feed(qint64 declarationAt);
    bool done() const { return m_run >= m_needed; }
    int run() const { return m_run; }

    // The batch form over sorted declaration times: the completing declaration's time, or kOpen.
    static qint64 clearTime(std::span<const qint64> sortedDeclarations, qint64 anchor, int days);

private:
    qint64 m_anchorDay;
    qint64 m_lastDay = 0;
    int m_needed;
    int m_run = 0;
};

} // namespace hc::policy
