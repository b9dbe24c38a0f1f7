#include "TimeUtil.h"

#include <cstdio>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace hc::time {

QTimeZone chinaZone()
{
    return QTimeZone(8 * 3600);
}

std::optional<QDateTime> parse(const QString &text, bool allowLocal)
{
    const QString s = text.trimmed();
    static const QRegularExpression withOffset(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$)"));
    static const QRegularExpression local(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$)"));
    if (withOffset.match(s).hasMatch()) {
        QString iso = s;
        iso.replace(10, 1, QLatin1Char('T'));
        QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(iso, Qt::ISODate);
        if (t.isValid())
            return t.toUTC();
        return std::nullopt;
    }
    if (allowLocal && local.match(s).hasMatch()) {
        QString iso = s;
        if (iso.size() == 10)
            iso += QStringLiteral("T00:00:00");
        iso.replace(10, 1, QLatin1Char('T'));
        QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        if (!t.isValid())
            return std::nullopt;
        t = QDateTime(t.date(), t.time(), chinaZone());
        return t.toUTC();
    }
    return std::nullopt;
}

namespace {

// The console's zone is the fixed offset UTC+8 (chinaZone()): its wall clock is plain arithmetic, without a
// QDateTime and a format string per call (batches format a million times).
QString wallClock(qint64 epochSecs, bool seconds, bool offset)
{
    const qint64 local = epochSecs + 8 * 3600;
    qint64 days = local / 86400, rest = local % 86400;
    if (rest < 0)
        rest += 86400, --days;
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(days + 2440588).getDate(&y, &m, &d);
    char buf[32];
    const int h = int(rest / 3600), mi = int(rest / 60 % 60), se = int(rest % 60);
    int n = seconds ? std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, h, mi, se)
                    : std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", y, m, d, h, mi);
    QString out = QString::fromLatin1(buf, n);
    if (offset)
        out += QStringLiteral("+08:00");
    return out;
}

} // namespace

QString format(qint64 epochSecs)
{
    return wallClock(epochSecs, true, true);
}

QString formatShort(qint64 epochSecs)
{
    return wallClock(epochSecs, false, false);
}

QString format(const QDateTime &t)
{
    return t.toTimeZone(chinaZone()).toString(Qt::ISODate);
}

QDateTime chinaWallClock(const QDateTime &t)
{
    const QDateTime c = t.toTimeZone(chinaZone());
    return QDateTime(c.date(), c.time());
}

std::optional<QString> outsideWindow(const QString &what, qint64 t, qint64 now, qint64 ahead)
{
    // Beyond QDateTime's years 1–9999 the raw number is shown.
    const QString when = t < -62135596800LL || t > 253402300799LL ? QString::number(t) : formatShort(t);
    if (t < kEarliest) {
        const QString text =
            QCoreApplication::translate("hc::time", "%1 %2 is before 2019-12-01, the earliest time the commission records.");
        return text.arg(what, when);
    }
    if (t <= now + ahead)
        return std::nullopt;
    const int days = int(ahead / 86400);
    const int minutes = int(ahead / 60);
    const QString margin = days > 0 ? QCoreApplication::translate("hc::time", "%n day(s)", nullptr, days)
                                    : QCoreApplication::translate("hc::time", "%n minute(s)", nullptr, minutes);
    const QString text = QCoreApplication::translate(
        "hc::time", "%1 %2 is later than now (%3) by more than %4; check the date (and that it is not given in milliseconds).");
    return text.arg(what, when, formatShort(now), margin);
}

} // namespace hc::time
