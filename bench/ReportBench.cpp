// overview: the figures the overview's first frame shows (tiles, the table by county, 30- and 90-day trends) for
// the whole country, a province and a county, against the bare SQL that reads the same figures from the same
// kept tables, and against counting the holders themselves (what the kept counts avoid).
// daily-report: the daily situation report an official waits for — figures, PDF, CSV, JSON and the signed
// package — against the bare SQL of the same figures.
// history: fills the kept counts with months of changes at the density a province of millions gives (every
// county, every day, every color), so that the two above read what a commission has.
#include "BenchSupport.h"
#include "Authorizer.h"
#include "ColorTally.h"
#include "OverviewService.h"
#include "Pki.h"
#include "ReportExporter.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <sys/resource.h>

namespace hc::bench {

namespace {

QString peakMemory()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return QStringLiteral("peak RSS %1 MB").arg(u.ru_maxrss / 1024);
}

} // namespace

// The overview's figures in bare SQL on the same tables, no per-county seeks: the limit the service is held to.
double bareOverview(QSqlDatabase db, const QString &scopeIn, qint64 now, int days)
{
    const QString scope = scopeIn.isNull() ? QStringLiteral("") : scopeIn;
    const qint64 today = ColorTally::dayOf(now);
    const QString end = scope + QChar(0xFFFF);
    const QString county = scope.left(6), countyEnd = scope.left(6) + QChar(0xFFFF);
    QElapsedTimer t;
    t.start();
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("SELECT county, color, n FROM holder_color_count WHERE county >= ? AND county < ?"), {county, countyEnd}},
        // The whole country reads the provinces' own rows (two-digit keys), a scope its counties' (six digits).
        {QStringLiteral("SELECT county, color, SUM(n) FROM holder_color_delta WHERE county >= ? AND county < ? AND hour >= ?"
                        " AND length(county) = ? GROUP BY county, color"),
         {county, countyEnd, ColorTally::hourOf(now - 86400), scope.isEmpty() ? 2 : 6}},
        {QStringLiteral("SELECT day, color, SUM(n) FROM holder_color_day WHERE county >= ? AND county < ? AND day > ?"
                        " AND length(county) = ? GROUP BY day, color"),
         {county, countyEnd, today - qint64(days) * 86400, scope.isEmpty() ? 2 : 6}},
        {QStringLiteral("SELECT substr(a.division_code, 1, 6), p.level, COUNT(*) FROM risk_area a JOIN risk_period p"
                        " ON p.area_id = a.id WHERE a.division_code >= ? AND a.division_code < ? AND p.effective_from <= ?"
                        " AND (p.effective_to IS NULL OR p.effective_to > ?) GROUP BY 1, 2"), {scope, end, now, now}},
        {QStringLiteral("SELECT p.level, p.effective_from, p.effective_to FROM risk_area a JOIN risk_period p ON p.area_id = a.id"
                        " WHERE a.division_code >= ? AND a.division_code < ? AND p.effective_from < ?"
                        " AND (p.effective_to IS NULL OR p.effective_to > ?)"), {scope, end, now, today - qint64(days) * 86400}},
        {QStringLiteral("SELECT t.received_at, t.closed_at, t.deadline_at FROM ticket t CROSS JOIN holder h ON h.id = t.holder_id"
                        " WHERE (t.closed_at IS NULL OR t.closed_at >= ?) AND h.home_division >= ? AND h.home_division < ?"),
         {today - qint64(days) * 86400, scope, end}},
        {QStringLiteral("SELECT COUNT(*) FROM approval WHERE status = 'pending' AND division >= ? AND division < ?"), {scope, end}},
        {QStringLiteral("SELECT COUNT(*) FROM case_batch WHERE imported_at >= ?"), {today}},
        {QStringLiteral("SELECT COUNT(*), MIN(at) FROM outbox WHERE seq > (SELECT COALESCE(MAX(seq_to), 0) FROM sync_batch"
                        " WHERE state = 'delivered')"), {}},
    };
    for (const auto &[sql, binds] : statements) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        q.exec();
        while (q.next()) {
        }
    }
    return elapsedMs(t);
}

