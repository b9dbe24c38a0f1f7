#include "ColorTally.h"

#include "Database.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace hc {

qint64 ColorTally::dayStartOfHour(qint64 hour)
{
    const qint64 local = hour + 8; // hours since 1970-01-01 00:00 UTC+8
    const qint64 day = local >= 0 ? local / 24 : (local - 23) / 24;
    return day * 86400 - 8 * 3600;
}

void ColorTally::add(const QString &county, policy::Color color, int delta, qint64 at)
{
    if (delta == 0)
        return;
    m_counts[county][size_t(color)] += delta;
    m_hours[{hourOf(at), county}][size_t(color)] += delta;
    // The province's own rows (a two-digit key) let the whole country be read as 34 seeks, not 2,978.
    m_hours[{hourOf(at), county.left(2)}][size_t(color)] += delta;
}

Status ColorTally::flush()
{
    QSqlQuery count(m_db), day(m_db), hour(m_db), prune(m_db);
    count.prepare(QStringLiteral("INSERT INTO holder_color_count(county, color, n) VALUES (?, ?, ?)"
                                 " ON CONFLICT(county, color) DO UPDATE SET n = holder_color_count.n + excluded.n"));
    day.prepare(QStringLiteral("INSERT INTO holder_color_day(county, day, color, n) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT(county, day, color) DO UPDATE SET n = holder_color_day.n + excluded.n"));
    hour.prepare(QStringLiteral("INSERT INTO holder_color_delta(county, hour, color, n) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT(county, hour, color) DO UPDATE SET n = holder_color_delta.n + excluded.n"));
    auto put = [](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return exec(q);
    };
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        for (int c = 0; c < 4; ++c)
            if (it.value()[size_t(c)] != 0)
                if (Status s = put(count, {it.key(), c, it.value()[size_t(c)]}); !s)
                    return s;
    qint64 newest = std::numeric_limits<qint64>::min();
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        newest = std::max(newest, it.key().first);
        for (int c = 0; c < 4; ++c) {
            const qint64 n = it.value()[size_t(c)];
            if (n == 0)
                continue;
            if (Status s = put(hour, {it.key().second, it.key().first, c, n}); !s)
                return s;
            if (Status s = put(day, {it.key().second, dayStartOfHour(it.key().first), c, n}); !s)
                return s;
        }
    }
    // The hourly window moves on: each county touched drops its hours older than kHourlyDays (a seek each).
    if (!m_counts.isEmpty() && newest != std::numeric_limits<qint64>::min()) {
        prune.prepare(QStringLiteral("DELETE FROM holder_color_delta WHERE county = ? AND hour < ?"));
        QSet<QString> keys;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            keys << it.key() << it.key().left(2);
        for (const QString &key : std::as_const(keys))
            if (Status s = put(prune, {key, newest - kHourlyDays * 24}); !s)
                return s;
    }
    m_counts.clear();
    m_hours.clear();
    return Ok{};
}

Result<ColorTally::Rebuilt> ColorTally::rebuild(QSqlDatabase db, qint64 now)
{
    Rebuilt r;
    const QString hourExpr = QStringLiteral("CASE WHEN h.at >= 0 THEN h.at / 3600 ELSE (h.at - 3599) / 3600 END");
    // A holder's history is counted in the county of its home now: a move between counties is attributed to the
    // hour of the move as it happens (HolderService), but a rebuild cannot tell it from history alone.
    const QString changes = QStringLiteral(
        "SELECT %1 AS hour, substr(x.home_division, 1, 6) AS county, h.color_after AS color, 1 AS n"
        " FROM holder_history h JOIN holder x ON x.id = h.holder_id"
        " UNION ALL SELECT %1, substr(x.home_division, 1, 6), h.color_before, -1"
        " FROM holder_history h JOIN holder x ON x.id = h.holder_id WHERE h.color_before IS NOT NULL").arg(hourExpr);
    const QStringList steps{
        QStringLiteral("DELETE FROM holder_color_count"),
        QStringLiteral("INSERT INTO holder_color_count(county, color, n)"
                       " SELECT substr(home_division, 1, 6), color, COUNT(*) FROM holder GROUP BY 1, 2"),
        QStringLiteral("DELETE FROM holder_color_delta"),
        QStringLiteral("DELETE FROM holder_color_day"),
        QStringLiteral("CREATE TEMP TABLE rebuilt_hours AS SELECT county, hour, color, SUM(n) AS n FROM (%1) AS changes"
                       " GROUP BY county, hour, color HAVING SUM(n) <> 0").arg(changes),
        // day start of an hour: ((hour + 8) div 24) * 86400 - 28800, floor division for the years before 1970
        QStringLiteral("INSERT INTO holder_color_day(county, day, color, n) SELECT county,"
                       " (CASE WHEN hour + 8 >= 0 THEN (hour + 8) / 24 ELSE (hour + 8 - 23) / 24 END) * 86400 - 28800 AS day,"
                       " color, SUM(n) FROM rebuilt_hours GROUP BY 1, 2, 3 HAVING SUM(n) <> 0"),
        QStringLiteral("INSERT INTO holder_color_delta(county, hour, color, n) SELECT county, hour, color, n FROM rebuilt_hours"
                       " WHERE hour >= %1").arg(hourOf(now) - kHourlyDays * 24),
        QStringLiteral("DROP TABLE rebuilt_hours"),
        QStringLiteral("INSERT INTO holder_color_day(county, day, color, n) SELECT substr(county, 1, 2), day, color, SUM(n)"
                       " FROM holder_color_day WHERE length(county) = 6 GROUP BY 1, 2, 3 HAVING SUM(n) <> 0"),
        QStringLiteral("INSERT INTO holder_color_delta(county, hour, color, n) SELECT substr(county, 1, 2), hour, color, SUM(n)"
                       " FROM holder_color_delta WHERE length(county) = 6 GROUP BY 1, 2, 3 HAVING SUM(n) <> 0"),
    };
    for (const QString &sql : steps)
        if (Status s = execSql(db, sql); !s)
            return s.error();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(DISTINCT county) FROM holder_color_count),"
                              " (SELECT COUNT(*) FROM holder_color_day), (SELECT COUNT(*) FROM holder_color_delta),"
                              " (SELECT COUNT(*) FROM holder_history), (SELECT COUNT(*) FROM holder)"))
        && q.next()) {
        r.counties = q.value(0).toLongLong();
        r.dayRows = q.value(1).toLongLong();
        r.hourRows = q.value(2).toLongLong();
        r.historyRows = q.value(3).toLongLong();
        r.holders = q.value(4).toLongLong();
    }
    if (!q.exec(QStringLiteral("SELECT county FROM ("
                               " SELECT county, color, SUM(n) AS n FROM holder_color_count GROUP BY 1, 2"
                               " UNION ALL SELECT county, color, -SUM(n) FROM holder_color_day WHERE length(county) = 6"
                               " GROUP BY 1, 2) AS sums"
                               " GROUP BY county, color HAVING SUM(n) <> 0 ORDER BY county")))
        return Error::internal(q.lastError().text());
    while (q.next())
        if (!r.inconsistentCounties.contains(q.value(0).toString()))
            r.inconsistentCounties << q.value(0).toString();
    r.consistent = r.inconsistentCounties.isEmpty();
    return r;
}

} // namespace hc
