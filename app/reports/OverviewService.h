#pragma once
#include "Figures.h"
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace hc {
class Clock;
}

namespace hc::reports {

// The tiles of the overview (总览) for one official's jurisdiction.
struct OverviewTiles
{
    ColorArray colors{};    // holders by color now
    ColorArray yesterday{}; // at the same time yesterday (to the hour)
    AreaCount areas;        // areas in force now
    qint64 approvalsWaiting = 0; // pending four-eyes requests this official may decide
    qint64 ticketsOverdue = 0;
    qint64 ticketsDueSoon = 0;   // open, deadline within 2 hours
    qint64 batchesImported = 0;  // case batches imported today
    qint64 batchesApplied = 0;   // applied today
    // What waits for this official in the navigation (issue 18): the open tickets assigned to them that are overdue
    // or due within kMineDueSeconds, and the case batches imported but not applied yet (or waiting for approval).
    qint64 myTicketsOverdue = 0;
    qint64 myTicketsDue = 0;     // not overdue, deadline within 8 hours
    qint64 batchesWaiting = 0;
    // Contact hand-offs other commissions sent here, waiting for a decision (issue 19), for officials who answer
    // them (case batches' permission); and how many of those are past their deadline.
    qint64 handoffsWaiting = 0;
    qint64 handoffsOverdue = 0;
    bool syncConfigured = false;
    qint64 syncWaiting = 0;
    std::optional<qint64> oldestUndeliveredAt;
    qint64 syncAgeSeconds = 0;
    QString syncAlert = QStringLiteral("ok"); // ok | warning (2 h) | alarm (4 h)
};

// One row of the table below the jurisdiction: a county (a city for the whole country).
struct AreaRow
{
    QString code;
    QString name;
    ColorArray colors{};
    ColorArray yesterday{};
    AreaCount areas;
};

struct Overview
{
    QString scope; // the jurisdiction's code ("" = the whole country)
    QString scopeName;
    qint64 at = 0;
    OverviewTiles tiles;
    QList<AreaRow> rows;
    QJsonObject toJson() const;
};

struct OverviewSeries
{
    qint64 firstDay = 0; // 00:00 UTC+8 of the first day
    int days = 0;
    QList<ColorArray> colors;
    QList<AreaCount> areas;
    QList<Figures::TicketDay> tickets;
    QJsonObject toJson() const;
};

// What the overview shows, read from the kept counts. Needs the look-up permission; the official's
// jurisdiction is the scope.
class OverviewService
{
    Q_DECLARE_TR_FUNCTIONS(hc::reports::OverviewService)
public:
    static constexpr qint64 kDueSoonSeconds = 2 * 3600;
    static constexpr qint64 kMineDueSeconds = 8 * 3600;

    OverviewService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<Overview> load(const Official &who) const;
    Result<OverviewSeries> series(const Official &who, int days) const; // days: 7 … 366
    // The level the table is broken down by below a scope: counties, or cities for the whole country.
    static QString rowKeyOf(const QString &scope, const QString &county);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc::reports
