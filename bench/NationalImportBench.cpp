// national-import: NationalList::load + NationalImporter::import of a national list on a fresh database, against
// bare SQLite inserting the same areas and periods in one transaction.
#include "BenchSupport.h"
#include "Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace hc::bench {

namespace {

// The two tables of Migrations v1 the import fills, with their constraints and indexes.
const char *const kRawSchema[] = {
    "CREATE TABLE risk_area(id INTEGER PRIMARY KEY, division_code TEXT NOT NULL, subarea TEXT NOT NULL DEFAULT '',"
    " subarea_key TEXT NOT NULL DEFAULT '', UNIQUE(division_code, subarea_key))",
    "CREATE TABLE risk_period(id INTEGER PRIMARY KEY, area_id INTEGER NOT NULL REFERENCES risk_area(id),"
    " level INTEGER NOT NULL CHECK(level IN (1,2)), effective_from INTEGER NOT NULL, effective_to INTEGER,"
    " basis TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, import_id INTEGER,"
    " declared_by TEXT NOT NULL, declared_at INTEGER NOT NULL, ended_by TEXT, ended_at INTEGER, end_reason TEXT,"
    " CHECK(effective_to IS NULL OR effective_to >= effective_from))",
    "CREATE INDEX risk_period_area ON risk_period(area_id, effective_from)",
    "CREATE INDEX risk_period_from ON risk_period(effective_from)",
};

constexpr int kAreaColumns = 3;   // division_code, subarea, subarea_key
constexpr int kPeriodColumns = 8; // level … declared_at, after area_id

// What the import wrote, read back so the limit inserts exactly the same rows.
QList<QVariantList> declaredRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT a.division_code, a.subarea, a.subarea_key, p.level, p.effective_from, p.basis,"
                          " p.reason, p.source, p.import_id, p.declared_by, p.declared_at"
                          " FROM risk_period p JOIN risk_area a ON a.id = p.area_id ORDER BY p.id"));
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList r;
        for (int i = 0; i < kAreaColumns + kPeriodColumns; ++i)
            r << q.value(i);
        rows << r;
    }
    return rows;
}

