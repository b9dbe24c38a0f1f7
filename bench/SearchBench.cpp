// search: DivisionRepository::search as an official types, keystroke by keystroke, against bare queries on the
// same connection: the prefix's index range alone, and the repository's own plan without the Qt objects.
#include "BenchSupport.h"
#include "DivisionCode.h"
#include "DivisionNameIndex.h"
#include "DivisionSearch.h"
#include "Workspace.h"

#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <numeric>
#include <tuple>

namespace hc::bench {

namespace {

// Typed one character at a time: 朝 → 朝阳 → 朝阳区, 3 → 37 → … → 370303.
const QStringList kWords{QStringLiteral("朝阳区"), QStringLiteral("酒仙桥"), QStringLiteral("管庄"),
                         QStringLiteral("新村"),   QStringLiteral("370303"), QStringLiteral("110105011")};
constexpr int kLimit = 50; // the repository's default, what the search box asks for

QString kindOf(const QString &text)
{
    if (divcode::isDigits(text))
        return text.size() <= 4 ? QStringLiteral("code-1-4-digits") : QStringLiteral("code-5+-digits");
    return text.size() == 1 ? QStringLiteral("name-1-char") : QStringLiteral("name-2+-chars");
}

int drain(QSqlQuery &q)
{
    q.exec();
    int n = 0;
    while (q.next())
        ++n;
    return n;
}

// Bare QSqlQuery lookups on the repository's connection: no Division objects, no has-children probe.
class BareSearch final
{
public:
    explicit BareSearch(const QSqlDatabase &db)
    {
        for (QSqlQuery *q : {&m_name, &m_code, &m_namePlan, &m_codePlan, &m_contains}) {
            *q = QSqlQuery(db);
            q->setForwardOnly(true);
        }
        m_name.prepare(QStringLiteral("SELECT code, name FROM division WHERE name >= ? AND name < ? LIMIT ?"));
        m_code.prepare(QStringLiteral("SELECT code, name FROM division WHERE code >= ? AND code < ? LIMIT ?"));
        // The repository's plan: one index range per level, shallow first.
        m_namePlan.prepare(QStringLiteral("SELECT code, name FROM division INDEXED BY division_name"
                                          " WHERE name >= ? AND name < ? AND level = ? LIMIT ?"));
        m_codePlan.prepare(QStringLiteral("SELECT code, name FROM division INDEXED BY division_level_code"
                                          " WHERE level = ? AND code >= ? AND code < ? LIMIT ?"));
        m_contains.prepare(QStringLiteral("SELECT code, name FROM division WHERE instr(name, ?) > 1 LIMIT ?"));
    }

    // The floor: one index range scan for the prefix, unordered.
    void prefix(const QString &text) { range(divcode::isDigits(text) ? m_code : m_name, text); }

    // The repository's plan: the ordered prefix range, then for names the substring scan filling up to the limit.
    void samePlan(const QString &text)
    {
        const bool code = divcode::isDigits(text);
        static const int lengths[] = {2, 4, 6, 9, 12};
        int n = 0;
        for (int level = 1; level <= 5 && n < kLimit; ++level) {
            if (code && lengths[level - 1] < text.size())
                continue;
            QSqlQuery &q = code ? m_codePlan : m_namePlan;
            q.bindValue(code ? 1 : 0, text);
            q.bindValue(code ? 2 : 1, text + QChar(0xFFFF));
            q.bindValue(code ? 0 : 2, level);
            q.bindValue(3, kLimit - n);
            n += drain(q);
        }
        if (code || n >= kLimit)
            return;
        m_contains.bindValue(0, text);
        m_contains.bindValue(1, kLimit - n);
        drain(m_contains);
    }

private:
    static int range(QSqlQuery &q, const QString &text)
    {
        q.bindValue(0, text);
        q.bindValue(1, text + QChar(0xFFFF));
        q.bindValue(2, kLimit);
        return drain(q);
    }

