#include "ResidenceReconciler.h"
#include "SqlDialect.h"

#include "Database.h"
#include "DivisionCode.h"
#include "PolicyStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

using policy::ConditionKind;
using policy::kOpen;

namespace {

bool isResidence(ConditionKind k)
{
    return k == ConditionKind::ResidentHigh || k == ConditionKind::ResidentMedium;
}

ConditionKind residenceKind(RiskLevel l)
{
    return l == RiskLevel::High ? ConditionKind::ResidentHigh : ConditionKind::ResidentMedium;
}

QStringList prefixesOf(const QString &code)
{
    QStringList out;
    for (int len : {2, 4, 6, 9, 12})
        if (len <= code.size())
            out << code.left(len);
    return out;
}

} // namespace

ResidenceReconciler::ResidenceReconciler(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor,
                                         qint64 now, Commission commission, Writes writes)
    : m_db(db), m_now(now), m_commission(std::move(commission)), m_updater(db, engine, actor, now, writes),
      m_writer(db, actor, now, engine.policy().version, writes)
{
}

Status ResidenceReconciler::finish()
{
    if (Status s = m_writer.finish(); !s)
        return s;
    return m_updater.flush();
}

Status ResidenceReconciler::loadAreas(const QStringList &divisions, const QString &subtree, qint64 changeTime)
{
    m_areas.clear();
    m_byDivision.clear();
    m_withSubareas.clear();
    m_cache.clear();
    QStringList marks;
    for (int i = 0; i < divisions.size(); ++i)
        marks << QStringLiteral("?");
    QString where = marks.isEmpty() ? QStringLiteral("FALSE")
                                    : QStringLiteral("a.division_code IN (%1)").arg(marks.join(QLatin1Char(',')));
    QVariantList binds;
    for (const QString &d : divisions)
        binds << d;
    if (!subtree.isNull()) { // "" (not null) means every area
        where += QStringLiteral(" OR (a.division_code >= ? AND a.division_code < ?)");
        binds << subtree << divcode::prefixEnd(subtree);
    }
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT a.id, a.division_code, a.subarea_key, p.id, p.level, p.effective_from, p.effective_to,"
                             " p.basis, p.source FROM risk_area a JOIN risk_period p ON p.area_id = a.id"
                             " WHERE (%1) AND (p.effective_to IS NULL OR p.effective_to > ?) ORDER BY a.id, p.effective_from")
                  .arg(where));
    binds << changeTime;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (Status s = exec(q); !s)
        return s;
    while (q.next()) {
        const qint64 areaId = q.value(0).toLongLong();
        if (m_areas.empty() || m_areas.back().id != areaId) {
            m_areas.push_back(Area{areaId, q.value(1).toString(), q.value(2).toString(), {}});
            m_byDivision[m_areas.back().division].push_back(int(m_areas.size()) - 1);
            if (!m_areas.back().subareaKey.isEmpty())
                m_withSubareas.insert(m_areas.back().division);
        }
        Period p;
        p.id = q.value(3).toLongLong();
        p.level = RiskLevel(q.value(4).toInt());
        p.from = q.value(5).toLongLong();
        p.to = q.value(6).isNull() ? kOpen : q.value(6).toLongLong();
        p.basis = q.value(7).toString();
        p.national = q.value(8).toString() == QLatin1String("national");
        m_areas.back().periods.push_back(p);
    }
    return Ok{};
}

std::vector<const ResidenceReconciler::Area *> ResidenceReconciler::containing(const QString &home, const QString &addressKey) const
{
    std::vector<const Area *> out;
    for (const QString &p : prefixesOf(home))
        if (const auto it = m_byDivision.constFind(p); it != m_byDivision.cend())
            for (int i : *it) {
                const Area &a = m_areas[size_t(i)];
                if (a.subareaKey.isEmpty() || addressKey.startsWith(a.subareaKey))
                    out.push_back(&a);
            }
    return out;
}

std::vector<ResidenceReconciler::Segment> ResidenceReconciler::segments(const std::vector<const Area *> &areas, qint64 from)
{
    std::vector<qint64> points{from};
    for (const Area *a : areas)
        for (const Period &p : a->periods) {
            if (p.from > from)
                points.push_back(p.from);
            if (p.to > from && p.to != kOpen)
                points.push_back(p.to);
        }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    std::vector<Segment> out;
    for (size_t i = 0; i < points.size(); ++i) {
        const qint64 t = points[i];
        Segment s;
        s.start = t;
        s.end = i + 1 < points.size() ? points[i + 1] : kOpen;
        for (const Area *a : areas)
            for (const Period &p : a->periods)
                if (p.from <= t && t < p.to && p.level > s.level) {
                    s.level = p.level;
                    s.area = a;
                    s.period = &p;
                }
        if (!out.empty() && out.back().end == s.start && out.back().level == s.level) {
            out.back().end = s.end; // one run of one level, whichever areas give it
            continue;
        }
        out.push_back(s);
    }
    std::erase_if(out, [](const Segment &s) { return s.level == RiskLevel::Low; });
    return out;
}

