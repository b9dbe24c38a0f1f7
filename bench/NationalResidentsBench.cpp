// national-residents: the twice-daily national list on a database with residents. The first list is imported,
// then the second is timed (read, matched, areas declared and lifted, residents reconciled, all in one
// transaction), against its limit from the same run: the bare SQL that writes the same area periods plus a bare
// UPDATE of the colors of exactly the residents whose color changed.
#include "BenchSupport.h"
#include "SqlDialect.h"
#include "Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace hc::bench {

namespace {

// The two tables the national import writes, as bare copies beside the real ones (with their constraints and
// indexes), so that the limit inserts the same rows without colliding with what the import wrote.
const char *const kBareSchema[] = {
    "CREATE TABLE bench_risk_area(id INTEGER PRIMARY KEY, division_code TEXT NOT NULL, subarea TEXT NOT NULL DEFAULT '',"
    " subarea_key TEXT NOT NULL DEFAULT '', UNIQUE(division_code, subarea_key))",
    "CREATE TABLE bench_risk_period(id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL, level INTEGER NOT NULL,"
    " effective_from INTEGER NOT NULL, effective_to INTEGER, basis TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL,"
    " import_id INTEGER, declared_by TEXT NOT NULL, declared_at INTEGER NOT NULL, ended_by TEXT, ended_at INTEGER,"
    " end_reason TEXT)",
    "CREATE INDEX bench_risk_period_area ON bench_risk_period(area_id, effective_from)",
    "CREATE INDEX bench_risk_period_from ON bench_risk_period(effective_from)",
};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Import
{
    double ms = 0;
    NationalImportReport report;
    QList<std::pair<QString, double>> phases; // phase, ms it took
};

Result<Import> importList(Workspace &ws, const QString &path)
{
    QElapsedTimer t;
    t.start();
    Import out;
    QString phase = QStringLiteral("read the file");
    double since = 0;
    auto list = NationalList::load(path);
    if (!list)
        return list.error();
    // Where the time goes, from the phases the request and its approval report.
    auto r = importNationalApproved(ws, list.value(), path, ProgressFn([&](const ProgressStep &s) {
        if (s.phase != phase) {
            out.phases.append({phase, elapsedMs(t) - since});
            phase = s.phase;
            since = elapsedMs(t);
        }
        return true;
    }));
    if (!r)
        return r.error();
    out.ms = elapsedMs(t);
    out.phases.append({phase, out.ms - since});
    out.report = r.value();
    return out;
}

} // namespace

