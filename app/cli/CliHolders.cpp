#include "CliContext.h"
#include "PrivateFiles.h"
#include "CliProgress.h"
#include "CsvReader.h"
#include "Limits.h"
#include "DivisionCode.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::cli {

namespace {

// Personal data is masked in every CLI output (DOMAIN.md "Personal data").
QJsonObject holderJson(const Holder &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("id_type"), idTypeKey(h.idType)},
            {QStringLiteral("id_number"), h.maskedIdNumber()},
            {QStringLiteral("name"), h.maskedName()},
            {QStringLiteral("phone"), h.maskedPhone()},
            {QStringLiteral("home_division"), h.homeDivision},
            {QStringLiteral("address"), h.maskedAddress()},
            {QStringLiteral("source_division"), h.sourceDivision},
            {QStringLiteral("color"), policy::colorKey(h.color)},
            {QStringLiteral("color_since"), time::format(h.colorSince)},
            {QStringLiteral("next_change"), h.nextChangeAt ? QJsonValue(time::format(*h.nextChangeAt)) : QJsonValue()},
            {QStringLiteral("policy_version"), h.policyVersion}};
}

QJsonObject conditionJson(const ConditionRecord &c, qint64 now)
{
    static const char *status[] = {"pending", "active", "cleared", "voided"};
    auto t = [](qint64 v) { return v == policy::kOpen ? QJsonValue() : QJsonValue(time::format(v)); };
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), policy::conditionKindKey(c.kind)},
            {QStringLiteral("color"), policy::colorKey(c.color)},
            {QStringLiteral("status"), QLatin1String(status[int(c.statusAt(now))])},
            {QStringLiteral("start"), time::format(c.start)},
            {QStringLiteral("clear"), t(c.clear)},
            {QStringLiteral("clears_by"), c.byDeclaredDays() ? QStringLiteral("%1 declared days after %2").arg(c.days).arg(time::format(c.anchor))
                                          : c.fixedClear != policy::kOpen ? QStringLiteral("time")
                                                                          : QStringLiteral("event")},
            {QStringLiteral("source"), c.sourceDepartment},
            {QStringLiteral("source_division"), c.sourceDivision},
            {QStringLiteral("basis_kind"), c.basisKind},
            {QStringLiteral("basis_ref"), c.basisRef},
            {QStringLiteral("basis"), c.basisText},
            {QStringLiteral("by"), c.createdBy},
            {QStringLiteral("recorded"), time::format(c.createdAt)},
            {QStringLiteral("end_reason"), c.endReason},
            {QStringLiteral("policy_version"), c.policyVersion}};
}

std::optional<qint64> timeArg(CliContext &c, const QString &name, int *rc)
{
    if (!c.options.contains(name))
        return c.ws().clock().now().toSecsSinceEpoch();
    const auto t = time::parse(c.option(name));
    if (!t) {
        *rc = c.usage(tr("--%1 \"%2\" is not a time (ISO 8601 with offset, or \"YYYY-MM-DD HH:MM\" in UTC+8)")
                          .arg(name, c.option(name)));
        return std::nullopt;
    }
    return t->toSecsSinceEpoch();
}

// --division, --color, --id-prefix, --name-prefix; false when the color is not one.
bool filterFromOptions(const CliContext &c, HolderFilter &f)
{
    f.divisionPrefix = c.option(QStringLiteral("division"));
    if (c.has(QStringLiteral("color"))) {
        f.color = policy::colorFromKey(c.option(QStringLiteral("color")));
        if (!f.color)
            return false;
    }
    f.idPrefix = c.option(QStringLiteral("id-prefix"));
    f.namePrefix = c.option(QStringLiteral("name-prefix"));
    return true;
}

