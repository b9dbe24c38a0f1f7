#include "CaseText.h"

#include "TimeUtil.h"

#include <QHash>
#include <QRegularExpression>

namespace hc::casetext {

std::optional<qint64> parseTime(const QString &text)
{
    if (const auto fast = parseChinaWallClock(QStringView(text).trimmed()))
        return fast;
    static const QRegularExpression slashed(QStringLiteral(R"(^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    QString s = text.trimmed();
    if (const auto m = slashed.match(s); m.hasMatch()) {
        s = QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2).rightJustified(2, QLatin1Char('0')),
                                           m.captured(3).rightJustified(2, QLatin1Char('0')));
        if (!m.captured(4).isEmpty())
            s += QStringLiteral(" %1:%2:%3").arg(m.captured(4).rightJustified(2, QLatin1Char('0')), m.captured(5),
                                                 m.captured(6).isEmpty() ? QStringLiteral("00") : m.captured(6));
    }
    const auto t = time::parse(s, true);
    if (!t)
        return std::nullopt;
    return t->toSecsSinceEpoch();
}

std::optional<int> colorOf(const QString &text)
{
    static const QHash<QString, int> colors{{QStringLiteral("green"), 0}, {QStringLiteral("绿"), 0}, {QStringLiteral("绿码"), 0},
                                            {QStringLiteral("gray"), 1},  {QStringLiteral("灰"), 1}, {QStringLiteral("灰码"), 1},
                                            {QStringLiteral("yellow"), 2}, {QStringLiteral("黄"), 2}, {QStringLiteral("黄码"), 2},
                                            {QStringLiteral("red"), 3},   {QStringLiteral("红"), 3}, {QStringLiteral("红码"), 3}};
    const auto it = colors.constFind(text.toLower());
    return it == colors.cend() ? std::nullopt : std::optional(*it);
}

QStringList strings(const std::vector<QByteArrayView> &row)
{
    QStringList out;
    out.reserve(qsizetype(row.size()));
    for (QByteArrayView v : row)
        out << QString::fromUtf8(v);
    return out;
}

CaseRow caseRowOf(const CaseRowUtf8 &u)
{
    CaseRow r;
    r.line = u.line;
    r.caseRef = QString::fromUtf8(u.caseRef);
    r.idNumber = QString::fromUtf8(u.idNumber);
    r.cls = u.cls;
    r.reportAt = u.reportAt;
    r.dischargeAt = u.dischargeAt;
    r.exposure = u.exposure;
    r.division = QString::fromUtf8(u.division);
    r.address = QString::fromUtf8(u.address);
    r.venueCode = QString::fromUtf8(u.venueCode);
    r.from = u.from;
    r.to = u.to;
    r.transport = QString::fromUtf8(u.transport);
    r.carriage = QString::fromUtf8(u.carriage);
    r.seat = QString::fromUtf8(u.seat);
    return r;
}

ScanRow scanRowOf(const ScanRowUtf8 &u)
{
    ScanRow r;
    r.line = u.line;
    r.venueCode = QString::fromUtf8(u.venueCode);
    r.idNumber = QString::fromUtf8(u.idNumber);
    r.holderId = u.holderId;
    r.at = u.at;
    r.division = QString::fromUtf8(u.division);
    r.carriage = QString::fromUtf8(u.carriage);
    r.seat = QString::fromUtf8(u.seat);
    r.color = u.color;
    return r;
}

} // namespace hc::casetext
