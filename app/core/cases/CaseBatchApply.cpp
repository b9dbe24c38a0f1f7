// CaseBatchService: the impact preview of a stored batch, its apply (four-eyes above the policy's threshold)
// and its revert.
#include "CaseBatchService.h"
#include "SqlDialect.h"

#include "ApprovalService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "BatchWriter.h"
#include "HandoffPlanner.h"
#include "HandoffService.h"
#include "BulkInsert.h"
#include "Database.h"
#include "DivisionRepository.h"
#include "IdNumber.h"
#include "Outbox.h"
#include "PolicyStore.h"

#include <QSqlQuery>
#include <algorithm>

namespace hc {

using policy::Color;
using policy::ConditionKind;

namespace {

// Progress of a part of an operation, as a share of the whole: percent 0–100 of the part → from–to.
ProgressFn part(const ProgressFn &fn, int from, int to)
{
    if (!fn)
        return {};
    return [fn, from, to](const ProgressStep &s) {
        ProgressStep scaled = s;
        scaled.percent = from + s.percent * (to - from) / 100;
        return fn(scaled);
    };
}

// The contacts outside the jurisdiction the preview lists (the 协查 export has them all).
constexpr qsizetype kOutsideShown = 500;

} // namespace

Result<Impact> CaseBatchService::preview(qint64 batchId, const QString &actor, const std::function<bool(int)> &progress) const
{
    if (!progress)
        return preview(batchId, actor, ProgressFn());
    return preview(batchId, actor, ProgressFn([&](const ProgressStep &s) { return progress(s.percent); }));
}

Result<Impact> CaseBatchService::preview(qint64 batchId, const QString &actor, const ProgressFn &progress) const
{
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.require(actor, Permission::BulkReassign); !s)
        return s.error();
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    const qint64 t = now();
    const policy::Policy pol = PolicyStore(m_db).inForce(t);
    const auto trace = ContactTracer(m_db, pol).trace(batchId, part(progress, 0, 80));
    if (!trace)
        return trace.error();
    Impact out;
    QSet<qint64> outsideHolders; // the holders outside the jurisdiction: who may be handed to another province
    out.batchId = batchId;
    out.cases = trace->cases;
    out.unregisteredCases = trace->unregisteredCases;
    out.threshold = pol.bulkApprovalThreshold;
    // The kept targets are in holder order, as the holders are read back: walked side by side, no table.
    std::vector<const Target *> kept;
    for (const Target &tg : trace->targets) {
        if (tg.duplicate)
            ++out.duplicates;
        else
            kept.push_back(&tg);
    }
    out.holders = qint64(kept.size());
    out.needsApproval = out.holders > out.threshold;
    if (Status s = stageTargets(m_db, QStringLiteral("preview_target"), kept); !s)
        return s.error();
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT h.id, h.home_division, h.color, h.name, h.id_number, h.phone, h.address FROM preview_target p"
                             " JOIN holder h ON h.id = p.holder_id ORDER BY h.id"));
    if (Status s = exec(q); !s)
        return s.error();
    QHash<QString, DivisionImpact> counties;
    qint64 seen = 0;
    size_t next = 0;
    ProgressThrottle report(progress);
    const QString phase = tr("Reading the holders");
    while (q.next()) {
        if ((++seen % 4096 == 0) && !report({phase, seen, out.holders, 80 + int(seen * 19 / std::max<qint64>(1, out.holders))}))
            return Error::refused(tr("Cancelled."));
        const qint64 holder = q.value(0).toLongLong();
        while (next < kept.size() && kept[next]->holderId < holder)
            ++next;
        if (next >= kept.size() || kept[next]->holderId != holder)
            continue;
        const Target &tg = *kept[next];
        const CaseRow &named = trace->rowOf(tg);
        HolderOutcome o;
        o.holderId = tg.holderId;
        o.division = q.value(1).toString();
        o.before = Color(q.value(2).toInt());
        o.kind = tg.kind;
        o.caseRef = named.caseRef;
        o.line = named.line;
        if (!official->covers(o.division)) {
            ++out.outside;
            outsideHolders.insert(o.holderId);
            if (out.outsideList.size() < kOutsideShown)
                out.outsideList << OutsideContacts::contact(tg, named, q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                            q.value(6).toString(), o.division, false);
            continue;
        }
        ++out.conditions;
        bool active = true;
        if (tg.kind == ConditionKind::CloseContact)
            active = tg.exposure + qint64(pol.closeContactClearHours) * 3600 > t;
        else if (tg.kind == ConditionKind::Case && named.dischargeAt)
            active = *named.dischargeAt + qint64(pol.caseClearHours) * 3600 > t;
        const Color color = policy::defaultColorOf(tg.kind);
        o.after = active ? std::max(o.before, color) : o.before;
        DivisionImpact &d = counties[o.division.left(6)];
        d.county = o.division.left(6);
        if (o.after > o.before) {
            o.outcome = QStringLiteral("changed");
            ++(o.after == Color::Red ? out.toRed : out.toYellow);
            ++(o.after == Color::Red ? d.toRed : d.toYellow);
        } else if (active) {
            o.outcome = QStringLiteral("already");
            ++(o.before == Color::Red ? out.alreadyRed : out.alreadyYellow);
            ++d.already;
        } else {
            o.outcome = QStringLiteral("no_effect");
            ++out.noEffect;
        }
        const bool sampled = o.outcome == QLatin1String("changed") && out.sample.size() < 200;
        const bool red = o.outcome == QLatin1String("already") && o.before == Color::Red && out.alreadyRedList.size() < 200;
        if (sampled || red) {
            o.basis = trace->basisText(tg);
            o.maskedName = mask::name(q.value(3).toString());
            o.maskedIdNumber = mask::idNumber(q.value(4).toString());
            (sampled ? out.sample : out.alreadyRedList) << o;
        }
    }
    OutsideContacts::nameDivisions(m_db, out.outsideList);
    if (const QString own = Commission::load(m_db).division.left(2); own.size() == 2) {
        const auto plans = HandoffPlanner(m_db, own).plan(*trace, *official, outsideHolders);
        if (!plans)
            return plans.error();
        for (const HandoffPlan &p : *plans)
            out.handoffs << Impact::Handoff{p.province, p.commission, qint64(p.people.size())};
    }
    const DivisionRepository divisions(m_db);
    for (DivisionImpact &d : counties) {
        if (const auto div = divisions.find(d.county))
            d.name = div->name;
        out.byDivision << d;
    }
    std::sort(out.byDivision.begin(), out.byDivision.end(), [](const DivisionImpact &a, const DivisionImpact &b) {
        const qint64 x = a.toRed + a.toYellow, y = b.toRed + b.toYellow;
        return x != y ? x > y : a.county < b.county;
    });
    if (!report({phase, seen, out.holders, 100}, true))
        return Error::refused(tr("Cancelled."));
    return out;
}

