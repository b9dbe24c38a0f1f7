#pragma once
#include "Policy.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <array>

namespace hc {

// The holder counts the overview and the reports read instead of millions of rows: per county (first six digits
// of the home) and color now (holder_color_count), and the net change per hour, county and color
// (holder_color_delta), so that the count at any past hour is the count now minus the changes after it.
// Written in the same transaction as every color change; rebuildable from holder_history.
class ColorTally final
{
    Q_DISABLE_COPY_MOVE(ColorTally)
public:
    explicit ColorTally(QSqlDatabase db) : m_db(std::move(db)) {}

    // UTC+8 is a whole number of hours: an hour bucket never straddles a Chinese calendar day.
    static qint64 hourOf(qint64 at) { return at >= 0 ? at / 3600 : (at - 3599) / 3600; }
    static qint64 dayStartOfHour(qint64 hour);
    // The first hour bucket whose changes all happened after t, given the bucket of t itself counts as before it:
    // counts "as of t" are exact at whole hours (day boundaries) and as of the end of t's hour otherwise.
    static qint64 firstHourAfter(qint64 t) { return hourOf(t) + (t - hourOf(t) * 3600 > 0 ? 1 : 0); } // epoch seconds of 00:00 UTC+8 of the day holding the hour

    void add(const QString &county, policy::Color color, int delta, qint64 at);
    Status flush(); // writes both tables (inside the caller's transaction) and forgets the deltas
    bool empty() const { return m_counts.isEmpty(); }

    struct Rebuilt
    {
        qint64 counties = 0;
        qint64 deltaRows = 0;
        qint64 historyRows = 0;
        qint64 holders = 0;
        bool consistent = true; // every county's changes add up to its count now
        QStringList inconsistentCounties;
    };
    // Recomputes both tables from the holders and their history, inside the caller's transaction.
    static Result<Rebuilt> rebuild(QSqlDatabase db);

private:
    QSqlDatabase m_db;
    QHash<QString, std::array<qint64, 4>> m_counts;
    QHash<std::pair<qint64, QString>, std::array<qint64, 4>> m_deltas;
};

} // namespace hc
