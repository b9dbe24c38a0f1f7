#include "CliContext.h"
#include "CliProgress.h"
#include "DivisionCode.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {

QJsonObject periodJson(const RiskPeriod &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("division"), p.divisionCode},
                  {QStringLiteral("name"), p.divisionName},
                  {QStringLiteral("subarea"), p.subarea},
                  {QStringLiteral("level"), riskLevelKey(p.level)},
                  {QStringLiteral("effective_from"), time::format(p.from)},
                  {QStringLiteral("effective_to"), p.to ? QJsonValue(time::format(*p.to)) : QJsonValue()},
                  {QStringLiteral("basis"), p.basis},
                  {QStringLiteral("reason"), p.reason},
                  {QStringLiteral("source"), p.source},
                  {QStringLiteral("declared_by"), p.declaredBy}};
    if (!p.endedBy.isEmpty()) {
        o.insert(QStringLiteral("ended_by"), p.endedBy);
        o.insert(QStringLiteral("end_reason"), p.endReason);
    }
    return o;
}

void printPeriods(CliContext &c, const QList<RiskPeriod> &list, const QString &key, QJsonObject wrapper)
{
    if (c.json()) {
        QJsonArray a;
        for (const RiskPeriod &p : list)
            a.append(periodJson(p));
        wrapper.insert(key, a);
        c.print(wrapper);
        return;
    }
    for (const RiskPeriod &p : list)
        c.out(QStringLiteral("%1\t%2 %3\t%4\t%5 → %6\t%7")
                  .arg(p.divisionCode, p.divisionName, p.subarea, riskLevelKey(p.level), time::formatShort(p.from),
                       p.to ? time::formatShort(*p.to) : QStringLiteral("…"), p.basis));
}

std::optional<QDateTime> timeOption(CliContext &c, const QString &name, QString *error)
{
    if (!c.options.contains(name))
        return c.ws().clock().now();
    auto t = time::parse(c.option(name));
    if (!t)
        *error = tr("--%1 \"%2\" is not a time (ISO 8601 with offset, or \"YYYY-MM-DD HH:MM\" in UTC+8)")
                     .arg(name, c.option(name));
    return t;
}

int declare(CliContext &c)
{
    if (c.arg(2).isEmpty())
        return c.usage(tr("risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... "
                          "--basis TEXT --reason TEXT"));
    Declaration d;
    d.divisionCode = c.arg(2);
    const auto level = riskLevelFromKey(c.option(QStringLiteral("level")));
    if (!level)
        return c.fail(Error::badInput(tr("--level must be high, medium or low.")));
    d.level = *level;
    QString error;
    auto from = timeOption(c, QStringLiteral("from"), &error);
    if (!from)
        return c.fail(Error::badInput(error));
    d.from = *from;
    if (c.options.contains(QStringLiteral("to"))) {
        auto to = time::parse(c.option(QStringLiteral("to")));
        if (!to)
            return c.fail(Error::badInput(tr("--to \"%1\" is not a time.").arg(c.option(QStringLiteral("to")))));
        d.to = *to;
    }
    d.subareas = c.optionList(QStringLiteral("subarea"));
    d.basis = c.option(QStringLiteral("basis"));
    d.reason = c.option(QStringLiteral("reason"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    auto r = c.ws().risk().submit(d, c.ws().currentUser()->username, audit);
    if (!r)
        return c.fail(r.error());
    if (r->approval) {
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("approval"), *r->approval}, {QStringLiteral("status"), QStringLiteral("pending")},
                                {QStringLiteral("why"), r->why}, {QStringLiteral("areas"), QJsonArray()}});
        else
            c.out(tr("Requested as approval %1 (%2); a second supervisor must approve it (hcctl approve %1).")
                      .arg(*r->approval)
                      .arg(r->why));
        return ExitOk;
    }
    printPeriods(c, r->periods, QStringLiteral("areas"), {});
    return ExitOk;
}

int lift(CliContext &c)
{
    if (c.arg(2).isEmpty())
        return c.usage(tr("risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT"));
    QString error;
    auto at = timeOption(c, QStringLiteral("at"), &error);
    if (!at)
        return c.fail(Error::badInput(error));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    auto r = c.ws().risk().lift(c.arg(2), c.optionList(QStringLiteral("subarea")), *at,
                                c.option(QStringLiteral("reason")), c.ws().currentUser()->username, audit);
    if (!r)
        return c.fail(r.error());
    printPeriods(c, r.value(), QStringLiteral("lifted"), {});
    return ExitOk;
}

