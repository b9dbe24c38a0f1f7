#include "NationalList.h"
#include "Limits.h"
#include "Crypto.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hc {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hc::NationalList", s);
}
} // namespace

Result<NationalList> NationalList::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(tr("Cannot read %1: %2").arg(path, f.errorString()));
    // Checked before reading: the whole file is parsed in memory (a real list is about 1 MB).
    if (f.size() > limits::kListBytes)
        return Error::badInput(tr("%1 has %2 MB; a national list has at most %3 MB.")
                                   .arg(path)
                                   .arg(f.size() >> 20)
                                   .arg(limits::kListBytes >> 20));
    return parse(f.read(limits::kListBytes));
}

Result<NationalList> NationalList::parse(const QByteArray &json)
{
    if (json.size() > limits::kListBytes)
        return Error::badInput(tr("The list has %1 MB; a national list has at most %2 MB.").arg(json.size() >> 20).arg(limits::kListBytes >> 20));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("Not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    const QJsonObject data = doc.object().value(QStringLiteral("data")).toObject();
    if (data.isEmpty())
        return Error::badInput(tr("The file has no \"data\" object: not a national risk-area list."));
    NationalList list;
    list.sha256 = crypto::sha256(json).toHex();
    list.raw = json;
    list.timeText = data.value(QStringLiteral("end_update_time")).toString();
    // "2022-11-01 08时" — the hour in UTC+8.
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})\s*(\d{1,2})\s*时$)"));
    const auto m = re.match(list.timeText.trimmed());
    if (m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        const int h = m.captured(2).toInt();
        if (d.isValid() && h < 24)
            list.time = QDateTime(d, QTime(h, 0), time::chinaZone()).toUTC();
    } else if (auto t = time::parse(list.timeText)) {
        list.time = *t;
    }
    if (!list.time.isValid())
        return Error::badInput(tr("end_update_time \"%1\" is not a time such as \"2022-11-01 08时\".").arg(list.timeText));

    const struct
    {
        const char *key;
        RiskLevel level;
    } lists[] = {{"highlist", RiskLevel::High}, {"middlelist", RiskLevel::Medium}, {"lowlist", RiskLevel::Low}};
    bool any = false;
    for (const auto &l : lists) {
        const QString key = QString::fromLatin1(l.key);
        if (!data.contains(key))
            continue;
        any = true;
        const QJsonValue v = data.value(key);
        if (!v.isArray())
            return Error::badInput(tr("\"%1\" is not a list.").arg(key));
        const QJsonArray arr = v.toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QJsonObject o = arr.at(i).toObject();
            const auto bad = [&](const QString &why) {
                return Error::badInput(tr("%1[%2] (%3): %4")
                                           .arg(key)
                                           .arg(i)
                                           .arg(o.value(QStringLiteral("area_name")).toString(), why));
            };
            if (!arr.at(i).isObject())
                return bad(tr("not an object"));
            NationalEntry e;
            e.level = l.level;
            e.index = i;
            e.province = o.value(QStringLiteral("province")).toString().trimmed();
            e.city = o.value(QStringLiteral("city")).toString().trimmed();
            e.county = o.value(QStringLiteral("county")).toString().trimmed();
            e.areaName = o.value(QStringLiteral("area_name")).toString().trimmed();
            if (e.province.isEmpty())
                return bad(tr("the province is missing"));
            for (const auto &[name, value] : {std::pair{tr("the province"), &e.province}, std::pair{tr("the city"), &e.city},
                                              std::pair{tr("the county"), &e.county}, std::pair{tr("the area name"), &e.areaName}})
                if (const auto why = limits::textProblem(name, *value, limits::kPlaceName))
                    return bad(*why);
            if (e.areaName.isEmpty())
                e.areaName = QStringList{e.province, e.city, e.county}.join(QLatin1Char(' ')).trimmed();
            const QJsonValue cs = o.value(QStringLiteral("communitys"));
            if (!cs.isUndefined() && !cs.isNull() && !cs.isArray())
                return bad(tr("\"communitys\" is not a list"));
            for (const QJsonValue &c : cs.toArray()) {
                if (!c.isString())
                    return bad(tr("a community is not text"));
                // Real lists break long building lists with tabs and line breaks; any other control character is refused.
                if (const auto why = limits::textProblem(tr("a community"), c.toString().trimmed(), limits::kCommunity, true))
                    return bad(*why);
                if (!c.toString().trimmed().isEmpty())
                    e.communities << c.toString().trimmed();
            }
            list.entries << e;
            if (list.entries.size() > limits::kListEntries)
                return Error::badInput(tr("The list has more than %1 entries; a national list has at most that many.").arg(limits::kListEntries));
        }
    }
    if (!any)
        return Error::badInput(tr("The file has none of highlist, middlelist, lowlist."));
    return list;
}

} // namespace hc