Result<double> rawInsert(const QString &path, const QList<QVariantList> &rows)
{
    RawConnection raw(path);
    if (!raw.isOpen())
        return Error::internal(QStringLiteral("cannot open %1").arg(path));
    QSqlDatabase db = raw.db();
    for (const char *sql : kRawSchema)
        if (Status s = execSql(db, QString::fromLatin1(sql)); !s)
            return s.error();
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    QSqlQuery area(db);
    QSqlQuery period(db);
    area.prepare(QStringLiteral("INSERT INTO risk_area(division_code, subarea, subarea_key) VALUES(?,?,?) RETURNING id"));
    period.prepare(QStringLiteral("INSERT INTO risk_period(area_id, level, effective_from, basis, reason, source,"
                                  " import_id, declared_by, declared_at) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (const QVariantList &r : rows) {
        for (int i = 0; i < kAreaColumns; ++i)
            area.bindValue(i, r.at(i));
        if (Status s = exec(area); !s)
            return s.error();
        if (!area.next())
            return Error::internal(QStringLiteral("INSERT INTO risk_area returned no id"));
        period.bindValue(0, area.value(0));
        area.finish();
        for (int i = 0; i < kPeriodColumns; ++i)
            period.bindValue(i + 1, r.at(kAreaColumns + i));
        if (Status s = exec(period); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return elapsedMs(t);
}

} // namespace

Result<NationalImportReport> importNationalApproved(Workspace &ws, const NationalList &list, const QString &fileName,
                                                    const ProgressFn &progress)
{
    {
        QSqlQuery q(ws.db());
        q.exec(QStringLiteral("INSERT INTO account_role SELECT id, 'supervisor' FROM account WHERE username = 'bench'"
                              " ON CONFLICT DO NOTHING"));
        // The salt and hash as bound bytes (one zero byte): SQLite's x'00' is a bit string on PostgreSQL.
        q.prepare(QStringLiteral("INSERT INTO account(username, display_name, salt, hash, iterations, is_admin, created_at)"
                                 " VALUES ('bench2', 'bench2', ?, ?, 1, 0, 0) ON CONFLICT DO NOTHING"));
        q.addBindValue(QByteArray(1, '\0'));
        q.addBindValue(QByteArray(1, '\0'));
        q.exec();
        q.exec(QStringLiteral("INSERT INTO account_role SELECT id, 'supervisor' FROM account WHERE username = 'bench2'"
                              " ON CONFLICT DO NOTHING"));
    }
    AuditLog audit = ws.audit();
    auto r = ws.nationalImporter().request(list, fileName, QStringLiteral("bench"), audit, progress);
    if (!r)
        return r.error();
    NationalImportReport report = r.value();
    if (!report.requestId)
        return report; // older than the list in force: recorded, nothing to approve
    if (const auto a = ws.approvals().approve(report.requestId, QStringLiteral("bench2"), audit, progress); !a)
        return a.error();
    const auto rec = ws.nationalImporter().record(report.importId);
    if (!rec)
        return Error::internal(QStringLiteral("import %1 not recorded").arg(report.importId));
    report.declared = rec->declared;
    report.lifted = rec->lifted;
    report.state = rec->state;
    report.applied = rec->state == QLatin1String("applied");
    return report;
}

int nationalImport(const Args &a)
{
    const QString listPath = a.arg(0);
    if (listPath.isEmpty())
        return usage(QStringLiteral("national-import LIST_JSON"));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));

    Workspace ws(tmp.filePath(QStringLiteral("national.sqlite")));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    // PBKDF2 makes this take a noticeable fraction of a second: not part of the import.
    auto admin = ws.createFirstAdmin(QStringLiteral("bench-admin"), QStringLiteral("perf-2026-pass"));
    if (!admin)
        return fail(admin.error().message);
    {
        // Importing the list is a supervisor's permission (issue 4), and an administrator holds no operational role
        // (separation of duties, issue 16): the administrator adds "bench", the supervisor who files the request.
        AuditLog setup = ws.audit();
        if (auto b = ws.accounts().create(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("perf-2026-pass"), false,
                                          admin->username, setup, 1000);
            !b)
            return fail(b.error().message);
        if (Status s = ws.accounts().setRoles(QStringLiteral("bench"), roleSetFromKeys({QStringLiteral("supervisor")}), {},
                                              admin->username, setup);
            !s)
            return fail(s.error().message);
    }

    QElapsedTimer t;
    t.start();
    auto list = NationalList::load(listPath);
    const double loadMs = elapsedMs(t);
    if (!list)
        return fail(list.error().message);
    AuditLog audit = ws.audit();
    t.restart();
    auto r = importNationalApproved(ws, list.value(), listPath); // the request and the second supervisor's approval
    const double importMs = elapsedMs(t);
    if (!r)
        return fail(r.error().message);

    const QList<QVariantList> rows = declaredRows(ws.db());
    if (rows.size() != r->declared)
        return fail(QStringLiteral("the database holds %1 periods, the import declared %2").arg(rows.size()).arg(r->declared));
    auto rawMs = rawInsert(tmp.filePath(QStringLiteral("raw.sqlite")), rows);
    if (!rawMs)
        return fail(rawMs.error().message);

    const double totalMs = loadMs + importMs;
    note(QStringLiteral("national-import: %1 on a fresh database (levels 1-4); list time %2")
             .arg(listPath, list->timeText));
    note(QStringLiteral("%1 entries: %2 exact, %3 approximate, %4 unmatched")
             .arg(r->entries())
             .arg(r->exact)
             .arg(r->approximate)
             .arg(r->unmatched().size()));
    report(QStringLiteral("national-import.declared"), thousands(r->declared), QStringLiteral("areas"));
    report(QStringLiteral("national-import.load"), fixed(loadMs), QStringLiteral("ms"));
    report(QStringLiteral("national-import.import"), fixed(importMs), QStringLiteral("ms"));
    report(QStringLiteral("national-import.total"), fixed(totalMs), QStringLiteral("ms"),
           QStringLiteral("bare SQLite, %1 risk_area + risk_period rows in one transaction: %2 ms")
               .arg(thousands(rows.size()), fixed(rawMs.value())));
    report(QStringLiteral("national-import.rate"), thousands(qint64(r->declared / (totalMs / 1000))),
           QStringLiteral("areas/s"),
           QStringLiteral("%1 areas/s").arg(thousands(qint64(rows.size() / (rawMs.value() / 1000)))));
    report(QStringLiteral("national-import.ratio"), fixed(totalMs / rawMs.value()), QStringLiteral("x the limit"));
    return 0;
}

} // namespace hc::bench
