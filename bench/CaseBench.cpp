// case-import: a 1,000,000-row case-report CSV read, checked and stored as a batch, against `sqlite3 .import`
// of the same file into a bare table (issue 5: at least 50 % of its speed).
// case-batch: a batch whose case visited a venue scanned by N holders (1,000,000 of 10,000,000), approved by a
// second official and applied in one transaction, against a bare UPDATE of the same rows (issue 5: at most 3×).
#include "BenchSupport.h"
#include "Database.h"
#include "DivisionCode.h"
#include "IdNumber.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

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
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral("INSERT OR IGNORE INTO account(username, display_name, salt, hash, iterations, is_admin,"
                                    " created_at) VALUES ('%1', '%1', x'00', x'00', 1, 0, 0)")
                         .arg(user));
    for (const QString &r : roles)
        ok = ok && q.exec(QStringLiteral("INSERT OR IGNORE INTO account_role SELECT id, '%1' FROM account WHERE username = '%2'").arg(r, user));
    return ok;
}

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

    const QString path = dir.filePath(QStringLiteral("cases.sqlite"));
    Workspace ws(path, std::make_unique<FixedClock>(*time::parse(QStringLiteral("2022-11-08T00:00:00+08:00"))));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    if (!ws.createFirstAdmin(QStringLiteral("bench"), QStringLiteral("perf-2026-pass")))
        return fail(QStringLiteral("cannot create the bench administrator"));
    if (!grantRoles(ws.db(), QStringLiteral("bench"), {QStringLiteral("epidemiologist")}))
        return fail(QStringLiteral("cannot grant roles"));
    AuditLog audit = ws.audit();
    QElapsedTimer t;
    t.start();
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(csvPath));
    const auto parsed = ws.cases().read(f.readAll(), BatchKind::Cases);
    if (!parsed)
        return fail(parsed.error().message);
    const double readMs = elapsedMs(t);
    if (!parsed->errors.empty())
        return fail(QStringLiteral("line %1: %2").arg(parsed->errors.front().line).arg(parsed->errors.front().reason));
    const auto batch = ws.cases().store(*parsed, QStringLiteral("cases.csv"), false, QStringLiteral("bench"), audit);
    const double oursMs = elapsedMs(t);
    if (!batch)
        return fail(batch.error().message);

    const QString barePath = dir.filePath(QStringLiteral("bare.sqlite"));
    const auto bare = runSqlite3(barePath, QStringLiteral(
                                               "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                                               "CREATE TABLE raw(case_ref TEXT, id_number TEXT, class TEXT, report_time TEXT,"
                                               " discharge_time TEXT, exposure TEXT, division TEXT, address TEXT, venue_code TEXT,"
                                               " \"from\" TEXT, \"to\" TEXT, transport TEXT, date TEXT, carriage TEXT, seat TEXT);\n"
                                               ".import --csv --skip 1 %1 raw\nSELECT COUNT(*) FROM raw;\n")
                                               .arg(csvPath));
    if (!bare)
        return fail(bare.error().message);
    const double oursRate = rows / (oursMs / 1000.0), bareRate = rows / (bare->ms / 1000.0);
    report(QStringLiteral("case import"), thousands(qint64(oursRate)), QStringLiteral("rows/s"),
           QStringLiteral("at least 50 % of sqlite3 .import: %1 rows/s, %2 %").arg(thousands(qint64(bareRate))).arg(fixed(100.0 * oursRate / bareRate)),
           QStringLiteral("%1 s in all: decode, parse and check every row %2 s, store in one transaction %3 s; sqlite3 .import %4 s")
               .arg(fixed(oursMs / 1000.0), fixed(readMs / 1000.0), fixed((oursMs - readMs) / 1000.0), fixed(bare->ms / 1000.0)));
    return oursRate >= 0.5 * bareRate ? 0 : 1;
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
    RawConnection raw(path);
    // The bare UPDATE gets the page cache the console gives big batches (LargeCacheScope): like for like.
    QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(LargeCacheScope::kKibibytes));
    {
        // The exposure data: a stadium scanned by the first N holders of the county during the case's visit.
        QSqlDatabase db = raw.db();
        QSqlQuery q(db);
        db.transaction();
        q.exec(QStringLiteral("DELETE FROM scan_record WHERE venue_code = 'V-BENCH'"));
        q.prepare(QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color)"
                                 " SELECT id, 'V-BENCH', home_division, ? + id % 3600, color FROM holder"
                                 " WHERE home_division >= ? AND home_division < ? ORDER BY home_division, id LIMIT ?"));
        q.addBindValue(visit);
        q.addBindValue(county);
        q.addBindValue(divcode::prefixEnd(county));
        q.addBindValue(holders);
        if (!q.exec())
            return fail(QStringLiteral("cannot write the scans"));
        db.commit();
        if (!grantRoles(db, QStringLiteral("bench"), {QStringLiteral("epidemiologist")})
            || !grantRoles(db, QStringLiteral("bench2"), {QStringLiteral("supervisor")}))
            return fail(QStringLiteral("cannot grant roles"));
    }
    QString caseId;
    {
        QSqlQuery q(raw.db());
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
    QElapsedTimer t;
    t.start();
    const auto impact = ws.cases().preview(*batch, QStringLiteral("bench"));
    const double previewMs = elapsedMs(t);
    if (!impact)
        return fail(impact.error().message);
    note(QStringLiteral("%1 holders named by the batch; preview %2 s").arg(thousands(impact->holders), fixed(previewMs / 1000.0)));
    const auto requested = ws.cases().apply(*batch, QStringLiteral("bench"), audit);
    if (!requested || !requested->approval)
        return fail(requested ? QStringLiteral("the batch was not held for approval") : requested.error().message);
    t.restart();
    const auto approved = ws.approvals().approve(*requested->approval, QStringLiteral("bench2"), audit);
    const double applyMs = elapsedMs(t);
    if (!approved)
        return fail(approved.error().message);
    const QJsonObject summary = ws.cases().find(*batch)->summary;

    auto bareUpdate = [&](int color) {
        QElapsedTimer b;
        b.start();
        QSqlDatabase db = raw.db();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = NULL"
                                 " WHERE id IN (SELECT holder_id FROM scan_record WHERE venue_code = 'V-BENCH')"));
        q.addBindValue(color);
        q.addBindValue(now);
        q.exec();
        const int n = q.numRowsAffected();
        db.commit();
        return std::pair{elapsedMs(b), n};
    };
    const auto bare1 = bareUpdate(3);
    const double ratio = applyMs / std::max(1.0, bare1.first);
    report(QStringLiteral("apply case batch"), fixed(applyMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("at most 3× a bare UPDATE of the same %1 rows: %2 s, %3×")
               .arg(thousands(bare1.second), fixed(bare1.first / 1000.0), fixed(ratio)),
           QStringLiteral("approved by a second official: %1 conditions, %2 changed color, %3 already; conditions, colors, "
                          "history, sync messages, results, audit in one transaction")
               .arg(thousands(summary.value(QStringLiteral("conditions")).toInteger()),
                    thousands(summary.value(QStringLiteral("changed")).toInteger()),
                    thousands(summary.value(QStringLiteral("already")).toInteger())));
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
    return ratio <= 3.0 ? 0 : 1;
}

} // namespace hc::bench
