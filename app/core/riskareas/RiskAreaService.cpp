#include "RiskAreaService.h"
#include "HolderRepository.h"
#include "SqlDialect.h"
#include "Limits.h"
#include "ResidenceReconciler.h"
#include "ApprovalService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "PolicyStore.h"
#include "Clock.h"
#include "Database.h"
#include "DivisionCode.h"
#include "DivisionRepository.h"
#include "Outbox.h"
#include "PeriodWriter.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace hc {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::RiskAreaService", s);
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.area_id, a.division_code, COALESCE(d.name, ''), a.subarea, p.level, p.effective_from,"
    " p.effective_to, p.basis, p.reason, p.source, p.declared_by, p.declared_at, COALESCE(p.ended_by, ''),"
    " COALESCE(p.end_reason, '') FROM risk_period p JOIN risk_area a ON a.id = p.area_id"
    " LEFT JOIN division d ON d.code = a.division_code");

const QString kInForceAt = QStringLiteral("p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?)");

QString areaObject(const QString &code, const QString &subarea)
{
    return QStringLiteral("risk_area:") + code + (subarea.isEmpty() ? QString() : QLatin1Char('/') + subarea);
}

QJsonObject periodJson(const RiskPeriod &p)
{
    QJsonObject o{{QStringLiteral("level"), riskLevelKey(p.level)},
                  {QStringLiteral("effective_from"), time::format(p.from)},
                  {QStringLiteral("basis"), p.basis},
                  {QStringLiteral("reason"), p.reason}};
    if (p.to)
        o.insert(QStringLiteral("effective_to"), time::format(*p.to));
    return o;
}


} // namespace

QList<RiskPeriod> RiskAreaService::select(const QString &where, const QVariantList &binds, const QString &tail) const
{
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(kSelect + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QLatin1Char(' ') + tail);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<RiskPeriod> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        RiskPeriod p;
        p.id = q.value(0).toLongLong();
        p.areaId = q.value(1).toLongLong();
        p.divisionCode = q.value(2).toString();
        p.divisionName = q.value(3).toString();
        p.subarea = q.value(4).toString();
        p.level = RiskLevel(q.value(5).toInt());
        p.from = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            p.to = q.value(7).toLongLong();
        p.basis = q.value(8).toString();
        p.reason = q.value(9).toString();
        p.source = q.value(10).toString();
        p.declaredBy = q.value(11).toString();
        p.declaredAt = q.value(12).toLongLong();
        p.endedBy = q.value(13).toString();
        p.endReason = q.value(14).toString();
        out << p;
    }
    return out;
}

Result<qint64> RiskAreaService::areaId(const QString &divisionCode, const QString &subarea)
{
    return PeriodWriter(m_db, m_clock).areaId(divisionCode, subarea);
}

Result<qint64> RiskAreaService::openPeriod(qint64 areaId, RiskLevel level, qint64 from, std::optional<qint64> to,
                                           const QString &basis, const QString &reason, const QString &source,
                                           std::optional<qint64> importId, const QString &actor)
{
    return PeriodWriter(m_db, m_clock).openPeriod(areaId, level, from, to, basis, reason, source, importId, actor);
}

Status RiskAreaService::endPeriod(qint64 periodId, qint64 at, const QString &actor, const QString &reason)
{
    return PeriodWriter(m_db, m_clock).endPeriod(periodId, at, actor, reason);
}

