// history-cycles: a county declaration and a case batch on a database that has history (issue 15). On a copy of
// DB: the county's high declaration (approved by a second official) and a batch naming N of its holders (the
// request's tracing and the approval's apply), each against its bare UPDATE as county-declare and case-batch
// measure it (with the 1 GiB page cache both operations run with); then K cycles of applying and reverting such a batch (K × N voided conditions pile up); then the
// same two operations again. Prints each figure, its ratio to the same operation on the fresh copy (target ≤ 1.2×)
// and to its limit (target ≤ 3×). DB itself is never changed.
#include "BenchSupport.h"
#include "Database.h"
#include "DivisionCode.h"
#include "LimitSupport.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <ctime>

namespace hc::bench {

namespace {

const QString kVenue = QStringLiteral("V-BENCH");

// /proc/self/io: rchar and wchar, what read()/pread() and write() moved (the database file and its WAL).
struct IoBytes
{
    qint64 read = 0;
    qint64 written = 0;
    static IoBytes now()
    {
        IoBytes b;
        QFile f(QStringLiteral("/proc/self/io"));
        if (!f.open(QIODevice::ReadOnly))
            return b;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("rchar: "))
                b.read = line.mid(7).toLongLong();
            else if (line.startsWith("wchar: "))
                b.written = line.mid(7).toLongLong();
        }
        return b;
    }
    IoBytes operator-(const IoBytes &o) const { return {read - o.read, written - o.written}; }
};

struct Measure
{
    double requestMs = 0; // filing the request (the batch's tracing runs here)
    double applyMs = 0;   // the second official's approval: the change itself
    double undoMs = 0;    // lift / revert, to put the database back
    double cpuMs = 0;     // this process's CPU time over request + apply (the machine may be shared)
    IoBytes io;           // bytes this process read and wrote (page cache or disk) over request + apply
    BareUpdate bare;
    double totalMs() const { return requestMs + applyMs; }
};

double cpuNowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString megabytes(qint64 bytes)
{
    return thousands(bytes / 1000000);
}