Status ResidenceReconciler::reconcile(HolderScan::Row &row, qint64 changeTime)
{
    // Segments depend on the home and on which sub-area areas the address falls in: keyed by those areas'
    // ids, so the residents of one community share an entry instead of one per address.
    QString key = row.holder.homeDivision;
    const QStringList prefixes = prefixesOf(key);
    std::vector<const Area *> areas;
    bool have = false;
    if (std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return m_withSubareas.contains(p); })) {
        areas = containing(row.holder.homeDivision, row.addressKey);
        have = true;
        for (const Area *a : areas)
            if (!a->subareaKey.isEmpty())
                key += QLatin1Char('|') + QString::number(a->id);
    }
    auto cached = m_cache.find(key);
    if (cached == m_cache.end())
        cached = m_cache.insert(key, segments(have ? areas : containing(row.holder.homeDivision, row.addressKey), changeTime));
    // Shared by every holder of the same home: read, never copied (this runs once per resident).
    const std::vector<Segment> &wanted = *cached;
    std::vector<bool> used(wanted.size(), false);

    bool changed = false;
    std::optional<qint64> cause;
    auto end = [&](ConditionRecord &c, qint64 fixed, const QString &reason) -> Status {
        if (c.fixedClear == fixed)
            return Ok{};
        c.fixedClear = fixed;
        c.clear = std::min(c.fixedClear, c.voidedAt);
        changed = true;
        ++m_written;
        return m_writer.updateClear(c, reason);
    };
    for (ConditionRecord &c : row.conditions) {
        if (!isResidence(c.kind) || c.fixedClear <= changeTime)
            continue;
        // The running one continues if the level at the change is still its level (voided or not).
        const auto match = std::find_if(wanted.begin(), wanted.end(), [&](const Segment &s) {
            const size_t i = size_t(&s - wanted.data());
            return !used[i] && residenceKind(s.level) == c.kind
                && (c.start < changeTime ? s.start == changeTime : s.start == c.start);
        });
        if (match != wanted.end()) {
            used[size_t(match - wanted.begin())] = true;
            if (Status s = end(c, match->end, match->end == kOpen ? QString() : QStringLiteral("风险等级变化")); !s)
                return s;
        } else if (Status s = end(c, std::max(c.start, changeTime),
                                  c.start < changeTime ? QStringLiteral("风险等级变化") : QStringLiteral("重新划定"));
                   !s) {
            return s;
        }
    }
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (used[i])
            continue;
        const Segment &s = wanted[i];
        ConditionRecord c;
        c.holderId = row.holder.id;
        c.kind = residenceKind(s.level);
        c.color = policy::defaultColorOf(c.kind);
        c.start = s.start;
        c.fixedClear = s.end;
        c.clear = s.end;
        c.basisKind = basisKindKey(BasisKind::RiskDeclaration);
        c.basisRef = QStringLiteral("risk_period:%1").arg(s.period->id);
        c.basisText = s.period->basis;
        c.riskAreaId = s.area->id;
        if (s.period->national) {
            c.sourceDepartment = QStringLiteral("国务院联防联控机制（全国风险区名单）");
        } else {
            c.sourceDivision = m_commission.division;
            c.sourceDepartment = m_commission.displayName();
        }
        if (Status st = m_writer.insert(c); !st)
            return st;
        ++m_written;
        changed = true;
        cause = c.id;
        row.conditions.push_back(c);
    }
    if (!changed)
        return Ok{};
    return m_updater.apply(row.holder, row.conditions, QStringLiteral("居住地风险等级变化"), cause,
                           changeTime <= m_now ? std::optional(changeTime) : std::nullopt);
}

Status ResidenceReconciler::scan(const QString &where, const QVariantList &binds, qint64 changeTime)
{
    // Residence conditions still running at the change are loaded even when cleared by `now` (backdated changes).
    HolderScan scan(m_db, m_now, where, binds, QStringLiteral("h.home_division, h.id"),
                    QStringLiteral("((c.kind = %1 OR c.kind = %2) AND (c.fixed_clear_at IS NULL OR c.fixed_clear_at > ?))")
                        .arg(int(ConditionKind::ResidentHigh))
                        .arg(int(ConditionKind::ResidentMedium)),
                    {changeTime});
    return scan.run([&](HolderScan::Row &row) { return reconcile(row, changeTime); });
}

