#include "CliContext.h"
#include "CliProgress.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

Result<Holder> findHolder(CliContext &c, const QString &text);

namespace {

QJsonObject requestJson(const ApprovalRequest &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("object"), r.object},
            {QStringLiteral("division"), r.division},
            {QStringLiteral("summary"), r.summary},
            {QStringLiteral("requested_by"), r.requestedBy},
            {QStringLiteral("requested_at"), time::format(r.requestedAt)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("decided_by"), r.decidedBy},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("result"), r.result}};
}

} // namespace

// `hcctl approve ID` and `hcctl approvals list|reject|withdraw`: the second official of four-eyes.
int runApprovals(CliContext &c)
{
    const bool shortForm = c.arg(0) == QLatin1String("approve");
    const QString verb = shortForm ? QStringLiteral("approve") : c.arg(1);
    const QString idText = shortForm ? c.arg(1) : c.arg(2);
    if (verb == QLatin1String("list")) {
        // Pending requests name holders and areas: only a signed-in official reads them (issue 16).
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        const auto official = c.ws().authorizer().official(*c.ws().actor());
        if (!official)
            return c.fail(official.error());
        QJsonArray a;
        for (const ApprovalRequest &r : c.ws().approvals().listFor(*official, c.option(QStringLiteral("status"), QStringLiteral("pending"))))
            a.append(requestJson(r));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("approvals"), a}});
        else
            for (const QJsonValue &v : a)
                c.out(QStringLiteral("%1\t%2\t%3\t%4").arg(v[QStringLiteral("id")].toInteger()).arg(v[QStringLiteral("status")].toString(),
                                                                                                 v[QStringLiteral("requested_by")].toString(),
                                                                                                 v[QStringLiteral("summary")].toString()));
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || (verb != QLatin1String("approve") && verb != QLatin1String("reject") && verb != QLatin1String("withdraw")))
        return c.usage(tr("usage: hcctl approve ID | hcctl approvals list [--status S] | approvals reject ID --reason TEXT | approvals withdraw ID"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const QString actor = *c.ws().actor();
    ApprovalService approvals = c.ws().approvals();
    Status s = Ok{};
    if (verb == QLatin1String("approve")) {
        CliProgress progress; // a case batch's approval applies it: a million holders take a while
        const auto r = approvals.approve(id, actor, audit, progress.fn());
        progress.finish();
        s = r ? Status(Ok{}) : Status(r.error());
    } else if (verb == QLatin1String("reject")) {
        s = approvals.reject(id, c.option(QStringLiteral("reason")), actor, audit);
    } else {
        s = approvals.withdraw(id, actor, audit);
    }
    if (!s)
        return c.fail(s.error());
    const auto r = approvals.find(id);
    if (c.json())
        c.print(requestJson(*r));
    else
        c.out(tr("Request %1 %2.").arg(id).arg(r->status));
    return ExitOk;
}

// `hcctl holders order H --color red|yellow [--until T] --basis-ref REF --basis TEXT`: request a manual order.
int requestOrder(CliContext &c, const Holder &h)
{
    ConditionReport r;
    r.type = ConditionReport::Type::Manual;
    r.basisKind = BasisKind::ManualOrder;
    const auto color = policy::colorFromKey(c.option(QStringLiteral("color"), QStringLiteral("red")));
    if (!color)
        return c.usage(tr("--color must be red or yellow"));
    r.color = *color;
    r.at = c.ws().clock().now().toSecsSinceEpoch();
    if (c.has(QStringLiteral("at"))) {
        const auto t = time::parse(c.option(QStringLiteral("at")));
        if (!t)
            return c.usage(tr("--at is not a time"));
        r.at = t->toSecsSinceEpoch();
    }
    if (c.has(QStringLiteral("until"))) {
        const auto t = time::parse(c.option(QStringLiteral("until")));
        if (!t)
            return c.usage(tr("--until is not a time"));
        r.until = t->toSecsSinceEpoch();
    }
    r.basisRef = c.option(QStringLiteral("basis-ref"));
    r.basisText = c.option(QStringLiteral("basis"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const auto id = c.ws().holders().requestManualOrder(h.id, r, *c.ws().actor(), audit);
    if (!id)
        return c.fail(id.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("approval"), id.value()}, {QStringLiteral("status"), QStringLiteral("pending")}});
    else
        c.out(tr("Manual order requested as approval %1; another supervisor must approve it (hcctl approve %1).").arg(id.value()));
    return ExitOk;
}

} // namespace hc::cli