bool runSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    fail(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    return false;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

class Run
{
public:
    Run(const QString &path, QString county, int holders)
        : m_ws(path), m_path(path), m_county(std::move(county)), m_holders(holders)
    {
    }

    bool open()
    {
        if (Status s = m_ws.open(); !s)
            return fail(s.error().message), false;
        m_raw = std::make_unique<RawConnection>(m_path);
        QSqlDatabase db = m_raw->db();
        // "bench" requests (supervisor, epidemiologist), "bench2" approves (supervisor), as the two benches do.
        for (const QString &sql :
             {QStringLiteral("INSERT OR IGNORE INTO account(username, display_name, salt, hash, iterations, is_admin, created_at)"
                             " VALUES ('bench2', 'bench2', x'00', x'00', 1, 0, 0)"),
              QStringLiteral("INSERT OR IGNORE INTO account_role SELECT id, 'supervisor' FROM account WHERE username IN ('bench', 'bench2')"),
              QStringLiteral("INSERT OR IGNORE INTO account_role SELECT id, 'epidemiologist' FROM account WHERE username = 'bench'")})
            if (!runSql(db, sql))
                return false;
        // The exposure data of case-batch: a venue scanned by the county's first N holders six hours ago.
        const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
        m_visit = now - 6 * 3600;
        m_report = now - 600;
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM scan_record WHERE venue_code = ?"));
        q.addBindValue(kVenue);
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color)"
                                 " SELECT id, ?, home_division, ? + id % 3600, color FROM holder"
                                 " WHERE home_division >= ? AND home_division < ? ORDER BY home_division, id LIMIT ?"));
        for (const QVariant &v : QVariantList{kVenue, m_visit, m_county, divcode::prefixEnd(m_county), m_holders})
            q.addBindValue(v);
        if (!q.exec()) {
            db.rollback();
            return fail(QStringLiteral("cannot write the scans: %1").arg(q.lastError().text())), false;
        }
        db.commit();
        q.prepare(QStringLiteral("SELECT h.id_number FROM scan_record s JOIN holder h ON h.id = s.holder_id WHERE s.venue_code = ? LIMIT 1"));
        q.addBindValue(kVenue);
        if (!q.exec() || !q.next())
            return fail(QStringLiteral("no holders in %1").arg(m_county)), false;
        m_caseId = q.value(0).toString();
        m_residents = scalar(db, QStringLiteral("SELECT COUNT(*) FROM holder WHERE home_division >= '%1' AND home_division < '%2'")
                                     .arg(m_county, divcode::prefixEnd(m_county)));
        m_scanned = scalar(db, QStringLiteral("SELECT COUNT(*) FROM scan_record WHERE venue_code = '%1'").arg(kVenue));
        return true;
    }

    qint64 residents() const { return m_residents; }
    qint64 scanned() const { return m_scanned; }

    void describe(const QString &when)
    {
        QSqlDatabase db = m_raw->db();
        note(QStringLiteral("%1: %2 holders, %3 live conditions (%4 with a batch), %5 voided, %6 history rows")
                 .arg(when, thousands(scalar(db, QStringLiteral("SELECT MAX(id) FROM holder"))),
                      thousands(scalar(db, QStringLiteral("SELECT COUNT(*) FROM condition"))),
                      thousands(scalar(db, QStringLiteral("SELECT COUNT(*) FROM condition WHERE batch_id IS NOT NULL"))),
                      thousands(scalar(db, QStringLiteral("SELECT COUNT(*) FROM condition_voided"))),
                      thousands(scalar(db, QStringLiteral("SELECT MAX(id) FROM holder_history")))));
    }

    // The county's high declaration, approved; the bare UPDATE of its residents; lifted again.
    std::optional<Measure> declare()
    {
        Measure m;
        AuditLog audit = m_ws.audit();
        Declaration d;
        d.divisionCode = m_county;
        d.level = RiskLevel::High;
        d.from = m_ws.clock().now();
        d.basis = QStringLiteral("病例报告（基准测试）");
        d.reason = QStringLiteral("全县高风险");
        QElapsedTimer t;
        t.start();
        const double cpu = cpuNowMs();
        const IoBytes io = IoBytes::now();
        const auto requested = m_ws.risk().submit(d, QStringLiteral("bench"), audit);
        m.requestMs = elapsedMs(t);
        if (!requested || !requested->approval)
            return fail(requested ? QStringLiteral("a county declaration was not held for approval") : requested.error().message), std::nullopt;
        t.restart();
        const auto declared = m_ws.approvals().approve(*requested->approval, QStringLiteral("bench2"), audit);
        m.applyMs = elapsedMs(t);
        m.cpuMs = cpuNowMs() - cpu;
        m.io = IoBytes::now() - io;
        if (!declared)
            return fail(declared.error().message), std::nullopt;
        if (!limit(countyWhere, m_county, int(policy::Color::Red), LargeCacheScope::kKibibytes, &m.bare))
            return std::nullopt;
        // Lifted now (not in the future: the colors must be back before the batch), after the declaration's start.
        while (m_ws.clock().now() <= d.from)
            QThread::msleep(100);
        t.restart();
        const auto lifted = m_ws.risk().lift(m_county, {}, m_ws.clock().now(), QStringLiteral("解除（基准测试）"),
                                             QStringLiteral("bench"), audit);
        m.undoMs = elapsedMs(t);
        if (!lifted)
            return fail(lifted.error().message), std::nullopt;
        return m;
    }

    // A batch naming the N scanned holders: imported, requested (traced), approved (applied); optionally the bare
    // UPDATE of the same holders; reverted.
    std::optional<Measure> batch(bool withLimit)
    {
        Measure m;
        AuditLog audit = m_ws.audit();
        const QByteArray csv = QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                                              "C-BENCH-%1,%2,confirmed,%3,venue,%4,%5,%6\n")
                                   .arg(++m_batches)
                                   .arg(m_caseId, time::format(m_report), kVenue, time::format(m_visit),
                                        time::format(m_visit + 3600))
                                   .toUtf8();
        const auto parsed = m_ws.cases().read(csv, BatchKind::Cases);
        if (!parsed || !parsed->errors.empty())
            return fail(parsed ? parsed->errors.front().reason : parsed.error().message), std::nullopt;
        const auto batch = m_ws.cases().store(*parsed, QStringLiteral("bench.csv"), false, QStringLiteral("bench"), audit);
        if (!batch)
            return fail(batch.error().message), std::nullopt;
        QElapsedTimer t;
        t.start();
        const double cpu = cpuNowMs();
        const IoBytes io = IoBytes::now();
        const auto requested = m_ws.cases().apply(*batch, QStringLiteral("bench"), audit);
        m.requestMs = elapsedMs(t);
        if (!requested || !requested->approval)
            return fail(requested ? QStringLiteral("the batch was not held for approval") : requested.error().message), std::nullopt;
        t.restart();
        const auto approved = m_ws.approvals().approve(*requested->approval, QStringLiteral("bench2"), audit);
        m.applyMs = elapsedMs(t);
        m.cpuMs = cpuNowMs() - cpu;
        m.io = IoBytes::now() - io;
        if (!approved)
            return fail(approved.error().message), std::nullopt;
        m_lastSummary = m_ws.cases().find(*batch)->summary;
        if (withLimit && !limit(venueWhere, kVenue, int(policy::Color::Red), LargeCacheScope::kKibibytes, &m.bare))
            return std::nullopt;
        t.restart();
        const auto reverted = m_ws.cases().revert(*batch, QStringLiteral("基准测试撤销"), QStringLiteral("bench"), audit);
        m.undoMs = elapsedMs(t);
        if (!reverted)
            return fail(reverted.error().message), std::nullopt;
        return m;
    }

    const QJsonObject &lastSummary() const { return m_lastSummary; }

