#include "DivisionMatcher.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hc {

namespace {

bool isProvinceAdministered(const QString &city)
{
    return city.contains(QStringLiteral("直辖县")) || city.contains(QStringLiteral("直辖县级"));
}

// Development zones are written many ways: 高新区 / 高新技术产业开发区, 经开区 / 经济技术开发区 / 经济开发区.
QString zoneKind(const QString &name, QString *prefix)
{
    struct K
    {
        const char16_t *needle;
        const char16_t *kind;
    };
    static const K kinds[] = {{u"高新技术产业开发区", u"高新"}, {u"高新技术开发区", u"高新"}, {u"高新区", u"高新"},
                              {u"高新", u"高新"},               {u"经济技术开发区", u"经开"}, {u"经济开发区", u"经开"},
                              {u"经开区", u"经开"},             {u"开发区", u"开发"}};
    for (const K &k : kinds) {
        const QString needle = QString::fromUtf16(k.needle);
        const int at = int(name.indexOf(needle));
        if (at >= 0) {
            if (prefix)
                *prefix = name.left(at);
            return QString::fromUtf16(k.kind);
        }
    }
    return {};
}

bool kindsCompatible(const QString &a, const QString &b)
{
    return a == b || (a == QStringLiteral("开发") && b == QStringLiteral("经开"))
           || (b == QStringLiteral("开发") && a == QStringLiteral("经开"));
}

// Cuts the first n characters of text's clean form off text, which may carry brackets or spaces the clean form
// lacks, with the separators that follow.
QString cutCleanPrefix(const QString &text, qsizetype n)
{
    QString rest = text.trimmed();
    qsizetype consumed = 0;
    qsizetype pos = 0;
    while (pos < rest.size() && consumed < n) {
        if (DivisionIndex::clean(QString(rest.at(pos))).size() == 1)
            ++consumed;
        ++pos;
    }
    rest = rest.mid(pos);
    while (!rest.isEmpty() && (rest.front().isSpace() || rest.front() == QChar(u'：') || rest.front() == QChar(u':')))
        rest.remove(0, 1);
    return rest;
}

const QString &wholeWords()
{
    static const QString w = QStringLiteral("全域");
    return w;
}

} // namespace

QString MatchReason::text() const
{
    const auto arg = [this](int i) { return args.value(i); };
    switch (kind) {
    case None: return {};
    case ProvinceUnknown:
        return QCoreApplication::translate("hc::DivisionMatcher", "province \"%1\" is not in the division tree").arg(arg(0));
    case Bingtuan:
        return QCoreApplication::translate("hc::DivisionMatcher",
                                           "新疆生产建设兵团 is not an administrative division; placed under Xinjiang");
    case NotDivisionCountyByName:
        return QCoreApplication::translate("hc::DivisionMatcher",
                                           "\"%1\" is not an administrative division; matched the county by name")
            .arg(arg(0));
    case NotDivisionOf:
        return QCoreApplication::translate("hc::DivisionMatcher", "\"%1\" is not an administrative division of %2")
            .arg(arg(0), arg(1));
    case DevelopmentZone:
        return QCoreApplication::translate("hc::DivisionMatcher",
                                           "\"%1\" is a development zone, not an administrative division")
            .arg(arg(0));
    case NotFoundUnder:
        return QCoreApplication::translate("hc::DivisionMatcher", "\"%1\" was not found under %2").arg(arg(0), arg(1));
    }
    return {};
}

QString matchStatusKey(MatchStatus s)
{
    switch (s) {
    case MatchStatus::Exact: return QStringLiteral("exact");
    case MatchStatus::Approximate: return QStringLiteral("approximate");
    case MatchStatus::Unmatched: break;
    }
    return QStringLiteral("unmatched");
}

int DivisionMatcher::findProvince(const QString &name) const
{
    const QString c = DivisionIndex::clean(name);
    const QString s = DivisionIndex::stem(name);
    for (int i : m_index.children(-1)) {
        const auto &n = m_index.node(i);
        if (n.clean == c || n.stem == s || (s.size() >= 2 && n.clean.startsWith(s)))
            return i;
    }
    return -1;
}

