#include "CliContext.h"
#include "PrivateFiles.h"
#include "CsvReader.h"
#include "ForwardedAppeals.h"
#include "Limits.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QSaveFile>

namespace hc::cli {

Result<Holder> findHolder(CliContext &c, const QString &text);

namespace {

QJsonObject ticketJson(const Ticket &t, qint64 now)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("number"), t.number},
            {QStringLiteral("kind"), ticketKindKey(t.kind)},
            {QStringLiteral("holder"), t.holderId},
            {QStringLiteral("guardian"), t.guardianId ? QJsonValue(*t.guardianId) : QJsonValue()},
            {QStringLiteral("state"), t.state},
            {QStringLiteral("decision"), t.decision.isEmpty() ? QJsonValue() : QJsonValue(t.decision)},
            {QStringLiteral("reason"), t.decisionReason},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("forwarded_to"), t.forwardedTo},
            {QStringLiteral("deadline"), time::format(t.deadlineAt)},
            {QStringLiteral("overdue"), t.overdueAt(now)},
            {QStringLiteral("received_at"), time::format(t.receivedAt)},
            {QStringLiteral("received_by"), t.receivedBy},
            {QStringLiteral("reply"), t.replyText},
            {QStringLiteral("callback"), t.callbackOutcome}};
}

// A ticket by its number or its id.
std::optional<Ticket> findTicket(CliContext &c, const QString &text)
{
    AppealService appeals = c.ws().appeals();
    if (auto t = appeals.findByNumber(text))
        return t;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? appeals.find(id) : std::nullopt;
}

int fileTicket(CliContext &c)
{
    TicketInput in;
    in.number = c.option(QStringLiteral("number"));
    const auto kind = ticketKindFromKey(c.option(QStringLiteral("kind"), QStringLiteral("wrong_color")));
    if (!kind)
        return c.usage(tr("--kind is wrong_color, wrong_source, wrong_personal_data or reapplication"));
    in.kind = *kind;
    const auto holder = findHolder(c, c.option(QStringLiteral("holder")));
    if (!holder)
        return c.fail(holder.error());
    in.holderId = holder->id;
    if (c.has(QStringLiteral("guardian"))) {
        const auto guardian = findHolder(c, c.option(QStringLiteral("guardian")));
        if (!guardian)
            return c.fail(guardian.error());
        in.guardianId = guardian->id;
    }
    in.caller = c.option(QStringLiteral("caller"));
    in.callbackPhone = c.option(QStringLiteral("phone"));
    in.complaint = c.option(QStringLiteral("complaint"));
    AuditLog audit = c.ws().audit();
    const auto id = c.ws().appeals().file(in, *c.ws().actor(), audit);
    if (!id)
        return c.fail(id.error());
    const Ticket t = *c.ws().appeals().find(*id);
    if (c.json())
        c.print(ticketJson(t, c.ws().clock().now().toSecsSinceEpoch()));
    else
        c.out(tr("Ticket %1 received; deadline %2.").arg(t.number, time::formatShort(t.deadlineAt)));
    return ExitOk;
}

int importTickets(CliContext &c)
{
    const QString path = c.arg(2);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return c.fail(Error::badInput(tr("cannot read \"%1\"").arg(path)));
    // Its size is checked before it is read (docs/limits.md).
    const auto bytes = readCapped(f, limits::kTicketFileBytes, QCoreApplication::translate("hc::AppealService", "a 12345 export"));
    if (!bytes)
        return c.fail(bytes.error());
    f.close();
    AuditLog audit = c.ws().audit();
    const auto r = c.ws().appeals().importCsv(*bytes, c.has(QStringLiteral("valid-rows")), *c.ws().actor(), audit);
    if (!r)
        return c.fail(r.error());
    QString errorsPath;
    QJsonArray errors;
    if (!r->checked.errors.empty()) {
        errorsPath = c.option(QStringLiteral("errors"), path + QStringLiteral(".errors.csv"));
        if (!files::writePrivate(errorsPath, CaseFileReader::errorsFile(r->checked), nullptr))
            return c.fail(Error::badInput(tr("cannot write the errors file \"%1\"").arg(errorsPath)));
        for (const RowError &e : r->checked.errors)
            errors.append(QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    }
    const bool refused = !r->checked.errors.empty() && !c.has(QStringLiteral("valid-rows"));
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("status"), refused ? QStringLiteral("refused") : QStringLiteral("imported")},
                            {QStringLiteral("records"), r->records},
                            {QStringLiteral("filed"), r->filed},
                            {QStringLiteral("left_out"), int(r->checked.errors.size())},
                            {QStringLiteral("encoding"), r->checked.encoding},
                            {QStringLiteral("errors"), errors},
                            {QStringLiteral("errors_file"), errorsPath.isEmpty() ? QJsonValue() : QJsonValue(errorsPath)}});
    else {
        for (const QJsonValue &e : std::as_const(errors))
            c.err(tr("line %1: %2").arg(e[QStringLiteral("line")].toInt()).arg(e[QStringLiteral("reason")].toString()));
        c.out(tr("%1 of %2 tickets filed, %3 left out.").arg(r->filed).arg(r->records).arg(errors.size()));
    }
    return refused ? ExitBadInput : ExitOk;
}

