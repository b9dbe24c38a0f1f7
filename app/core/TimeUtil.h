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

} // namespace hc::time
