#include "BatchWriter.h"

#include "BulkInsert.h"
#include "Database.h"
#include "HolderRepository.h"
#include "HolderScan.h"
#include "HolderTimeline.h"
#include "Outbox.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

using policy::Color;
using policy::ConditionKind;

namespace {

QString outcomeOf(Color before, Color after, bool active)
{
    if (after > before)
        return QStringLiteral("changed");
    return active ? QStringLiteral("already") : QStringLiteral("no_effect");
}

} // namespace

BatchWriter::BatchWriter(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor, qint64 now,
                         Commission commission, qint64 batchId)
    : m_db(db), m_engine(engine), m_actor(actor), m_now(now), m_commission(std::move(commission)), m_batch(batchId),
      m_updater(db, engine, actor, now, Writes::Deferred), m_writer(db, actor, now, engine.policy().version, Writes::Deferred)
{
    m_writer.setBatch(batchId);
}

Status BatchWriter::fillTargets(const QString &select, const QVariantList &binds)
{
    if (Status s = execSql(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS batch_target(holder_id INTEGER PRIMARY KEY)")); !s)
        return s;
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM batch_target")); !s)
        return s;
    QSqlQuery q(m_db);
    // The select ends in a WHERE clause: SQLite then reads ON CONFLICT as the upsert, not as a join's ON.
    q.prepare(QStringLiteral("INSERT INTO batch_target(holder_id) ") + select + QStringLiteral(" ON CONFLICT DO NOTHING"));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    return exec(q);
}

Result<std::pair<std::vector<qint64>, std::vector<qint64>>> BatchWriter::declarations(qint64 holderId, qint64 since)
{
    HolderRepository repo(m_db);
    return std::pair{repo.declarationTimes(holderId, since, false), repo.declarationTimes(holderId, since, true)};
}

Result<QJsonObject> BatchWriter::apply(const TraceReport &trace, const Official &official)
{
    std::vector<const Target *> primaries;
    for (const Target &t : trace.targets)
        if (!t.duplicate)
            primaries.push_back(&t);
    {
        // The kept targets, in holder order, as the scan's key set: each holder once (what ON CONFLICT DO NOTHING
        // did), so that the rows are a plain INSERT, one COPY on PostgreSQL.
        if (Status s = fillTargets(QStringLiteral("SELECT 0 WHERE 1 = 0"), {}); !s)
            return s.error();
        std::vector<qint64> ids;
        ids.reserve(primaries.size());
        for (const Target *t : primaries)
            ids.push_back(t->holderId);
        if (!std::is_sorted(ids.cbegin(), ids.cend()))
            std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        BulkInsert ins(m_db, QStringLiteral("INSERT INTO batch_target(holder_id) VALUES (?)"), BulkInsert::Mode::Copy);
        for (const qint64 id : ids) {
            ins.bind(1, id);
            if (Status s = ins.step(); !s)
                return s.error();
        }
        if (Status s = ins.finish(); !s)
            return s.error();
    }
    // A result row per target, written while the scan writes conditions and colors between them: COPY in chunks.
    BulkInsert result(m_db,
                      QStringLiteral("INSERT INTO batch_result(batch_id, holder_id, kind, outcome, color_before, color_after,"
                                     " case_ref, line, basis, condition_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      BulkInsert::Mode::CopyChunks);
    if (!result.status())
        return result.status().error();
    static const QString none;
    QSqlQuery ended(m_db);
    ended.prepare(QStringLiteral("INSERT INTO batch_ended(batch_id, condition_id, fixed_clear_at, clear_at)"
                                 " SELECT ?, id, fixed_clear_at, clear_at FROM condition WHERE id = ? ON CONFLICT DO NOTHING"));
    // The basis in words is the condition's; a result without a condition keeps its own.
    auto record = [&](const Target &t, const QString &outcome, Color before, Color after, std::optional<qint64> condition) {
        const QString basis = condition ? none : trace.basisText(t); // an lvalue: the bound text outlives step()
        result.bind(1, m_batch);
        result.bind(2, t.holderId);
        result.bind(3, qint64(t.kind));
        result.bind(4, outcome);
        result.bind(5, qint64(before));
        result.bind(6, qint64(after));
        result.bind(7, trace.rowOf(t).caseRef);
        result.bind(8, qint64(trace.rowOf(t).line));
        result.bind(9, basis);
        result.bind(10, condition);
        return result.step();
    };
    qint64 changed = 0, already = 0, noEffect = 0, outside = 0, written = 0;
    std::vector<std::pair<Color, Color>> colorsOf(primaries.size(), {Color::Gray, Color::Gray}); // for the duplicate rows
    size_t next = 0;
    const QString phase = QCoreApplication::translate("hc::BatchWriter", "Writing conditions and colors");
    const qint64 total = qint64(primaries.size());
    qint64 done = 0;
    m_progress({phase, 0, total, 0, false}, true);
    HolderScan scan(m_db, m_now, QStringLiteral("h.id IN (SELECT holder_id FROM batch_target)"), {}, QStringLiteral("h.id"));
    Status scanned = scan.run([&](HolderScan::Row &row) -> Status {
        while (next < primaries.size() && primaries[next]->holderId < row.holder.id)
            ++next;
        if (next >= primaries.size() || primaries[next]->holderId != row.holder.id)
            return Ok{};
        if ((++done & 1023) == 0)
            m_progress({phase, done, total, int(95 * done / std::max<qint64>(1, total)), false});
        const Target &t = *primaries[next];
        const Color before = row.holder.color;
        if (!official.covers(row.holder.homeDivision)) {
            ++outside;
            colorsOf[next] = {before, before};
            return record(t, QStringLiteral("outside_jurisdiction"), before, before, std::nullopt);
        }
        const QString basisText = trace.basisText(t);
        std::vector<qint64> all, symptomFree;
        if (t.kind == ConditionKind::CoTraveller) {
            qint64 since = t.exposure;
            for (const ConditionRecord &c : row.conditions)
                if (c.byDeclaredDays() && c.clear == policy::kOpen)
                    since = std::min(since, c.anchor);
            auto d = declarations(t.holderId, since - 2 * 86400);
            all = std::move(d->first);
            symptomFree = std::move(d->second);
        }
        policy::HolderTimeline tl(m_engine, std::move(all), std::move(symptomFree));
        for (const ConditionRecord &c : row.conditions) {
            policy::HolderTimeline::Item item;
            static_cast<policy::Condition &>(item) = c;
            item.id = c.id;
            tl.load(item);
        }
        const CaseRow &named = trace.rowOf(t);
        switch (t.kind) {
        case ConditionKind::Case:
            tl.caseReport(named.reportAt, false);
            if (named.dischargeAt)
                tl.discharge(*named.dischargeAt);
            break;
        case ConditionKind::Suspected: tl.caseReport(named.reportAt, true); break;
        case ConditionKind::CloseContact: tl.closeContact(named.reportAt, t.exposure); break;
        default: tl.coTraveller(named.reportAt, t.exposure); break;
        }
        std::vector<ConditionRecord> records;
        std::optional<qint64> created;
        bool active = false;
        const auto &items = tl.items();
        for (size_t i = 0; i < items.size(); ++i) {
            ConditionRecord rec = i < row.conditions.size() ? row.conditions[i] : ConditionRecord{};
            static_cast<policy::Condition &>(rec) = items[i];
            rec.holderId = t.holderId;
            if (items[i].dirty && items[i].id == 0) {
                rec.basisKind = basisKindKey(t.kind == ConditionKind::Case || t.kind == ConditionKind::Suspected
                                                 ? BasisKind::CaseReport
                                                 : BasisKind::ExposureRecord);
                rec.basisRef = trace.basisRef(t);
                rec.basisText = basisText;
                rec.sourceDivision = m_commission.division;
                rec.sourceDepartment = m_commission.displayName();
                if (Status s = m_writer.insert(rec); !s)
                    return s;
                ++written;
                if (!created)
                    created = rec.id;
                active = active || rec.activeAt(m_now) || rec.start > m_now;
            } else if (items[i].dirty) {
                ended.bindValue(0, m_batch);
                ended.bindValue(1, rec.id);
                if (Status s = exec(ended); !s)
                    return s;
                if (Status s = m_writer.updateClear(rec, QStringLiteral("病例报告（批次 %1）").arg(m_batch)); !s)
                    return s;
            }
            records.push_back(std::move(rec));
        }
        if (Status s = m_updater.apply(row.holder, records, basisText, created); !s)
            return s;
        const Color after = m_updater.lastColor();
        const QString outcome = outcomeOf(before, after, active);
        ++(outcome == QLatin1String("changed") ? changed : outcome == QLatin1String("already") ? already : noEffect);
        colorsOf[next] = {before, after};
        return record(t, outcome, before, after, created);
    });
    if (!scanned)
        return scanned.error();
    qint64 duplicates = 0;
    size_t kept = 0; // a holder's duplicates follow its kept target: primaries[kept - 1]
    for (const Target &t : trace.targets) {
        if (!t.duplicate) {
            ++kept;
            continue;
        }
        ++duplicates;
        const auto colors = colorsOf[kept - 1];
        if (Status s = record(t, QStringLiteral("duplicate"), colors.first, colors.second, std::nullopt); !s)
            return s.error();
    }
    if (Status s = result.finish(); !s)
        return s.error();
    m_progress({phase, total, total, 97, false}, true);
    if (Status s = m_writer.finish(); !s)
        return s.error();
    if (Status s = m_updater.flush(); !s)
        return s.error();
    m_progress({phase, total, total, 100, false}, true);
    return QJsonObject{{QStringLiteral("holders"), qint64(primaries.size())},
                       {QStringLiteral("conditions"), written},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("already"), already},
                       {QStringLiteral("no_effect"), noEffect},
                       {QStringLiteral("outside_jurisdiction"), outside},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("cases"), trace.cases},
                       {QStringLiteral("unregistered_cases"), qint64(trace.unregisteredCases.size())}};
}

Result<QJsonObject> BatchWriter::revert(const QString &reason)
{
    // Holders whose conditions the batch wrote or ended.
    if (Status s = fillTargets(QStringLiteral("SELECT holder_id FROM condition WHERE batch_id = ?"
                                              " UNION SELECT c.holder_id FROM batch_ended e JOIN condition c ON c.id = e.condition_id"
                                              " WHERE e.batch_id = ?"),
                               {m_batch, m_batch});
        !s)
        return s.error();
    const QString why = QStringLiteral("撤销批次 %1：%2").arg(m_batch).arg(reason);
    QSqlQuery q(m_db);
    // The batch's conditions are voided: moved to condition_voided (Migrations v10), so the live table and its
    // holder index stay the size of what can still count, however many batches come and go.
    q.prepare(QStringLiteral("INSERT INTO condition_voided SELECT id, holder_id, kind, color, start_at, fixed_clear_at,"
                             " anchor_at, days, %1, ?, source_division, source_department,"
                             " basis_kind, basis_ref, basis_text, risk_area_id, created_by, created_at, ?, ?, policy_version,"
                             " batch_id FROM condition WHERE batch_id = ? ORDER BY id")
                  .arg(sql::least(m_db, QStringLiteral("COALESCE(clear_at, ?)"), QStringLiteral("?"))));
    for (const QVariant &v : QVariantList{m_now, m_now, m_now, m_actor, why, m_batch})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 voided = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM condition WHERE batch_id = ?"));
    q.addBindValue(m_batch);
    if (Status s = exec(q); !s)
        return s.error();
    q.prepare(QStringLiteral("UPDATE condition SET fixed_clear_at = e.fixed_clear_at, clear_at = e.clear_at, ended_by = NULL,"
                             " end_reason = NULL FROM (SELECT condition_id, fixed_clear_at, clear_at FROM batch_ended WHERE batch_id = ?) e"
                             " WHERE condition.id = e.condition_id"));
    q.bindValue(0, m_batch);
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 restored = q.numRowsAffected();
    qint64 holders = 0, total = 0;
    if (m_progress) {
        QSqlQuery count(m_db);
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM batch_target")) && count.next())
            total = count.value(0).toLongLong();
    }
    const QString phase = QCoreApplication::translate("hc::BatchWriter", "Re-evaluating the holders");
    m_progress({phase, 0, total, 5, false}, true);
    HolderScan scan(m_db, m_now, QStringLiteral("h.id IN (SELECT holder_id FROM batch_target)"), {}, QStringLiteral("h.id"));
    Status scanned = scan.run([&](HolderScan::Row &row) -> Status {
        if ((++holders & 1023) == 0)
            m_progress({phase, holders, total, 5 + int(90 * holders / std::max<qint64>(1, total)), false});
        return m_updater.apply(row.holder, row.conditions, why);
    });
    if (!scanned)
        return scanned.error();
    m_progress({phase, holders, total, 97, false}, true);
    if (Status s = m_writer.finish(); !s)
        return s.error();
    if (Status s = m_updater.flush(); !s)
        return s.error();
    m_progress({phase, holders, total, 100, false}, true);
    return QJsonObject{{QStringLiteral("holders"), holders},
                       {QStringLiteral("voided"), voided},
                       {QStringLiteral("restored"), restored},
                       {QStringLiteral("changed"), m_updater.changed()}};
}

} // namespace hc
