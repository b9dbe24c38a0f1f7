#include "TimeUtil.h"

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

QString format(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, chinaZone()).toString(Qt::ISODate);
}

QString formatShort(qint64 epochSecs)
{
    return QDateTime::fromSecsSinceEpoch(epochSecs, chinaZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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

} // namespace hc::time
