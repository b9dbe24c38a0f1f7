// `hcctl handoff list|show|accept|decline` (issue 19): contact hand-offs (协查) between commissions.
#include "AuditLog.h"
#include "Authorizer.h"
#include "Cli.h"
#include "CliContext.h"
#include "HandoffRepository.h"
#include "HandoffService.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QJsonArray>

namespace hc::cli {

namespace {

QJsonValue optTime(const std::optional<qint64> &t)
{
    return t ? QJsonValue(time::format(*t)) : QJsonValue();
}

QJsonObject handoffJson(const Handoff &h, qint64 now)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("handoff"), h.uuid},
            {QStringLiteral("direction"), h.direction},
            {QStringLiteral("state"), h.state},
            {QStringLiteral("province"), h.peerProvince},
            {QStringLiteral("division"), h.peerDivision},
            {QStringLiteral("commission"), h.peerCommission},
            {QStringLiteral("console"), h.peerConsole.isEmpty() ? QJsonValue() : QJsonValue(h.peerConsole)},
            {QStringLiteral("people"), h.people},
            {QStringLiteral("accepted"), h.accepted},
            {QStringLiteral("declined"), h.declined},
            {QStringLiteral("cases"), h.caseRefs},
            {QStringLiteral("batch"), h.batchId ? QJsonValue(*h.batchId) : QJsonValue()},
            {QStringLiteral("local_batch"), h.localBatchId ? QJsonValue(*h.localBatchId) : QJsonValue()},
            {QStringLiteral("created_at"), time::format(h.createdAt)},
            {QStringLiteral("deadline"), time::format(h.deadlineAt)},
            {QStringLiteral("overdue"), h.overdue(now)},
            {QStringLiteral("sent_at"), optTime(h.sentAt)},
            {QStringLiteral("delivered_at"), optTime(h.deliveredAt)},
            {QStringLiteral("answered_at"), optTime(h.answeredAt)}};
}

// Masked unless the official may see personal data in full (the hand-off's people are personal data like holders).
QJsonObject personJson(const HandoffPerson &p, bool full)
{
    return {{QStringLiteral("n"), p.n},
            {QStringLiteral("name"), full ? p.name : mask::name(p.name)},
            {QStringLiteral("id_number"), full ? p.idNumber : mask::idNumber(p.idNumber)},
            {QStringLiteral("phone"), full ? p.phone : mask::phone(p.phone)},
            {QStringLiteral("home_division"), p.homeDivision},
            {QStringLiteral("located_by"), p.locatedBy},
            {QStringLiteral("kind"), policy::conditionKindKey(p.kind)},
            {QStringLiteral("case_ref"), p.row.caseRef},
            {QStringLiteral("line"), p.row.line},
            {QStringLiteral("basis"), p.basisText},
            {QStringLiteral("basis_ref"), p.basisRef},
            {QStringLiteral("state"), p.state},
            {QStringLiteral("reason"), p.reason.isEmpty() ? QJsonValue() : QJsonValue(p.reason)},
            {QStringLiteral("holder"), p.holderId ? QJsonValue(*p.holderId) : QJsonValue()}};
}

std::optional<qint64> handoffId(CliContext &c, const HandoffRepository &repo)
{
    bool ok = false;
    const qint64 id = c.arg(2).toLongLong(&ok);
    if (ok)
        return id;
    if (const auto h = repo.findByUuid(c.arg(2))) // the hand-off's own id as the other commission names it
        return h->id;
    return std::nullopt;
}

QList<int> persons(CliContext &c, bool *ok)
{
    QList<int> out;
    *ok = true;
    for (const QString &p : c.optionList(QStringLiteral("person"))) {
        bool good = false;
        const int n = p.toInt(&good);
        if (!good || n < 1) {
            *ok = false;
            return {};
        }
        out << n;
    }
    return out;
}

} // namespace