Result<QJsonObject> CaseBatchService::write(qint64 batchId, const TraceReport &trace, const Official &official,
                                            const QString &actor, const QString &approver, AuditLog &audit, const ProgressFn &progress)
{
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    LargeCacheScope cache(m_db, qint64(trace.targets.size()));
    BatchWriter writer(m_db, engine, actor, t, Commission::load(m_db), batchId);
    writer.setProgress(progress);
    auto summary = writer.apply(trace, official);
    if (!summary)
        return summary.error();
    QJsonObject s = summary.value();
    if (!approver.isEmpty())
        s.insert(QStringLiteral("approved_by"), approver);
    // The people who live in other provinces go to their commissions as hand-offs, in this transaction (issue 19).
    if (const QString own = Commission::load(m_db).division.left(2); own.size() == 2) {
        const HandoffPlanner planner(m_db, own);
        const auto outside = planner.outsideOf(batchId);
        if (!outside)
            return outside.error();
        const auto plans = planner.plan(trace, official, *outside);
        if (!plans)
            return plans.error();
        const auto made = planner.create(batchId, *plans, actor, t, engine.policy().handoffAnswerHours, audit);
        if (!made)
            return made.error();
        if (!made->isEmpty())
            s.insert(QStringLiteral("handoffs"), qint64(made->size()));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE case_batch SET status = 'applied', applied_by = ?, applied_at = ?, summary = ? WHERE id = ?"
                             " AND status = 'imported'"));
    q.addBindValue(actor);
    q.addBindValue(t);
    q.addBindValue(json(s));
    q.addBindValue(batchId);
    if (Status st = exec(q); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("Batch %1 was applied meanwhile by another official; nothing was changed.").arg(batchId));
    if (Status st = Outbox(m_db, t, actor).append(QStringLiteral("case_batch.applied"), batchObject(batchId), s); !st)
        return st.error();
    if (Status st = audit.append(actor, QStringLiteral("cases.apply"), batchObject(batchId), {}, s); !st)
        return st.error();
    return s;
}