Status ResidenceReconciler::reconcileArea(const QString &division, const QString &subareaKey, qint64 changeTime)
{
    {
        // Most declared areas have no registered holders: one index probe instead of loading periods.
        QSqlQuery probe(m_db);
        probe.prepare(QStringLiteral("SELECT 1 FROM holder WHERE home_division >= ? AND home_division < ? LIMIT 1"));
        probe.addBindValue(division);
        probe.addBindValue(divcode::prefixEnd(division));
        if (Status s = exec(probe); !s)
            return s;
        if (!probe.next())
            return Ok{};
    }
    QStringList ancestors = prefixesOf(division);
    if (Status s = loadAreas(ancestors, division, changeTime); !s)
        return s;
    QString where = QStringLiteral("h.home_division >= ? AND h.home_division < ?");
    QVariantList binds{division, divcode::prefixEnd(division)};
    if (!subareaKey.isEmpty()) {
        where += QStringLiteral(" AND h.address_key >= ? AND h.address_key < ?");
        binds << subareaKey << divcode::prefixEnd(subareaKey);
    }
    return scan(where, binds, changeTime);
}

Status ResidenceReconciler::reconcileAreas(const QList<std::pair<QString, QString>> &areas, qint64 changeTime,
                                           const ProgressFn &progress)
{
    const QString phase = QCoreApplication::translate("hc::ResidenceReconciler", "Checking residents of the changed areas");
    ProgressThrottle report(progress);
    // The changed areas as key ranges: the residents of all of them are then found by two statements that
    // walk the holder indexes once per area inside SQLite, instead of a query per area from here.
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS reconcile_area(lo TEXT NOT NULL, hi TEXT NOT NULL,"
                            " klo TEXT NOT NULL, khi TEXT NOT NULL)",
                            "CREATE TEMP TABLE IF NOT EXISTS reconcile_holder(id INTEGER PRIMARY KEY)",
                            "DELETE FROM reconcile_area", "DELETE FROM reconcile_holder"})
        if (Status s = execSql(m_db, QString::fromLatin1(sql)); !s)
            return s;
    {
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO reconcile_area(lo, hi, klo, khi) VALUES(?,?,?,?)"));
        for (const auto &[division, subareaKey] : areas) {
            ins.bindValue(0, division);
            ins.bindValue(1, divcode::prefixEnd(division));
            // Bound as text, never NULL: "" is the whole division.
            ins.bindValue(2, subareaKey.isEmpty() ? QStringLiteral("") : subareaKey);
            ins.bindValue(3, subareaKey.isEmpty() ? QStringLiteral("") : divcode::prefixEnd(subareaKey));
            if (Status s = exec(ins); !s)
                return s;
        }
    }
    // Whole divisions through holder(home_division, id); sub-areas through holder(address_key, home_division),
    // which names the few holders of one community without reading the rest of its street. (SQLite takes those
    // indexes by itself, the areas the outer loop of the CROSS JOIN.)
    for (const char *sql :
         {"INSERT INTO reconcile_holder(id) SELECT h.id FROM reconcile_area r CROSS JOIN holder h"
          " WHERE r.klo = '' AND h.home_division >= r.lo AND h.home_division < r.hi ON CONFLICT DO NOTHING",
          "INSERT INTO reconcile_holder(id) SELECT h.id FROM reconcile_area r CROSS JOIN holder h"
          " WHERE r.klo <> '' AND h.address_key >= r.klo AND h.address_key < r.khi"
          " AND h.home_division >= r.lo AND h.home_division < r.hi ON CONFLICT DO NOTHING"})
        if (Status s = execSql(m_db, QString::fromLatin1(sql)); !s)
            return s;
    qint64 total = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM reconcile_holder"));
        if (Status s = exec(q); !s)
            return s;
        if (q.next())
            total = q.value(0).toLongLong();
    }
    if (total == 0)
        return Ok{};
    // No larger page cache here (unlike a case batch): residents are visited in id order, so their pages are
    // dirtied in runs, and on 10 M holders the 1 GiB cache made the import slower (21.9 s against 18.9 s, the
    // commit writing a gigabyte at once) and took 1.2 GB of memory instead of 173 MB.
    // Every area that can contain one of them, once: a home's level is the highest of all its areas.
    if (Status s = loadAllAreas(changeTime); !s)
        return s;
    const QString cancelled = QCoreApplication::translate("hc::ResidenceReconciler", "The operation was cancelled; nothing was changed.");
    if (!report({phase, 0, total, 0, true}, true))
        return Error::refused(cancelled);
    qint64 done = 0;
    HolderScan scan(m_db, m_now, QStringLiteral("h.id IN (SELECT id FROM reconcile_holder)"), {}, QStringLiteral("h.id"),
                    QStringLiteral("((c.kind = %1 OR c.kind = %2) AND (c.fixed_clear_at IS NULL OR c.fixed_clear_at > ?))")
                        .arg(int(ConditionKind::ResidentHigh))
                        .arg(int(ConditionKind::ResidentMedium)),
                    {changeTime});
    if (Status s = scan.run([&](HolderScan::Row &row) {
            // Nothing is committed before the caller's transaction ends: a cancel rolls everything back.
            if ((++done & 1023) == 0 && !report({phase, done, total, int(100 * done / total), true}))
                return Status(Error::refused(cancelled));
            return reconcile(row, changeTime);
        });
        !s)
        return s;
    report({phase, total, total, 100, true}, true);
    return execSql(m_db, QStringLiteral("DELETE FROM reconcile_holder"));
}