int DivisionMatcher::findUnder(const QString &name, int under, int minLevel, int maxLevel) const
{
    // "管庄（地区）乡" is 管庄地区 with the brackets dropped; "平谷（渔阳地区）镇" is the bracketed 渔阳地区.
    QStringList forms{name};
    static const QRegularExpression bracket(QStringLiteral("[（(]([^）)]+)[）)]"));
    if (const auto m = bracket.match(name); m.hasMatch())
        forms << m.captured(1);
    for (const QString &form : forms) {
        const QString c = DivisionIndex::clean(form);
        const QString s = DivisionIndex::stem(form);
        if (c.isEmpty())
            continue;
        for (int level = minLevel; level <= maxLevel; ++level) {
            const QList<int> cands = m_index.descendants(under, level);
            for (int i : cands)
                if (m_index.node(i).clean == c)
                    return i;
            int found = -1;
            int hits = 0;
            for (int i : cands) {
                if (m_index.node(i).stem == s) {
                    found = i;
                    ++hits;
                }
            }
            if (hits == 1)
                return found;
        }
    }
    return -1;
}

int DivisionMatcher::findDevelopmentZone(const QString &name, int city) const
{
    QString prefix;
    const QString kind = zoneKind(DivisionIndex::clean(name), &prefix);
    const QString cityStem = city >= 0 ? m_index.node(city).stem : QString();
    QList<int> hits;
    for (int i : m_index.descendants(city, 3)) {
        const auto &n = m_index.node(i);
        QString treePrefix;
        const QString treeKind = zoneKind(n.clean, &treePrefix);
        if (treeKind.isEmpty())
            continue;
        if (treePrefix.startsWith(cityStem))
            treePrefix = treePrefix.mid(cityStem.size());
        if (!kind.isEmpty()) {
            QString p = prefix;
            if (p.startsWith(cityStem))
                p = p.mid(cityStem.size());
            if (kindsCompatible(kind, treeKind) && treePrefix == p)
                hits << i;
        } else {
            // "净月区" names the zone by its place: 长春净月高新技术产业开发区.
            const QString s = DivisionIndex::stem(name);
            if (s.size() >= 2 && n.clean.contains(s))
                hits << i;
        }
    }
    return hits.size() == 1 ? hits.first() : -1;
}

std::optional<MatchTarget> DivisionMatcher::resolveCommunity(int under, const QString &text, int level) const
{
    const QString c = DivisionIndex::clean(text);
    int best = -1;
    qsizetype bestLen = 0;
    for (int i : m_index.descendants(under, level)) {
        const auto &n = m_index.node(i);
        if (n.clean.size() > bestLen && c.startsWith(n.clean)) {
            best = i;
            bestLen = n.clean.size();
        }
    }
    if (best < 0)
        return std::nullopt;
    QString rest = cutCleanPrefix(text, bestLen);
    if (rest == wholeWords())
        rest.clear();
    return MatchTarget{m_index.node(best).code, rest};
}

MatchTarget DivisionMatcher::narrowToVillage(const MatchTarget &t) const
{
    if (t.code.size() != 9 || t.subarea.isEmpty())
        return t;
    const QString c = DivisionIndex::clean(t.subarea);
    const DivisionIndex::Village *best = nullptr;
    for (const auto &v : m_index.villagesOf(t.code))
        if (v.stem.size() >= 3 && c.startsWith(v.stem) && (!best || v.stem.size() > best->stem.size()))
            best = &v;
    if (!best)
        return t;
    QString rest = cutCleanPrefix(t.subarea, best->stem.size());
    if (rest == wholeWords())
        rest.clear();
    return MatchTarget{best->code, rest};
}

QList<MatchTarget> DivisionMatcher::targetsUnder(int node, const QStringList &communities) const
{
    QList<MatchTarget> out;
    const auto &n = m_index.node(node);
    for (const QString &community : communities) {
        QString text = community.trimmed();
        if (text.isEmpty())
            continue;
        // Lists often repeat the county or the town in front: "大兴区黄村镇…".
        for (int guard = 0; guard < 2; ++guard) {
            const QString c = DivisionIndex::clean(text);
            if (c.startsWith(n.clean) && c.size() > n.clean.size())
                text = text.mid(n.name.size()).trimmed();
        }
        MatchTarget t{n.code, text};
        if (n.level < 4) {
            if (auto narrowed = resolveCommunity(node, text, 4))
                t = *narrowed;
        }
        t = narrowToVillage(t);
        if (t.subarea == wholeWords())
            t.subarea.clear();
        if (!out.contains(t))
            out << t;
    }
    if (out.isEmpty())
        out << MatchTarget{n.code, QString()};
    return out;
}

