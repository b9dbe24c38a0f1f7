// The pure engine: declared-day counting, color and next-change time, policy parameters.
#include "DeclaredDays.h"
#include "PolicyEngine.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace hc::policy;

namespace {
// 2022-05-02 00:00 UTC+8 in epoch seconds.
constexpr qint64 kDay0 = 1651420800;
constexpr qint64 kH = 3600;
} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT
private slots:
    void daysAreCalendarDaysInUtc8()
    {
        QCOMPARE(DeclaredDays::dayOf(kDay0), DeclaredDays::dayOf(kDay0 + 24 * kH - 1));
        QCOMPARE(DeclaredDays::dayOf(kDay0) + 1, DeclaredDays::dayOf(kDay0 + 24 * kH));
        QCOMPARE(DeclaredDays::dayOf(-8 * kH), 0);  // 1970-01-01 00:00 in UTC+8
        QCOMPARE(DeclaredDays::dayOf(-8 * kH - 1), -1);
    }

    void missedDayRestartsAndSameDayCountsOnce()
    {
        // Anchor on day 0; declarations on days 1, 2, (3 missing), 4, 4 again, 5, 6.
        const std::vector<qint64> d{kDay0 + 9 * kH, kDay0 + 24 * kH + 9 * kH, kDay0 + 48 * kH + 9 * kH,
                                    kDay0 + 96 * kH + 8 * kH, kDay0 + 96 * kH + 20 * kH, kDay0 + 120 * kH + 9 * kH,
                                    kDay0 + 144 * kH + 9 * kH};
        QCOMPARE(DeclaredDays::clearTime(d, kDay0 + 10 * kH, 2), kDay0 + 48 * kH + 9 * kH);
        QCOMPARE(DeclaredDays::clearTime(d, kDay0 + 10 * kH, 3), kDay0 + 144 * kH + 9 * kH); // days 4, 5, 6
        QCOMPARE(DeclaredDays::clearTime(d, kDay0 + 10 * kH, 4), kOpen);
        // The day of the anchor never counts, even with a later declaration on it.
        QCOMPARE(DeclaredDays::clearTime(d, kDay0 + 8 * kH, 1), kDay0 + 24 * kH + 9 * kH);
    }

    void incrementalAndBatchAgree()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 500; ++round) {
            std::vector<qint64> d;
            qint64 t = kDay0;
            for (int i = 0; i < 40; ++i) {
                t += qint64(rng.bounded(0, 40)) * kH;
                d.push_back(t);
            }
            const qint64 anchor = kDay0 + qint64(rng.bounded(0, 200)) * kH;
            const int days = rng.bounded(1, 8);
            DeclaredDays counter(anchor, days);
            qint64 incremental = kOpen;
            for (qint64 x : d)
                if (counter.feed(x)) {
                    incremental = x;
                    break;
                }
            QCOMPARE(DeclaredDays::clearTime(d, anchor, days), incremental);
        }
    }

    void colorIsTheWorstActiveCondition()
    {
        PolicyEngine engine(Policy{});
        std::vector<Condition> c(2);
        c[0].kind = ConditionKind::Symptoms;
        c[0].color = Color::Yellow;
        c[0].start = kDay0;
        c[0].clear = kDay0 + 10 * kH;
        c[1].kind = ConditionKind::CloseContact;
        c[1].color = Color::Red;
        c[1].start = kDay0 + 2 * kH;
        c[1].clear = kDay0 + 5 * kH;
        const qint64 decl = kDay0 - kH;
        Evaluation e = engine.evaluate(c, decl, kDay0 + kH);
        QCOMPARE(e.color, Color::Yellow);
        QCOMPARE(e.nextChange, kDay0 + 2 * kH); // the close contact starts
        e = engine.evaluate(c, decl, kDay0 + 2 * kH);
        QCOMPARE(e.color, Color::Red);
        QCOMPARE(e.activeKinds, quint16((1u << unsigned(ConditionKind::Symptoms)) | (1u << unsigned(ConditionKind::CloseContact))));
        QCOMPARE(e.nextChange, kDay0 + 5 * kH);
        e = engine.evaluate(c, decl, kDay0 + 10 * kH); // both cleared: green, gray 72 h after the declaration
        QCOMPARE(e.color, Color::Green);
        QCOMPARE(e.nextChange, decl + 72 * kH + 1);
        QCOMPARE(engine.evaluate(c, decl, decl + 72 * kH).color, Color::Green);
        QCOMPARE(engine.evaluate(c, decl, decl + 72 * kH + 1).color, Color::Gray);
        QCOMPARE(engine.evaluate({}, kNoDeclaration, kDay0).color, Color::Gray);
        QCOMPARE(engine.evaluate({}, kNoDeclaration, kDay0).nextChange, kOpen);
    }

    void resolveTakesTheEarliestRule()
    {
        PolicyEngine engine(Policy{});
        Condition c;
        c.kind = ConditionKind::Symptoms;
        c.start = kDay0;
        c.anchor = kDay0;
        c.days = 1;
        const std::vector<qint64> all{kDay0 + 33 * kH}, none;
        engine.resolve(c, {all, none}); // symptoms count only symptom-free declarations
        QCOMPARE(c.clear, kOpen);
        engine.resolve(c, {all, all});
        QCOMPARE(c.clear, kDay0 + 33 * kH);
        c.voidedAt = kDay0 + kH;
        engine.resolve(c, {all, all});
        QCOMPARE(c.clear, kDay0 + kH);
    }

    void policyParameters()
    {
        Policy p;
        QVERIFY(p.applyOverrides({{"stay_high_days", 7}, {"green_validity_hours", 0}}).ok());
        QCOMPARE(p.stayHighDays, 7);
        QCOMPARE(p.greenValidityHours, 0);
        QVERIFY(!p.applyOverrides({{"stay_high_days", 0}}).ok());
        QVERIFY(!p.applyOverrides({{"stay_high_days", "7"}}).ok());
        QVERIFY(!p.applyOverrides({{"unknown", 1}}).ok());
        p.id = QStringLiteral("ninth-plan");
        p.version = 9;
        const auto back = Policy::fromJson(p.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->versionTag(), QStringLiteral("ninth-plan@9"));
        QCOMPARE(back->parametersJson(), p.parametersJson());
        const Policy d;
        QCOMPARE(d.parametersJson().value("case_clear_hours").toInt(), 672);
        QCOMPARE(d.parametersJson().value("stay_min_minutes").toInt(), 60);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
