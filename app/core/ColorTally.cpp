#include "ColorTally.h"

#include "Database.h"

#include <QSqlError>
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
    m_deltas[{hourOf(at), county}][size_t(color)] += delta;
}

Status ColorTally::flush()
{
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("INSERT INTO holder_color_count(county, color, n) VALUES (?, ?, ?)"
                                 " ON CONFLICT(county, color) DO UPDATE SET n = n + excluded.n"));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        for (int c = 0; c < 4; ++c) {
            if (it.value()[size_t(c)] == 0)
                continue;
            count.bindValue(0, it.key());
            count.bindValue(1, c);
            count.bindValue(2, it.value()[size_t(c)]);
            if (Status s = exec(count); !s)
                return s;
        }
    QSqlQuery delta(m_db);
    delta.prepare(QStringLiteral("INSERT INTO holder_color_delta(hour, county, color, n) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT(hour, county, color) DO UPDATE SET n = n + excluded.n"));
    for (auto it = m_deltas.cbegin(); it != m_deltas.cend(); ++it)
        for (int c = 0; c < 4; ++c) {
            if (it.value()[size_t(c)] == 0)
                continue;
            delta.bindValue(0, it.key().first);
            delta.bindValue(1, it.key().second);
            delta.bindValue(2, c);
            delta.bindValue(3, it.value()[size_t(c)]);
            if (Status s = exec(delta); !s)
                return s;
        }
    m_counts.clear();
    m_deltas.clear();
    return Ok{};
}

Result<ColorTally::Rebuilt> ColorTally::rebuild(QSqlDatabase db)
{
    Rebuilt r;
    // A holder's history is counted in the county of its home now: a move of home between counties is
    // attributed to the hour of the move by HolderService, but a rebuild cannot tell it from history alone.
    const char *const steps[] = {
        "DELETE FROM holder_color_count",
        "INSERT INTO holder_color_count(county, color, n)"
        " SELECT substr(home_division, 1, 6), color, COUNT(*) FROM holder GROUP BY 1, 2",
        "DELETE FROM holder_color_delta",
        "INSERT INTO holder_color_delta(hour, county, color, n)"
        " SELECT hour, county, color, SUM(n) FROM ("
        "  SELECT CASE WHEN h.at >= 0 THEN h.at / 3600 ELSE (h.at - 3599) / 3600 END AS hour,"
        "         substr(x.home_division, 1, 6) AS county, h.color_after AS color, 1 AS n"
        "  FROM holder_history h JOIN holder x ON x.id = h.holder_id"
        "  UNION ALL"
        "  SELECT CASE WHEN h.at >= 0 THEN h.at / 3600 ELSE (h.at - 3599) / 3600 END,"
        "         substr(x.home_division, 1, 6), h.color_before, -1"
        "  FROM holder_history h JOIN holder x ON x.id = h.holder_id WHERE h.color_before IS NOT NULL)"
        " GROUP BY hour, county, color HAVING SUM(n) <> 0",
    };
    for (const char *sql : steps)
        if (Status s = execSql(db, QString::fromUtf8(sql)); !s)
            return s.error();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(DISTINCT county) FROM holder_color_count),"
                              " (SELECT COUNT(*) FROM holder_color_delta), (SELECT COUNT(*) FROM holder_history),"
                              " (SELECT COUNT(*) FROM holder)"))
        && q.next()) {
        r.counties = q.value(0).toLongLong();
        r.deltaRows = q.value(1).toLongLong();
        r.historyRows = q.value(2).toLongLong();
        r.holders = q.value(3).toLongLong();
    }
    if (!q.exec(QStringLiteral("SELECT county FROM ("
                               " SELECT county, color, SUM(n) AS n FROM holder_color_count GROUP BY 1, 2"
                               " UNION ALL SELECT county, color, -SUM(n) FROM holder_color_delta GROUP BY 1, 2)"
                               " GROUP BY county, color HAVING SUM(n) <> 0 ORDER BY county")))
        return Error::internal(q.lastError().text());
    while (q.next())
        if (!r.inconsistentCounties.contains(q.value(0).toString()))
            r.inconsistentCounties << q.value(0).toString();
    r.consistent = r.inconsistentCounties.isEmpty();
    return r;
}

} // namespace hc