std::optional<RiskPeriod> RiskAreaService::latestPeriod(qint64 areaId) const
{
    const auto l = select(QStringLiteral("p.area_id = ?"), {areaId}, QStringLiteral("ORDER BY p.effective_from DESC, p.id DESC LIMIT 1"));
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

std::optional<RiskPeriod> RiskAreaService::periodAt(qint64 areaId, qint64 at) const
{
    const auto l = select(QStringLiteral("p.area_id = ? AND ") + kInForceAt, {areaId, at, at},
                          QStringLiteral("ORDER BY p.effective_from DESC, p.id DESC LIMIT 1"));
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

std::optional<RiskPeriod> RiskAreaService::period(qint64 periodId) const
{
    const auto l = select(QStringLiteral("p.id = ?"), {periodId}, {});
    return l.isEmpty() ? std::nullopt : std::optional(l.first());
}

Result<Declaration> RiskAreaService::validated(const Declaration &d) const
{
    const auto code = divcode::normalise(d.divisionCode);
    if (!code)
        return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(d.divisionCode));
    if (Status s = DivisionRepository(m_db).requireExists(*code); !s)
        return s.error();
    if (!d.from.isValid())
        return Error::badInput(tr("The effective-from time is missing."));
    if (d.to && *d.to <= d.from)
        return Error::badInput(tr("The effective-to time must come after the effective-from time."));
    if (const auto why = limits::textProblem(tr("The basis"), d.basis.trimmed(), limits::kReason, true))
        return Error::badInput(*why);
    if (const auto why = limits::textProblem(tr("The reason"), d.reason.trimmed(), limits::kReason, true))
        return Error::badInput(*why);
    if (d.subareas.size() > 1000)
        return Error::badInput(tr("A declaration names at most 1,000 sub-areas; this one names %1.").arg(d.subareas.size()));
    for (const QString &sub : d.subareas)
        if (const auto why = limits::textProblem(tr("A sub-area's name"), sub.trimmed(), limits::kPlaceName))
            return Error::badInput(*why);
    // A declaration starts from 2019-12 on and at most a year ahead; its end too (issue 16, docs/limits.md).
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (const auto why = time::outsideWindow(tr("The effective-from time"), d.from.toSecsSinceEpoch(), now, time::kPlanAhead))
        return Error::badInput(*why);
    if (d.to)
        if (const auto why = time::outsideWindow(tr("The effective-to time"), d.to->toSecsSinceEpoch(), now, time::kPlanAhead))
            return Error::badInput(*why);
    if (d.basis.trimmed().isEmpty())
        return Error::badInput(tr("A declaration needs a basis (e.g. a case report or the national list)."));
    if (d.reason.trimmed().isEmpty())
        return Error::badInput(tr("A declaration needs a reason."));
    Declaration v = d;
    v.divisionCode = *code;
    v.basis = d.basis.trimmed();
    v.reason = d.reason.trimmed();
    // One area per normalised text: "3号楼2单元" and "３号楼 2单元" are the same area.
    v.subareas.clear();
    QSet<QString> keys;
    for (const QString &s : d.subareas) {
        const QString key = normaliseSubarea(s);
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.insert(key);
            v.subareas << s.trimmed();
        }
    }
    return v;
}

Result<QString> RiskAreaService::secondOfficialNeeded(const Declaration &v) const
{
    if (divcode::levelOf(v.divisionCode) <= 3)
        return tr("a declaration at county level or above needs a second official's approval");
    const int threshold = PolicyStore(m_db).inForce(m_clock.now().toSecsSinceEpoch()).bulkApprovalThreshold;
    const auto counted = HolderRepository(m_db).residentsIn(v.divisionCode, v.subareas);
    if (!counted)
        return counted.error();
    const qint64 residents = counted.value();
    if (residents > threshold)
        return tr("%1 residents live in the declared areas, more than the policy's four-eyes threshold of %2")
            .arg(residents)
            .arg(threshold);
    return QString();
}

Result<QList<RiskPeriod>> RiskAreaService::declare(const Declaration &d, const QString &actor, AuditLog &audit)
{
    const auto v = validated(d);
    if (!v)
        return v.error();
    if (v->level == RiskLevel::Low)
        return lift(v->divisionCode, v->subareas, v->from, v->reason, actor, audit);
    const auto needed = admit(*v, actor, audit);
    if (!needed)
        return needed.error();
    if (!needed->isEmpty())
        return Error::refused(tr("This declaration needs a second official: %1. Submit it as a request instead.").arg(*needed));
    return writeNow(*v, actor, audit);
}

Result<QString> RiskAreaService::admit(const Declaration &v, const QString &actor, AuditLog &audit) const
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, v.divisionCode, QStringLiteral("risk.declare"),
                                                   areaObject(v.divisionCode, v.subareas.value(0)), audit);
        !s)
        return s.error();
    return secondOfficialNeeded(v);
}