    QSqlQuery m_name, m_code, m_namePlan, m_codePlan, m_contains;
};

struct Samples
{
    QList<double> repo;
    QList<double> indexed; // the console's path: repository search with the in-memory name index
    QList<double> prefix;
    QList<double> plan;
};

void reportStats(const QString &name, const Samples &s)
{
    const Stats repo = Stats::of(s.repo);
    const Stats prefix = Stats::of(s.prefix);
    const Stats plan = Stats::of(s.plan);
    const auto line = [&](const char *stat, double r, double p, double sp) {
        report(name + QLatin1Char('.') + QLatin1String(stat), fixed(r), QStringLiteral("ms"),
               QStringLiteral("bare prefix query %1 ms").arg(fixed(p)),
               QStringLiteral("bare SQL with the same plan %1 ms").arg(fixed(sp)));
    };
    line("median", repo.median, prefix.median, plan.median);
    line("p95", repo.p95, prefix.p95, plan.p95);
    line("max", repo.max, prefix.max, plan.max);
    const Stats indexed = Stats::of(s.indexed);
    const auto idx = [&](const char *stat, double r, double p, double sp) {
        report(name + QStringLiteral(".indexed.") + QLatin1String(stat), fixed(r), QStringLiteral("ms"),
               QStringLiteral("bare prefix query %1 ms").arg(fixed(p)),
               QStringLiteral("bare SQL with the same plan %1 ms").arg(fixed(sp)));
    };
    idx("median", indexed.median, prefix.median, plan.median);
    idx("p95", indexed.p95, prefix.p95, plan.p95);
    idx("max", indexed.max, prefix.max, plan.max);
}

} // namespace

int search(const Args &a)
{
    const QString dbPath = a.arg(0);
    if (dbPath.isEmpty())
        return usage(QStringLiteral("search DB [--reps N]"));
    if (!QFileInfo(dbPath).isFile())
        return fail(QStringLiteral("%1 does not exist; run tree-import --keep first").arg(dbPath));
    const int reps = a.intOption(QStringLiteral("reps"), 20);

    Workspace ws(dbPath);
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    const DivisionRepository repo = ws.divisions();
    const QMap<int, qint64> counts = repo.countByLevel();
    const qint64 rows = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));
    if (counts.value(5) == 0)
        return fail(QStringLiteral("%1 holds no level-5 divisions; import the full package first").arg(dbPath));

    BareSearch bare(ws.db());
    QElapsedTimer build;
    build.start();
    const DivisionNameIndex index = DivisionNameIndex::build(ws.db());
    report(QStringLiteral("search.name-index.build"), fixed(elapsedMs(build)), QStringLiteral("ms"),
           QStringLiteral("once per console start, off the GUI thread; %1 names").arg(thousands(index.size())));

    QMap<QString, Samples> byKind;
    QMap<QString, Samples> byWord;
    QMap<QString, qsizetype> found; // keystroke text → results shown
    QElapsedTimer t;
    for (int rep = 0; rep < reps; ++rep) {
        for (const QString &word : kWords) {
            for (qsizetype len = 1; len <= word.size(); ++len) {
                const QString text = word.left(len);
                t.start();
                const qsizetype n = repo.search(text, kLimit).size();
                const double repoMs = elapsedMs(t);
                t.start();
                const qsizetype ni = repo.search(text, kLimit, &index).size();
                const double indexedMs = elapsedMs(t);
                if (ni != n)
                    return fail(QStringLiteral("indexed search found %1 for %2, SQLite %3").arg(ni).arg(text).arg(n));
                t.start();
                bare.prefix(text);
                const double prefixMs = elapsedMs(t);
                t.start();
                bare.samePlan(text);
                const double planMs = elapsedMs(t);
                found[text] = n;
                for (Samples *s : {&byKind[kindOf(text)], &byWord[word]}) {
                    s->repo << repoMs;
                    s->indexed << indexedMs;
                    s->prefix << prefixMs;
                    s->plan << planMs;
                }
            }
        }
    }

    // The division field's completer (issue 18): DivisionSearch with parents' names and the typed text resolved, on
    // the levels 1–4 name index the field builds once per database, keystroke by keystroke, against the same bare
    // prefix query. What an official waits for per key is search + resolve; the index build is paid once, off the GUI.
    build.start();
    const DivisionNameIndex fieldIndex = DivisionNameIndex::build(ws.db(), DivisionSearch::kDeepestContainedLevel);
    report(QStringLiteral("completer.name-index.build"), fixed(elapsedMs(build)), QStringLiteral("ms"),
           QStringLiteral("once per database, off the GUI thread; %1 names of levels 1-4").arg(thousands(fieldIndex.size())));
    const DivisionSearch completer(ws.db(), &fieldIndex);
    const QStringList completerWords = kWords + QStringList{QStringLiteral("张店区 淄博"), QStringLiteral("西湖区")};
    Samples typed;
    QMap<QString, qsizetype> offered;
    for (int rep = 0; rep < reps; ++rep)
        for (const QString &word : completerWords)
            for (qsizetype len = 1; len <= word.size(); ++len) {
                const QString text = word.left(len);
                t.start();
                const QList<DivisionHit> hits = completer.search(text, kLimit);
                const DivisionResolution r = completer.resolve(text, !hits.isEmpty());
                typed.repo << elapsedMs(t);
                offered[text] = r.kind == DivisionResolution::Unknown ? -1 : hits.size();
                t.start();
                bare.prefix(text.section(QLatin1Char(' '), 0, 0));
                typed.prefix << elapsedMs(t);
            }
    const Stats c = Stats::of(typed.repo), p = Stats::of(typed.prefix);
    for (const auto &[stat, cv, pv] : {std::tuple{"median", c.median, p.median}, std::tuple{"p95", c.p95, p.p95},
                                       std::tuple{"max", c.max, p.max}})
        report(QStringLiteral("completer.keystroke.") + QLatin1String(stat), fixed(cv), QStringLiteral("ms"),
               QStringLiteral("bare prefix query %1 ms").arg(fixed(pv)), QStringLiteral("one frame at 60 Hz 16.7 ms"));
    QStringList offeredText;
    for (auto it = offered.cbegin(); it != offered.cend(); ++it)
        offeredText << QStringLiteral("%1→%2").arg(it.key()).arg(it.value() < 0 ? QStringLiteral("unknown") : QString::number(it.value()));
    note(QStringLiteral("completer suggestions per keystroke: ") + offeredText.join(QStringLiteral(", ")));

    note(QStringLiteral("search: %1 divisions; %2 repetitions of typing %3; at most %4 results per keystroke")
             .arg(thousands(rows))
             .arg(reps)
             .arg(kWords.join(QStringLiteral(", ")))
             .arg(kLimit));
    QStringList shown;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        shown << QStringLiteral("%1→%2").arg(it.key()).arg(it.value());
    note(QStringLiteral("results per keystroke: ") + shown.join(QStringLiteral(", ")));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        reportStats(QStringLiteral("search.%1").arg(it.key()), it.value());
    for (const QString &word : kWords) {
        const Samples &w = byWord[word];
        report(QStringLiteral("search.typing[%1].indexed.p95").arg(word), fixed(Stats::of(w.indexed).p95), QStringLiteral("ms"),
               QStringLiteral("bare prefix query %1 ms").arg(fixed(Stats::of(w.prefix).p95)),
               QStringLiteral("bare SQL with the same plan %1 ms").arg(fixed(Stats::of(w.plan).p95)));
        report(QStringLiteral("search.typing[%1].p95").arg(word), fixed(Stats::of(w.repo).p95), QStringLiteral("ms"),
               QStringLiteral("bare prefix query %1 ms").arg(fixed(Stats::of(w.prefix).p95)),
               QStringLiteral("bare SQL with the same plan %1 ms").arg(fixed(Stats::of(w.plan).p95)));
    }
    return 0;
}

} // namespace hc::bench