Status CaseBatchService::stillImported(qint64 batchId) const
{
    const auto batch = find(batchId);
    if (!batch)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status == QLatin1String("pending"))
        return Error::refused(tr("Batch %1 is already waiting for a second official (approval request %2), filed meanwhile; "
                                 "nothing was changed.")
                                  .arg(batchId)
                                  .arg(*batch->approvalId));
    if (batch->status != QLatin1String("imported"))
        return Error::refused(tr("Batch %1 was %2 meanwhile by another official; nothing was changed.")
                                  .arg(batchId)
                                  .arg(batch->status == QLatin1String("applied") ? tr("applied") : batch->status));
    return Ok{};
}

Result<ApplyOutcome> CaseBatchService::apply(qint64 batchId, const QString &actor, AuditLog &audit, const ProgressFn &progress)
{
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status == QLatin1String("pending"))
        return Error::refused(tr("Batch %1 is waiting for a second official (approval request %2).").arg(batchId).arg(*batch->approvalId));
    if (batch->status != QLatin1String("imported"))
        return Error::refused(tr("Batch %1 is already %2.").arg(batchId).arg(batch->status));
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.requireAudited(actor, Permission::BulkReassign, official->jurisdiction, QStringLiteral("cases.apply"),
                                       batchObject(batchId), audit);
        !s)
        return s.error();
    // From here on the batch must still be as it was read: another official or process may have applied it or
    // filed its request meanwhile. The write lock is taken first, then the status read again; the policy and the
    // count that decide four-eyes are read under it too, so neither can change between the decision and the write.
    Transaction tx(m_db);
    if (Status s = stillImported(batchId); !s)
        return s.error();
    const policy::Policy pol = PolicyStore(m_db).inForce(now());
    // How many holders decides four-eyes: counted without the targets' details (a million of them for a
    // stadium), which only the apply needs.
    const ContactTracer tracer(m_db, pol);
    int cases = 0;
    const auto holders = tracer.countHolders(batchId, part(progress, 0, 20), &cases);
    if (!holders)
        return holders.error();
    ApplyOutcome out;
    if (*holders > pol.bulkApprovalThreshold) {
        const QString summary = QStringLiteral("病例批次 %1（%2）：%3 例病例，涉及 %4 人，超过 %5 人需第二名官员批准")
                                    .arg(batchId)
                                    .arg(batch->fileName)
                                    .arg(cases)
                                    .arg(*holders)
                                    .arg(pol.bulkApprovalThreshold);
        const auto id = ApprovalService(m_db, m_clock).request(QStringLiteral("case_batch"), batchObject(batchId), official->jurisdiction,
                                                               {{QStringLiteral("batch"), batchId}}, summary, actor, audit);
        if (!id)
            return id.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        out.status = QStringLiteral("pending");
        out.approval = id.value();
        out.summary = {{QStringLiteral("holders"), *holders}, {QStringLiteral("threshold"), pol.bulkApprovalThreshold}};
        if (progress)
            progress({tr("Filing the approval request"), 1, 1, 100, false});
        return out;
    }
    const auto trace = tracer.trace(batchId, part(progress, 20, 30));
    if (!trace)
        return trace.error();
    const auto s = write(batchId, trace.value(), official.value(), actor, {}, audit, part(progress, 30, 100));
    if (!s)
        return s.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    out.status = QStringLiteral("applied");
    out.summary = s.value();
    return out;
}