int nationalResidents(const Args &a)
{
    const QString path = a.arg(0);
    const QString first = a.options.value(QStringLiteral("first"));
    const QString second = a.options.value(QStringLiteral("second"));
    if (path.isEmpty() || first.isEmpty() || second.isEmpty())
        return usage(QStringLiteral("national-residents DB --first LIST_JSON --second LIST_JSON"));
    Workspace ws(path);
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    QSqlDatabase db = ws.db();
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM national_import")) != 0)
        return fail(QStringLiteral("%1 has national lists imported already: give a fresh copy").arg(path));
    const qint64 holders = scalar(db, QStringLiteral("SELECT SUM(n) FROM holder_color_count"));
    const qint64 inCommunities = scalar(db, sql::isPostgres(db) ? QStringLiteral("SELECT COUNT(*) FROM holder WHERE address_key !~ '^[0-9]'")
                                                               : QStringLiteral("SELECT COUNT(*) FROM holder WHERE address_key NOT GLOB '[0-9]*'"));
    note(QStringLiteral("national-residents: %1 holders, %2 of them with an address in a community a shipped list names")
             .arg(thousands(holders), thousands(inCommunities)));

    auto one = importList(ws, first);
    if (!one)
        return fail(one.error().message);
    note(QStringLiteral("first list %1: %2 areas declared in %3 s")
             .arg(QFileInfo(first).fileName(), thousands(one->report.declared), fixed(one->ms / 1000)));
    report(QStringLiteral("national-residents.first"), fixed(one->ms / 1000), QStringLiteral("s"), {},
           QStringLiteral("%1 residents changed color").arg(thousands(scalar(db, QStringLiteral(
               "SELECT COUNT(DISTINCT holder_id) FROM holder_history WHERE cause = '居住地风险等级变化'")))));

    // What exists before the second list, so that what it wrote can be read back for the limit.
    const qint64 maxArea = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM risk_area"));
    const qint64 maxPeriod = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM risk_period"));
    const qint64 maxHistory = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM holder_history"));
    QSet<qint64> open;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id FROM risk_period WHERE effective_to IS NULL"));
        while (q.next())
            open.insert(q.value(0).toLongLong());
    }

    resetPeakRss();
    auto two = importList(ws, second);
    const double importPeak = peakRssMb();
    if (!two)
        return fail(two.error().message);

    // The rows the import wrote: new areas, new periods, periods it ended, residents whose color changed.
    QList<QVariantList> areas, periods, ended;
    std::vector<std::pair<qint64, int>> residents; // id, color before the list (what the limit writes back)
    std::vector<std::pair<qint64, int>> current;   // id, color after (restored once the limit is measured)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT id, division_code, subarea, subarea_key FROM risk_area WHERE id > %1").arg(maxArea));
        while (q.next())
            areas << QVariantList{q.value(0), q.value(1), q.value(2), q.value(3)};
        q.exec(QStringLiteral("SELECT area_id, level, effective_from, basis, reason, source, import_id, declared_by, declared_at"
                              " FROM risk_period WHERE id > %1").arg(maxPeriod));
        while (q.next()) {
            QVariantList r;
            for (int i = 0; i < 9; ++i)
                r << q.value(i);
            periods << r;
        }
        q.exec(QStringLiteral("SELECT id, effective_to, ended_by, ended_at, end_reason FROM risk_period"
                              " WHERE id <= %1 AND effective_to IS NOT NULL").arg(maxPeriod));
        while (q.next())
            if (open.contains(q.value(0).toLongLong()))
                ended << QVariantList{q.value(1), q.value(2), q.value(3), q.value(4), q.value(0)};
        q.exec(QStringLiteral("SELECT h.holder_id, MIN(h.color_before), x.color FROM holder_history h JOIN holder x ON x.id = h.holder_id"
                              " WHERE h.id > %1 AND h.cause = '居住地风险等级变化' GROUP BY h.holder_id, x.color").arg(maxHistory));
        while (q.next()) {
            residents.emplace_back(q.value(0).toLongLong(), q.value(1).toInt());
            current.emplace_back(q.value(0).toLongLong(), q.value(2).toInt());
        }
    }

    // The limit, on the same database and connection settings: the same rows in one transaction.
    RawConnection raw(path);
    QSqlDatabase bare = raw.db();
    // The same page cache as the import's connection (RawConnection sets the pragmas Database uses).
    for (const char *sql : kBareSchema) // with the real tables' id rule on the server (sql::ddl)
        if (Status s = execSql(bare, sql::ddl(bare, QString::fromLatin1(sql))); !s)
            return fail(s.error().message);
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(bare);
        QSqlQuery insArea(bare), insPeriod(bare), endPeriod(bare), color(bare);
        insArea.prepare(QStringLiteral("INSERT INTO bench_risk_area(id, division_code, subarea, subarea_key) VALUES(?,?,?,?)"));
        insPeriod.prepare(QStringLiteral("INSERT INTO bench_risk_period(area_id, level, effective_from, basis, reason, source,"
                                         " import_id, declared_by, declared_at) VALUES(?,?,?,?,?,?,?,?,?)"));
        endPeriod.prepare(QStringLiteral("UPDATE risk_period SET effective_to = ?, ended_by = ?, ended_at = ?, end_reason = ? WHERE id = ?"));
        color.prepare(QStringLiteral("UPDATE holder SET color = ? WHERE id = ?"));
        auto run = [](QSqlQuery &q, const QVariantList &values) {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            return exec(q);
        };
        for (const QVariantList &r : std::as_const(areas))
            if (Status s = run(insArea, r); !s)
                return fail(s.error().message);
        for (const QVariantList &r : std::as_const(periods))
            if (Status s = run(insPeriod, r); !s)
                return fail(s.error().message);
        for (const QVariantList &r : std::as_const(ended))
            if (Status s = run(endPeriod, r); !s)
                return fail(s.error().message);
        for (const auto &[id, c] : residents)
            if (Status s = run(color, {c, id}); !s)
                return fail(s.error().message);
        if (Status s = tx.commit(); !s)
            return fail(s.error().message);
    }
    const double limitMs = elapsedMs(t);
    {
        // Back to what the import left, so that the database stays usable for the benchmarks after this one.
        Transaction tx(bare);
        QSqlQuery color(bare);
        color.prepare(QStringLiteral("UPDATE holder SET color = ? WHERE id = ?"));
        for (const auto &[id, c] : current) {
            color.bindValue(0, c);
            color.bindValue(1, id);
            color.exec();
        }
        execSql(bare, QStringLiteral("DROP TABLE bench_risk_period"));
        execSql(bare, QStringLiteral("DROP TABLE bench_risk_area"));
        if (Status s = tx.commit(); !s)
            return fail(s.error().message);
    }

    note(QStringLiteral("second list %1: %2 entries, %3 areas declared, %4 lifted")
             .arg(QFileInfo(second).fileName())
             .arg(two->report.entries())
             .arg(thousands(two->report.declared), thousands(two->report.lifted)));
    for (const auto &[name, ms] : std::as_const(two->phases))
        note(QStringLiteral("  %1: %2 ms").arg(name, fixed(ms)));
    report(QStringLiteral("national-residents.residents"), thousands(qint64(residents.size())), QStringLiteral("holders"), {},
           QStringLiteral("residents whose color the second list changed"));
    report(QStringLiteral("national-residents.import"), fixed(two->ms / 1000), QStringLiteral("s"),
           QStringLiteral("bare SQL: %1 areas + %2 periods inserted, %3 periods ended, %4 holder colors updated in one "
                          "transaction: %5 s")
               .arg(thousands(areas.size()), thousands(periods.size()), thousands(ended.size()),
                    thousands(qint64(residents.size())), fixed(limitMs / 1000)),
           QStringLiteral("read, matched, declared, lifted, residents reconciled with conditions, history, sync messages "
                          "and counts, audited, one transaction"));
    report(QStringLiteral("national-residents.ratio"), fixed(two->ms / std::max(1.0, limitMs)), QStringLiteral("x the limit"),
           QStringLiteral("target <= 3"));
    report(QStringLiteral("national-residents.peak-memory"), fixed(importPeak), QStringLiteral("MB"), {},
           QStringLiteral("peak resident memory of the second import, including SQLite's page cache"));
    return two->ms <= 3 * std::max(1.0, limitMs) ? 0 : 1;
}

} // namespace hc::bench