int listHolders(CliContext &c)
{
    HolderFilter f;
    if (!filterFromOptions(c, f))
        return c.usage(tr("--color must be green, yellow, red or gray"));
    f.limit = c.option(QStringLiteral("limit"), QStringLiteral("50")).toInt();
    if (f.limit < 1)
        return c.usage(tr("--limit must be a positive number"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const auto scope = c.ws().authorizer().holderScope(*c.ws().actor(), f.divisionPrefix, audit);
    if (!scope)
        return c.fail(scope.error());
    f.divisionPrefix = scope.value();
    const HolderRepository repo = c.ws().holderRepository();
    const QList<Holder> rows = repo.page(f);
    const ColorCounts counts = repo.counts(f);
    if (c.json()) {
        QJsonArray a;
        for (const Holder &h : rows)
            a.append(holderJson(h));
        QJsonObject n;
        for (policy::Color col : {policy::Color::Green, policy::Color::Yellow, policy::Color::Red, policy::Color::Gray})
            n.insert(policy::colorKey(col), counts.of(col));
        c.print(QJsonObject{{QStringLiteral("holders"), a}, {QStringLiteral("counts"), n}, {QStringLiteral("counts_capped"), counts.capped}});
        return ExitOk;
    }
    for (const Holder &h : rows)
        c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(h.id).arg(h.maskedIdNumber(), h.maskedName(), h.homeDivision, policy::colorKey(h.color)));
    c.out(tr("green %1, yellow %2, red %3, gray %4%5")
              .arg(counts.of(policy::Color::Green))
              .arg(counts.of(policy::Color::Yellow))
              .arg(counts.of(policy::Color::Red))
              .arg(counts.of(policy::Color::Gray))
              .arg(counts.capped ? tr(" (counted up to %1)").arg(ColorCounts::kCountCap) : QString()));
    return ExitOk;
}

int exportHolders(CliContext &c)
{
    if (c.arg(2).isEmpty())
        return c.usage(tr("holders export FILE.csv [--division CODE] [--color C] [--id-prefix P] [--name-prefix P] "
                          "[--unmasked --purpose TEXT]"));
    HolderFilter f;
    if (!filterFromOptions(c, f))
        return c.usage(tr("--color must be green, yellow, red or gray"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    QSaveFile file(c.arg(2));
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(Error::badInput(tr("cannot write \"%1\": %2").arg(c.arg(2), file.errorString())));
    files::makePrivate(file); // an unmasked export holds full ID numbers: the owner alone reads it
    AuditLog audit = c.ws().audit();
    const bool unmasked = c.has(QStringLiteral("unmasked"));
    const auto r = c.ws().exporter().exportCsv(f, unmasked, c.option(QStringLiteral("purpose")), file, *c.ws().actor(), audit);
    if (!r) {
        file.cancelWriting();
        return c.fail(r.error());
    }
    if (!file.commit())
        return c.fail(Error::internal(tr("cannot write \"%1\": %2").arg(c.arg(2), file.errorString())));
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("file"), c.arg(2)}, {QStringLiteral("rows"), r->rows},
                            {QStringLiteral("masked"), !r->unmasked}, {QStringLiteral("scope"), r->scope}});
    else
        c.out(tr("%1 holders exported to %2 (%3).").arg(r->rows).arg(c.arg(2), r->unmasked ? tr("unmasked") : tr("masked")));
    return ExitOk;
}