Result<QList<RiskPeriod>> RiskAreaService::writeNow(const Declaration &v, const QString &actor, AuditLog &audit)
{
    Transaction tx(m_db);
    auto out = write(v, actor, {}, audit);
    if (!out)
        return out.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<DeclareOutcome> RiskAreaService::submit(const Declaration &d, const QString &actor, AuditLog &audit)
{
    const auto v = validated(d);
    if (!v)
        return v.error();
    DeclareOutcome outcome;
    if (v->level == RiskLevel::Low) {
        auto r = lift(v->divisionCode, v->subareas, v->from, v->reason, actor, audit);
        if (!r)
            return r.error();
        outcome.periods = r.value();
        return outcome;
    }
    const auto needed = admit(*v, actor, audit);
    if (!needed)
        return needed.error();
    if (needed->isEmpty()) {
        auto r = writeNow(*v, actor, audit);
        if (!r)
            return r.error();
        outcome.periods = r.value();
        return outcome;
    }
    // What the approval would refuse anyway is refused now, before a request is filed.
    if (Status s = conflicts(*v); !s)
        return s.error();
    QJsonObject payload{{QStringLiteral("division"), v->divisionCode},
                        {QStringLiteral("subareas"), QJsonArray::fromStringList(v->subareas)},
                        {QStringLiteral("level"), riskLevelKey(v->level)},
                        {QStringLiteral("from"), v->from.toSecsSinceEpoch()},
                        {QStringLiteral("basis"), v->basis},
                        {QStringLiteral("reason"), v->reason}};
    if (v->to)
        payload.insert(QStringLiteral("to"), v->to->toSecsSinceEpoch());
    const QString name = DivisionRepository(m_db).find(v->divisionCode).value_or(Division{}).name;
    // Record text, in the commission's language whoever runs the request.
    const QString summary = QStringLiteral("划定%1：%2 %3%4，自 %5%6 — %7：%8")
                                .arg(v->level == RiskLevel::High ? QStringLiteral("高风险区") : QStringLiteral("中风险区"),
                                     v->divisionCode, name,
                                     v->subareas.isEmpty() ? QString() : QStringLiteral("（%1）").arg(v->subareas.join(QStringLiteral("、"))),
                                     time::formatShort(v->from.toSecsSinceEpoch()),
                                     v->to ? QStringLiteral(" 至 %1").arg(time::formatShort(v->to->toSecsSinceEpoch())) : QString(),
                                     v->basis, v->reason);
    auto id = ApprovalService(m_db, m_clock)
                  .request(QStringLiteral("risk_declaration"), areaObject(v->divisionCode, v->subareas.value(0)), v->divisionCode,
                           payload, summary, actor, audit);
    if (!id)
        return id.error();
    outcome.approval = id.value();
    outcome.why = *needed;
    return outcome;
}

Status RiskAreaService::conflicts(const Declaration &v) const
{
    const QStringList subareas = v.subareas.isEmpty() ? QStringList{QString()} : v.subareas;
    const qint64 from = v.from.toSecsSinceEpoch();
    for (const QString &sub : subareas) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM risk_area WHERE division_code = ? AND subarea_key = ?"));
        q.addBindValue(v.divisionCode);
        q.addBindValue(text(normaliseSubarea(sub)));
        if (Status s = exec(q); !s)
            return s;
        if (!q.next())
            continue;
        const auto last = latestPeriod(q.value(0).toLongLong());
        if (!last)
            continue;
        if (last->from > from)
            return Error::refused(tr("%1 already has a declaration from %2, later than this one; lift it first.")
                                      .arg(areaObject(v.divisionCode, sub).mid(10), time::formatShort(last->from)));
        if (last->level == v.level && !last->to && !v.to)
            return Error::refused(tr("%1 is already declared %2 since %3.")
                                      .arg(areaObject(v.divisionCode, sub).mid(10), riskLevelLabel(v.level), time::formatShort(last->from)));
    }
    return Ok{};
}

