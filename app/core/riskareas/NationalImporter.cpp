#include "NationalImporter.h"
#include "SqlDialect.h"
#include "Authorizer.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "MappingRepository.h"
#include "PeriodWriter.h"
#include "ResidenceReconciler.h"
#include "RiskAreaService.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace hc {

namespace {

QString areaKey(const QString &code, const QString &subarea)
{
    return code + QChar(0x1f) + normaliseSubarea(subarea);
}

QString compactArray(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QStringList stringArray(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

struct Wanted
{
    QString code;
    QString subarea;
    RiskLevel level;
    QString areaName;
};

struct Current
{
    qint64 periodId;
    RiskLevel level;
    QString source;
    QVariant until; // its effective_to before the import ended it (NULL: open-ended)
};

} // namespace

QList<const EntryOutcome *> NationalImportReport::unmatched() const
{
    QList<const EntryOutcome *> out;
    for (const EntryOutcome &o : outcomes)
        if (o.match.status == MatchStatus::Unmatched)
            out << &o;
    return out;
}

QJsonObject NationalImportReport::toJson() const
{
    QJsonArray un;
    for (const EntryOutcome *o : unmatched())
        un.append(QJsonObject{{QStringLiteral("area_name"), o->entry.areaName}, {QStringLiteral("reason"), o->match.reason}});
    return QJsonObject{{QStringLiteral("entries"), entries()},     {QStringLiteral("exact"), exact},
                       {QStringLiteral("approximate"), approximate}, {QStringLiteral("unmatched"), un},
                       {QStringLiteral("declared"), declared},     {QStringLiteral("lifted"), lifted}};
}

NationalImportReport NationalImporter::analyse(const NationalList &list, const ProgressFn &progress) const
{
    ProgressThrottle step(progress);
    const QString phase = tr("Matching the list's entries");
    const qint64 total = list.entries.size();
    NationalImportReport report;
    report.listTime = list.time;
    const DivisionIndex index = DivisionIndex::load(m_db);
    const DivisionMatcher matcher(index);
    const MappingRepository mappings(m_db, m_clock);
    QHash<QString, std::optional<NameMapping>> mappingCache;
    for (const NationalEntry &e : list.entries) {
        if (const qint64 done = report.outcomes.size(); (done & 63) == 0)
            step({phase, done, total, int(20 * done / std::max<qint64>(1, total))});
        EntryOutcome o{e, {}, false};
        const QString triple = e.province + QChar(0x1f) + e.city + QChar(0x1f) + e.county;
        if (!mappingCache.contains(triple))
            mappingCache.insert(triple, mappings.find(e.province, e.city, e.county));
        if (const auto &m = mappingCache.value(triple)) {
            QStringList codes;
            if (!m->divisionCode.isEmpty())
                codes << m->divisionCode;
            else if (auto z = mappings.zone(m->zoneId))
                codes = z->members;
            for (const QString &c : codes) {
                const int node = index.indexOf(c);
                if (node >= 0)
                    o.match.targets += matcher.targetsUnder(node, e.communities);
                else // a village: no narrowing below it
                    for (const QString &community : e.communities.isEmpty() ? QStringList{QString()} : e.communities)
                        o.match.targets << MatchTarget{c, community};
            }
            if (!o.match.targets.isEmpty()) {
                o.match.status = MatchStatus::Exact;
                o.match.code = m->divisionCode.isEmpty() ? codes.first() : m->divisionCode;
                o.mapped = true;
            }
        }
        if (!o.mapped)
            o.match = matcher.match(e.province, e.city, e.county, e.communities);
        if (o.match.status == MatchStatus::Exact)
            ++report.exact;
        else if (o.match.status == MatchStatus::Approximate)
            ++report.approximate;
        report.outcomes << o;
    }
    return report;
}

NationalImportReport NationalImporter::analyseCancellable(const NationalList &list, const ProgressFn &progress,
                                                          bool *cancelled) const
{
    *cancelled = false;
    if (!progress)
        return analyse(list);
    return analyse(list, [&](const ProgressStep &s) {
        *cancelled = *cancelled || !progress(s);
        return !*cancelled;
    });
}

void NationalImporter::checkOlder(NationalImportReport &report, qint64 listTime) const
{
    // A list older than one already applied changes no area (history is not rewritten); it is still matched and
    // recorded, so that the review of its entries is not lost. A reverted list no longer counts.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT MAX(list_time) FROM national_import WHERE state = 'applied'"));
    report.applied = true;
    report.notice.clear();
    if (q.next() && !q.value(0).isNull() && q.value(0).toLongLong() > listTime) {
        report.applied = false;
        report.notice = tr("A later national list (%1) is already applied; this one (%2) is older: it was "
                           "matched and recorded for review, and no area was changed.")
                            .arg(time::formatShort(q.value(0).toLongLong()), time::formatShort(listTime));
    }
}

Status NationalImporter::recordEntries(const NationalImportReport &report) const
{
    QSqlQuery entry(m_db);
    entry.prepare(QStringLiteral("INSERT INTO national_entry(import_id, list_level, province, city, county, area_name,"
                                 " status, division_code, reason_kind, reason_args, mapped, communities) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const EntryOutcome &o : report.outcomes) {
        const QVariantList values{report.importId, riskLevelKey(o.entry.level), text(o.entry.province), text(o.entry.city),
                                  text(o.entry.county), text(o.entry.areaName), matchStatusKey(o.match.status),
                                  o.match.code.isEmpty() ? QVariant() : QVariant(o.match.code),
                                  int(o.match.why.kind), compactArray(o.match.why.args), o.mapped ? 1 : 0,
                                  compactArray(o.entry.communities)};
        for (int i = 0; i < values.size(); ++i)
            entry.bindValue(i, values.at(i));
        if (Status s = exec(entry); !s)
            return s;
    }
    return Ok{};
}

Result<NationalImportReport> NationalImporter::importTrusted(const NationalList &list, const QString &actor, AuditLog &audit,
                                                             const ProgressFn &progress)
{
    const qint64 t = list.time.toSecsSinceEpoch();
    // A list dated 9999 would make every real list "older" and skipped, with no way back; one dated 0001
    // backdates its areas (issue 16). Signed lists from the platform's feed are held to the same window.
    if (const auto why = time::outsideWindow(tr("The list's time (end_update_time)"), t, m_clock.now().toSecsSinceEpoch(), time::kListSkew))
        return Error::badInput(*why);
    bool cancelled = false;
    NationalImportReport report = analyseCancellable(list, progress, &cancelled);
    ProgressThrottle step(progress);
    if (cancelled || !step({tr("Recording the list"), 0, report.entries(), 20}, true))
        return Error::refused(tr("The import was cancelled; nothing was changed."));

    Transaction tx(m_db);
    checkOlder(report, t); // under the write lock: another process may have applied a later list meanwhile
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO national_import(list_time, file_sha256, entries, exact, approximate, unmatched,"
                               " declared, lifted, applied, imported_by, imported_at, origin, state)"
                               " VALUES(?,?,?,?,?,?,0,0,0,?,?,'platform','pending') RETURNING id"));
    for (const QVariant &v : QVariantList{t, QString::fromLatin1(list.sha256), report.entries(), report.exact, report.approximate,
                                          int(report.unmatched().size()), actor, m_clock.now().toSecsSinceEpoch()})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    if (!ins.next())
        return Error::internal(QStringLiteral("INSERT INTO national_import returned no id"));
    report.importId = ins.value(0).toLongLong();
    ins.finish();
    if (Status s = recordEntries(report); !s)
        return s.error();
    if (Status s = applyRecorded(report, list, QStringLiteral("platform"), actor, {}, audit, step); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    step({tr("Saving"), 1, 1, 100, false}, true);
    return report;
}

Status NationalImporter::applyRecorded(NationalImportReport &report, const NationalList &list, const QString &origin,
                                       const QString &actor, const QJsonObject &auditExtra, AuditLog &audit,
                                       ProgressThrottle &step)
{
    if (report.applied)
        if (Status st = applyDifference(report, list, origin, actor, step); !st)
            return st;
    if (!step({tr("Saving"), 0, 0, 98}, true))
        return Error::refused(tr("The import was cancelled; nothing was changed."));
    report.state = report.applied ? QStringLiteral("applied") : QStringLiteral("older");
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("UPDATE national_import SET declared = ?, lifted = ?, applied = ?, state = ?, entries = ?,"
                              " exact = ?, approximate = ?, unmatched = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{report.declared, report.lifted, report.applied ? 1 : 0, report.state, report.entries(),
                                          report.exact, report.approximate, int(report.unmatched().size()), report.importId})
        up.addBindValue(v);
    if (Status s = exec(up); !s)
        return s;
    QJsonObject after = report.toJson();
    after.remove(QStringLiteral("unmatched"));
    after.insert(QStringLiteral("unmatched"), int(report.unmatched().size()));
    after.insert(QStringLiteral("list_time"), time::format(list.time));
    after.insert(QStringLiteral("sha256"), QString::fromLatin1(list.sha256));
    after.insert(QStringLiteral("applied"), report.applied);
    after.insert(QStringLiteral("origin"), origin);
    after.insert(QStringLiteral("import"), report.importId);
    for (auto it = auditExtra.begin(); it != auditExtra.end(); ++it)
        after.insert(it.key(), it.value());
    return audit.append(actor, QStringLiteral("risk.import_national"), QStringLiteral("national_list:") + list.timeText, {}, after);
}

Status NationalImporter::applyDifference(NationalImportReport &report, const NationalList &list, const QString &origin,
                                         const QString &actor, ProgressThrottle &progress)
{
    const qint64 t = list.time.toSecsSinceEpoch();
    // What the list wants in force from t on; high wins where two entries name the same area.
    QHash<QString, Wanted> wanted;
    for (const EntryOutcome &o : report.outcomes) {
        if (o.match.status == MatchStatus::Unmatched || o.entry.level == RiskLevel::Low)
            continue;
        for (const MatchTarget &target : o.match.targets) {
            const QString key = areaKey(target.code, target.subarea);
            auto it = wanted.find(key);
            if (it == wanted.end())
                wanted.insert(key, Wanted{target.code, target.subarea, o.entry.level, o.entry.areaName});
            else if (o.entry.level > it->level)
                it->level = o.entry.level;
        }
    }

    PeriodWriter areas(m_db, m_clock);
    QHash<QString, qint64> areaIds;
    {
        QSqlQuery q(m_db);
        sql::stream(q);
        q.exec(QStringLiteral("SELECT id, division_code, subarea_key FROM risk_area"));
        while (q.next())
            areaIds.insert(q.value(1).toString() + QChar(0x1f) + q.value(2).toString(), q.value(0).toLongLong());
    }
    QHash<QString, Current> current;
    {
        QSqlQuery q(m_db);
        sql::stream(q);
        q.prepare(QStringLiteral("SELECT a.division_code, a.subarea_key, p.id, p.level, p.source, p.effective_to FROM risk_period p"
                                 " JOIN risk_area a ON a.id = p.area_id WHERE p.effective_from <= ? AND"
                                 " (p.effective_to IS NULL OR p.effective_to > ?)"));
        q.addBindValue(t);
        q.addBindValue(t);
        q.exec();
        while (q.next())
            current.insert(q.value(0).toString() + QChar(0x1f) + q.value(1).toString(),
                           Current{q.value(2).toLongLong(), RiskLevel(q.value(3).toInt()), q.value(4).toString(), q.value(5)});
    }

    // Record text, not interface text: stored in the commission's language whoever runs the import. A list from a
    // file says so wherever its areas are shown.
    const bool local = origin == QLatin1String("file");
    const QString basis = local ? QStringLiteral("国家风险区名单（%1，本地文件导入）").arg(list.timeText)
                                : QStringLiteral("国家风险区名单（%1）").arg(list.timeText);
    // What this import changed, area by area: a revert restores exactly that.
    QSqlQuery change(m_db);
    change.prepare(QStringLiteral("INSERT INTO national_change(import_id, area_id, ended_period, ended_until, opened_period)"
                                  " VALUES(?,?,?,?,?)"));
    const auto recordChange = [&](qint64 areaId, const Current *ended, std::optional<qint64> opened) {
        change.bindValue(0, report.importId);
        change.bindValue(1, areaId);
        change.bindValue(2, ended ? QVariant(ended->periodId) : QVariant());
        change.bindValue(3, ended ? ended->until : QVariant());
        change.bindValue(4, opened ? QVariant(*opened) : QVariant());
        return exec(change);
    };
    const QString source = QStringLiteral("national");
    QList<std::pair<QString, QString>> changed;
    qint64 step = 0;
    const qint64 total = wanted.size() + current.size();
    const QString phase = tr("Writing the risk areas");
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if ((++step & 255) == 0 && !progress({phase, step, total, 22 + int(23 * step / std::max<qint64>(1, total))}))
            return Error::refused(tr("The import was cancelled; nothing was changed."));
        const auto cur = current.constFind(it.key());
        if (cur != current.cend() && cur->level == it->level)
            continue; // already in force at that level
        if (cur != current.cend())
            if (Status s = areas.endPeriod(cur->periodId, t, actor, basis); !s)
                return s;
        qint64 id = areaIds.value(it.key(), 0);
        if (!id) {
            auto r = areas.insertArea(it->code, it->subarea);
            if (!r)
                return r.error();
            id = r.value();
            areaIds.insert(it.key(), id);
        }
        auto p = areas.openPeriod(id, it->level, t, std::nullopt, basis, it->areaName, source, report.importId, actor);
        if (!p)
            return p.error();
        if (Status s = recordChange(id, cur != current.cend() ? &*cur : nullptr, p.value()); !s)
            return s;
        ++report.declared;
        changed << std::pair{it->code, normaliseSubarea(it->subarea)};
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if ((++step & 255) == 0 && !progress({phase, step, total, 22 + int(23 * step / std::max<qint64>(1, total))}))
            return Error::refused(tr("The import was cancelled; nothing was changed."));
        if (it->source != source || wanted.contains(it.key()))
            continue;
        if (Status s = areas.endPeriod(it->periodId, t, actor, QStringLiteral("国家风险区名单（%1）不再列出").arg(list.timeText)); !s)
            return s;
        if (Status s = recordChange(areaIds.value(it.key()), &*it, std::nullopt); !s)
            return s;
        ++report.lifted;
        const int sep = int(it.key().indexOf(QChar(0x1f)));
        changed << std::pair{it.key().left(sep), it.key().mid(sep + 1)};
    }
    // Residents of every area that changed follow the list, in the same transaction (45–97 %).
    return reconcileResidences(m_db, m_clock.now().toSecsSinceEpoch(), actor, changed, t, [&](const ProgressStep &s) {
        ProgressStep scaled = s;
        scaled.percent = 45 + s.percent * 52 / 100;
        return progress(scaled, s.done == 0 || s.done == s.total);
    }, m_mode);
}

std::optional<NationalImporter::Stored> NationalImporter::lastImport() const
{
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT i.id, i.list_time, i.declared, i.lifted, i.applied, i.state, i.file_sha256,"
                                  " (SELECT MAX(a.id) FROM approval a WHERE a.kind = 'national_import' AND a.object = 'national_import:' || i.id)"
                                  " FROM national_import i ORDER BY i.id DESC LIMIT 1"))
        || !head.next())
        return std::nullopt;
    Stored s;
    s.report.importId = head.value(0).toLongLong();
    s.list.time = QDateTime::fromSecsSinceEpoch(head.value(1).toLongLong(), QTimeZone::utc());
    s.list.timeText = time::formatShort(head.value(1).toLongLong());
    s.report.listTime = s.list.time;
    s.report.declared = head.value(2).toInt();
    s.report.lifted = head.value(3).toInt();
    s.report.applied = head.value(4).toBool();
    s.report.state = head.value(5).toString();
    s.list.sha256 = head.value(6).toString().toLatin1();
    s.report.requestId = head.value(7).toLongLong();
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT list_level, province, city, county, area_name, status, COALESCE(division_code, ''),"
                             " reason_kind, reason_args, mapped, communities FROM national_entry WHERE import_id = ? ORDER BY id"));
    q.addBindValue(s.report.importId);
    if (!q.exec())
        return std::nullopt;
    QHash<QString, int> indexInList;
    while (q.next()) {
        EntryOutcome o;
        o.entry.level = riskLevelFromKey(q.value(0).toString()).value_or(RiskLevel::Low);
        o.entry.index = indexInList[q.value(0).toString()]++;
        o.entry.province = q.value(1).toString();
        o.entry.city = q.value(2).toString();
        o.entry.county = q.value(3).toString();
        o.entry.areaName = q.value(4).toString();
        const QString status = q.value(5).toString();
        o.match.status = status == QLatin1String("exact")         ? MatchStatus::Exact
                         : status == QLatin1String("approximate") ? MatchStatus::Approximate
                                                                  : MatchStatus::Unmatched;
        o.match.code = q.value(6).toString();
        o.match.why = {MatchReason::Kind(q.value(7).toInt()), stringArray(q.value(8).toString())};
        o.match.reason = o.match.why.text();
        o.mapped = q.value(9).toBool();
        o.entry.communities = stringArray(q.value(10).toString());
        if (o.match.status == MatchStatus::Exact)
            ++s.report.exact;
        else if (o.match.status == MatchStatus::Approximate)
            ++s.report.approximate;
        s.list.entries << o.entry;
        s.report.outcomes << o;
    }
    return s;
}

} // namespace hc