namespace {

// The daily report's own statements in bare SQL: the counts as above, the areas that changed that day, the batches.
double bareDaily(QSqlDatabase db, const QString &scopeIn, qint64 dayStart, qint64 now)
{
    const QString scope = scopeIn.isNull() ? QStringLiteral("") : scopeIn;
    const QString end = scope + QChar(0xFFFF);
    double ms = bareOverview(db, scope, std::min(now, dayStart + 86400), 1);
    QElapsedTimer t;
    t.start();
    for (const char *sql : {"SELECT a.division_code, a.subarea, p.level, p.effective_from, p.basis, p.reason FROM risk_period p"
                            " JOIN risk_area a ON a.id = p.area_id WHERE p.effective_from >= ? AND p.effective_from < ?"
                            " AND a.division_code >= ? AND a.division_code < ?",
                            "SELECT a.division_code, a.subarea, p.level, p.effective_to FROM risk_period p JOIN risk_area a"
                            " ON a.id = p.area_id WHERE p.effective_to >= ? AND p.effective_to < ? AND a.division_code >= ?"
                            " AND a.division_code < ?",
                            "SELECT b.id, COUNT(*) FROM case_batch b JOIN batch_result r ON r.batch_id = b.id WHERE b.applied_at >= ?"
                            " AND b.applied_at < ? AND ? <= ? GROUP BY b.id"}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        for (const QVariant &v : QVariantList{dayStart, dayStart + 86400, scope, end})
            q.addBindValue(v);
        q.exec();
        while (q.next()) {
        }
    }
    return ms + elapsedMs(t);
}

Official benchOfficial(Workspace &ws, const QString &jurisdiction)
{
    Official o = *ws.official();
    o.jurisdiction = jurisdiction;
    return o;
}

} // namespace

int overview(const Args &a)
{
    Workspace ws(a.arg(0));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    if (Status s = ws.signIn(a.options.value(QStringLiteral("user"), QStringLiteral("bench")), qEnvironmentVariable("HCCTL_PASSWORD")); !s)
        return fail(s.error().message);
    const int reps = a.intOption(QStringLiteral("reps"), 5);
    RawConnection raw(a.arg(0));
    const qint64 now = ws.clock().now().toSecsSinceEpoch();
    note(QStringLiteral("%1 holders; %2 daily and %3 hourly count rows")
             .arg(thousands(ws.holderRepository().count()))
             .arg(thousands([&] { QSqlQuery q(ws.db()); return q.exec(QStringLiteral("SELECT COUNT(*) FROM holder_color_day")) && q.next() ? q.value(0).toLongLong() : 0; }()))
             .arg(thousands([&] { QSqlQuery q(ws.db()); return q.exec(QStringLiteral("SELECT COUNT(*) FROM holder_color_delta")) && q.next() ? q.value(0).toLongLong() : 0; }())));
    for (const QString &scope : {QString(), QStringLiteral("37"), QStringLiteral("370303")}) {
        const Official who = benchOfficial(ws, scope);
        const reports::OverviewService service(ws.db(), ws.clock());
        QList<double> first, trend90, bare;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            const auto o = service.load(who);
            const auto s = service.series(who, 30);
            if (!o || !s)
                return fail(o ? s.error().message : o.error().message);
            first << elapsedMs(t);
            t.restart();
            if (!service.series(who, 90))
                return fail(QStringLiteral("series 90"));
            trend90 << elapsedMs(t);
            bare << bareOverview(raw.db(), scope, now, 30);
        }
        const QString label = scope.isEmpty() ? QStringLiteral("whole country") : scope.size() == 2 ? QStringLiteral("province 37")
                                                                                                     : QStringLiteral("county 370303");
        const Stats f = Stats::of(first), b = Stats::of(bare), n = Stats::of(trend90);
        report(QStringLiteral("overview first frame, %1 (tiles, table, 30-day trends)").arg(label), fixed(f.median), QStringLiteral("ms"),
               QStringLiteral("bare SQL of the same figures %1 ms → %2×; target < 300 ms").arg(fixed(b.median), fixed(f.median / std::max(b.median, 0.01))),
               QStringLiteral("max %1 ms over %2 runs").arg(fixed(f.max)).arg(reps));
        report(QStringLiteral("overview 90-day trends, %1").arg(label), fixed(n.median), QStringLiteral("ms"));
    }
    QElapsedTimer t;
    t.start();
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral("SELECT substr(home_division, 1, 6), color, COUNT(*) FROM holder GROUP BY 1, 2"));
    while (q.next()) {
    }
    report(QStringLiteral("counting the holders themselves instead (GROUP BY county, color)"), fixed(elapsedMs(t)), QStringLiteral("ms"),
           {}, QStringLiteral("what the kept counts avoid on every paint"));
    note(peakMemory());
    return 0;
}