qint64 RiskAreaService::residentsAtMost(const QString &divisionCode) const
{
    // From the per-county color counts (no holder row read): the whole county for a street or a community.
    const QString prefix = divisionCode.left(6);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM holder_color_count WHERE county >= ? AND county < ?"));
    q.addBindValue(prefix);
    q.addBindValue(divcode::prefixEnd(prefix));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<RiskPeriod>> RiskAreaService::applyApproved(const QJsonObject &payload, const QString &requester,
                                                         const QString &approver, AuditLog &audit)
{
    Declaration d;
    d.divisionCode = payload.value(QStringLiteral("division")).toString();
    for (const QJsonValue &s : payload.value(QStringLiteral("subareas")).toArray())
        d.subareas << s.toString();
    d.level = riskLevelFromKey(payload.value(QStringLiteral("level")).toString()).value_or(RiskLevel::High);
    d.from = QDateTime::fromSecsSinceEpoch(qint64(payload.value(QStringLiteral("from")).toDouble()), QTimeZone::utc());
    if (payload.contains(QStringLiteral("to")))
        d.to = QDateTime::fromSecsSinceEpoch(qint64(payload.value(QStringLiteral("to")).toDouble()), QTimeZone::utc());
    d.basis = payload.value(QStringLiteral("basis")).toString();
    d.reason = payload.value(QStringLiteral("reason")).toString();
    const auto v = validated(d);
    if (!v)
        return v.error();
    return write(*v, requester, {requester, approver}, audit);
}

Result<QList<RiskPeriod>> RiskAreaService::write(const Declaration &v, const QString &actor, const QStringList &approvers,
                                                 AuditLog &audit)
{
    const QString &code = v.divisionCode;
    const QStringList subareas = v.subareas.isEmpty() ? QStringList{QString()} : v.subareas;
    const qint64 from = v.from.toSecsSinceEpoch();
    const std::optional<qint64> to = v.to ? std::optional(v.to->toSecsSinceEpoch()) : std::nullopt;
    if (Status s = conflicts(v); !s)
        return s.error();
    QList<RiskPeriod> out;
    QList<std::pair<QString, QString>> changed;
    for (const QString &sub : subareas) {
        auto id = areaId(code, sub);
        if (!id)
            return id.error();
        QJsonObject before;
        if (auto last = latestPeriod(id.value())) {
            if (!last->to || *last->to > from) {
                before = periodJson(*last);
                // Record text in the commission's language, the same for every reader.
                const QString why = v.level > last->level   ? QStringLiteral("升级")
                                    : v.level < last->level ? QStringLiteral("降级")
                                                            : QStringLiteral("重新划定");
                if (Status s = endPeriod(last->id, from, actor, why); !s)
                    return s.error();
            }
        }
        auto pid = openPeriod(id.value(), v.level, from, to, v.basis, v.reason, QStringLiteral("manual"), std::nullopt, actor);
        if (!pid)
            return pid.error();
        auto p = period(pid.value());
        QJsonObject after = periodJson(*p);
        after.insert(QStringLiteral("source"), QStringLiteral("manual"));
        if (!approvers.isEmpty())
            after.insert(QStringLiteral("approvers"), QJsonArray::fromStringList(approvers));
        const QString action = before.isEmpty() ? QStringLiteral("risk.declare") : QStringLiteral("risk.change");
        if (Status s = audit.append(actor, action, areaObject(code, p->subarea), before, after); !s)
            return s.error();
        // The platform learns every manual declaration (national ones came from it).
        QJsonObject message = after;
        message.insert(QStringLiteral("division"), code);
        message.insert(QStringLiteral("subarea"), p->subarea);
        if (Status s = Outbox(m_db, m_clock.now().toSecsSinceEpoch(), actor)
                           .append(QStringLiteral("risk_area.declared"), areaObject(code, p->subarea), message);
            !s)
            return s.error();
        out << *p;
        changed << std::pair{code, normaliseSubarea(sub)};
    }
    // The residents' colors follow in the same transaction (their conditions, history and sync messages).
    // A county's million residents change in this transaction: their dirty pages stay in memory, written once.
    LargeCacheScope cache(m_db, residentsAtMost(code));
    if (Status s = reconcileResidences(m_db, m_clock.now().toSecsSinceEpoch(), actor, changed, from); !s)
        return s.error();
    return out;
}

Result<QList<RiskPeriod>> RiskAreaService::lift(const QString &divisionCode, const QStringList &subareasIn,
                                                const QDateTime &at, const QString &reason, const QString &actor,
                                                AuditLog &audit)
{
    const auto code = divcode::normalise(divisionCode);
    if (!code)
        return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(divisionCode));
    if (!at.isValid())
        return Error::badInput(tr("The time of the lift is missing."));
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("Lifting an area needs a reason."));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, *code, QStringLiteral("risk.lift"),
                                                   areaObject(*code, subareasIn.value(0).trimmed()), audit);
        !s)
        return s.error();
    QStringList subareas;
    QSet<QString> keys;
    for (const QString &s : subareasIn) {
        const QString key = normaliseSubarea(s);
        if (!keys.contains(key)) {
            keys.insert(key);
            subareas << s;
        }
    }
    if (subareas.isEmpty())
        subareas << QString();
    const qint64 t = at.toSecsSinceEpoch();
    Transaction tx(m_db);
    QList<RiskPeriod> out;
    QList<std::pair<QString, QString>> changed;
    for (const QString &sub : subareas) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM risk_area WHERE division_code = ? AND subarea_key = ?"));
        q.addBindValue(*code);
        q.addBindValue(text(normaliseSubarea(sub)));
        std::optional<RiskPeriod> current;
        if (q.exec() && q.next())
            current = periodAt(q.value(0).toLongLong(), t);
        if (!current)
            return Error::refused(tr("No declaration of %1 is in force at %2.")
                                      .arg(areaObject(*code, sub.trimmed()).mid(10), time::formatShort(t)));
        if (Status s = endPeriod(current->id, t, actor, reason.trimmed()); !s)
            return s.error();
        QJsonObject after{{QStringLiteral("level"), QStringLiteral("low")},
                          {QStringLiteral("effective_from"), time::format(t)},
                          {QStringLiteral("reason"), reason.trimmed()}};
        if (Status s = audit.append(actor, QStringLiteral("risk.lift"), areaObject(*code, current->subarea),
                                    periodJson(*current), after);
            !s)
            return s.error();
        after.insert(QStringLiteral("division"), *code);
        after.insert(QStringLiteral("subarea"), current->subarea);
        if (Status s = Outbox(m_db, m_clock.now().toSecsSinceEpoch(), actor)
                           .append(QStringLiteral("risk_area.lifted"), areaObject(*code, current->subarea), after);
            !s)
            return s.error();
        out << *period(current->id);
        changed << std::pair{*code, normaliseSubarea(sub)};
    }
    LargeCacheScope cache(m_db, residentsAtMost(*code));
    if (Status s = reconcileResidences(m_db, m_clock.now().toSecsSinceEpoch(), actor, changed, t); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

namespace {
void filterClause(const AreaFilter &f, QString &where, QVariantList &binds)
{
    where = kInForceAt;
    binds = {f.at, f.at};
    if (f.level) {
        where += QStringLiteral(" AND p.level = ?");
        binds << int(*f.level);
    }
    if (!f.divisionPrefix.isEmpty()) {
        where += QStringLiteral(" AND a.division_code >= ? AND a.division_code < ?");
        binds << f.divisionPrefix << divcode::prefixEnd(f.divisionPrefix);
    }
    if (f.divisionLevel > 0) {
        static const int len[] = {0, 2, 4, 6, 9, 12};
        where += QStringLiteral(" AND length(a.division_code) = ?");
        binds << len[std::clamp(f.divisionLevel, 1, 5)];
    }
}
} // namespace

QList<RiskPeriod> RiskAreaService::inForce(const AreaFilter &f) const
{
    QString where;
    QVariantList binds;
    filterClause(f, where, binds);
    where += QStringLiteral(" AND (a.division_code, p.id) > (?, ?)");
    binds << text(f.afterCode) << f.afterId;
    return select(where, binds, QStringLiteral("ORDER BY a.division_code, p.id LIMIT %1").arg(std::max(1, f.limit)));
}

qint64 RiskAreaService::countInForce(const AreaFilter &f) const
{
    QString where;
    QVariantList binds;
    filterClause(f, where, binds);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM risk_period p JOIN risk_area a ON a.id = p.area_id WHERE ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<RiskPeriod> RiskAreaService::history(const QString &divisionCode, const QString &subarea) const
{
    return select(QStringLiteral("a.division_code = ? AND a.subarea_key = ?"),
                  {divisionCode, text(normaliseSubarea(subarea))}, QStringLiteral("ORDER BY p.effective_from, p.id"));
}

RiskLevel RiskAreaService::effectiveLevel(const QString &code, qint64 at) const
{
    QStringList codes = divcode::ancestorsOf(code);
    codes << code;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(p.level) FROM risk_period p JOIN risk_area a ON a.id = p.area_id"
                             " WHERE a.subarea_key = '' AND a.division_code IN (%1) AND ")
                  .arg(QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(',')))
              + kInForceAt);
    for (const QString &c : codes)
        q.addBindValue(c);
    q.addBindValue(at);
    q.addBindValue(at);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return RiskLevel(q.value(0).toInt());
    return RiskLevel::Low;
}