int list(CliContext &c)
{
    QString error;
    auto at = timeOption(c, QStringLiteral("at"), &error);
    if (!at)
        return c.fail(Error::badInput(error));
    AreaFilter f;
    f.at = at->toSecsSinceEpoch();
    if (c.options.contains(QStringLiteral("level"))) {
        const auto l = riskLevelFromKey(c.option(QStringLiteral("level")));
        if (!l || *l == RiskLevel::Low)
            return c.fail(Error::badInput(tr("--level must be high or medium.")));
        f.level = *l;
    }
    if (c.options.contains(QStringLiteral("division"))) {
        const auto code = divcode::normalise(c.option(QStringLiteral("division")));
        if (!code)
            return c.fail(Error::badInput(tr("--division \"%1\" is not a division code.").arg(c.option(QStringLiteral("division")))));
        f.divisionPrefix = *code;
    }
    if (c.options.contains(QStringLiteral("division-level"))) {
        bool ok = false;
        f.divisionLevel = c.option(QStringLiteral("division-level")).toInt(&ok);
        if (!ok || f.divisionLevel < 1 || f.divisionLevel > 5)
            return c.fail(Error::badInput(tr("--division-level must be 1 to 5.")));
    }
    f.limit = 5000;
    QList<RiskPeriod> all;
    const RiskAreaService risk = c.ws().risk();
    for (;;) {
        const auto page = risk.inForce(f);
        all += page;
        if (page.size() < f.limit)
            break;
        f.after(page.last());
    }
    printPeriods(c, all, QStringLiteral("areas"),
                 QJsonObject{{QStringLiteral("at"), time::format(*at)}, {QStringLiteral("count"), int(all.size())}});
    return ExitOk;
}

int history(CliContext &c)
{
    const auto code = divcode::normalise(c.arg(2));
    if (!code)
        return c.fail(Error::badInput(tr("risk history CODE [--subarea TEXT]: \"%1\" is not a division code.").arg(c.arg(2))));
    printPeriods(c, c.ws().risk().history(*code, c.option(QStringLiteral("subarea"))), QStringLiteral("history"),
                 QJsonObject{{QStringLiteral("division"), *code}, {QStringLiteral("subarea"), c.option(QStringLiteral("subarea"))}});
    return ExitOk;
}

int importNational(CliContext &c)
{
    if (c.arg(2).isEmpty())
        return c.usage(tr("risk import-national FILE [--dry-run]"));
    auto list = NationalList::load(c.arg(2));
    if (!list)
        return c.fail(list.error());
    NationalImportReport report;
    if (c.has(QStringLiteral("dry-run"))) {
        report = c.ws().nationalImporter().analyse(list.value());
    } else {
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        CliProgress bar;
        // A list from a file is not signed: it waits for a second supervisor (risk imports, approvals approve).
        auto r = c.ws().nationalImporter().request(list.value(), c.arg(2), c.ws().currentUser()->username, audit, bar.fn());
        bar.finish();
        if (!r)
            return c.fail(r.error());
        report = r.value();
        if (!report.applied)
            c.err(tr("hcctl: %1").arg(report.notice));
    }
    if (c.json()) {
        QJsonObject o = report.toJson();
        if (report.importId) {
            o.insert(QStringLiteral("import"), report.importId);
            o.insert(QStringLiteral("state"), report.state);
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(list->sha256));
            if (report.requestId)
                o.insert(QStringLiteral("request"), report.requestId);
        }
        c.print(o);
    } else {
        c.out(tr("%1 entries: %2 exact, %3 approximate, %4 unmatched.")
                  .arg(report.entries())
                  .arg(report.exact)
                  .arg(report.approximate)
                  .arg(report.unmatched().size()));
        if (report.requestId)
            c.out(tr("Import %1 (SHA-256 %2) waits for a second supervisor: approval request %3. No area changes until it is "
                     "approved.")
                      .arg(report.importId)
                      .arg(QString::fromLatin1(list->sha256))
                      .arg(report.requestId));
        for (const EntryOutcome &o : report.outcomes)
            if (o.match.status != MatchStatus::Exact)
                c.out(QStringLiteral("  %1\t%2\t%3").arg(matchStatusKey(o.match.status), o.entry.areaName, o.match.reason));
    }
    return ExitOk;
}