private:
    // The bare UPDATE on the raw connection, then the colors put back as the operation left them.
    bool limit(QString (*where)(const QString &, QVariantList *), const QString &arg, int color, qint64 cacheKib, BareUpdate *out)
    {
        QVariantList binds;
        const QString w = where(arg, &binds);
        QSqlDatabase db = m_raw->db();
        ColorSnapshot snapshot(db, w, binds);
        if (!snapshot.ok())
            return fail(QStringLiteral("cannot keep the colors before the bare UPDATE")), false;
        *out = bareColorUpdate(db, w, binds, color, m_ws.clock().now().toSecsSinceEpoch(), cacheKib);
        if (!snapshot.restore())
            return fail(QStringLiteral("cannot restore the colors after the bare UPDATE")), false;
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-65536"));
        return true;
    }

    Workspace m_ws;
    QString m_path;
    QString m_county;
    int m_holders;
    std::unique_ptr<RawConnection> m_raw;
    qint64 m_visit = 0;
    qint64 m_report = 0;
    QString m_caseId;
    qint64 m_residents = 0;
    qint64 m_scanned = 0;
    int m_batches = 0;
    QJsonObject m_lastSummary;
};

QString seconds(double ms)
{
    return fixed(ms / 1000.0);
}

void reportDeclare(const QString &phase, const Measure &m, const QString &county)
{
    report(QStringLiteral("%1: declare county %2 high").arg(phase, county), seconds(m.applyMs), QStringLiteral("s"),
           QStringLiteral("bare UPDATE of the same %1 rows %2 s (%3×)")
               .arg(thousands(m.bare.rows), seconds(m.bare.ms), fixed(m.applyMs / std::max(1.0, m.bare.ms))),
           QStringLiteral("the approval; the request %1 s; CPU %2 s, read %3 MB, written %4 MB; lifted in %5 s")
               .arg(seconds(m.requestMs), seconds(m.cpuMs), megabytes(m.io.read), megabytes(m.io.written), seconds(m.undoMs)));
}

void reportBatch(const QString &phase, const Measure &m, const QJsonObject &summary)
{
    report(QStringLiteral("%1: case batch (request + apply)").arg(phase), seconds(m.totalMs()), QStringLiteral("s"),
           QStringLiteral("bare UPDATE of the same %1 rows %2 s (%3×; the apply alone %4×)")
               .arg(thousands(m.bare.rows), seconds(m.bare.ms), fixed(m.totalMs() / std::max(1.0, m.bare.ms)),
                    fixed(m.applyMs / std::max(1.0, m.bare.ms))),
           QStringLiteral("request (tracing) %1 s, approval's apply %2 s, CPU %3 s, read %4 MB, written %5 MB: %6 conditions, "
                          "%7 changed color; reverted in %8 s")
               .arg(seconds(m.requestMs), seconds(m.applyMs), seconds(m.cpuMs), megabytes(m.io.read), megabytes(m.io.written),
                    thousands(summary.value(QStringLiteral("conditions")).toInteger()),
                    thousands(summary.value(QStringLiteral("changed")).toInteger()), seconds(m.undoMs)));
}

} // namespace