Result<std::vector<std::pair<qint64, RiskLevel>>> ResidenceReconciler::levelSteps(const QString &division,
                                                                                   const QString &addressKey, qint64 from)
{
    if (Status s = loadAreas(prefixesOf(division), QString(), from); !s)
        return s.error();
    return stepsFor(division, addressKey, from);
}

std::vector<std::pair<qint64, RiskLevel>> ResidenceReconciler::stepsFor(const QString &division, const QString &addressKey,
                                                                        qint64 from) const
{
    std::vector<std::pair<qint64, RiskLevel>> steps;
    for (const Segment &s : segments(containing(division, addressKey), from)) {
        steps.emplace_back(s.start, s.level);
        if (s.end != kOpen)
            steps.emplace_back(s.end, RiskLevel::Low); // a following run at its end replaces this step
    }
    // Keep the last step for each time (a run starting where the previous ended).
    std::vector<std::pair<qint64, RiskLevel>> out;
    for (const auto &st : steps) {
        if (!out.empty() && out.back().first == st.first)
            out.back() = st;
        else
            out.push_back(st);
    }
    return out;
}

Status ResidenceReconciler::reconcileHolder(qint64 holderId, qint64 changeTime)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT home_division FROM holder WHERE id = ?"));
    q.addBindValue(holderId);
    if (!q.exec() || !q.next())
        return Error::internal(QCoreApplication::translate("hc::ResidenceReconciler", "holder %1 not found").arg(holderId));
    if (Status s = loadAreas(prefixesOf(q.value(0).toString()), QString(), changeTime); !s)
        return s;
    return scan(QStringLiteral("h.id = ?"), {holderId}, changeTime);
}

} // namespace hc

namespace hc {

Status reconcileResidences(QSqlDatabase db, qint64 now, const QString &actor,
                           const QList<std::pair<QString, QString>> &areas, qint64 changeTime,
                           const ProgressFn &progress, ReconcileMode mode)
{
    // Counties with holders, from the per-county counts: a national list names tens of thousands of areas,
    // most with nobody registered here, and each is then skipped without touching the database.
    QSet<QString> counties;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT DISTINCT county FROM holder_color_count WHERE n > 0"));
        if (Status s = exec(q); !s)
            return s;
        while (q.next())
            counties.insert(q.value(0).toString());
    }
    if (counties.isEmpty())
        return Ok{};
    QSet<QString> provinces;
    for (const QString &c : std::as_const(counties))
        for (int len : {2, 4})
            provinces.insert(c.left(len));
    auto inhabited = [&](const QString &division) {
        if (division.size() >= 6)
            return counties.contains(division.left(6));
        if (division.size() == 2 || division.size() == 4)
            return provinces.contains(division);
        return std::any_of(counties.cbegin(), counties.cend(), [&](const QString &c) { return c.startsWith(division); });
    };
    QList<std::pair<QString, QString>> wanted;
    for (const auto &area : areas)
        if (inhabited(area.first))
            wanted << area;
    if (wanted.isEmpty())
        return Ok{};
    const policy::PolicyEngine engine(PolicyStore(db).inForce(now));
    ResidenceReconciler r(db, engine, actor, now, Commission::load(db),
                          mode == ReconcileMode::SetWise ? Writes::Deferred : Writes::Immediate);
    if (mode == ReconcileMode::SetWise) {
        if (Status s = r.reconcileAreas(wanted, changeTime, progress); !s)
            return s;
    } else {
        for (const auto &[division, subareaKey] : std::as_const(wanted))
            if (Status s = r.reconcileArea(division, subareaKey, changeTime); !s)
                return s;
    }
    return r.finish();
}

} // namespace hc
