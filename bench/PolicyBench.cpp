// policy-eval: holder-evaluations per second of the pure policy engine on one core, over a typical mix of
// holders (most with no condition, some with one to four, active or cleared, some gray).
#include "BenchSupport.h"
#include "PolicyEngine.h"

#include <random>
#include <vector>

namespace hc::bench {

int policyEval(const Args &a)
{
    const int holders = a.intOption(QStringLiteral("holders"), 2'000'000);
    const int reps = a.intOption(QStringLiteral("reps"), 5);
    using namespace hc::policy;
    const PolicyEngine engine(Policy{});
    const qint64 now = 1667354400; // 2022-11-02 10:00 UTC+8
    std::mt19937_64 rng(42);
    struct Span
    {
        quint32 first;
        quint16 count;
        qint64 lastDeclaration;
    };
    std::vector<Span> spans(static_cast<size_t>(holders));
    std::vector<Condition> conditions;
    conditions.reserve(size_t(holders) / 2);
    static const ConditionKind kinds[] = {ConditionKind::StayMedium, ConditionKind::Arrival, ConditionKind::CloseContact,
                                          ConditionKind::ResidentHigh, ConditionKind::Symptoms, ConditionKind::CoTraveller};
    for (Span &s : spans) {
        const int roll = int(rng() % 100);
        const int n = roll < 80 ? 0 : roll < 92 ? 1 : roll < 98 ? 2 : 4; // typical: most holders have no condition
        s.first = quint32(conditions.size());
        s.count = quint16(n);
        s.lastDeclaration = rng() % 10 == 0 ? now - 100 * 3600 : now - qint64(rng() % (48 * 3600));
        for (int i = 0; i < n; ++i) {
            Condition c;
            c.kind = kinds[rng() % std::size(kinds)];
            c.color = defaultColorOf(c.kind);
            c.start = now - qint64(rng() % (20 * 86400));
            c.clear = rng() % 3 == 0 ? c.start + 3600 : kOpen; // a third already cleared
            conditions.push_back(c);
        }
    }
    note(QStringLiteral("%1 holders, %2 conditions (80% none, 12% one, 6% two, 2% four; a third cleared; 10% gray)")
             .arg(thousands(holders), thousands(qint64(conditions.size()))));
    QList<double> rates;
    std::array<qint64, 4> colors{};
    for (int r = 0; r < reps; ++r) {
        colors = {};
        QElapsedTimer t;
        t.start();
        for (const Span &s : spans) {
            const Evaluation e = engine.evaluate(std::span(conditions.data() + s.first, s.count), s.lastDeclaration, now);
            ++colors[size_t(e.color)];
        }
        rates << holders / (elapsedMs(t) / 1000.0);
    }
    // The raw limit: one pass over the same memory doing nothing but reading it.
    QElapsedTimer t;
    t.start();
    qint64 sink = 0;
    for (const Span &s : spans)
        for (int i = 0; i < s.count; ++i)
            sink += conditions[s.first + i].start ^ s.lastDeclaration;
    const double rawRate = holders / (elapsedMs(t) / 1000.0);
    const Stats st = Stats::of(rates);
    report(QStringLiteral("policy evaluations"), thousands(qint64(st.median)), QStringLiteral("holders/s"),
           QStringLiteral("target ≥ 5,000,000/s; bare read of the same memory %1/s").arg(thousands(qint64(rawRate))),
           QStringLiteral("one core, median of %1; green %2, gray %3, yellow %4, red %5; %6")
               .arg(reps)
               .arg(thousands(colors[0]), thousands(colors[1]), thousands(colors[2]), thousands(colors[3]))
               .arg(sink & 1));
    return st.median >= 5'000'000 ? 0 : 1;
}

} // namespace hc::bench