int historyCycles(const Args &a)
{
    const QString source = a.arg(0);
    if (source.isEmpty())
        return usage(QStringLiteral("history-cycles DB [--county C] [--holders N] [--cycles K] [--work DIR] [--keep 1]"));
    const QString county = a.options.value(QStringLiteral("county"), QStringLiteral("370303"));
    const int holders = a.intOption(QStringLiteral("holders"), 1000000);
    bool cyclesOk = false;
    const int cycles = a.options.value(QStringLiteral("cycles"), QStringLiteral("4")).toInt(&cyclesOk);
    if (!cyclesOk || cycles < 0)
        return usage(QStringLiteral("history-cycles: --cycles takes a number ≥ 0"));
    if (!QFileInfo::exists(source))
        return fail(QStringLiteral("%1 does not exist").arg(source));
    QTemporaryDir dir(QDir(a.options.value(QStringLiteral("work"), QDir::tempPath())).filePath(QStringLiteral("hc-history-XXXXXX")));
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    dir.setAutoRemove(a.options.value(QStringLiteral("keep")) != QLatin1String("1"));
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    QElapsedTimer t;
    t.start();
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        if (QFileInfo::exists(source + suffix) && !QFile::copy(source + suffix, path + suffix))
            return fail(QStringLiteral("cannot copy %1 to %2").arg(source + suffix, path + suffix));
    note(QStringLiteral("copied %1 (%2 MB) in %3 s to %4")
             .arg(source)
             .arg(QFileInfo(path).size() / 1000000)
             .arg(seconds(elapsedMs(t)), path));

    Run run(path, county, holders);
    if (!run.open())
        return 1;
    note(QStringLiteral("%1 residents of %2; the batches name %3 of them (a venue they scanned)")
             .arg(thousands(run.residents()), county, thousands(run.scanned())));
    run.describe(QStringLiteral("fresh"));
    const auto declareFresh = run.declare();
    if (!declareFresh)
        return 1;
    reportDeclare(QStringLiteral("fresh"), *declareFresh, county);
    const auto batchFresh = run.batch(true);
    if (!batchFresh)
        return 1;
    reportBatch(QStringLiteral("fresh"), *batchFresh, run.lastSummary());

    for (int k = 1; k <= cycles; ++k) {
        const auto c = run.batch(false);
        if (!c)
            return 1;
        report(QStringLiteral("cycle %1/%2: apply + revert").arg(k).arg(cycles), seconds(c->totalMs() + c->undoMs), QStringLiteral("s"),
               {}, QStringLiteral("request %1 s, apply %2 s (CPU %3 s, read %4 MB, written %5 MB), revert %6 s")
                   .arg(seconds(c->requestMs), seconds(c->applyMs), seconds(c->cpuMs), megabytes(c->io.read),
                        megabytes(c->io.written), seconds(c->undoMs)));
    }
    run.describe(QStringLiteral("after %1 cycles").arg(cycles));

    const auto declareAfter = run.declare();
    if (!declareAfter)
        return 1;
    reportDeclare(QStringLiteral("after"), *declareAfter, county);
    const auto batchAfter = run.batch(true);
    if (!batchAfter)
        return 1;
    reportBatch(QStringLiteral("after"), *batchAfter, run.lastSummary());

    const double declareGrowth = declareAfter->applyMs / std::max(1.0, declareFresh->applyMs);
    const double batchGrowth = batchAfter->totalMs() / std::max(1.0, batchFresh->totalMs());
    const double declareLimit = declareAfter->applyMs / std::max(1.0, declareAfter->bare.ms);
    const double batchLimit = batchAfter->totalMs() / std::max(1.0, batchAfter->bare.ms);
    report(QStringLiteral("county declaration after %1 cycles / fresh").arg(cycles), fixed(declareGrowth), QStringLiteral("×"),
           QStringLiteral("target ≤ 1.2×; to its bare UPDATE %1× fresh, %2× after (target ≤ 3×)")
               .arg(fixed(declareFresh->applyMs / std::max(1.0, declareFresh->bare.ms)), fixed(declareLimit)));
    report(QStringLiteral("case batch after %1 cycles / fresh").arg(cycles), fixed(batchGrowth), QStringLiteral("×"),
           QStringLiteral("target ≤ 1.2×; to its bare UPDATE %1× fresh, %2× after (target ≤ 3×)")
               .arg(fixed(batchFresh->totalMs() / std::max(1.0, batchFresh->bare.ms)), fixed(batchLimit)));
    return declareGrowth <= 1.2 && batchGrowth <= 1.2 && declareLimit <= 3.0 && batchLimit <= 3.0 ? 0 : 1;
}

} // namespace hc::bench
