#include "TicketStats.h"

#include <algorithm>
#include <vector>

namespace hc {

QStringList TicketStats::stateOrder()
{
    return {QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("under_review"), QStringLiteral("forwarded"),
            QStringLiteral("decided"),  QStringLiteral("replied"),  QStringLiteral("callback")};
}

TicketStats::TimeLeft TicketStats::timeLeft(const Ticket &t, qint64 now)
{
    if (t.overdueAt(now))
        return Overdue;
    const qint64 left = t.deadlineAt - now;
    return left < 2 * 3600 ? Under2Hours : left < 8 * 3600 ? Under8Hours : Later;
}

QString TicketStats::timeLeftLabel(TimeLeft b)
{
    switch (b) {
    case Overdue: return tr("Overdue");
    case Under2Hours: return tr("Less than 2 hours");
    case Under8Hours: return tr("Less than 8 hours");
    case Later: return tr("Later");
    case TimeLeftCount: break;
    }
    return {};
}

TicketStats TicketStats::of(const QList<Ticket> &tickets, qint64 now)
{
    TicketStats s;
    std::vector<qint64> handling;
    for (const Ticket &t : tickets) {
        if (t.state == QLatin1String("closed")) {
            ++s.closed;
            if (t.closedAt >= t.receivedAt && t.closedAt > 0)
                handling.push_back(t.closedAt - t.receivedAt);
            continue;
        }
        ++s.open;
        ++s.openByState[t.state];
        ++s.openByKind[t.kind];
        if (t.overdueAt(now))
            ++s.overdue;
        ++s.byReviewer[t.assignee][timeLeft(t, now)]; // a new reviewer's counts start value-initialised: zeros
    }
    if (!handling.empty()) {
        std::sort(handling.begin(), handling.end());
        const size_t n = handling.size();
        s.medianHandlingSecs = n % 2 ? handling[n / 2] : (handling[n / 2 - 1] + handling[n / 2]) / 2;
    }
    return s;
}

} // namespace hc
