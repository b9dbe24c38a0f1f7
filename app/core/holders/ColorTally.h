#pragma once
#include "Policy.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <array>

namespace hc {

// The holder counts the overview and the reports read instead of millions of rows, per county (first six digits
// of the home) and color: the count now (holder_color_count), the net change per day (holder_color_day, kept for
// good) and per hour (holder_color_delta, the last kHourlyDays days). The count at a past time is the count now
// minus the changes after it. The daily and hourly tables also hold each province's sum under its two-digit code.
// Written in the same transaction as every color change; rebuildable from history.
class ColorTally final
{
    Q_DISABLE_COPY_MOVE(ColorTally)
public:
    static constexpr qint64 kHourlyDays = 8; // enough for "the same time yesterday" and today's report

    explicit ColorTally(QSqlDatabase db) : m_db(std::move(db)) {}

    // UTC+8 is a whole number of hours: an hour bucket never straddles a Chinese calendar day.
    static qint64 hourOf(qint64 at) { return at >= 0 ? at / 3600 : (at - 3599) / 3600; }
    static qint64 dayStartOfHour(qint64 hour); // epoch seconds of 00:00 UTC+8 of the day holding the hour
    static qint64 dayOf(qint64 at) { return dayStartOfHour(hourOf(at)); }
    // The first hour bucket whose changes all happened after t, the bucket of t itself counting as before it:
    // counts "as of t" are exact at whole hours (day boundaries) and as of the end of t's hour otherwise.
    static qint64 firstHourAfter(qint64 t) { return hourOf(t) + (t - hourOf(t) * 3600 > 0 ? 1 : 0); }

    void add(const QString &county, policy::Color color, int delta, qint64 at);
    Status flush(); // writes the three tables (inside the caller's transaction) and forgets the deltas
    bool empty() const { return m_counts.isEmpty(); }

    struct Rebuilt
    {
        qint64 counties = 0;
        qint64 dayRows = 0;
        qint64 hourRows = 0;
        qint64 historyRows = 0;
        qint64 holders = 0;
        bool consistent = true; // every county's changes add up to its count now
        QStringList inconsistentCounties;
    };
    // Recomputes the tables from the holders and their history, inside the caller's transaction; `now` bounds
    // the hourly window.
    static Result<Rebuilt> rebuild(QSqlDatabase db, qint64 now);

private:
    QSqlDatabase m_db;
    QHash<QString, std::array<qint64, 4>> m_counts;
    QHash<std::pair<qint64, QString>, std::array<qint64, 4>> m_hours;
};

} // namespace hc
