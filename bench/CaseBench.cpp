// case-import: a 1,000,000-row case-report CSV streamed, checked and stored as a batch, against `sqlite3 .import`
// of the same file into a bare table (issue 5: at least 50 % of its speed), and its peak RSS (issue 15: at most
// 300 MB whatever the file's size). --runs N alternates N runs of each. With --server postgresql://USER@HOST[:PORT]/DB
// (issue 17) each run imports into a database of its own made on that server (the role needs CREATEDB; the password
// from PGPASSFILE), against psql's `\copy` of the same file into a bare table of that database, in the same run.
// case-batch: a batch whose case visited a venue scanned by N holders (1,000,000 of 10,000,000), requested,
// approved by a second official and applied in one transaction, against a bare UPDATE of the same rows (issue 5:
// at most 3×; issue 15: the request counts, as the official waits for it too), and each step's peak RSS.
#include "BenchSupport.h"
#include "ContactTracer.h"
#include "Database.h"
#include "DivisionCode.h"
#include "IdNumber.h"
#include "PolicyStore.h"
#include "SqlDialect.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <QUrl>
#include <optional>

namespace hc::bench {

namespace {

QString residentId(int serial)
{
    // Region 370303, born 1950-01-01 + serial / 1000 days: unique for a million serials.
    const QDate birth = QDate(1950, 1, 1).addDays(serial / 1000);
    const QString first17 = QStringLiteral("370303") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QString::number(serial % 1000).rightJustified(3, QLatin1Char('0'));
    return first17 + idnumber::checkDigit(first17);
}

bool grantRoles(QSqlDatabase db, const QString &user, const QStringList &roles)
{
    // Written once for both backends: the salt and hash bound (one zero byte), INSERT OR IGNORE through sql::portable.
    QSqlQuery q(db);
    q.prepare(sql::portable(db, QStringLiteral("INSERT OR IGNORE INTO account(username, display_name, salt, hash, iterations, is_admin,"
                                               " created_at) VALUES (?, ?, ?, ?, 1, 0, 0)")));
    for (const QVariant &v : {QVariant(user), QVariant(user), QVariant(QByteArray(1, '\0')), QVariant(QByteArray(1, '\0'))})
        q.addBindValue(v);
    bool ok = q.exec();
    for (const QString &r : roles)
        ok = ok && q.exec(sql::portable(db, QStringLiteral("INSERT OR IGNORE INTO account_role SELECT id, '%1' FROM account WHERE username = '%2'")
                                                .arg(r, user)));
    return ok;
}

// A database of its own on the server for one run of the PostgreSQL variant, dropped afterwards (WITH (FORCE): a
// connection left open does not keep it).
class ServerDatabase final
{
    Q_DISABLE_COPY_MOVE(ServerDatabase)
public:
    ServerDatabase(QString server, QString name) : m_server(std::move(server)), m_name(std::move(name)) {}
    ~ServerDatabase()
    {
        if (!m_made)
            return;
        // FORCE cannot end an autovacuum worker that just started on the new database: a few tries.
        auto dropped = runPsql(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n").arg(m_name));
        for (int i = 0; i < 10 && !dropped; ++i) {
            QThread::msleep(500);
            dropped = runPsql(m_server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n").arg(m_name));
        }
        if (!dropped)
            (void)fail(QStringLiteral("the database %1 is left on the server (%2): drop it by hand").arg(m_name, dropped.error().message));
    }
    Status make()
    {
        const auto made = runPsql(m_server, QStringLiteral("CREATE DATABASE %1;\n").arg(m_name));
        if (!made)
            return made.error();
        m_made = true;
        return Ok{};
    }
    QString uri() const
    {
        QUrl url(m_server);
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

private:
    QString m_server;
    QString m_name;
    bool m_made = false;
};

} // namespace

int caseImport(const Args &a)
{
    const int rows = a.intOption(QStringLiteral("rows"), 1000000);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const QString csvPath = dir.filePath(QStringLiteral("cases.csv"));
    {
        // The CDC's line list: one case per line, its household, report times over a week.
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(csvPath));
        QByteArray buf = "case_ref,id_number,class,report_time,discharge_time,exposure,division,address,venue_code,from,to,"
                         "transport,date,carriage,seat\n";
        for (int i = 0; i < rows; ++i) {
            buf += QStringLiteral("C-%1,%2,%3,2022-11-%4 %5:%6,,household,370303001,%7号楼%8单元%9室,,,,,,,\n")
                       .arg(i)
                       .arg(residentId(i), i % 5 == 0 ? QStringLiteral("asymptomatic") : QStringLiteral("confirmed"))
                       .arg(1 + i % 7, 2, 10, QLatin1Char('0'))
                       .arg(i % 24, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 40)
                       .arg(1 + i % 6)
                       .arg(101 + i % 3000)
                       .toUtf8();
            if (buf.size() > (1 << 20)) {
                f.write(buf);
                buf.clear();
            }
        }
        f.write(buf);
    }
    note(QStringLiteral("%1 rows, %2 MB").arg(thousands(rows)).arg(QFileInfo(csvPath).size() / 1e6, 0, 'f', 1));

    const double fileMb = QFileInfo(csvPath).size() / 1e6;
    const int runs = a.intOption(QStringLiteral("runs"), 1);
    const QString server = a.options.value(QStringLiteral("server"));
    const bool onServer = !server.isEmpty();
    if (onServer && !server.startsWith(QLatin1String("postgresql://")))
        return fail(QStringLiteral("--server takes a postgresql:// address, not %1").arg(server));
    QList<double> ours, bare, peaks, ratios;
    double checkMs = 0;
    for (int run = 0; run < runs; ++run) {
        // Each run on a fresh database, as the file streams from disk (hcctl cases import does the same).
        QString path = dir.filePath(QStringLiteral("cases-%1.sqlite").arg(run));
        std::optional<ServerDatabase> serverDb; // outlives the workspace's connections
        if (onServer) {
            serverDb.emplace(server, QStringLiteral("hc_bench_cases_%1_%2").arg(QCoreApplication::applicationPid()).arg(run));
            if (Status s = serverDb->make(); !s)
                return fail(s.error().message);
            path = serverDb->uri();
        }
        Workspace ws(path, std::make_unique<FixedClock>(*time::parse(QStringLiteral("2022-11-08T00:00:00+08:00"))));
        if (Status s = ws.open(); !s)
            return fail(s.error().message);
        // Separation of duties (issue 16): the administrator holds no operational role; "bench", who imports the
        // report, is an epidemiologist of its own.
        if (!ws.createFirstAdmin(QStringLiteral("bench-admin"), QStringLiteral("perf-2026-pass")))
            return fail(QStringLiteral("cannot create the bench administrator"));
        if (!grantRoles(ws.db(), QStringLiteral("bench"), {QStringLiteral("epidemiologist")}))
            return fail(QStringLiteral("cannot grant roles"));
        AuditLog audit = ws.audit();
        ImportOptions options;
        options.fileName = QStringLiteral("cases.csv");
        if (run == 0) {
            // Reading and checking alone (--dry-run): what of the time is ours before SQLite stores a row.
            QFile f(csvPath);
            options.checkOnly = true;
            QElapsedTimer t;
            t.start();
            const auto checked = f.open(QIODevice::ReadOnly) ? ws.cases().importFile(f, options, QStringLiteral("bench"), audit)
                                                             : Result<ImportReport>(Error::badInput(csvPath));
            checkMs = elapsedMs(t);
            if (!checked)
                return fail(checked.error().message);
            options.checkOnly = false;
        }
        QFile f(csvPath);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(csvPath));
        resetPeakRss();
        QElapsedTimer t;
        t.start();
        const auto imported = ws.cases().importFile(f, options, QStringLiteral("bench"), audit);
        ours << elapsedMs(t);
        peaks << peakRssMb();
        if (!imported)
            return fail(imported.error().message);
        if (!imported->batch)
            return fail(imported->errors.isEmpty() ? imported->refused->message
                                                   : QStringLiteral("line %1: %2").arg(imported->errors.front().line).arg(imported->errors.front().reason));

        const QString rawTable = QStringLiteral("CREATE TABLE raw(case_ref TEXT, id_number TEXT, class TEXT, report_time TEXT,"
                                                " discharge_time TEXT, exposure TEXT, division TEXT, address TEXT, venue_code TEXT,"
                                                " \"from\" TEXT, \"to\" TEXT, transport TEXT, date TEXT, carriage TEXT, seat TEXT);\n");
        const QString barePath = dir.filePath(QStringLiteral("bare-%1.sqlite").arg(run));
        // On the server: the same file sent by the client through COPY into a bare table of the same database.
        const auto raw = onServer ? runPsql(path, rawTable
                                                      + QStringLiteral("\\copy raw FROM '%1' WITH (FORMAT csv, HEADER true)\n"
                                                                       "SELECT COUNT(*) FROM raw;\n")
                                                            .arg(csvPath))
                                  : runSqlite3(barePath, QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n") + rawTable
                                                             + QStringLiteral(".import --csv --skip 1 %1 raw\nSELECT COUNT(*) FROM raw;\n").arg(csvPath));
        if (!raw)
            return fail(raw.error().message);
        const QString counted = raw->output.trimmed().section(QLatin1Char('\n'), -1); // after sqlite3's "wal"
        if (counted.toLongLong() != rows)
            return fail(QStringLiteral("the bare table holds %1 rows, not %2").arg(counted).arg(rows));
        bare << raw->ms;
        ratios << (ours.last() > 0 ? raw->ms / ours.last() : 0);
        QFile::remove(barePath);
    }
    const Stats o = Stats::of(ours), b = Stats::of(bare), r = Stats::of(ratios);
    const double oursRate = rows / (o.median / 1000.0), bareRate = rows / (b.median / 1000.0);
    const double worst = *std::min_element(ratios.cbegin(), ratios.cend());
    const QString limit = onServer ? QStringLiteral("COPY of the same file into a bare table on the same server (psql \\copy)")
                                   : QStringLiteral("sqlite3 .import");
    report(onServer ? QStringLiteral("case import (PostgreSQL)") : QStringLiteral("case import"), thousands(qint64(oursRate)), QStringLiteral("rows/s"),
           QStringLiteral("at least 50 % of %1: %2 rows/s, %3 %%4")
               .arg(limit, thousands(qint64(bareRate)), fixed(100.0 * r.median),
                    runs > 1 ? QStringLiteral(" (lowest of %1 runs %2 %)").arg(runs).arg(fixed(100.0 * worst)) : QString()),
           QStringLiteral("%1 s in all (median): stream, decode, check every row and store it in one transaction, audited; reading and "
                          "checking alone %2 s; %3 %4 s")
               .arg(fixed(o.median / 1000.0), fixed(checkMs / 1000.0), limit, fixed(b.median / 1000.0)));
    const double peak = *std::max_element(peaks.cbegin(), peaks.cend());
    report(QStringLiteral("case import peak RSS"), fixed(peak), QStringLiteral("MB"),
           QStringLiteral("at most 300 MB whatever the file's size"),
           QStringLiteral("VmHWM of the import alone; the file is %1 MB").arg(fixed(fileMb)));
    return worst >= 0.5 && peak <= 300 ? 0 : 1;
}

int caseBatch(const Args &a)
{
    const QString path = a.arg(0);
    const QString county = a.options.value(QStringLiteral("county"), QStringLiteral("370303"));
    const int holders = a.intOption(QStringLiteral("holders"), 1000000);
    Workspace ws(path);
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    const qint64 now = ws.clock().now().toSecsSinceEpoch();
    const qint64 visit = now - 6 * 3600;
    // The exposure data and the bare UPDATEs go through the sqlite3 tool: in this process, their page cache would
    // count in the figures of resident memory.
    // A stadium scanned by the first N holders of the county during the case's visit.
    const QString scans = QStringLiteral("BEGIN;\nDELETE FROM scan_record WHERE venue_code = 'V-BENCH';\n"
                                         "INSERT INTO scan_record(holder_id, venue_code, division_code, at, color)"
                                         " SELECT id, 'V-BENCH', home_division, %1 + id % 3600, color FROM holder"
                                         " WHERE home_division >= '%2' AND home_division < '%3' ORDER BY home_division, id LIMIT %4;\n"
                                         "COMMIT;\n")
                              .arg(visit)
                              .arg(county, divcode::prefixEnd(county))
                              .arg(holders);
    const auto scanned = runBare(path, QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n") + scans,
                                 scans + QStringLiteral("ANALYZE scan_record;\n"));
    if (!scanned)
        return fail(QStringLiteral("cannot write the scans: %1").arg(scanned.error().message));
    if (!grantRoles(ws.db(), QStringLiteral("bench"), {QStringLiteral("epidemiologist")})
        || !grantRoles(ws.db(), QStringLiteral("bench2"), {QStringLiteral("supervisor")}))
        return fail(QStringLiteral("cannot grant roles"));
    QString caseId;
    {
        QSqlQuery q(ws.db());
        q.exec(QStringLiteral("SELECT h.id_number FROM scan_record s JOIN holder h ON h.id = s.holder_id WHERE s.venue_code = 'V-BENCH' LIMIT 1"));
        if (!q.next())
            return fail(QStringLiteral("no holders in %1").arg(county));
        caseId = q.value(0).toString();
    }
    const QByteArray csv = QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                                          "C-BENCH,%1,confirmed,%2,venue,V-BENCH,%3,%4\n")
                               .arg(caseId, time::format(now - 600), time::format(visit), time::format(visit + 3600))
                               .toUtf8();
    AuditLog audit = ws.audit();
    const auto parsed = ws.cases().read(csv, BatchKind::Cases);
    if (!parsed || !parsed->errors.empty())
        return fail(parsed ? parsed->errors.front().reason : parsed.error().message);
    const auto batch = ws.cases().store(*parsed, QStringLiteral("bench.csv"), false, QStringLiteral("bench"), audit);
    if (!batch)
        return fail(batch.error().message);
    // Each figure is its own peak of resident memory (VmHWM reset before it), in this order: the preview and the
    // tracing alone before anything grew the heap.
    QElapsedTimer t;
    resetPeakRss();
    const double baseMb = rssMb();
    t.start();
    const auto impact = ws.cases().preview(*batch, QStringLiteral("bench"));
    const double previewMs = elapsedMs(t), previewPeak = peakRssMb();
    if (!impact)
        return fail(impact.error().message);
    resetPeakRss();
    t.restart();
    const auto traced = ContactTracer(ws.db(), PolicyStore(ws.db()).inForce(now)).trace(*batch);
    const double traceMs = elapsedMs(t), tracePeak = peakRssMb();
    if (!traced)
        return fail(traced.error().message);
    const size_t targets = traced->targets.size();
    note(QStringLiteral("%1 holders named by the batch; resident before %2 MB; tracing alone %3 s, peak %4 MB (%5 targets)")
             .arg(thousands(impact->holders), fixed(baseMb), fixed(traceMs / 1000.0), fixed(tracePeak), thousands(qint64(targets))));
    report(QStringLiteral("preview case batch"), fixed(previewMs / 1000.0), QStringLiteral("s"), QString(),
           QStringLiteral("read only: who goes to which color, by county; peak RSS %1 MB").arg(fixed(previewPeak)));
    // What the official waits for: the request (the tracing that counts the holders, then the approval request
    // filed under four-eyes), and the second official's approval, which traces again and applies.
    resetPeakRss();
    t.restart();
    const auto requested = ws.cases().apply(*batch, QStringLiteral("bench"), audit);
    const double requestMs = elapsedMs(t), requestPeak = peakRssMb();
    if (!requested || !requested->approval)
        return fail(requested ? QStringLiteral("the batch was not held for approval") : requested.error().message);
    resetPeakRss();
    t.restart();
    const auto approved = ws.approvals().approve(*requested->approval, QStringLiteral("bench2"), audit);
    const double applyMs = elapsedMs(t), applyPeak = peakRssMb();
    if (!approved)
        return fail(approved.error().message);
    const QJsonObject summary = ws.cases().find(*batch)->summary;

