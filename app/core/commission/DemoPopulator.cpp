#include "DemoPopulator.h"
#include "SqlDialect.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "ColorTally.h"
#include "CodeIssuer.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionIndex.h"
#include "DivisionMatcher.h"
#include "NationalList.h"
#include "DivisionRepository.h"
#include "TimeUtil.h"
#include "HolderTimeline.h"
#include "IdNumber.h"
#include "PolicyStore.h"
#include "ResidenceReconciler.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <random>

namespace hc {

namespace {

const QStringList kSurnames = QStringLiteral(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 "
    "余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史")
                                  .split(QLatin1Char(' '));
const QString kGiven = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅鑫博宇浩然欣怡子涵梓轩"
                                      "思雨佳琪晨曦嘉怡雨桐一诺若汐宏海燕春林晓东丹婷雪辉亮斌文斌佳慧");
const char *const kPhonePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                      "151", "152", "155", "156", "158", "159", "177", "180", "186", "188", "189", "199"};

class Rng
{
public:
    explicit Rng(quint64 seed) : m_g(seed) {}
    quint64 next() { return m_g(); }
    int below(int n) { return int(m_g() % quint64(n)); }
    double unit() { return double(m_g() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_g;
};

// The holder indexes of schema v2, rebuilt after a bulk load into an empty table.
const char *const kHolderIndexes[] = {
    "CREATE UNIQUE INDEX holder_id_number ON holder(id_number, id_type)",
    "CREATE INDEX holder_division ON holder(home_division, id)",
    "CREATE INDEX holder_color ON holder(color, home_division, id)",
    "CREATE INDEX holder_name ON holder(name, id)",
    "CREATE INDEX holder_code_identity ON holder(code_identity)",
    "CREATE INDEX holder_next_change ON holder(next_change_at) WHERE next_change_at IS NOT NULL",
    "CREATE INDEX holder_address ON holder(address_key, home_division)",
    "CREATE INDEX declaration_holder ON declaration(holder_id, at)",
};

// A community or building a shipped national list names, with the homes (sorted) under its division.
struct Place
{
    QString subarea;
    int first = 0; // into homes
    int count = 0;
};

// Every (division, community) the lists embedded under :/risk-lists name, matched against this tree.
std::vector<Place> communityPlaces(QSqlDatabase db, const QStringList &homes)
{
    const DivisionIndex index = DivisionIndex::load(db);
    const DivisionMatcher matcher(index);
    QSet<QString> seen;
    std::vector<Place> out;
    const QStringList files = QDir(QStringLiteral(":/risk-lists")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto list = NationalList::load(QStringLiteral(":/risk-lists/") + f);
        if (!list)
            continue;
        for (const NationalEntry &e : list->entries) {
            if (e.communities.isEmpty())
                continue;
            const MatchResult m = matcher.match(e.province, e.city, e.county, e.communities);
            if (m.status == MatchStatus::Unmatched)
                continue;
            for (const MatchTarget &t : m.targets) {
                if (t.subarea.isEmpty() || seen.contains(t.code + QLatin1Char('|') + t.subarea))
                    continue;
                seen.insert(t.code + QLatin1Char('|') + t.subarea);
                const auto lo = std::lower_bound(homes.cbegin(), homes.cend(), t.code);
                const auto hi = std::lower_bound(lo, homes.cend(), divcode::prefixEnd(t.code));
                if (lo != hi)
                    out.push_back(Place{t.subarea, int(lo - homes.cbegin()), int(hi - lo)});
            }
        }
    }
    return out;
}

// An address inside the community: what the list names, then the rest of a flat's address.
QString addressIn(const QString &community, Rng &rng)
{
    const int unit = 1 + rng.below(6), floor = 1 + rng.below(30), flat = 1 + rng.below(4);
    const QString room = QStringLiteral("%1%2室").arg(floor).arg(flat, 2, 10, QLatin1Char('0'));
    if (community.endsWith(QStringLiteral("单元")))
        return community + room;
    if (community.endsWith(QStringLiteral("号楼")) || community.endsWith(QStringLiteral("栋")) || community.endsWith(QStringLiteral("幢")))
        return community + QStringLiteral("%1单元").arg(unit) + room;
    return community + QStringLiteral("%1号楼%2单元").arg(1 + rng.below(30)).arg(unit) + room;
}

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::DemoPopulator", s);
}

// When the color the holder has now began (the holder card's "自 … 起", the history and the overview's hourly
// counts): walked forward from the registration over every declaration and every time the color may change by time
// alone. Stamping it with the populate time instead made a holder yellow "since today" by a condition of last week.
template<typename Items>
qint64 colorSince(const policy::PolicyEngine &engine, const Items &items, const std::vector<qint64> &decls, qint64 from,
                  qint64 now)
{
    size_t d = 0; // the first declaration after t
    const auto at = [&](qint64 t) {
        while (d < decls.size() && decls[d] <= t)
            ++d;
        return engine.evaluateRange(items, d > 0 ? decls[d - 1] : policy::kNoDeclaration, t);
    };
    qint64 t = from, since = from;
    policy::Evaluation e = at(t);
    policy::Color color = e.color;
    for (int steps = 0; t < now && steps < 100000; ++steps) {
        qint64 next = std::min(e.nextChange, now);
        if (d < decls.size())
            next = std::min(next, decls[d]);
        t = std::max(next, t + 1);
        e = at(t);
        if (e.color != color) {
            color = e.color;
            since = t;
        }
    }
    return since;
}

// The reconciliation stamps its change time (the span's start, when the residents already lived there) on the colors
// it changed; a resident's color began with the condition that gave it. Moved there: the holder's color_since, the
// history row and the hour of the kept counts (taken back at the stamp, added at the start).
Status dateResidences(QSqlDatabase db, qint64 afterHistory, qint64 stamped, qint64 now)
{
    struct Moved
    {
        qint64 history, holder;
        int before, after;
        QString county;
        qint64 since;
    };
    std::vector<Moved> moved;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT r.id, r.holder_id, r.color_before, r.color_after, h.home_division,"
                                 " (SELECT MIN(c.start_at) FROM condition c WHERE c.holder_id = r.holder_id AND c.color = r.color_after"
                                 " AND (c.clear_at IS NULL OR c.clear_at > ?)) FROM holder_history r JOIN holder h ON h.id = r.holder_id"
                                 " WHERE r.id > ? AND r.at = ? AND r.color_before IS NOT NULL"));
        for (const QVariant &v : QVariantList{now, afterHistory, stamped})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s;
        while (q.next()) {
            const qint64 since = q.value(5).isNull() ? stamped : std::clamp(q.value(5).toLongLong(), stamped, now);
            if (since != stamped)
                moved.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                                 q.value(4).toString().left(6), since});
        }
    }
    QSqlQuery history(db), holder(db);
    history.prepare(QStringLiteral("UPDATE holder_history SET at = ? WHERE id = ?"));
    holder.prepare(QStringLiteral("UPDATE holder SET color_since = ? WHERE id = ? AND color_since = ?"));
    ColorTally counts(db);
    for (const Moved &m : moved) {
        history.bindValue(0, m.since);
        history.bindValue(1, m.history);
        holder.bindValue(0, m.since);
        holder.bindValue(1, m.holder);
        holder.bindValue(2, stamped);
        if (Status s = exec(history); !s)
            return s;
        if (Status s = exec(holder); !s)
            return s;
        counts.add(m.county, policy::Color(m.before), 1, stamped);
        counts.add(m.county, policy::Color(m.after), -1, stamped);
        counts.add(m.county, policy::Color(m.before), -1, m.since);
        counts.add(m.county, policy::Color(m.after), 1, m.since);
    }
    return counts.flush();
}

} // namespace

