// hcctl report daily|announcement|tickets|batch|verify, and hcctl overview show|rebuild (issue 14).
#include "CliContext.h"
#include "CliSecrets.h"
#include "ColorTally.h"
#include "Database.h"
#include "OverviewService.h"
#include "ReportExporter.h"
#include "SyncService.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace hc::cli {

namespace {

constexpr qint64 kMaxPackageBytes = 256ll << 20; // a report package is a few MB; refuse to read anything huge

// The REPORT keys, unless a draft is asked for. Sets *rc on failure.
std::optional<reports::PackageSigners> signers(CliContext &c, bool draft, int *rc)
{
    if (draft)
        return reports::PackageSigners{};
    QString problem;
    const auto passphrase = givenPassphrase(c, &problem);
    if (!problem.isEmpty()) {
        *rc = c.fail(Error::badInput(problem));
        return std::nullopt;
    }
    OpenedSecretStore store = secrets();
    sync::SyncService service(c.ws().db(), c.ws().clock(), *store.store);
    if (!service.settings()) {
        *rc = c.fail(Error::refused(tr("No REPORT key: this console is not connected to the platform (hcctl sync setup DIR "
                                       "installs the keys the platform issued). Use --unsigned for a draft.")));
        return std::nullopt;
    }
    auto credentials = service.unlock(passphrase);
    if (!credentials) {
        *rc = c.fail(credentials.error());
        return std::nullopt;
    }
    if (!credentials->report) {
        *rc = c.fail(Error::refused(tr("The platform issued no REPORT key to this console. Use --unsigned for a draft.")));
        return std::nullopt;
    }
    reports::PackageSigners s;
    s.cms = credentials->report;
    if (service.settings()->profile == QLatin1String("sm"))
        s.sm2 = credentials->reportSm2;
    return s;
}

int generate(CliContext &c, const QString &verb)
{
    reports::ReportRequest r;
    const QString out = c.option(QStringLiteral("out"));
    if (out.isEmpty())
        return c.usage(tr("usage: report %1 … --out FILE.zip [--unsigned]").arg(verb));
    if (verb == QLatin1String("daily")) {
        r.kind = reports::ReportKind::Daily;
        r.date = QDate::fromString(c.option(QStringLiteral("date")), Qt::ISODate);
        if (!r.date.isValid())
            return c.usage(tr("report daily needs --date YYYY-MM-DD"));
        r.division = c.option(QStringLiteral("division"));
    } else if (verb == QLatin1String("announcement")) {
        r.kind = reports::ReportKind::Announcement;
        const auto at = time::parse(c.option(QStringLiteral("at")));
        if (!at)
            return c.usage(tr("report announcement needs --at TIME (2022-11-01 08:00, UTC+8)"));
        r.at = at->toSecsSinceEpoch();
        r.division = c.option(QStringLiteral("division"));
    } else if (verb == QLatin1String("tickets")) {
        r.kind = reports::ReportKind::TicketMonth;
        r.month = c.option(QStringLiteral("month"));
        if (r.month.isEmpty())
            return c.usage(tr("report tickets needs --month YYYY-MM"));
        r.division = c.option(QStringLiteral("division"));
    } else {
        r.kind = reports::ReportKind::Batch;
        bool ok = false;
        r.batchId = c.arg(2).toLongLong(&ok);
        if (!ok || r.batchId <= 0)
            return c.usage(tr("usage: report batch N --out FILE.zip"));
    }
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    const auto who = c.ws().official();
    if (!who)
        return c.fail(who.error());
    const bool draft = c.has(QStringLiteral("unsigned"));
    int rc = ExitOk;
    const auto keys = signers(c, draft, &rc);
    if (!keys)
        return rc;
    const auto done = reports::ReportExporter(c.ws().db(), c.ws().clock()).exportTo(*who, r, out, *keys, draft);
    if (!done)
        return c.fail(done.error());
    if (c.json())
        c.print(done->toJson());
    else
        c.out(draft ? tr("Unsigned draft written to %1 (SHA-256 %2).").arg(done->file, done->sha256)
                    : tr("Signed report written to %1 by %2 (SHA-256 %3).").arg(done->file, done->signedBy, done->sha256));
    return ExitOk;
}

int verify(CliContext &c)
{
    const QString path = c.arg(2);
    if (path.isEmpty())
        return c.usage(tr("usage: report verify FILE.zip [--ca FILE]"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c.fail(Error::badInput(tr("cannot read \"%1\"").arg(path)));
    if (f.size() > kMaxPackageBytes)
        return c.fail(Error::badInput(tr("\"%1\" is larger than a report package can be (256 MB)").arg(path)));
    const QByteArray zip = f.readAll();
    QList<pki::Certificate> anchors;
    QByteArray caPem;
    if (c.has(QStringLiteral("ca"))) {
        QFile ca(c.option(QStringLiteral("ca")));
        if (!ca.open(QIODevice::ReadOnly) || ca.size() > (1 << 20))
            return c.fail(Error::badInput(tr("cannot read the CA file \"%1\"").arg(ca.fileName())));
        caPem = ca.readAll();
    } else {
        if (const auto settings = sync::SyncSettings::load(c.ws().db()))
            caPem = settings->caPem;
    }
    if (caPem.isEmpty())
        return c.fail(Error::refused(tr("No platform CA to check against: give --ca FILE, or set up the platform connection.")));
    auto certs = pki::Certificate::listFromPem(caPem);
    if (!certs || certs->isEmpty())
        return c.fail(Error::badInput(tr("The CA file holds no certificate.")));
    anchors = *certs;
    const auto v = reports::ReportPackage::verify(zip, anchors, c.ws().clock().now());
    if (!v) {
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("signer"), QJsonValue()},
                                {QStringLiteral("signed_at"), QJsonValue()}, {QStringLiteral("files"), QJsonArray()},
                                {QStringLiteral("error"), v.error().message}});
        else
            c.err(tr("hcctl: %1").arg(v.error().message));
        return ExitBadInput;
    }
    if (c.json())
        c.print(v->toJson());
    else if (v->valid)
        c.out(tr("Valid: signed by %1 at %2; %3 files check.").arg(v->signer, time::format(v->signedAt)).arg(v->files.size()));
    else
        c.err(tr("NOT valid: %1").arg(v->error));
    return v->valid ? ExitOk : ExitRefused;
}

} // namespace