Result<QJsonObject> CaseBatchService::applyApproved(const QJsonObject &payload, const QString &requester, const QString &approver,
                                                    AuditLog &audit, const ProgressFn &progress)
{
    const qint64 batchId = qint64(payload.value(QStringLiteral("batch")).toDouble());
    const auto batch = find(batchId);
    if (!batch || batch->status != QLatin1String("pending"))
        return Error::refused(tr("Batch %1 is no longer waiting to be applied.").arg(batchId));
    // The requester's jurisdiction decides which holders the batch may change.
    const auto official = Authorizer(m_db).official(requester);
    if (!official)
        return official.error();
    const auto trace = ContactTracer(m_db, PolicyStore(m_db).inForce(now())).trace(batchId, part(progress, 0, 25));
    if (!trace)
        return trace.error();
    return write(batchId, trace.value(), official.value(), requester, approver, audit, part(progress, 25, 100));
}

Result<QJsonObject> CaseBatchService::revert(qint64 batchId, const QString &reason, const QString &actor, AuditLog &audit,
                                             const ProgressFn &progress)
{
    if (reason.trimmed().size() < 4)
        return Error::badInput(tr("Give the reason for reverting the batch (at least 4 characters)."));
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status != QLatin1String("applied"))
        return Error::refused(tr("Batch %1 is %2; only an applied batch can be reverted.").arg(batchId).arg(batch->status));
    if (batch->format == QLatin1String("handoff"))
        return Error::refused(tr("Batch %1 holds what another commission handed over: only that commission can withdraw it "
                                 "(an appeal against one of its conditions is forwarded there).")
                                  .arg(batchId));
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.requireAudited(actor, Permission::BulkReassign, official->jurisdiction, QStringLiteral("cases.revert"),
                                       batchObject(batchId), audit);
        !s)
        return s.error();
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    LargeCacheScope cache(m_db, batch->summary.value(QStringLiteral("holders")).toInteger());
    Transaction tx(m_db);
    // Read again under the write lock: a second revert started at the same time finds it reverted.
    if (const auto now = find(batchId); !now || now->status != QLatin1String("applied"))
        return Error::refused(tr("Batch %1 was reverted meanwhile by another official; nothing was changed.").arg(batchId));
    BatchWriter writer(m_db, engine, actor, t, Commission::load(m_db), batchId);
    writer.setProgress(progress);
    auto summary = writer.revert(reason.trimmed());
    if (!summary)
        return summary.error();
    QJsonObject s = summary.value();
    s.insert(QStringLiteral("reason"), reason.trimmed());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE case_batch SET status = 'reverted', reverted_by = ?, reverted_at = ?, revert_reason = ? WHERE id = ?"
                             " AND status = 'applied'"));
    q.addBindValue(actor);
    q.addBindValue(t);
    q.addBindValue(reason.trimmed());
    q.addBindValue(batchId);
    if (Status st = exec(q); !st)
        return st.error();
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("Batch %1 was reverted meanwhile by another official; nothing was changed.").arg(batchId));
    if (Status st = Outbox(m_db, t, actor).append(QStringLiteral("case_batch.reverted"), batchObject(batchId), s); !st)
        return st.error();
    // Its hand-offs are withdrawn: the receiving commissions end what they accepted (issue 19).
    if (Status st = HandoffService(m_db, m_clock).withdrawBatch(batchId, reason.trimmed(), actor, audit); !st)
        return st.error();
    if (Status st = audit.append(actor, QStringLiteral("cases.revert"), batchObject(batchId), {}, s); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

} // namespace hc