int revertNational(CliContext &c)
{
    bool ok = false;
    const qint64 id = c.arg(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return c.usage(tr("risk revert-national IMPORT_ID"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    const auto r = c.ws().nationalImporter().requestRevert(id, c.ws().currentUser()->username, audit);
    if (!r)
        return c.fail(r.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("import"), id}, {QStringLiteral("request"), r.value()}, {QStringLiteral("state"), QStringLiteral("pending")}});
    else
        c.out(tr("The revert of import %1 waits for a second supervisor: approval request %2.").arg(id).arg(r.value()));
    return ExitOk;
}

int imports(CliContext &c)
{
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    QJsonArray a;
    for (const NationalImportRecord &r : c.ws().nationalImporter().records(int(c.option(QStringLiteral("limit"), QStringLiteral("50")).toInt()))) {
        a.append(r.toJson());
        if (!c.json())
            c.out(QStringLiteral("%1\t%2\t%3\t%4\t%5/%6\t%7")
                      .arg(r.id)
                      .arg(time::formatShort(r.listTime), r.origin, r.state)
                      .arg(r.declared)
                      .arg(r.lifted)
                      .arg(r.sha256.left(16)));
    }
    if (c.json())
        c.print(a);
    return ExitOk;
}

int mapName(CliContext &c)
{
    NameMapping m{c.option(QStringLiteral("province")), c.option(QStringLiteral("city")),
                  c.option(QStringLiteral("county")), c.option(QStringLiteral("division")), 0,
                  c.option(QStringLiteral("zone"))};
    if (m.province.isEmpty() || (m.divisionCode.isEmpty() == m.zoneName.isEmpty()))
        return c.usage(tr("risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    if (Status s = c.ws().mappings().map(m, c.ws().currentUser()->username, audit); !s)
        return c.fail(s.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("mapped"), QStringList{m.province, m.city, m.county}.join(QLatin1Char(' ')).trimmed()},
                            {QStringLiteral("target"), m.divisionCode.isEmpty() ? m.zoneName : m.divisionCode}});
    else
        c.out(tr("Mapping saved; later imports will use it."));
    return ExitOk;
}

int zoneCreate(CliContext &c)
{
    if (c.arg(2).isEmpty() || c.positional.size() < 4)
        return c.usage(tr("risk zone-create NAME CODE... [--note TEXT]"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    auto z = c.ws().mappings().createZone(c.arg(2), c.positional.mid(3), c.option(QStringLiteral("note")),
                                          c.ws().currentUser()->username, audit);
    if (!z)
        return c.fail(z.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("zone"), z->name}, {QStringLiteral("members"), QJsonArray::fromStringList(z->members)}});
    else
        c.out(tr("Functional zone %1 created with %2 divisions.").arg(z->name).arg(z->members.size()));
    return ExitOk;
}

} // namespace

int runRisk(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("declare"))
        return declare(c);
    if (verb == QLatin1String("lift"))
        return lift(c);
    if (verb == QLatin1String("list"))
        return list(c);
    if (verb == QLatin1String("history"))
        return history(c);
    if (verb == QLatin1String("import-national"))
        return importNational(c);
    if (verb == QLatin1String("revert-national"))
        return revertNational(c);
    if (verb == QLatin1String("imports"))
        return imports(c);
    if (verb == QLatin1String("map"))
        return mapName(c);
    if (verb == QLatin1String("zone-create"))
        return zoneCreate(c);
    if (verb == QLatin1String("zones")) {
        QJsonArray a;
        for (const FunctionalZone &z : c.ws().mappings().zones()) {
            a.append(QJsonObject{{QStringLiteral("name"), z.name}, {QStringLiteral("members"), QJsonArray::fromStringList(z.members)}});
            if (!c.json())
                c.out(QStringLiteral("%1\t%2").arg(z.name, z.members.join(QLatin1Char(','))));
        }
        if (c.json())
            c.print(a);
        return ExitOk;
    }
    if (verb == QLatin1String("mappings")) {
        QJsonArray a;
        for (const NameMapping &m : c.ws().mappings().mappings()) {
            const QString target = m.divisionCode.isEmpty() ? QStringLiteral("zone:") + m.zoneName : m.divisionCode;
            a.append(QJsonObject{{QStringLiteral("province"), m.province}, {QStringLiteral("city"), m.city},
                                 {QStringLiteral("county"), m.county}, {QStringLiteral("target"), target}});
            if (!c.json())
                c.out(QStringLiteral("%1 %2 %3\t%4").arg(m.province, m.city, m.county, target));
        }
        if (c.json())
            c.print(a);
        return ExitOk;
    }
    return c.usage(tr("risk declare|lift|list|history|import-national|revert-national|imports|map|zone-create|zones|mappings"));
}

} // namespace hc::cli