    // The bare UPDATE gets the page cache the console gives big batches (LargeCacheScope): like for like.
    auto bareUpdate = [&](int color) -> std::pair<double, int> {
        const QString where = QStringLiteral(" WHERE id IN (SELECT holder_id FROM scan_record WHERE venue_code = 'V-BENCH')");
        const auto run = runBare(path,
                                 QStringLiteral("PRAGMA cache_size=-%1;\nBEGIN;\n"
                                                "UPDATE holder SET color = %2, color_since = %3, next_change_at = NULL%4;\n"
                                                "SELECT changes();\nCOMMIT;\n")
                                     .arg(LargeCacheScope::kKibibytes)
                                     .arg(color)
                                     .arg(now)
                                     .arg(where),
                                 QStringLiteral("BEGIN;\nWITH u AS (UPDATE holder SET color = %1, color_since = %2, next_change_at = NULL%3"
                                                " RETURNING 1) SELECT COUNT(*) FROM u;\nCOMMIT;\n")
                                     .arg(color)
                                     .arg(now)
                                     .arg(where));
        if (!run)
            return {0.0, 0};
        return {run->ms, run->output.trimmed().toInt()};
    };
    const auto bare1 = bareUpdate(3);
    const double totalMs = requestMs + applyMs;
    const double ratio = totalMs / std::max(1.0, bare1.first);
    report(QStringLiteral("request case batch"), fixed(requestMs / 1000.0), QStringLiteral("s"), QString(),
           QStringLiteral("the holders counted by tracing, the approval request filed; peak RSS %1 MB").arg(fixed(requestPeak)));
    report(QStringLiteral("apply case batch"), fixed(applyMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("%1×  a bare UPDATE of the same %2 rows (%3 s)")
               .arg(fixed(applyMs / std::max(1.0, bare1.first)), thousands(bare1.second), fixed(bare1.first / 1000.0)),
           QStringLiteral("approved by a second official: %1 conditions, %2 changed color, %3 already; conditions, colors, "
                          "history, sync messages, results, audit in one transaction; peak RSS %4 MB")
               .arg(thousands(summary.value(QStringLiteral("conditions")).toInteger()),
                    thousands(summary.value(QStringLiteral("changed")).toInteger()),
                    thousands(summary.value(QStringLiteral("already")).toInteger()), fixed(applyPeak)));
    report(QStringLiteral("case batch, request + approval"), fixed(totalMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("at most 3× a bare UPDATE of the same %1 rows: %2 s, %3×").arg(thousands(bare1.second), fixed(bare1.first / 1000.0), fixed(ratio)),
           QStringLiteral("request %1 s + approval and apply %2 s").arg(fixed(requestMs / 1000.0), fixed(applyMs / 1000.0)));
    const double peak = std::max(previewPeak, applyPeak);
    report(QStringLiteral("case batch peak RSS"), fixed(peak), QStringLiteral("MB"),
           QStringLiteral("at most 1,500 MB with the 1 GiB page cache of a big batch"),
           QStringLiteral("preview %1 MB, apply %2 MB").arg(fixed(previewPeak), fixed(applyPeak)));
    t.restart();
    const auto reverted = ws.cases().revert(*batch, QStringLiteral("基准测试撤销"), QStringLiteral("bench"), audit);
    const double revertMs = elapsedMs(t);
    if (!reverted)
        return fail(reverted.error().message);
    const auto bare2 = bareUpdate(0);
    report(QStringLiteral("revert case batch"), fixed(revertMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("bare UPDATE of the same %1 rows %2 s (%3×)")
               .arg(thousands(bare2.second), fixed(bare2.first / 1000.0), fixed(revertMs / std::max(1.0, bare2.first))),
           QStringLiteral("%1 conditions voided, %2 holders re-evaluated")
               .arg(thousands(reverted->value(QStringLiteral("voided")).toInteger()),
                    thousands(reverted->value(QStringLiteral("holders")).toInteger())));
    return ratio <= 3.0 && peak <= 1500 ? 0 : 1;
}

} // namespace hc::bench