int addHolder(CliContext &c)
{
    HolderInput in;
    const auto type = idTypeFromKey(c.option(QStringLiteral("id-type"), QStringLiteral("resident")));
    if (!type)
        return c.usage(tr("--id-type must be resident or passport"));
    in.idType = *type;
    in.idNumber = c.option(QStringLiteral("id-number"));
    in.name = c.option(QStringLiteral("name"));
    in.phone = c.option(QStringLiteral("phone"));
    in.homeDivision = c.option(QStringLiteral("home"));
    in.address = c.option(QStringLiteral("address"));
    in.sourceDivision = c.option(QStringLiteral("source"));
    if (in.idNumber.isEmpty() || in.name.isEmpty() || in.homeDivision.isEmpty())
        return c.usage(tr("holders add needs --id-number, --name and --home"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const auto r = c.ws().holders().upsert(in, *c.ws().actor(), audit);
    if (!r)
        return c.fail(r.error());
    if (c.json()) {
        QJsonObject o = holderJson(r->holder);
        o.insert(QStringLiteral("created"), r->created);
        c.print(o);
    } else {
        c.out(tr("%1 holder %2 (%3): %4").arg(r->created ? tr("Registered") : tr("Updated")).arg(r->holder.id)
                  .arg(r->holder.maskedIdentity(), policy::colorKey(r->holder.color)));
    }
    return ExitOk;
}

int showHolder(CliContext &c, const Holder &h)
{
    const HolderRepository repo = c.ws().holderRepository();
    const qint64 now = c.ws().clock().now().toSecsSinceEpoch();
    QJsonArray conds, history;
    for (const ConditionRecord &cr : repo.conditions(h.id))
        conds.append(conditionJson(cr, now));
    for (const HistoryEntry &e : repo.history(h.id))
        history.append(QJsonObject{{QStringLiteral("at"), time::format(e.at)},
                                   {QStringLiteral("from"), e.before ? QJsonValue(policy::colorKey(*e.before)) : QJsonValue()},
                                   {QStringLiteral("to"), policy::colorKey(e.after)},
                                   {QStringLiteral("cause"), e.cause},
                                   {QStringLiteral("by"), e.actor},
                                   {QStringLiteral("policy_version"), e.policyVersion}});
    if (c.json()) {
        QJsonObject o = holderJson(h);
        o.insert(QStringLiteral("conditions"), conds);
        o.insert(QStringLiteral("history"), history);
        c.print(o);
        return ExitOk;
    }
    c.out(QStringLiteral("%1  %2  %3  %4").arg(h.maskedIdentity(), h.homeDivision, h.maskedAddress(), policy::colorKey(h.color)));
    for (const QJsonValue &v : conds) {
        const QJsonObject o = v.toObject();
        c.out(QStringLiteral("  %1 %2 [%3] %4 → %5  %6 (%7 %8)")
                  .arg(o[QStringLiteral("kind")].toString(), o[QStringLiteral("color")].toString(), o[QStringLiteral("status")].toString(),
                       o[QStringLiteral("start")].toString(), o[QStringLiteral("clear")].toString(QStringLiteral("…")),
                       o[QStringLiteral("source")].toString(), o[QStringLiteral("basis_ref")].toString(), o[QStringLiteral("basis")].toString()));
    }
    return ExitOk;
}

int report(CliContext &c, const Holder &h)
{
    static const QHash<QString, ConditionReport::Type> types{
        {QStringLiteral("case"), ConditionReport::Type::Case},
        {QStringLiteral("suspected"), ConditionReport::Type::Suspected},
        {QStringLiteral("close-contact"), ConditionReport::Type::CloseContact},
        {QStringLiteral("co-traveller"), ConditionReport::Type::CoTraveller},
        {QStringLiteral("observation"), ConditionReport::Type::Observation},
        {QStringLiteral("fever-clinic"), ConditionReport::Type::FeverClinic},
        {QStringLiteral("arrival"), ConditionReport::Type::Arrival},
        {QStringLiteral("manual"), ConditionReport::Type::Manual}};
    const QString type = c.option(QStringLiteral("type"));
    if (!types.contains(type))
        return c.usage(tr("--type must be case, suspected, close-contact, co-traveller, observation, fever-clinic, arrival or manual"));
    ConditionReport r;
    r.type = types.value(type);
    int rc = ExitOk;
    const auto at = timeArg(c, QStringLiteral("at"), &rc);
    if (!at)
        return rc;
    r.at = *at;
    if (c.has(QStringLiteral("exposure"))) {
        const auto e = timeArg(c, QStringLiteral("exposure"), &rc);
        if (!e)
            return rc;
        r.exposure = *e;
    }
    if (c.has(QStringLiteral("until"))) {
        const auto u = timeArg(c, QStringLiteral("until"), &rc);
        if (!u)
            return rc;
        r.until = *u;
    }
    if (r.type == ConditionReport::Type::Manual) {
        const auto color = policy::colorFromKey(c.option(QStringLiteral("color"), QStringLiteral("red")));
        if (!color)
            return c.usage(tr("--color must be red or yellow"));
        r.color = *color;
        r.approvers = c.optionList(QStringLiteral("approver"));
    }
    r.fromProvince = c.option(QStringLiteral("from-province"));
    const QString defaultBasis = r.type == ConditionReport::Type::Manual ? QStringLiteral("manual_order")
                                 : (r.type == ConditionReport::Type::Arrival || r.type == ConditionReport::Type::CoTraveller)
                                     ? QStringLiteral("exposure_record")
                                     : QStringLiteral("case_report");
    const auto basisKind = basisKindFromKey(c.option(QStringLiteral("basis-kind"), defaultBasis));
    if (!basisKind)
        return c.usage(tr("--basis-kind must be case_report, risk_declaration, exposure_record, appeal_decision, manual_order or health_declaration"));
    r.basisKind = *basisKind;
    r.basisRef = c.option(QStringLiteral("basis-ref"));
    r.basisText = c.option(QStringLiteral("basis"));
    if (int s = c.signIn(); s != ExitOk)
        return s;
    AuditLog audit = c.ws().audit();
    const auto id = c.ws().holders().report(h.id, r, *c.ws().actor(), audit);
    if (!id)
        return c.fail(id.error());
    const Holder after = *c.ws().holderRepository().find(h.id);
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("holder"), h.id},
                            {QStringLiteral("condition"), id.value() ? QJsonValue(*id.value()) : QJsonValue()},
                            {QStringLiteral("color"), policy::colorKey(after.color)}});
    else
        c.out(tr("Holder %1 is now %2.").arg(h.id).arg(policy::colorKey(after.color)));
    return ExitOk;
}

} // namespace