QHash<QString, RiskSummary> RiskAreaService::childSummaries(const QString &parentCode, qint64 at) const
{
    static const QHash<int, int> nextLen{{0, 2}, {2, 4}, {4, 6}, {6, 9}, {9, 12}};
    const int childLen = nextLen.value(int(parentCode.size()), 0);
    QHash<QString, RiskSummary> out;
    if (childLen == 0)
        return out;
    QSqlQuery q(m_db);
    sql::stream(q);
    QString sql = QStringLiteral("SELECT a.division_code, a.subarea_key, p.level FROM risk_period p"
                                 " JOIN risk_area a ON a.id = p.area_id WHERE ")
                  + kInForceAt;
    if (!parentCode.isEmpty())
        sql += QStringLiteral(" AND a.division_code >= ? AND a.division_code < ?");
    q.prepare(sql);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!parentCode.isEmpty()) {
        q.addBindValue(parentCode);
        q.addBindValue(divcode::prefixEnd(parentCode));
    }
    q.exec();
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (code.size() < childLen)
            continue;
        RiskSummary &s = out[code.left(childLen)];
        const auto level = RiskLevel(q.value(2).toInt());
        if (level == RiskLevel::High)
            ++s.high;
        else
            ++s.medium;
        if (code.size() == childLen && q.value(1).toString().isEmpty() && level > s.own)
            s.own = level;
    }
    return out;
}

} // namespace hc