Result<DemoPopulator::Report> DemoPopulator::populate(const Options &o, const QString &actor, AuditLog &audit,
                                                      const Progress &percent)
{
    ProgressFn fn;
    if (percent)
        fn = [percent](const ProgressStep &s) { return percent(s.percent); };
    return populate(o, actor, audit, fn);
}

Result<DemoPopulator::Report> DemoPopulator::populate(const Options &o, const QString &actor, AuditLog &audit,
                                                      const ProgressFn &progressFn)
{
    ProgressThrottle progress(progressFn);
    if (o.holders < 1 || o.holders > 50'000'000)
        return Error::badInput(QStringLiteral("--holders must be between 1 and 50,000,000"));
    if (o.days < 1 || o.days > 365)
        return Error::badInput(QStringLiteral("--days must be between 1 and 365"));
    if (o.communityShare < 0 || o.communityShare > 1)
        return Error::badInput(QStringLiteral("--community-share must be between 0 and 1"));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("demo.populate"),
                                                   QStringLiteral("holders"), audit);
        !s)
        return s.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(now));
    Rng rng(o.seed);

    // Homes: villages when the full tree is imported, else streets.
    QStringList homes, focus;
    {
        QSqlQuery q(m_db);
        sql::stream(q);
        q.exec(QStringLiteral("SELECT code FROM division WHERE level = (SELECT MAX(level) FROM division) ORDER BY code"));
        while (q.next()) {
            const QString c = q.value(0).toString();
            homes << c;
            if (!o.focusDivision.isEmpty() && c.startsWith(o.focusDivision))
                focus << c;
        }
    }
    if (homes.isEmpty())
        return Error::refused(QStringLiteral("the division tree is empty"));
    if (!o.focusDivision.isEmpty() && focus.isEmpty())
        return Error::badInput(QStringLiteral("no home divisions under %1").arg(o.focusDivision));
    const std::vector<Place> places = o.communityShare > 0 ? communityPlaces(m_db, homes) : std::vector<Place>{};
    QByteArray secret;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity_secret'")) && q.next())
            secret = QByteArray::fromHex(q.value(0).toByteArray());
    }
    qint64 firstId = 1;
    bool bulk = false;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1, COUNT(*) = 0 FROM holder")) && q.next()) {
            firstId = q.value(0).toLongLong();
            bulk = q.value(1).toBool();
        }
    }

    Transaction tx(m_db);
    // An empty table loads faster without its indexes; they are built once at the end.
    if (bulk)
        for (const char *ix : {"holder_id_number", "holder_division", "holder_color", "holder_name", "holder_code_identity",
                               "holder_next_change", "holder_address", "declaration_holder"})
            if (Status s = execSql(m_db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(ix))); !s)
                return s.error();
    ResidenceReconciler areas(m_db, engine, actor, now, {});
    const qint64 spanStart = now - qint64(o.days) * 86400;
    if (Status s = areas.loadAllAreas(spanStart); !s)
        return s.error();

    QSqlQuery insHolder(m_db), insDecl(m_db), insScan(m_db), insStay(m_db), insCond(m_db), insHist(m_db);
    insHolder.prepare(QStringLiteral("INSERT INTO holder(id, id_type, id_number, name, phone, home_division, address, address_key,"
                                     " source_division, code_identity, created_at, updated_at, last_declaration_at, color,"
                                     " color_since, next_change_at, policy_version) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insDecl.prepare(QStringLiteral("INSERT INTO declaration(holder_id, at, symptoms) VALUES (?, ?, ?)"));
    insScan.prepare(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color) VALUES (?, ?, ?, ?, ?)"));
    insStay.prepare(QStringLiteral("INSERT INTO stay(holder_id, division_code, address, at, minutes) VALUES (?, ?, '', ?, ?)"));
    insCond.prepare(QStringLiteral("INSERT INTO condition(holder_id, kind, color, start_at, fixed_clear_at, anchor_at, days,"
                                   " clear_at, source_division, source_department, basis_kind, basis_ref, basis_text,"
                                   " created_by, created_at, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insHist.prepare(QStringLiteral("INSERT INTO holder_history(holder_id, at, color_before, color_after, cause, actor,"
                                   " policy_version) VALUES (?, ?, NULL, ?, ?, ?, ?)"));

    const QDate birthFrom(1940, 1, 1);
    const int birthDays = int(birthFrom.daysTo(QDate(2019, 12, 31)));
    QHash<QString, int> perCounty;
    {
        // A second run continues each county's sequence, so its ID numbers stay unique.
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT county, SUM(n) FROM holder_color_count GROUP BY county")))
            while (q.next())
                perCounty.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QHash<QString, QString> countyNames;
    const DivisionRepository divisions(m_db);
    auto countyName = [&](const QString &county) {
        auto it = countyNames.find(county);
        if (it == countyNames.end()) {
            const auto d = divisions.find(county);
            it = countyNames.insert(county, d ? d->name : county);
        }
        return *it;
    };
    ColorTally counts(m_db);
    Report report;
    const int version = engine.policy().version;
    auto nullable = [](qint64 t) { return t == policy::kOpen ? QVariant() : QVariant(t); };

    const QString making = tr("Making the holders");
    for (qint64 i = 0; i < o.holders; ++i) {
        if ((i & 1023) == 0 && !progress({making, i, o.holders, int(85 * i / o.holders)}, i == 0))
            return Error::refused(tr("Cancelled; no holder was added."));
        const qint64 id = firstId + i;
        const bool inFocus = !focus.isEmpty() && rng.chance(o.focusShare);
        const Place *place = !inFocus && !places.empty() && rng.chance(o.communityShare)
                                 ? &places[size_t(rng.below(int(places.size())))]
                                 : nullptr;
        const QString home = inFocus ? focus[rng.below(int(focus.size()))]
                             : place  ? homes[place->first + rng.below(place->count)]
                                      : homes[rng.below(int(homes.size()))];
        const QString county = home.left(6);
        // Unique by construction: the j-th holder of a county gets its own (birth date, serial).
        const int j = perCounty[county]++;
        const QDate birth = birthFrom.addDays((qint64(j) * 7919 + qHash(county)) % birthDays);
        const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd"))
                                + QString::number((j / birthDays) % 1000).rightJustified(3, QLatin1Char('0'));
        const QString idNumber = first17 + idnumber::checkDigit(first17);
        QString name = kSurnames[rng.below(int(kSurnames.size()))];
        for (int k = rng.chance(0.7) ? 2 : 1; k > 0; --k)
            name += kGiven[rng.below(int(kGiven.size()))];
        QString phone = QString::fromLatin1(kPhonePrefixes[rng.below(int(std::size(kPhonePrefixes)))]);
        for (int k = 0; k < 8; ++k)
            phone += QChar(u'0' + rng.below(10));
        const QString address = place ? addressIn(place->subarea, rng)
                                      : QStringLiteral("%1号楼%2单元%3%4室")
                                            .arg(1 + rng.below(30))
                                            .arg(1 + rng.below(6))
                                            .arg(1 + rng.below(30))
                                            .arg(1 + rng.below(4), 2, 10, QLatin1Char('0'));
        const qint64 created = spanStart - qint64(rng.below(365)) * 86400 - rng.below(86400);

        // Declarations on most days, 07:00–22:00 UTC+8.
        std::vector<qint64> decls{created}, symptomFree{created};
        std::vector<std::pair<qint64, int>> declRows{{created, 0}};
        const qint64 day0 = ((spanStart + 8 * 3600) / 86400) * 86400 - 8 * 3600;
        for (qint64 d = day0; d <= now; d += 86400) {
            if (!rng.chance(0.85))
                continue;
            const qint64 at = d + 7 * 3600 + rng.below(15 * 3600);
            if (at < spanStart || at > now)
                continue;
            const int symptoms = rng.chance(0.001) ? 1 : 0;
            decls.push_back(at);
            if (!symptoms)
                symptomFree.push_back(at);
            declRows.emplace_back(at, symptoms);
        }
        policy::HolderTimeline tl(engine, decls, symptomFree);
        struct Why
        {
            QString ref, text;
        };
        std::vector<Why> why;
        for (const auto &[at, symptoms] : declRows)
            if (symptoms) {
                tl.symptomsReported(at);
                why.push_back({QStringLiteral("申报 %1").arg(time::formatShort(at)), QStringLiteral("本人健康申报：发热")});
            }
        if (rng.chance(o.arrivalShare)) {
            const qint64 at = spanStart + rng.below(int(std::max<qint64>(1, now - spanStart)));
            tl.arrival(at);
            why.push_back({QStringLiteral("G%1 %2").arg(100 + rng.below(9000)).arg(QDate::fromJulianDay(2440588 + (at + 28800) / 86400).toString(Qt::ISODate)),
                           QStringLiteral("省外来（铁路到达记录）")});
        }
        if (rng.chance(o.feverShare)) {
            const qint64 at = spanStart + rng.below(int(std::max<qint64>(1, now - spanStart)));
            tl.symptomsReported(at);
            why.push_back({QStringLiteral("FC-%1").arg(id), QStringLiteral("发热门诊就诊记录")});
        }
        // Scans at venues, mostly near home; each is a stay measured against the risk areas.
        const int scans = int(o.scansPerDay * o.days * 2 * rng.unit() + 0.5);
        std::vector<std::tuple<QString, qint64, int>> visits;
        for (int k = 0; k < scans; ++k) {
            const QString where = rng.chance(0.7) ? home : homes[rng.below(int(homes.size()))];
            const qint64 at = spanStart + rng.below(int(std::max<qint64>(1, now - spanStart - 3 * 3600)));
            const int minutes = 10 + rng.below(170);
            visits.emplace_back(where, at, minutes);
            if (areas.hasAreas())
                if (const auto out = engine.stayOutcome(at, at + minutes * 60, areas.stepsFor(where, {}, at))) {
                    tl.stay(out->start, out->kind, at + minutes * 60);
                    why.push_back({QStringLiteral("scan:%1").arg(where), QStringLiteral("在风险区停留 %1 分钟").arg(minutes)});
                }
        }
        while (why.size() < tl.items().size())
            why.push_back(why.empty() ? Why{} : why.back());

        const policy::Evaluation e = engine.evaluateRange(tl.items(), decls.empty() ? policy::kNoDeclaration : tl.declarations().back(), now);
        const qint64 since = colorSince(engine, tl.items(), decls, created, now);
        const QVariantList hv{id, idNumber, name, phone, home, address, normaliseSubarea(address), county,
                              codes::CodeIssuer::identityOf(secret, QStringLiteral("resident"), idNumber), created, created,
                              tl.declarations().back(), int(e.color), since, nullable(e.nextChange), version};
        for (int k = 0; k < hv.size(); ++k)
            insHolder.bindValue(k, hv[k]);
        if (Status s = exec(insHolder); !s)
            return s.error();
        for (const auto &[at, symptoms] : declRows) {
            insDecl.bindValue(0, id);
            insDecl.bindValue(1, at);
            insDecl.bindValue(2, symptoms);
            if (Status s = exec(insDecl); !s)
                return s.error();
        }
        report.declarations += qint64(declRows.size());
        for (const auto &[where, at, minutes] : visits) {
            const auto past = std::upper_bound(decls.begin(), decls.end(), at);
            const auto colorThen = engine.evaluateRange(tl.items(), past == decls.begin() ? policy::kNoDeclaration : *(past - 1), at).color;
            insScan.bindValue(0, id);
            insScan.bindValue(1, QStringLiteral("V%1-%2").arg(where).arg(qHash(where) % 97));
            insScan.bindValue(2, where);
            insScan.bindValue(3, at);
            insScan.bindValue(4, int(colorThen));
            insStay.bindValue(0, id);
            insStay.bindValue(1, where);
            insStay.bindValue(2, at);
            insStay.bindValue(3, minutes);
            if (Status s = exec(insScan); !s)
                return s.error();
            if (Status s = exec(insStay); !s)
                return s.error();
        }
        report.scans += qint64(visits.size());
        for (size_t k = 0; k < tl.items().size(); ++k) {
            const auto &c = tl.items()[k];
            const bool declared = c.kind == policy::ConditionKind::Symptoms && why[k].ref.startsWith(QStringLiteral("申报"));
            const QVariantList cv{id, int(c.kind), int(c.color), c.start, nullable(c.fixedClear),
                                  c.days > 0 ? QVariant(c.anchor) : QVariant(), int(c.days), nullable(c.clear), county,
                                  QStringLiteral("%1疾病预防控制中心").arg(countyName(county)),
                                  declared ? QStringLiteral("health_declaration") : QStringLiteral("exposure_record"),
                                  why[k].ref, why[k].text, actor, now, version};
            for (int m = 0; m < cv.size(); ++m)
                insCond.bindValue(m, cv[m]);
            if (Status s = exec(insCond); !s)
                return s.error();
            ++report.conditions;
        }
        insHist.bindValue(0, id);
        insHist.bindValue(1, since);
        insHist.bindValue(2, int(e.color));
        insHist.bindValue(3, QStringLiteral("演示数据"));
        insHist.bindValue(4, actor);
        insHist.bindValue(5, version);
        if (Status s = exec(insHist); !s)
            return s.error();
        counts.add(county, e.color, 1, since);
        ++report.colors[size_t(e.color)];
        ++report.holders;
    }
    if (Status s = counts.flush(); !s)
        return s.error();
    if (bulk) {
        const QString indexing = tr("Building the indexes");
        int k = 0;
        for (const char *ix : kHolderIndexes) {
            if (!progress({indexing, k, qint64(std::size(kHolderIndexes)), 85 + 10 * k / int(std::size(kHolderIndexes))}, true))
                return Error::refused(tr("Cancelled; no holder was added."));
            ++k;
            if (Status s = execSql(m_db, QString::fromLatin1(ix)); !s)
                return s.error();
        }
    }
    // Residents of the areas in force now get their residence conditions like after a declaration, from the start of
    // the span on: they lived there when the areas were declared, so the condition starts with the area, not now.
    QList<std::pair<QString, QString>> inForce;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT DISTINCT a.division_code, a.subarea_key FROM risk_area a JOIN risk_period p"
                                 " ON p.area_id = a.id WHERE p.effective_to IS NULL OR p.effective_to > ?"));
        q.addBindValue(now);
        if (q.exec())
            while (q.next())
                inForce << std::pair{q.value(0).toString(), q.value(1).toString()};
    }
    qint64 lastHistory = 0;
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM holder_history")) && q.next())
            lastHistory = q.value(0).toLongLong();
    }
    if (Status s = reconcileResidences(m_db, now, actor, inForce, spanStart,
                                       [&](const ProgressStep &st) {
                                           ProgressStep scaled = st;
                                           scaled.percent = 95 + st.percent * 4 / 100;
                                           return progress(scaled);
                                       });
        !s)
        return s.error();
    if (Status s = dateResidences(m_db, lastHistory, spanStart, now); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("demo.populate"), QStringLiteral("holders"), {},
                                {{QStringLiteral("holders"), report.holders},
                                 {QStringLiteral("seed"), QString::number(o.seed)},
                                 {QStringLiteral("days"), o.days},
                                 {QStringLiteral("declarations"), report.declarations},
                                 {QStringLiteral("scans"), report.scans}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    progress({tr("Saving"), o.holders, o.holders, 100, false}, true);
    return report;
}

} // namespace hc