// Accepts the holder's internal id or an ID number.
Result<Holder> findHolder(CliContext &c, const QString &text)
{
    const HolderRepository repo = c.ws().holderRepository();
    if (text.size() < 5) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok)
            if (const auto h = repo.find(id))
                return *h;
    } else {
        for (IdType t : {IdType::Resident, IdType::Passport})
            if (const auto h = repo.findByIdNumber(t, text))
                return *h;
        bool ok = false;
        if (const qint64 id = text.toLongLong(&ok); ok)
            if (const auto h = repo.find(id))
                return *h;
    }
    return Error::badInput(tr("No holder \"%1\" (give the holder's number or ID number).").arg(text));
}

int runHolders(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("list"))
        return listHolders(c);
    if (verb == QLatin1String("add"))
        return addHolder(c);
    if (verb == QLatin1String("export"))
        return exportHolders(c);
    if (verb == QLatin1String("import")) {
        QFile f(c.arg(2));
        if (c.arg(2).isEmpty() || !f.open(QIODevice::ReadOnly))
            return c.fail(Error::badInput(tr("cannot read \"%1\"").arg(c.arg(2))));
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        // Its size is checked before it is read (docs/limits.md).
        const auto bytes = readCapped(f, limits::kHolderFileBytes, QCoreApplication::translate("hc::HolderService", "a holders file"));
        if (!bytes)
            return c.fail(bytes.error());
        f.close();
        AuditLog audit = c.ws().audit();
        CliProgress bar;
        const auto r = c.ws().holders().importCsv(*bytes, *c.ws().actor(), audit, c.has(QStringLiteral("dry-run")), bar.fn());
        bar.finish();
        if (!r)
            return c.fail(r.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("rows"), r->rows}, {QStringLiteral("created"), r->created},
                                {QStringLiteral("updated"), r->updated}, {QStringLiteral("unchanged"), r->unchanged}});
        else
            c.out(tr("%1 rows: %2 registered, %3 updated, %4 unchanged.").arg(r->rows).arg(r->created).arg(r->updated).arg(r->unchanged));
        return ExitOk;
    }
    if (verb == QLatin1String("tick")) {
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        const auto r = c.ws().holders().tick(*c.ws().actor(), audit);
        if (!r)
            return c.fail(r.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("evaluated"), r->evaluated}, {QStringLiteral("changed"), r->changed}});
        else
            c.out(tr("%1 holders re-evaluated, %2 changed color.").arg(r->evaluated).arg(r->changed));
        return ExitOk;
    }
    if (verb.isEmpty() || c.arg(2).isEmpty())
        return c.usage(tr("usage: hcctl holders list|add|import|export|tick|show|reveal|declare|report|end|void|stay|bind|color …"));
    const auto h = findHolder(c, c.arg(2));
    if (!h)
        return c.fail(h.error());
    if (verb == QLatin1String("show") || verb == QLatin1String("color")) {
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        if (const auto allowed = c.ws().holders().lookup(h->id, *c.ws().actor(), audit); !allowed)
            return c.fail(allowed.error());
    }
    if (verb == QLatin1String("show"))
        return showHolder(c, h.value());
    if (verb == QLatin1String("report"))
        return report(c, h.value());
    if (verb == QLatin1String("order"))
        return requestOrder(c, h.value());
    if (verb == QLatin1String("reveal")) {
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        const auto r = c.ws().holders().reveal(h->id, c.option(QStringLiteral("purpose")), *c.ws().actor(), audit);
        if (!r)
            return c.fail(r.error());
        const QJsonObject o{{QStringLiteral("id"), r->id},
                            {QStringLiteral("id_type"), idTypeKey(r->idType)},
                            {QStringLiteral("id_number"), r->idNumber},
                            {QStringLiteral("name"), r->name},
                            {QStringLiteral("phone"), r->phone},
                            {QStringLiteral("home_division"), r->homeDivision},
                            {QStringLiteral("address"), r->address},
                            {QStringLiteral("revealed"), true}};
        if (c.json())
            c.print(o);
        else
            c.out(QStringLiteral("%1 %2 %3 %4 %5").arg(r->name, r->idNumber, r->phone, r->homeDivision, r->address));
        return ExitOk;
    }
    int rc = ExitOk;
    const auto at = timeArg(c, QStringLiteral("at"), &rc);
    if (!at)
        return rc;
    if (verb == QLatin1String("color")) {
        const auto e = c.ws().holders().colorAt(h->id, *at);
        QJsonArray kinds;
        for (int k = 0; k < policy::kConditionKindCount; ++k)
            if (e.activeKinds & (1u << k))
                kinds.append(policy::conditionKindKey(policy::ConditionKind(k)));
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("holder"), h->id}, {QStringLiteral("at"), time::format(*at)},
                                {QStringLiteral("color"), policy::colorKey(e.color)}, {QStringLiteral("conditions"), kinds}});
        else
            c.out(QStringLiteral("%1 %2").arg(policy::colorKey(e.color), kinds.isEmpty() ? QString() : QJsonDocument(kinds).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    if (int s = c.signIn(); s != ExitOk)
        return s;
    AuditLog audit = c.ws().audit();
    const QString actor = *c.ws().actor();
    HolderService svc = c.ws().holders();
    Status st = Ok{};
    if (verb == QLatin1String("declare")) {
        const QString symptoms = c.option(QStringLiteral("symptoms"));
        st = svc.declare(h->id, *at, symptoms.isEmpty() ? QStringList{} : symptoms.split(QLatin1Char(',')), actor, audit);
    } else if (verb == QLatin1String("end")) {
        const QString what = c.option(QStringLiteral("what"));
        const ConditionEnd e = what == QLatin1String("discharge") ? ConditionEnd::Discharge
                               : what == QLatin1String("ruled-out") ? ConditionEnd::RuledOut
                                                                    : ConditionEnd::ObservationEnd;
        if (what != QLatin1String("discharge") && what != QLatin1String("ruled-out") && what != QLatin1String("observation-end"))
            return c.usage(tr("--what must be discharge, ruled-out or observation-end"));
        st = svc.end(h->id, e, *at, c.option(QStringLiteral("basis-ref")), actor, audit);
    } else if (verb == QLatin1String("void")) {
        const auto kind = policy::conditionKindFromKey(c.option(QStringLiteral("kind")));
        if (!kind)
            return c.usage(tr("--kind must name a condition kind (close_contact, stay_medium, …)"));
        const auto r = svc.voidKind(h->id, *kind, *at, c.option(QStringLiteral("basis-ref")), c.option(QStringLiteral("reason")), actor, audit);
        st = r ? Status(Ok{}) : Status(r.error());
    } else if (verb == QLatin1String("stay")) {
        bool ok = false;
        const int minutes = c.option(QStringLiteral("minutes")).toInt(&ok);
        if (!ok || c.option(QStringLiteral("division")).isEmpty())
            return c.usage(tr("holders stay needs --division CODE --at TIME --minutes N"));
        const auto r = svc.recordStay(h->id, c.option(QStringLiteral("division")), c.option(QStringLiteral("address")), *at, minutes, actor, audit);
        st = r ? Status(Ok{}) : Status(r.error());
    } else if (verb == QLatin1String("bind")) {
        const auto dependent = findHolder(c, c.arg(3));
        if (!dependent)
            return c.fail(dependent.error());
        st = svc.bind(h->id, dependent->id, c.option(QStringLiteral("relation")), actor, audit);
    } else {
        return c.usage(tr("unknown holders command \"%1\"").arg(verb));
    }
    if (!st)
        return c.fail(st.error());
    const Holder after = *c.ws().holderRepository().find(h->id);
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("holder"), h->id}, {QStringLiteral("color"), policy::colorKey(after.color)}});
    else
        c.out(tr("Holder %1 is now %2.").arg(h->id).arg(policy::colorKey(after.color)));
    return ExitOk;
}

int runCommission(CliContext &c)
{
    if (c.arg(1) == QLatin1String("set")) {
        Commission m{c.option(QStringLiteral("division")), c.option(QStringLiteral("name"))};
        const auto d = divcode::normalise(m.division);
        if (!d || m.name.trimmed().isEmpty())
            return c.usage(tr("usage: hcctl commission set --division CODE --name TEXT"));
        m.division = *d;
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        if (Status s = Commission::set(c.ws().db(), m, *c.ws().actor(), audit); !s)
            return c.fail(s.error());
    } else if (c.arg(1) != QLatin1String("show")) {
        return c.usage(tr("usage: hcctl commission set|show"));
    }
    const Commission m = c.ws().commission();
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("division"), m.division}, {QStringLiteral("name"), m.name}});
    else
        c.out(QStringLiteral("%1 %2").arg(m.division, m.name));
    return ExitOk;
}

} // namespace hc::cli
