// holders-pane: what the holders pane waits for on a large database — the first rows with the counts per
// color, and each filter — against the same page query in bare SQL.
// county-declare: declaring a county high (and lifting it) re-evaluates every resident, against a bare
// SQLite UPDATE of the same rows.
#include "BenchSupport.h"
#include "DivisionCode.h"
#include "SqlDialect.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace hc::bench {

namespace {

struct PaneCase
{
    QString label;
    HolderFilter filter;
};

double barePage(QSqlDatabase db, const HolderFilter &f)
{
    QStringList where;
    QVariantList binds;
    if (!f.divisionPrefix.isEmpty()) {
        where << QStringLiteral("home_division >= ? AND home_division < ?");
        binds << f.divisionPrefix << divcode::prefixEnd(f.divisionPrefix);
    }
    if (f.color) {
        where << QStringLiteral("color = ?");
        binds << int(*f.color);
    }
    if (!f.idPrefix.isEmpty()) {
        where << QStringLiteral("id_number >= ? AND id_number < ?");
        binds << f.idPrefix << divcode::prefixEnd(f.idPrefix);
    }
    if (!f.namePrefix.isEmpty()) {
        where << QStringLiteral("name >= ? AND name < ?");
        binds << f.namePrefix << divcode::prefixEnd(f.namePrefix);
    }
    const QString order = !f.idPrefix.isEmpty() ? QStringLiteral("id_number, id")
                          : !f.namePrefix.isEmpty() ? QStringLiteral("name, id")
                                                    : QStringLiteral("home_division, id");
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM holder WHERE %1 ORDER BY %2 LIMIT 200")
                  .arg(where.isEmpty() ? QStringLiteral("1") : where.join(QLatin1String(" AND ")), order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    int n = 0;
    while (q.next())
        ++n;
    return elapsedMs(t);
}

} // namespace

int holdersPane(const Args &a)
{
    const QString path = a.arg(0);
    const int reps = a.intOption(QStringLiteral("reps"), 7);
    QElapsedTimer t;
    t.start();
    Workspace ws(path);
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    const double openMs = elapsedMs(t);
    const HolderRepository repo = ws.holderRepository();
    note(QStringLiteral("%1 holders; workspace opened in %2 ms").arg(thousands(repo.count()), fixed(openMs)));
    RawConnection raw(path);
    const QString county = a.options.value(QStringLiteral("county"), QStringLiteral("370303"));
    QList<PaneCase> cases;
    cases << PaneCase{QStringLiteral("first rows (no filter)"), {}};
    HolderFilter f;
    f.color = policy::Color::Red;
    cases << PaneCase{QStringLiteral("filter color red"), f};
    f = {};
    f.divisionPrefix = county;
    cases << PaneCase{QStringLiteral("filter county %1").arg(county), f};
    f.color = policy::Color::Yellow;
    cases << PaneCase{QStringLiteral("filter county + yellow"), f};
    f = {};
    f.divisionPrefix = county + QStringLiteral("001");
    cases << PaneCase{QStringLiteral("filter street ") + f.divisionPrefix, f};
    f = {};
    f.idPrefix = county;
    cases << PaneCase{QStringLiteral("filter ID prefix %1").arg(county), f};
    f = {};
    f.idPrefix = county + QStringLiteral("1990");
    cases << PaneCase{QStringLiteral("filter ID prefix ") + f.idPrefix, f};
    f = {};
    f.namePrefix = QStringLiteral("张");
    cases << PaneCase{QStringLiteral("filter name 张"), f};
    int failures = 0;
    for (const PaneCase &c : cases) {
        QList<double> ours, bare;
        qint64 total = 0;
        bool capped = false;
        for (int r = 0; r < reps; ++r) {
            t.restart();
            // What HolderTableModel::setFilter does: the counts, then the first page.
            const ColorCounts counts = repo.counts(c.filter);
            HolderFilter page = c.filter;
            page.limit = 200;
            const QList<Holder> rows = repo.page(page);
            ours << elapsedMs(t);
            total = counts.total();
            capped = counts.capped;
            bare << barePage(raw.db(), c.filter);
            Q_UNUSED(rows);
        }
        const Stats s = Stats::of(ours), b = Stats::of(bare);
        const double limit = c.label.startsWith(QLatin1String("first")) ? 200 : 300;
        if (s.p95 > limit)
            ++failures;
        report(c.label, fixed(s.median), QStringLiteral("ms"),
               QStringLiteral("target < %1 ms; bare page query %2 ms").arg(int(limit)).arg(fixed(b.median)),
               QStringLiteral("p95 %1 ms; %2 holders%3").arg(fixed(s.p95), thousands(total), capped ? QStringLiteral("+ (capped)") : QString()));
    }
    return failures ? 1 : 0;
}

int countyDeclare(const Args &a)
{
    const QString path = a.arg(0);
    const QString county = a.options.value(QStringLiteral("county"), QStringLiteral("370303"));
    Workspace ws(path);
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    RawConnection raw(path);
    qint64 residents = 0;
    {
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM holder WHERE home_division >= ? AND home_division < ?"));
        q.addBindValue(county);
        q.addBindValue(divcode::prefixEnd(county));
        if (q.exec() && q.next())
            residents = q.value(0).toLongLong();
    }
    note(QStringLiteral("%1 residents of %2").arg(thousands(residents), county));
    AuditLog audit = ws.audit();
    auto bareUpdate = [&](int color) {
        QElapsedTimer t;
        t.start();
        QSqlDatabase db = raw.db();
        // The page cache the declaration itself runs with (LargeCacheScope); the server has its own.
        if (!sql::isPostgres(db))
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(LargeCacheScope::kKibibytes));
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = NULL"
                                 " WHERE home_division >= ? AND home_division < ?"));
        q.addBindValue(color);
        q.addBindValue(ws.clock().now().toSecsSinceEpoch());
        q.addBindValue(county);
        q.addBindValue(divcode::prefixEnd(county));
        q.exec();
        const int n = q.numRowsAffected();
        db.commit();
        return std::pair{elapsedMs(t), n};
    };
    Declaration d;
    d.divisionCode = county;
    d.level = RiskLevel::High;
    d.from = ws.clock().now();
    d.basis = QStringLiteral("病例报告（基准测试）");
    d.reason = QStringLiteral("全县高风险");
    // A county needs two officials (issue 4): "bench" requests as a supervisor, "bench2" approves; the approval
    // runs the declaration in its transaction, and that is what is timed.
    {
        QSqlQuery q(ws.db());
        const auto run = [&](const char *s) { q.exec(sql::portable(ws.db(), QString::fromUtf8(s))); };
        run("INSERT OR IGNORE INTO account_role SELECT id, 'supervisor' FROM account WHERE username = 'bench'");
        q.prepare(sql::portable(ws.db(), QStringLiteral("INSERT OR IGNORE INTO account(username, display_name, salt, hash, iterations,"
                                                        " is_admin, created_at) VALUES ('bench2', 'bench2', ?, ?, 1, 0, 0)")));
        q.addBindValue(QByteArray(1, '\0'));
        q.addBindValue(QByteArray(1, '\0'));
        q.exec();
        run("INSERT OR IGNORE INTO account_role SELECT id, 'supervisor' FROM account WHERE username = 'bench2'");
    }
    const auto requested = ws.risk().submit(d, QStringLiteral("bench"), audit);
    if (!requested || !requested->approval)
        return fail(requested ? QStringLiteral("a county declaration was not held for approval") : requested.error().message);
    QElapsedTimer t;
    t.start();
    const auto declared = ws.approvals().approve(*requested->approval, QStringLiteral("bench2"), audit);
    const double declareMs = elapsedMs(t);
    if (!declared)
        return fail(declared.error().message);
    const auto bare1 = bareUpdate(int(policy::Color::Red));
    report(QStringLiteral("declare county high"), fixed(declareMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("bare UPDATE of the same %1 rows %2 s (%3×)")
               .arg(thousands(bare1.second), fixed(bare1.first / 1000.0), fixed(declareMs / std::max(1.0, bare1.first))),
           QStringLiteral("approved by a second official: conditions, colors, history, sync messages, counts, the approval and "
                          "the audit entries in one transaction"));
    t.restart();
    const auto lifted = ws.risk().lift(county, {}, ws.clock().now().addSecs(1), QStringLiteral("解除（基准测试）"),
                                       QStringLiteral("bench"), audit);
    const double liftMs = elapsedMs(t);
    if (!lifted)
        return fail(lifted.error().message);
    const auto bare2 = bareUpdate(int(policy::Color::Green));
    report(QStringLiteral("lift county"), fixed(liftMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("bare UPDATE of the same %1 rows %2 s (%3×)")
               .arg(thousands(bare2.second), fixed(bare2.first / 1000.0), fixed(liftMs / std::max(1.0, bare2.first))));
    return 0;
}

} // namespace hc::bench
