// tree-first-rows: from opening the workspace to the rows the tree shows first — the provinces with their risk
// summaries — then expanding one province, one of its cities and one county, each with its summaries.
#include "BenchSupport.h"
#include "Workspace.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace hc::bench {

namespace {

struct Step
{
    QString parent; // "" = provinces
    QString label;
    qsizetype rows = 0;
    int areas = 0; // in force below parent
    double rowsMs = 0;
    double summariesMs = 0;
    double ms() const { return rowsMs + summariesMs; }
};

struct Walk
{
    double openMs = 0;
    QList<Step> steps; // provinces, a province's cities, a city's counties, a county's streets
};

// Expands, at each level, the child with the most areas in force: the branch an official would look at.
Result<Walk> walkTree(const QString &dbPath)
{
    Walk w;
    QElapsedTimer t;
    t.start();
    Workspace ws(dbPath);
    if (Status s = ws.open(); !s)
        return s.error();
    w.openMs = elapsedMs(t);
    const qint64 now = ws.clock().now().toSecsSinceEpoch();
    QString parent;
    QString label = QStringLiteral("provinces");
    for (int depth = 0; depth < 4; ++depth) {
        Step step{parent, label};
        t.restart();
        const QList<Division> children = ws.divisions().children(parent);
        step.rowsMs = elapsedMs(t);
        t.restart();
        const QHash<QString, RiskSummary> summaries = ws.risk().childSummaries(parent, now);
        step.summariesMs = elapsedMs(t);
        step.rows = children.size();
        const Division *next = nullptr;
        int nextAreas = -1;
        for (const Division &d : children) {
            const RiskSummary s = summaries.value(d.code);
            step.areas += s.high + s.medium;
            if (d.hasChildren && s.high + s.medium > nextAreas) {
                next = &d;
                nextAreas = s.high + s.medium;
            }
        }
        w.steps << step;
        if (!next)
            break;
        parent = next->code;
        label = next->code + QLatin1Char(' ') + next->name;
    }
    return w;
}

struct BareStep
{
    double rowsMs = 0; // the first one includes opening the connection
    double summariesMs = 0;
};

// The floor: a plain connection, one parent-index query per level, and the summaries as one GROUP BY in SQLite.
QList<BareStep> bareWalk(const QString &dbPath, const QList<Step> &steps, qint64 at)
{
    QList<BareStep> out;
    QElapsedTimer t;
    t.start();
    RawConnection raw(dbPath);
    QSqlQuery q(raw.db());
    q.setForwardOnly(true);
    for (const Step &s : steps) {
        BareStep b;
        if (!out.isEmpty())
            t.restart();
        q.prepare(s.parent.isEmpty() ? QStringLiteral("SELECT code, name FROM division WHERE parent IS NULL ORDER BY code")
                                     : QStringLiteral("SELECT code, name FROM division WHERE parent = ? ORDER BY code"));
        if (!s.parent.isEmpty())
            q.addBindValue(s.parent);
        q.exec();
        while (q.next()) {
        }
        b.rowsMs = elapsedMs(t);
        t.restart();
        q.prepare(QStringLiteral("SELECT substr(a.division_code, 1, ?) AS child, p.level, count(*) FROM risk_period p"
                                 " JOIN risk_area a ON a.id = p.area_id"
                                 " WHERE p.effective_from <= ? AND (p.effective_to IS NULL OR p.effective_to > ?)"
                                 " AND a.division_code >= ? AND a.division_code < ? GROUP BY child, p.level"));
        q.addBindValue(QList<int>{2, 4, 6, 9, 12}.value(int(out.size())));
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(text(s.parent)); // "" for the provinces: every code
        q.addBindValue(s.parent + QChar(0xFFFF));
        q.exec();
        while (q.next()) {
        }
        b.summariesMs = elapsedMs(t);
        out << b;
    }
    return out;
}

QString stepName(int depth)
{
    static const char *const names[] = {"provinces", "province", "city", "county"};
    return QStringLiteral("first-rows.%1").arg(QLatin1String(names[depth]));
}

} // namespace

int treeFirstRows(const Args &a)
{
    const QString dbPath = a.arg(0);
    if (dbPath.isEmpty())
        return usage(QStringLiteral("tree-first-rows DB [--reps N]"));
    if (!QFileInfo(dbPath).isFile())
        return fail(QStringLiteral("%1 does not exist; run tree-import --keep first").arg(dbPath));
    const int reps = a.intOption(QStringLiteral("reps"), 10);

    // The first walk is the one an official sees: a new process, the SQLite plugin loaded on first use.
    auto first = walkTree(dbPath);
    if (!first)
        return fail(first.error().message);
    QList<QList<double>> warm(first->steps.size() + 1);
    for (int rep = 0; rep < reps; ++rep) {
        auto w = walkTree(dbPath);
        if (!w)
            return fail(w.error().message);
        warm[0] << w->openMs;
        for (qsizetype i = 0; i < w->steps.size() && i < first->steps.size(); ++i)
            warm[i + 1] << w->steps.at(i).ms() + (i == 0 ? w->openMs : 0);
    }
    QList<QList<double>> bareRows(first->steps.size());
    QList<QList<double>> bareSummaries(first->steps.size());
    for (int rep = 0; rep < reps; ++rep) {
        const QList<BareStep> b = bareWalk(dbPath, first->steps, QDateTime::currentSecsSinceEpoch());
        for (qsizetype i = 0; i < b.size(); ++i) {
            bareRows[i] << b.at(i).rowsMs;
            bareSummaries[i] << b.at(i).summariesMs;
        }
    }

    note(QStringLiteral("first-rows: first walk in a new process; warm = median of %1 more, each with a new "
                        "Workspace; bare = median of %1; summaries at the current time")
             .arg(reps));
    report(QStringLiteral("first-rows.open"), fixed(first->openMs), QStringLiteral("ms"), {},
           QStringLiteral("warm %1 ms").arg(fixed(Stats::of(warm[0]).median)));
    for (qsizetype i = 0; i < first->steps.size(); ++i) {
        const Step &s = first->steps.at(i);
        const double shown = i == 0 ? first->openMs + s.ms() : s.ms();
        report(stepName(int(i)), fixed(shown), QStringLiteral("ms"),
               QStringLiteral("bare %1parent-index query %2 ms + summaries GROUP BY %3 ms")
                   .arg(i == 0 ? QStringLiteral("connection + ") : QString(), fixed(Stats::of(bareRows[i]).median),
                        fixed(Stats::of(bareSummaries[i]).median)),
               QStringLiteral("warm %1 ms").arg(fixed(Stats::of(warm[i + 1]).median)));
        note(QStringLiteral("%1: %2 rows in %3 ms + risk summaries in %4 ms (%5 areas in force)%6")
                 .arg(s.label)
                 .arg(s.rows)
                 .arg(fixed(s.rowsMs), fixed(s.summariesMs))
                 .arg(thousands(s.areas))
                 .arg(i == 0 ? QStringLiteral("; the figure includes opening the workspace") : QString()));
    }
    return 0;
}

} // namespace hc::bench
