#pragma once
#include <QDateTime>
#include <QTimeZone>
#include <QString>
#include <optional>

namespace hc::time {

// China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact and needs no tzdata.
QTimeZone chinaZone();
// ISO 8601 with an offset ("2022-11-01T08:00:00+08:00", "…Z"); a time without an offset is read as UTC+8
// only when allowLocal is set (CLI convenience: "2022-11-01 08:00").
std::optional<QDateTime> parse(const QString &text, bool allowLocal = true);
QString format(qint64 epochSecs);           // "2022-11-01T08:00:00+08:00"
QString formatShort(qint64 epochSecs);      // "2022-11-01 08:00" (UTC+8), for tables
QString format(const QDateTime &t);
// The UTC+8 wall-clock reading of t, as a zone-less value for date/time editors.
QDateTime chinaWallClock(const QDateTime &t);

// The time window every input is checked against (issue 16, docs/limits.md): nothing the commission records
// happened before 2019-12-01 00:00 (UTC+8), and an event cannot be later than the clock by more than the skew
// between workstations. A national list is dated by the hour it covers and may arrive a little before it.
constexpr qint64 kEarliest = 1575129600;      // 2019-12-01T00:00:00+08:00
constexpr qint64 kSkew = 300;                 // an event "now" on a clock 5 minutes ahead
constexpr qint64 kListSkew = 3600;            // a list for 12时 published at 11:xx
constexpr qint64 kPlanAhead = 366 * 86400;    // a declaration's end, a policy version's start: at most a year ahead
// nullopt when earliest ≤ t ≤ now + ahead; else the reason, naming `what` and the window (translated).
std::optional<QString> outsideWindow(const QString &what, qint64 t, qint64 now, qint64 ahead = kSkew);

} // namespace hc::time