int dailyReport(const Args &a)
{
    Workspace ws(a.arg(0));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    if (Status s = ws.signIn(a.options.value(QStringLiteral("user"), QStringLiteral("bench")), qEnvironmentVariable("HCCTL_PASSWORD")); !s)
        return fail(s.error().message);
    const QString scope = a.options.value(QStringLiteral("division"), QStringLiteral("37"));
    const Official who = benchOfficial(ws, scope);
    // A REPORT key of a fresh CA: the package is signed as a console's is.
    auto ca = pki::makeCa({QStringLiteral("bench CA"), QStringLiteral("370000"), QStringLiteral("bench"), QStringLiteral("ca")});
    if (!ca)
        return fail(ca.error().message);
    auto leaf = pki::issue(*ca, pki::IssueRequest::of({QStringLiteral("console-370303"), QStringLiteral("370000"),
                                                       QStringLiteral("淄博市张店区卫生健康局"), QStringLiteral("report")},
                                                      pki::Role::Report));
    if (!leaf)
        return fail(leaf.error().message);
    reports::PackageSigners signers;
    signers.cms = sync::SigningIdentity{leaf->cert, {}, leaf->key};
    const qint64 now = ws.clock().now().toSecsSinceEpoch();
    reports::ReportRequest r;
    r.kind = reports::ReportKind::Daily;
    r.date = a.options.contains(QStringLiteral("date")) ? QDate::fromString(a.options.value(QStringLiteral("date")), Qt::ISODate)
                                                        : QDateTime::fromSecsSinceEpoch(now, QTimeZone(8 * 3600)).date();
    const int reps = a.intOption(QStringLiteral("reps"), 3);
    RawConnection raw(a.arg(0));
    QList<double> total, figures, bare;
    qint64 bytes = 0;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        const auto report = reports::ReportExporter(ws.db(), ws.clock()).prepare(who, r, false);
        if (!report)
            return fail(report.error().message);
        figures << elapsedMs(t);
        const auto built = reports::ReportPackage::build(reports::ReportExporter::render(*report), signers, ws.clock().now(), report->title);
        if (!built)
            return fail(built.error().message);
        total << elapsedMs(t);
        bytes = built->zip.size();
        QElapsedTimer b;
        b.start();
        bareDaily(raw.db(), reports::Figures::prefixOf(scope), QDateTime(r.date, QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch(), now);
        bare << elapsedMs(b);
    }
    const Stats tt = Stats::of(total), f = Stats::of(figures), b = Stats::of(bare);
    report(QStringLiteral("daily report of %1 for %2, signed package (figures, PDF, CSV, JSON, SHA256SUMS, CMS)")
               .arg(scope.isEmpty() ? QStringLiteral("the country") : scope, r.date.toString(Qt::ISODate)),
           fixed(tt.median / 1000.0), QStringLiteral("s"), QStringLiteral("target < 10 s"),
           QStringLiteral("%1 KB; figures %2 ms, bare SQL of the same figures %3 ms").arg(bytes / 1024).arg(fixed(f.median), fixed(b.median)));
    note(peakMemory());
    return 0;
}

int history(const Args &a)
{
    Workspace ws(a.arg(0));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    const int days = a.intOption(QStringLiteral("days"), 90);
    const qint64 now = ws.clock().now().toSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    // Each county, each day: k holders go gray (no declaration for 72 h) and k others come back to green, k turn
    // yellow and as many clear: changes that add up to zero, so that the counts now stay true.
    Transaction tx(ws.db());
    QStringList counties;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT DISTINCT county FROM holder_color_count"));
    while (q.next())
        counties << q.value(0).toString();
    ColorTally tally(ws.db());
    qint64 changes = 0;
    for (int d = days; d >= 1; --d) {
        const qint64 at = ColorTally::dayOf(now) - qint64(d) * 86400 + 10 * 3600;
        for (const QString &c : counties) {
            const int k = 1 + int(qHash(c) % 50);
            tally.add(c, policy::Color::Green, -k, at);
            tally.add(c, policy::Color::Gray, k, at);
            tally.add(c, policy::Color::Gray, -k, at + 7 * 3600);
            tally.add(c, policy::Color::Green, k, at + 7 * 3600);
            tally.add(c, policy::Color::Yellow, k, at + 3 * 3600);
            tally.add(c, policy::Color::Yellow, -k, at + 9 * 3600);
            tally.add(c, policy::Color::Green, -k, at + 3 * 3600);
            tally.add(c, policy::Color::Green, k, at + 9 * 3600);
            changes += 8 * k;
        }
    }
    if (Status s = tally.flush(); !s)
        return fail(s.error().message);
    if (Status s = tx.commit(); !s)
        return fail(s.error().message);
    note(QStringLiteral("history: %1 days × %2 counties, %3 holder changes kept in %4 s")
             .arg(days).arg(counties.size()).arg(thousands(changes)).arg(fixed(elapsedMs(t) / 1000.0)));
    return 0;
}

} // namespace hc::bench