int runReport(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("verify"))
        return verify(c);
    if (verb == QLatin1String("daily") || verb == QLatin1String("announcement") || verb == QLatin1String("tickets")
        || verb == QLatin1String("batch"))
        return generate(c, verb);
    return c.usage(tr("usage: report daily|announcement|tickets|batch|verify …"));
}

int runOverview(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb != QLatin1String("show") && verb != QLatin1String("rebuild"))
        return c.usage(tr("usage: overview show [--days N] | overview rebuild"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    const auto who = c.ws().official();
    if (!who)
        return c.fail(who.error());
    if (verb == QLatin1String("rebuild")) {
        // Rebuilding the counts is the administrator's: it rewrites what every official's overview reads.
        if (Status s = Authorizer::check(*who, Permission::ManageIssuer); !s)
            return c.fail(s.error());
        Transaction tx(c.ws().db());
        const auto r = ColorTally::rebuild(c.ws().db(), c.ws().clock().now().toSecsSinceEpoch());
        if (!r)
            return c.fail(r.error());
        AuditLog audit = c.ws().audit();
        if (Status s = audit.append(who->username, QStringLiteral("overview.rebuild"), QStringLiteral("holder_color_delta"), {},
                                    {{QStringLiteral("days"), r->dayRows}, {QStringLiteral("history"), r->historyRows},
                                     {QStringLiteral("consistent"), r->consistent}});
            !s)
            return c.fail(s.error());
        if (Status s = tx.commit(); !s)
            return c.fail(s.error());
        const QJsonObject o{{QStringLiteral("holders"), r->holders}, {QStringLiteral("counties"), r->counties},
                            {QStringLiteral("history_rows"), r->historyRows}, {QStringLiteral("day_rows"), r->dayRows}, {QStringLiteral("hour_rows"), r->hourRows},
                            {QStringLiteral("consistent"), r->consistent},
                            {QStringLiteral("inconsistent_counties"), QJsonArray::fromStringList(r->inconsistentCounties)}};
        if (c.json())
            c.print(o);
        else
            c.out(tr("Counts rebuilt from %1 history rows: %2 holders in %3 counties, %4 daily rows%5.")
                      .arg(r->historyRows).arg(r->holders).arg(r->counties).arg(r->dayRows)
                      .arg(r->consistent ? QString() : tr("; history and holders disagree in %1").arg(r->inconsistentCounties.join(QLatin1Char(',')))));
        return r->consistent ? ExitOk : ExitRefused;
    }
    const reports::OverviewService service(c.ws().db(), c.ws().clock());
    const auto o = service.load(*who);
    if (!o)
        return c.fail(o.error());
    bool ok = true;
    const int days = c.option(QStringLiteral("days"), QStringLiteral("30")).toInt(&ok);
    if (!ok)
        return c.usage(tr("--days is a number (7 to 366)"));
    const auto series = service.series(*who, days);
    if (!series)
        return c.fail(series.error());
    QJsonObject json = o->toJson();
    json.insert(QStringLiteral("series"), series->toJson().value(QStringLiteral("days")));
    if (c.json())
        c.print(json);
    else {
        const auto &t = o->tiles;
        c.out(tr("%1, %2: red %3, yellow %4, green %5, gray %6; areas high %7, medium %8; approvals waiting %9")
                  .arg(o->scopeName, time::formatShort(o->at)).arg(t.colors[3]).arg(t.colors[2]).arg(t.colors[0])
                  .arg(t.colors[1]).arg(t.areas.high).arg(t.areas.medium).arg(t.approvalsWaiting));
        c.out(tr("12345 overdue %1, due within 2 h %2; batches imported today %3, applied %4; sync waiting %5 (%6)")
                  .arg(t.ticketsOverdue).arg(t.ticketsDueSoon).arg(t.batchesImported).arg(t.batchesApplied)
                  .arg(t.syncWaiting).arg(t.syncAlert));
    }
    return ExitOk;
}

} // namespace hc::cli
