#include "ApprovalService.h"
#include "AccountStore.h"
#include "CaseBatchService.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Database.h"
#include "HolderService.h"
#include "NationalImporter.h"
#include "RiskAreaService.h"
#include "TimeUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace hc {

namespace {

const QString kColumns = QStringLiteral("id, kind, object, division, payload, summary, requested_by, requested_at, status,"
                                        " decided_by, decided_at, reason, result");

ApprovalRequest readRequest(const QSqlQuery &q)
{
    ApprovalRequest r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.object = q.value(2).toString();
    r.division = q.value(3).toString();
    r.payload = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    r.summary = q.value(5).toString();
    r.requestedBy = q.value(6).toString();
    r.requestedAt = q.value(7).toLongLong();
    r.status = q.value(8).toString();
    r.decidedBy = q.value(9).toString();
    r.decidedAt = q.value(10).toLongLong();
    r.reason = q.value(11).toString();
    r.result = q.value(12).toString();
    return r;
}

QString approvalObject(qint64 id)
{
    return QStringLiteral("approval:%1").arg(id);
}

} // namespace

Result<qint64> ApprovalService::request(const QString &kind, const QString &object, const QString &division,
                                        const QJsonObject &payload, const QString &summary, const QString &actor, AuditLog &audit)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO approval(kind, object, division, payload, summary, requested_by, requested_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{kind, object, division, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                                          summary, actor, m_clock.now().toSecsSinceEpoch()})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO approval returned no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = audit.append(actor, QStringLiteral("approval.request"), approvalObject(id), {},
                                {{QStringLiteral("kind"), kind}, {QStringLiteral("object"), object}, {QStringLiteral("summary"), summary}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

std::optional<ApprovalRequest> ApprovalService::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM approval WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readRequest(q);
    return std::nullopt;
}

QList<ApprovalRequest> ApprovalService::list(const QString &status, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM approval WHERE (? = '' OR status = ?) ORDER BY id DESC LIMIT %2").arg(kColumns).arg(limit));
    q.addBindValue(status);
    q.addBindValue(status);
    QList<ApprovalRequest> out;
    if (q.exec())
        while (q.next())
            out << readRequest(q);
    return out;
}

QList<ApprovalRequest> ApprovalService::listFor(const Official &official, const QString &status, int limit) const
{
    QList<ApprovalRequest> out;
    const bool approver = official.can(Permission::Approve);
    const bool admin = official.can(Permission::ManageAccounts);
    for (const ApprovalRequest &r : list(status, limit))
        if (r.requestedBy == official.username
            || (r.kind == QLatin1String("account_admin") ? admin : approver && official.covers(r.division)))
            out << r;
    return out;
}

Status ApprovalService::stillPending(qint64 id) const
{
    // Under the write lock: another official may have decided (or the requester withdrawn) it since it was read.
    const auto r = find(id);
    if (!r)
        return Error::badInput(tr("No approval request %1.").arg(id));
    if (r->status == QLatin1String("pending"))
        return Ok{};
    // Who decided and when, by name: the official at the other desk reads what happened.
    QString who = r->decidedBy;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT display_name FROM account WHERE username = ?"));
    q.addBindValue(r->decidedBy);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        who = q.value(0).toString();
    const QString when = time::formatShort(r->decidedAt);
    return Error::refused(r->status == QLatin1String("approved")
                              ? tr("Request %1 was already approved by %2 at %3; nothing was changed.").arg(id).arg(who, when)
                          : r->status == QLatin1String("rejected")
                              ? tr("Request %1 was already rejected by %2 at %3; nothing was changed.").arg(id).arg(who, when)
                              : tr("Request %1 was withdrawn by its requester at %2; nothing was changed.").arg(id).arg(when));
}

Result<ApprovalRequest> ApprovalService::decidable(qint64 id, const QString &actor, AuditLog &audit) const
{
    const auto r = find(id);
    if (!r)
        return Error::badInput(tr("No approval request %1.").arg(id));
    if (r->status != QLatin1String("pending"))
        return stillPending(id).error(); // who decided it and when, by name
    if (r->requestedBy == actor) {
        const Error e = Error::refused(tr("%1 requested this change and cannot also approve or reject it: a second official must.").arg(actor));
        Transaction tx(m_db);
        if (audit.append(actor, QStringLiteral("access.refused"), approvalObject(id), {},
                         {{QStringLiteral("action"), QStringLiteral("approval.decide")}, {QStringLiteral("reason"), e.message}}))
            (void)tx.commit();
        return e;
    }
    // Making an administrator is decided by another administrator; every other request by an approver of its area.
    const bool adminGrant = r->kind == QLatin1String("account_admin");
    if (Status s = Authorizer(m_db).requireAudited(actor, adminGrant ? Permission::ManageAccounts : Permission::Approve,
                                                   adminGrant ? QString() : r->division, QStringLiteral("approval.decide"),
                                                   approvalObject(id), audit);
        !s)
        return s.error();
    return *r;
}

Result<ApprovalRequest> ApprovalService::approve(qint64 id, const QString &actor, AuditLog &audit, const ProgressFn &progress)
{
    const auto r = decidable(id, actor, audit);
    if (!r)
        return r.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    if (Status s = stillPending(id); !s)
        return s.error();
    QString result;
    if (r->kind == QLatin1String("manual_order")) {
        const auto c = HolderService(m_db, m_clock).applyManualOrder(r->payload, r->requestedBy, actor, audit);
        if (!c)
            return c.error(); // the request stays pending; nothing else changed
        result = c.value() ? QStringLiteral("condition:%1").arg(*c.value()) : QString();
    } else if (r->kind == QLatin1String("risk_declaration")) {
        const auto periods = RiskAreaService(m_db, m_clock).applyApproved(r->payload, r->requestedBy, actor, audit);
        if (!periods)
            return periods.error();
        QStringList ids;
        for (const RiskPeriod &p : periods.value())
            ids << QStringLiteral("risk_period:%1").arg(p.id);
        result = ids.join(QLatin1Char(','));
    } else if (r->kind == QLatin1String("case_batch")) {
        const auto applied = CaseBatchService(m_db, m_clock).applyApproved(r->payload, r->requestedBy, actor, audit, progress);
        if (!applied)
            return applied.error();
        result = r->object;
    } else if (r->kind == QLatin1String("account_admin")) {
        if (Status s = AccountStore(m_db, m_clock).applyAdministrator(r->payload, r->requestedBy, actor, audit); !s)
            return s.error();
        result = r->object;
    } else if (r->kind == QLatin1String("national_import")) {
        const auto report = NationalImporter(m_db, m_clock)
                                .applyRequested(qint64(r->payload.value(QStringLiteral("import_id")).toDouble()), r->requestedBy,
                                                actor, audit, progress);
        if (!report)
            return report.error();
        result = r->object;
    } else if (r->kind == QLatin1String("national_revert")) {
        const auto report = NationalImporter(m_db, m_clock)
                                .applyRevert(qint64(r->payload.value(QStringLiteral("import_id")).toDouble()), r->requestedBy, actor,
                                             audit, progress);
        if (!report)
            return report.error();
        result = r->object;
    } else {
        return Error::internal(tr("unknown approval kind %1").arg(r->kind));
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE approval SET status = 'approved', decided_by = ?, decided_at = ?, result = ? WHERE id = ?"));
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(text(result));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("approval.approve"), approvalObject(id), {},
                                {{QStringLiteral("kind"), r->kind}, {QStringLiteral("requested_by"), r->requestedBy},
                                 {QStringLiteral("result"), result}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *find(id);
}

Status ApprovalService::reject(qint64 id, const QString &reason, const QString &actor, AuditLog &audit)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("A rejection needs a written reason."));
    const auto r = decidable(id, actor, audit);
    if (!r)
        return r.error();
    Transaction tx(m_db);
    if (Status s = stillPending(id); !s)
        return s;
    QSqlQuery q(m_db);
    if (r->kind == QLatin1String("national_import"))
        if (Status s = NationalImporter(m_db, m_clock).closeRequest(qint64(r->payload.value(QStringLiteral("import_id")).toDouble()),
                                                                     QStringLiteral("rejected"));
            !s)
            return s;
    q.prepare(QStringLiteral("UPDATE approval SET status = 'rejected', decided_by = ?, decided_at = ?, reason = ? WHERE id = ?"));
    q.addBindValue(actor);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    q.addBindValue(reason.trimmed());
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("approval.reject"), approvalObject(id), {},
                                {{QStringLiteral("kind"), r->kind}, {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status ApprovalService::withdraw(qint64 id, const QString &actor, AuditLog &audit)
{
    const auto r = find(id);
    if (!r || r->status != QLatin1String("pending") || r->requestedBy != actor)
        return Error::refused(tr("Only the requester withdraws a pending request."));
    Transaction tx(m_db);
    if (Status s = stillPending(id); !s)
        return s;
    QSqlQuery q(m_db);
    if (r->kind == QLatin1String("national_import"))
        if (Status s = NationalImporter(m_db, m_clock).closeRequest(qint64(r->payload.value(QStringLiteral("import_id")).toDouble()),
                                                                     QStringLiteral("withdrawn"));
            !s)
            return s;
    q.prepare(QStringLiteral("UPDATE approval SET status = 'withdrawn', decided_by = ?, decided_at = ? WHERE id = ?"));
    q.addBindValue(actor);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("approval.withdraw"), approvalObject(id), {}, {}); !s)
        return s;
    return tx.commit();
}

} // namespace hc