MatchResult DivisionMatcher::match(const QString &provinceName, const QString &cityName, const QString &countyName,
                                   const QStringList &communities) const
{
    MatchResult r;
    const auto approximate = [&](int node, const QString &unresolved, const MatchReason &why) {
        r.status = MatchStatus::Approximate;
        r.code = m_index.node(node).code;
        r.why = why;
        r.reason = why.text();
        // The unresolved names stay in the sub-area text, so the area is never wider than the list says.
        QStringList communitiesHere = communities.isEmpty() ? QStringList{QString()} : communities;
        for (const QString &c : communitiesHere) {
            const MatchTarget t{r.code, (unresolved + QLatin1Char(' ') + c.trimmed()).trimmed()};
            if (!r.targets.contains(t))
                r.targets << t;
        }
        return r;
    };
    const auto exact = [&](int node) {
        r.status = MatchStatus::Exact;
        r.code = m_index.node(node).code;
        r.reason.clear();
        r.targets = targetsUnder(node, communities);
        return r;
    };

    const int province = findProvince(provinceName);
    if (province < 0) {
        if (provinceName.contains(QStringLiteral("兵团"))) {
            // 新疆生产建设兵团 is no division; its cities (石河子市 …) are counties of Xinjiang.
            const int xj = m_index.indexOf(QStringLiteral("65"));
            if (xj >= 0) {
                QList<MatchTarget> targets;
                static const QRegularExpression division(QStringLiteral("^第[一二三四五六七八九十]+师"));
                bool all = !communities.isEmpty();
                for (const QString &c : communities) {
                    QString text = c.trimmed();
                    text.remove(division);
                    auto t = resolveCommunity(xj, text, 3);
                    if (!t) {
                        all = false;
                        break;
                    }
                    targets << *t;
                }
                if (all) {
                    r.status = MatchStatus::Exact;
                    r.code = targets.first().code;
                    r.targets = targets;
                    return r;
                }
                return approximate(xj, provinceName, {MatchReason::Bingtuan, {}});
            }
        }
        r.status = MatchStatus::Unmatched;
        r.why = {MatchReason::ProvinceUnknown, {provinceName}};
        r.reason = r.why.text();
        return r;
    }

    // City level. Municipalities write the district as city ("北京市 朝阳区 …") or repeat themselves
    // ("上海市 上海市 黄浦区"); province-administered counties sit under a pseudo-city.
    int city = -1;
    const QString cityClean = DivisionIndex::clean(cityName);
    if (cityClean.isEmpty() || isProvinceAdministered(cityName)
        || cityClean == DivisionIndex::clean(provinceName)) {
        city = province;
    } else {
        city = findUnder(cityName, province, 2, 3);
        if (city < 0)
            city = findDevelopmentZone(cityName, province);
        if (city < 0) {
            // The county may still be unique in the province (长白山保护开发区 池北区 …).
            const int county = findUnder(countyName, province, 3, 3);
            if (county >= 0 && DivisionIndex::clean(countyName) != cityClean)
                return approximate(county, QString(), {MatchReason::NotDivisionCountyByName, {cityName}});
            const QString unresolved = cityClean == DivisionIndex::clean(countyName) ? cityName
                                                                                      : cityName + QLatin1Char(' ') + countyName;
            return approximate(province, unresolved, {MatchReason::NotDivisionOf, {cityName, provinceName}});
        }
    }

    const QString countyClean = DivisionIndex::clean(countyName);
    const int cityLevel = m_index.node(city).level;
    if (countyClean.isEmpty() || countyClean == cityClean || countyName == QStringLiteral("市辖区")
        || countyClean == DivisionIndex::clean(m_index.node(city).name))
        return exact(city);
    int county = findUnder(countyName, city, cityLevel + 1, 4);
    if (county < 0)
        county = findDevelopmentZone(countyName, city);
    if (county < 0 && city != province)
        county = findUnder(countyName, province, 3, 3); // county-level cities listed under the wrong city
    if (county >= 0)
        return exact(county);

    // The county is no division (高新区, 西咸新区 …). If every community names its own street, those are exact.
    if (!communities.isEmpty()) {
        QList<MatchTarget> targets;
        bool all = true;
        for (const QString &c : communities) {
            auto t = resolveCommunity(city, c, 4);
            if (!t) {
                all = false;
                break;
            }
            const MatchTarget narrowed = narrowToVillage(*t);
            if (!targets.contains(narrowed))
                targets << narrowed;
        }
        if (all) {
            r.status = MatchStatus::Exact;
            r.code = m_index.node(city).code;
            r.targets = targets;
            return r;
        }
    }
    const bool zone = !zoneKind(countyClean, nullptr).isEmpty() || countyClean.endsWith(QStringLiteral("新区"))
                      || countyClean.contains(QStringLiteral("园区")) || countyClean.contains(QStringLiteral("示范区"));
    return approximate(city, countyName,
                       zone ? MatchReason{MatchReason::DevelopmentZone, {countyName}}
                            : MatchReason{MatchReason::NotFoundUnder, {countyName, m_index.node(city).name}});
}

} // namespace hc