QJsonObject requestJson(const ForwardRequest &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("origin_console"), r.originConsole},
            {QStringLiteral("origin_province"), r.originProvince},
            {QStringLiteral("origin_ticket"), r.originTicket},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("received_at"), time::format(r.receivedAt)},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("decision"), r.decision.isEmpty() ? QJsonValue() : QJsonValue(r.decision)},
            {QStringLiteral("answer"), r.answer.isEmpty() ? QJsonValue() : QJsonValue(r.answer)},
            {QStringLiteral("answered_by"), r.answeredBy.isEmpty() ? QJsonValue() : QJsonValue(r.answeredBy)}};
}

// Tickets other provinces forwarded here (through the sync inbox), and their answers.
int forwardedHere(CliContext &c)
{
    ForwardedAppeals forwarded(c.ws().db(), c.ws().clock());
    if (c.arg(1) == QLatin1String("incoming")) {
        if (Status s = c.ws().authorizer().require(*c.ws().actor(), Permission::DecideAppeal); !s)
            return c.fail(s.error());
        QJsonArray a;
        for (const ForwardRequest &r : forwarded.list(!c.has(QStringLiteral("all"))))
            a.append(requestJson(r));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("incoming"), a}});
        else
            for (const QJsonValue &v : std::as_const(a))
                c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(QString::number(v[QStringLiteral("id")].toInteger()),
                                                              v[QStringLiteral("origin_province")].toString(),
                                                              v[QStringLiteral("origin_ticket")].toString(),
                                                              v[QStringLiteral("state")].toString(), v[QStringLiteral("reason")].toString()));
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = c.arg(2).toLongLong(&ok);
    if (!ok || c.has(QStringLiteral("approve")) == c.has(QStringLiteral("reject")))
        return c.usage(tr("usage: hcctl appeal answer ID --approve|--reject --reason TEXT"));
    AuditLog audit = c.ws().audit();
    if (Status s = forwarded.answer(id, c.has(QStringLiteral("approve")), c.option(QStringLiteral("reason")), *c.ws().actor(), audit); !s)
        return c.fail(s.error());
    if (c.json())
        c.print(requestJson(*forwarded.find(id)));
    else
        c.out(tr("Answered; the answer travels back with the next sync."));
    return ExitOk;
}

} // namespace

