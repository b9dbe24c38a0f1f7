#pragma once
#include "AppealService.h"

#include <QCoreApplication>
#include <QMap>
#include <array>
#include <optional>

namespace hc {

// The deadline dashboard's numbers, counted from tickets the core listed (AppealService::queue(false, …)):
// open tickets by state and by kind, how many are overdue, and the median handling time of closed tickets
// (received → closed); and the deadline view: open tickets by the hours left, per reviewer.
struct TicketStats
{
    Q_DECLARE_TR_FUNCTIONS(hc::TicketStats)
public:
    // How long an open ticket has left until its deadline.
    enum TimeLeft { Overdue, Under2Hours, Under8Hours, Later, TimeLeftCount };
    using TimeLeftCounts = std::array<int, TimeLeftCount>;
    static TimeLeft timeLeft(const Ticket &t, qint64 now);
    static QString timeLeftLabel(TimeLeft b); // 已超期, 不足 2 小时, 不足 8 小时, 更晚

    QMap<QString, int> openByState; // state key → count
    QMap<TicketKind, int> openByKind;
    int open = 0;
    int overdue = 0;
    int closed = 0;
    std::optional<qint64> medianHandlingSecs; // none without closed tickets
    QMap<QString, TimeLeftCounts> byReviewer; // assignee login ("" = not assigned yet) → open tickets by TimeLeft

    static TicketStats of(const QList<Ticket> &tickets, qint64 now);
    static QStringList stateOrder(); // the loop's order, for display
};

} // namespace hc
