#include "Figures.h"

#include "ColorTally.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"

#include <QSqlQuery>

namespace hc::reports {

namespace {

constexpr qint64 kDay = 86400;

void bindScope(QSqlQuery &q, const QString &prefix)
{
    q.addBindValue(prefix.isNull() ? QStringLiteral("") : prefix);
    q.addBindValue(divcode::prefixEnd(prefix));
}

} // namespace

QString Figures::prefixOf(const QString &division)
{
    QString p = division.isNull() ? QStringLiteral("") : division; // a null QString would bind as SQL NULL
    while (p.size() >= 2 && p.size() <= 6 && p.endsWith(QLatin1String("00")))
        p.chop(2);
    return p;
}

qint64 Figures::dayStart(qint64 t)
{
    return ColorTally::dayStartOfHour(ColorTally::hourOf(t));
}

// Holders per county and color now; for the whole country per province, whose changes are kept under its own key.
QMap<QString, ColorArray> Figures::countsNow(const QString &prefix) const
{
    QMap<QString, ColorArray> out;
    QSqlQuery q(m_db);
    if (prefix.isEmpty())
        q.prepare(QStringLiteral("SELECT substr(county, 1, 2), color, SUM(n) FROM holder_color_count GROUP BY 1, 2"));
    else {
        q.prepare(QStringLiteral("SELECT county, color, n FROM holder_color_count WHERE county >= ? AND county < ?"));
        bindScope(q, prefix.left(6));
    }
    if (q.exec())
        while (q.next())
            out[q.value(0).toString()][size_t(q.value(1).toInt() & 3)] += q.value(2).toLongLong();
    return out;
}

QMap<QString, ColorArray> Figures::colorsByCounty(const QString &prefix, qint64 at) const
{
    QMap<QString, ColorArray> out = countsNow(prefix);
    // Changes after `at`: whole days from the daily table, the rest of at's day from the hourly one; a seek per
    // county on (county, day) and (county, hour).
    const qint64 day = ColorTally::dayOf(at);
    const bool wholeDay = at == day;
    const qint64 fromDay = wholeDay ? day : day + kDay;
    QSqlQuery days(m_db), hours(m_db);
    days.prepare(QStringLiteral("SELECT color, SUM(n) FROM holder_color_day WHERE county = ? AND day >= ? GROUP BY color"));
    hours.prepare(QStringLiteral("SELECT color, SUM(n) FROM holder_color_delta WHERE county = ? AND hour >= ? AND hour < ?"
                                 " GROUP BY color"));
    for (auto it = out.begin(); it != out.end(); ++it) {
        days.bindValue(0, it.key());
        days.bindValue(1, fromDay);
        if (days.exec())
            while (days.next())
                (*it)[size_t(days.value(0).toInt() & 3)] -= days.value(1).toLongLong();
        if (wholeDay)
            continue;
        hours.bindValue(0, it.key());
        hours.bindValue(1, ColorTally::firstHourAfter(at));
        hours.bindValue(2, ColorTally::hourOf(fromDay));
        if (hours.exec())
            while (hours.next())
                (*it)[size_t(hours.value(0).toInt() & 3)] -= hours.value(1).toLongLong();
    }
    for (auto it = out.begin(); it != out.end();)
        it = std::all_of(it->begin(), it->end(), [](qint64 n) { return n == 0; }) ? out.erase(it) : std::next(it);
    return out;
}

ColorArray Figures::colors(const QString &prefix, qint64 at) const
{
    ColorArray sum{};
    const auto by = colorsByCounty(prefix, at);
    for (const ColorArray &c : by)
        for (size_t i = 0; i < 4; ++i)
            sum[i] += c[i];
    return sum;
}

QList<ColorArray> Figures::colorsPerDay(const QString &prefix, qint64 firstDay, int days) const
{
    ColorArray now{};
    const QMap<QString, ColorArray> counts = countsNow(prefix);
    for (const ColorArray &c : counts)
        for (size_t i = 0; i < 4; ++i)
            now[i] += c[i];
    const QStringList counties = counts.keys();
    QSqlQuery q(m_db);
    // Changes of the days after the first, per day: a seek per county. Walked from the newest back, the count at
    // the end of each day is the count now minus what changed after it.
    QMap<qint64, ColorArray> perDay;
    q.prepare(QStringLiteral("SELECT day, color, SUM(n) FROM holder_color_day WHERE county = ? AND day > ? GROUP BY day, color"));
    for (const QString &county : counties) {
        q.bindValue(0, county);
        q.bindValue(1, firstDay);
        if (q.exec())
            while (q.next())
                perDay[q.value(0).toLongLong()][size_t(q.value(1).toInt() & 3)] += q.value(2).toLongLong();
    }
    QList<ColorArray> out(days);
    ColorArray running = now;
    auto it = perDay.constEnd();
    for (int d = days - 1; d >= 0; --d) {
        const qint64 nextDay = firstDay + (d + 1) * kDay;
        while (it != perDay.constBegin() && std::prev(it).key() >= nextDay) {
            --it;
            for (size_t i = 0; i < 4; ++i)
                running[i] -= it.value()[i];
        }
        out[d] = running;
    }
    return out;
}

QMap<QString, AreaCount> Figures::areasByCounty(const QString &prefix, qint64 at) const
{
    QMap<QString, AreaCount> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT substr(a.division_code, 1, 6), p.level, COUNT(DISTINCT a.id) FROM risk_area a"
                             " JOIN risk_period p ON p.area_id = a.id WHERE a.division_code >= ? AND a.division_code < ?"
                             " AND p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?) GROUP BY 1, 2"));
    bindScope(q, prefix);
    q.addBindValue(at);
    q.addBindValue(at);
    if (q.exec())
        while (q.next()) {
            AreaCount &a = out[q.value(0).toString()];
            (q.value(1).toInt() == 2 ? a.high : a.medium) += q.value(2).toLongLong();
        }
    return out;
}