int runHandoffs(CliContext &c)
{
    const QString verb = c.arg(1);
    const QString usage = tr("usage: hcctl handoff list [--direction out|in] [--state S] | show ID | accept ID [--person N]… | "
                             "decline ID [--person N]… --reason TEXT");
    if (verb != QLatin1String("list") && verb != QLatin1String("show") && verb != QLatin1String("accept") &&
        verb != QLatin1String("decline"))
        return c.usage(usage);
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    const QString actor = *c.ws().actor();
    const qint64 now = c.ws().clock().now().toSecsSinceEpoch();
    HandoffRepository repo(c.ws().db());
    if (verb == QLatin1String("list")) {
        const QString direction = c.option(QStringLiteral("direction"));
        if (!direction.isEmpty() && direction != QLatin1String("out") && direction != QLatin1String("in"))
            return c.usage(usage);
        if (Status s = c.ws().authorizer().require(actor, Permission::LookupHolder); !s)
            return c.fail(s.error());
        QJsonArray a;
        for (const Handoff &h : repo.list(direction, c.option(QStringLiteral("state"))))
            a.append(handoffJson(h, now));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("handoffs"), a}});
        else
            for (const QJsonValue &v : std::as_const(a))
                c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(QString::number(v[QStringLiteral("id")].toInteger()),
                                                              v[QStringLiteral("direction")].toString(),
                                                              HandoffWords::state(v[QStringLiteral("state")].toString()),
                                                              v[QStringLiteral("commission")].toString(),
                                                              QString::number(v[QStringLiteral("people")].toInteger())));
        return ExitOk;
    }
    const auto id = handoffId(c, repo);
    if (!id)
        return c.arg(2).isEmpty() ? c.usage(usage) : c.fail(Error::badInput(tr("no hand-off \"%1\"").arg(c.arg(2))));
    if (verb == QLatin1String("show")) {
        if (Status s = c.ws().authorizer().require(actor, Permission::LookupHolder); !s)
            return c.fail(s.error());
        const auto h = repo.find(*id);
        if (!h)
            return c.fail(Error::badInput(tr("no hand-off \"%1\"").arg(c.arg(2))));
        const auto who = c.ws().official();
        const bool full = who && Authorizer::check(*who, Permission::RevealPersonalData);
        QJsonObject o = handoffJson(*h, now);
        QJsonArray people;
        for (const HandoffPerson &p : repo.people(*id))
            people.append(personJson(p, full));
        o.insert(QStringLiteral("persons"), people);
        if (c.json())
            c.print(o);
        else {
            c.out(tr("Hand-off %1 (%2): %3, %4 people, cases %5").arg(QString::number(h->id), h->peerCommission,
                                                                     HandoffWords::state(h->state), QString::number(h->people), h->caseRefs));
            for (const QJsonValue &v : std::as_const(people))
                c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(QString::number(v[QStringLiteral("n")].toInt()), v[QStringLiteral("name")].toString(),
                                                              v[QStringLiteral("id_number")].toString(), v[QStringLiteral("basis")].toString(),
                                                              HandoffWords::personState(v[QStringLiteral("state")].toString())));
        }
        return ExitOk;
    }
    bool ok = false;
    const QList<int> chosen = persons(c, &ok);
    if (!ok)
        return c.usage(usage);
    if (verb == QLatin1String("decline") && !c.has(QStringLiteral("reason")))
        return c.usage(usage);
    AuditLog audit = c.ws().audit();
    HandoffService service(c.ws().db(), c.ws().clock());
    const auto r = verb == QLatin1String("accept") ? service.accept(*id, chosen, actor, audit)
                                                   : service.decline(*id, chosen, c.option(QStringLiteral("reason")), actor, audit);
    if (!r)
        return c.fail(r.error());
    if (c.json())
        c.print(handoffJson(*r, now));
    else
        c.out(tr("Hand-off %1: %2 accepted, %3 declined (%4); the answer travels back with the next sync.")
                  .arg(r->id)
                  .arg(r->accepted)
                  .arg(r->declined)
                  .arg(HandoffWords::state(r->state)));
    return ExitOk;
}

} // namespace hc::cli