// `hcctl appeal file|list|show|assign|review|decide|forward|reply|callback|close`: the 12345 closed loop.
int runAppeals(CliContext &c)
{
    const QString verb = c.arg(1);
    const QString usage =
        tr("usage: hcctl appeal file --number N --kind K --holder H --caller NAME --phone P --complaint TEXT [--guardian H] | "
           "appeal import FILE.csv [--valid-rows] [--errors FILE] | "
           "appeal list [--all] | show T | assign T --to USER | review T | decide T --approve|--reject --reason TEXT "
           "[--void CONDITION]… [--correct FIELD=VALUE]… | forward T --province P --reason TEXT | reply T --text TEXT | "
           "callback T --outcome TEXT | close T | incoming [--all] | answer ID --approve|--reject --reason TEXT");
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    const qint64 now = c.ws().clock().now().toSecsSinceEpoch();
    if (verb == QLatin1String("file"))
        return fileTicket(c);
    if (verb == QLatin1String("import"))
        return importTickets(c);
    if (verb == QLatin1String("list")) {
        if (Status s = c.ws().authorizer().require(*c.ws().actor(), Permission::LookupHolder); !s)
            return c.fail(s.error());
        QJsonArray a;
        for (const Ticket &t : c.ws().appeals().queue(!c.has(QStringLiteral("all"))))
            a.append(ticketJson(t, now));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("tickets"), a}});
        else
            for (const QJsonValue &v : std::as_const(a))
                c.out(QStringLiteral("%1\t%2\t%3\t%4%5").arg(v[QStringLiteral("number")].toString(), v[QStringLiteral("kind")].toString(),
                                                         v[QStringLiteral("state")].toString(), v[QStringLiteral("deadline")].toString(),
                                                         v[QStringLiteral("overdue")].toBool() ? tr("\tOVERDUE") : QString()));
        return ExitOk;
    }
    if (verb == QLatin1String("incoming") || verb == QLatin1String("answer"))
        return forwardedHere(c);
    const auto ticket = findTicket(c, c.arg(2));
    if (!ticket)
        return c.arg(2).isEmpty() ? c.usage(usage) : c.fail(Error::badInput(tr("no ticket \"%1\"").arg(c.arg(2))));
    AppealService appeals = c.ws().appeals();
    AuditLog audit = c.ws().audit();
    const QString actor = *c.ws().actor();
    Status done = Ok{};
    QJsonObject extra;
    if (verb == QLatin1String("show")) {
        QJsonObject o = ticketJson(*ticket, now);
        QJsonArray events;
        for (const TicketEvent &e : appeals.events(ticket->id))
            events.append(QJsonObject{{QStringLiteral("at"), time::format(e.at)}, {QStringLiteral("actor"), e.actor},
                                      {QStringLiteral("state"), e.state}, {QStringLiteral("note"), e.note}});
        o.insert(QStringLiteral("events"), events);
        c.print(o);
        return ExitOk;
    } else if (verb == QLatin1String("assign")) {
        done = appeals.assign(ticket->id, c.option(QStringLiteral("to")), actor, audit);
    } else if (verb == QLatin1String("review")) {
        done = appeals.startReview(ticket->id, actor, audit);
    } else if (verb == QLatin1String("decide")) {
        if (c.has(QStringLiteral("approve")) == c.has(QStringLiteral("reject")))
            return c.usage(tr("decide takes --approve or --reject"));
        TicketDecision d;
        d.approve = c.has(QStringLiteral("approve"));
        d.reason = c.option(QStringLiteral("reason"));
        for (const QString &v : c.optionList(QStringLiteral("void"))) {
            bool ok = false;
            d.voidConditions.push_back(v.toLongLong(&ok));
            if (!ok)
                return c.usage(tr("--void takes a condition's number"));
        }
        for (const QString &kv : c.optionList(QStringLiteral("correct"))) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return c.usage(tr("--correct takes FIELD=VALUE"));
            d.corrections.insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
        }
        const auto r = appeals.decide(ticket->id, d, actor, audit);
        if (!r)
            return c.fail(r.error());
        extra = r.value();
    } else if (verb == QLatin1String("forward")) {
        done = appeals.forward(ticket->id, c.option(QStringLiteral("province")), c.option(QStringLiteral("reason")), actor, audit);
    } else if (verb == QLatin1String("reply")) {
        done = appeals.reply(ticket->id, c.option(QStringLiteral("text")), actor, audit);
    } else if (verb == QLatin1String("callback")) {
        done = appeals.callback(ticket->id, c.option(QStringLiteral("outcome")), actor, audit);
    } else if (verb == QLatin1String("close")) {
        done = appeals.close(ticket->id, actor, audit);
    } else {
        return c.usage(usage);
    }
    if (!done)
        return c.fail(done.error());
    const Ticket after = *appeals.find(ticket->id);
    QJsonObject o = ticketJson(after, now);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    if (c.json())
        c.print(o);
    else
        c.out(tr("Ticket %1: %2.").arg(after.number, after.state));
    return ExitOk;
}

} // namespace hc::cli