AreaCount Figures::areas(const QString &prefix, qint64 at) const
{
    AreaCount sum;
    for (const AreaCount &a : areasByCounty(prefix, at))
        sum.high += a.high, sum.medium += a.medium;
    return sum;
}

QList<AreaCount> Figures::areasPerDay(const QString &prefix, qint64 firstDay, int days, qint64 now) const
{
    QList<AreaCount> out(days);
    const qint64 end = firstDay + days * kDay;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT p.level, p.effective_from, p.effective_to FROM risk_area a JOIN risk_period p"
                             " ON p.area_id = a.id WHERE a.division_code >= ? AND a.division_code < ?"
                             " AND p.effective_from < ? AND (p.effective_to IS NULL OR p.effective_to > ?)"));
    bindScope(q, prefix);
    q.addBindValue(end);
    q.addBindValue(firstDay);
    if (!q.exec())
        return out;
    while (q.next()) {
        const bool high = q.value(0).toInt() == 2;
        const qint64 from = q.value(1).toLongLong();
        const qint64 to = q.value(2).isNull() ? std::numeric_limits<qint64>::max() : q.value(2).toLongLong();
        for (int d = 0; d < days; ++d) {
            const qint64 at = std::min(firstDay + (d + 1) * kDay - 1, now); // the end of the day, or now for today
            if (from <= at && at < to)
                ++(high ? out[d].high : out[d].medium);
        }
    }
    return out;
}

QList<Figures::TicketDay> Figures::ticketsPerDay(const QString &prefix, qint64 firstDay, int days, qint64 now) const
{
    QList<TicketDay> out(days);
    const qint64 end = firstDay + days * kDay;
    // CROSS JOIN keeps tickets (thousands) the outer loop: driven from the holders of a county (a million) SQLite
    // would read every one of them.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.received_at, t.closed_at, t.deadline_at FROM ticket t CROSS JOIN holder h"
                             " WHERE h.id = t.holder_id AND t.received_at < ? AND (t.closed_at IS NULL OR t.closed_at >= ?)"
                             " AND h.home_division >= ? AND h.home_division < ?"));
    q.addBindValue(end);
    q.addBindValue(firstDay);
    bindScope(q, prefix);
    if (!q.exec())
        return out;
    auto dayOf = [&](qint64 t) { return int((t - firstDay) / kDay); };
    while (q.next()) {
        const qint64 received = q.value(0).toLongLong();
        const std::optional<qint64> closed = q.value(1).isNull() ? std::nullopt : std::optional(q.value(1).toLongLong());
        const qint64 deadline = q.value(2).toLongLong();
        if (received >= firstDay)
            ++out[dayOf(received)].received;
        if (closed && *closed >= firstDay && *closed < end)
            ++out[dayOf(*closed)].closed;
        for (int d = std::max(0, dayOf(std::max(received, firstDay))); d < days; ++d) {
            const qint64 at = std::min(firstDay + (d + 1) * kDay - 1, now);
            if (received > at || (closed && *closed <= at))
                continue;
            if (at > deadline)
                ++out[d].overdue;
        }
    }
    return out;
}

QString Figures::name(const QString &code) const
{
    if (code.isEmpty())
        return QStringLiteral("全国");
    auto it = m_names.constFind(code);
    if (it != m_names.constEnd())
        return *it;
    const auto d = DivisionRepository(m_db).find(code);
    return m_names.insert(code, d ? d->name : code).value();
}

QString Figures::pathName(const QString &code) const
{
    if (code.isEmpty())
        return QStringLiteral("全国");
    auto it = m_paths.constFind(code);
    if (it != m_paths.constEnd())
        return *it;
    QString out;
    for (const auto &d : DivisionRepository(m_db).path(code))
        out += d.name;
    return m_paths.insert(code, out.isEmpty() ? code : out).value();
}

QString Figures::officialName(const QString &username) const
{
    if (username.isEmpty())
        return {};
    auto it = m_officials.constFind(username);
    if (it != m_officials.constEnd())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT display_name FROM account WHERE username = ?"));
    q.addBindValue(username);
    QString n = username == QLatin1String("system") ? QStringLiteral("系统") : username;
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        n = q.value(0).toString();
    return m_officials.insert(username, n).value();
}

} // namespace hc::reports
