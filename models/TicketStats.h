#pragma once
#include "AppealService.h"

#include <QMap>
#include <optional>

namespace hc {

// The deadline dashboard's numbers, counted from tickets the core listed (AppealService::queue(false, …)):
// open tickets by state and by kind, how many are overdue, and the median handling time of closed tickets
// (received → closed).
struct TicketStats
{
    QMap<QString, int> openByState; // state key → count
    QMap<TicketKind, int> openByKind;
    int open = 0;
    int overdue = 0;
    int closed = 0;
    std::optional<qint64> medianHandlingSecs; // none without closed tickets

    static TicketStats of(const QList<Ticket> &tickets, qint64 now);
    static QStringList stateOrder(); // the loop's order, for display
};

} // namespace hc
