#include "CoreTestSupport.h"
#include "RiskAreaService.h"

#include <QtTest>

using namespace hc;
using hctest::at;
using hctest::TestDb;

namespace {
const QString kActor = QStringLiteral("admin");
const QDateTime kT0 = at(QStringLiteral("2022-11-01T08:00:00+08:00"));
const QDateTime kT1 = at(QStringLiteral("2022-11-03T12:00:00+08:00"));
const QDateTime kT2 = at(QStringLiteral("2022-11-08T00:00:00+08:00"));

Declaration decl(const QString &code, RiskLevel level, const QDateTime &from, const QStringList &subareas = {})
{
    Declaration d;
    d.divisionCode = code;
    d.subareas = subareas;
    d.level = level;
    d.from = from;
    d.basis = QStringLiteral("case report 2022-117");
    d.reason = QStringLiteral("two confirmed cases");
    return d;
}

AreaFilter filterAt(const QDateTime &t)
{
    AreaFilter f;
    f.at = t.toSecsSinceEpoch();
    return f;
}

// Row counts of every table a declaration may touch.
QList<qint64> snapshot(const TestDb &t)
{
    return {t.count(QStringLiteral("risk_area")), t.count(QStringLiteral("risk_period")),
            t.count(QStringLiteral("audit_log")), t.count(QStringLiteral("risk_period"), QStringLiteral("effective_to IS NULL"))};
}
} // namespace

class TestRiskAreaService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void declareLowerLift()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();

        const auto r = risk.declare(decl(QStringLiteral("110105"), RiskLevel::High, kT0), kActor, audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        const RiskPeriod p = r->first();
        QCOMPARE(p.divisionCode, QStringLiteral("110105"));
        QCOMPARE(p.divisionName, QStringLiteral("朝阳区"));
        QVERIFY(p.subarea.isEmpty());
        QCOMPARE(p.level, RiskLevel::High);
        QCOMPARE(p.from, kT0.toSecsSinceEpoch());
        QVERIFY(!p.to);
        QCOMPARE(p.basis, QStringLiteral("case report 2022-117"));
        QCOMPARE(p.reason, QStringLiteral("two confirmed cases"));
        QCOMPARE(p.source, QStringLiteral("manual"));
        QCOMPARE(p.declaredBy, kActor);
        QCOMPARE(p.declaredAt, t.clock.now().toSecsSinceEpoch());
        QCOMPARE(t.count(QStringLiteral("audit_log")), 1);

        // In force from its start, not a second before.
        QList<RiskPeriod> now = risk.inForce(filterAt(kT0));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().id, p.id);
        QVERIFY(risk.inForce(filterAt(kT0.addSecs(-1))).isEmpty());
        QCOMPARE(risk.countInForce(filterAt(kT0)), 1);
        QCOMPARE(risk.countInForce(filterAt(kT0.addSecs(-1))), 0);
        AreaFilter f = filterAt(kT1);
        f.level = RiskLevel::Medium;
        QCOMPARE(risk.countInForce(f), 0);
        f.level = RiskLevel::High;
        f.divisionPrefix = QStringLiteral("1101");
        QCOMPARE(risk.countInForce(f), 1);
        f.divisionPrefix = QStringLiteral("1102");
        QCOMPARE(risk.countInForce(f), 0);
        f.divisionPrefix.clear();
        f.divisionLevel = 3;
        QCOMPARE(risk.countInForce(f), 1);
        f.divisionLevel = 4;
        QCOMPARE(risk.countInForce(f), 0);

        // Lowered later: the high period ends where the medium one begins.
        t.clock.set(kT1);
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105"), RiskLevel::Medium, kT1), kActor, audit));
        const QList<RiskPeriod> h = risk.history(QStringLiteral("110105"), {});
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).level, RiskLevel::High);
        QVERIFY(h.at(0).to.has_value());
        QCOMPARE(*h.at(0).to, kT1.toSecsSinceEpoch());
        QCOMPARE(h.at(0).endedBy, kActor);
        QCOMPARE(h.at(1).level, RiskLevel::Medium);
        QVERIFY(!h.at(1).to);
        QCOMPARE(risk.inForce(filterAt(kT1.addSecs(-1))).first().level, RiskLevel::High);
        QCOMPARE(risk.inForce(filterAt(kT1)).size(), 1);
        QCOMPARE(risk.inForce(filterAt(kT1)).first().level, RiskLevel::Medium);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);

        // Lifted: in force until the lift, not after.
        t.clock.set(kT2);
        const auto lifted = risk.lift(QStringLiteral("110105"), {}, kT2, QStringLiteral("14 days without cases"), kActor, audit);
        HC_VERIFY_OK(lifted);
        QCOMPARE(lifted->size(), 1);
        QCOMPARE(lifted->first().to.value_or(0), kT2.toSecsSinceEpoch());
        QVERIFY(risk.inForce(filterAt(kT2)).isEmpty());
        QCOMPARE(risk.countInForce(filterAt(kT2.addSecs(3600))), 0);
        QCOMPARE(risk.countInForce(filterAt(kT2.addSecs(-1))), 1);
        QCOMPARE(risk.history(QStringLiteral("110105"), {}).size(), 2);
        // Lifting again: nothing in force.
        const auto again = risk.lift(QStringLiteral("110105"), {}, kT2, QStringLiteral("again"), kActor, audit);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Refused);

        // Exactly one audit entry per change, and the chain holds.
        QCOMPARE(t.count(QStringLiteral("audit_log")), 3);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.declare'")), 1);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.change'")), 1);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.lift'")), 1);
        const AuditVerdict v = t.audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 3);
    }

    void declareLowLifts()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105"), RiskLevel::High, kT0), kActor, audit));
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105"), RiskLevel::Low, kT1), kActor, audit));
        QCOMPARE(risk.countInForce(filterAt(kT1)), 0);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.lift'")), 1);
    }

    void periodWithEnd()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        Declaration d = decl(QStringLiteral("310101"), RiskLevel::Medium, kT0);
        d.to = kT1;
        HC_VERIFY_OK(risk.declare(d, kActor, audit));
        QCOMPARE(risk.countInForce(filterAt(kT1.addSecs(-1))), 1);
        QCOMPARE(risk.countInForce(filterAt(kT1)), 0);
        // A later declaration after it expired opens a new period without touching the old one.
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("310101"), RiskLevel::High, kT2), kActor, audit));
        const auto h = risk.history(QStringLiteral("310101"), {});
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).to.value_or(0), kT1.toSecsSinceEpoch());
        QVERIFY(h.at(0).endedBy.isEmpty());
    }

    void subareas()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        QCOMPARE(normaliseSubarea(QStringLiteral("３号楼2单元")), QStringLiteral("3号楼2单元"));
        QCOMPARE(normaliseSubarea(QStringLiteral("3号楼 2单元")), QStringLiteral("3号楼2单元"));
        QCOMPARE(normaliseSubarea(QStringLiteral("Ａ座\u3000１０层")), QStringLiteral("A座10层"));

        const auto r = risk.declare(decl(QStringLiteral("110105011"), RiskLevel::High, kT0,
                                         {QStringLiteral("３号楼2单元"), QStringLiteral("5号楼")}),
                                    kActor, audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 2); // each sub-area is its own area
        QCOMPARE(t.count(QStringLiteral("risk_area")), 2);
        QCOMPARE(t.count(QStringLiteral("audit_log")), 2);
        QCOMPARE(risk.countInForce(filterAt(kT0)), 2);

        // Written differently, the same area.
        const auto h = risk.history(QStringLiteral("110105011"), QStringLiteral("3号楼 2单元"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().id, r->first().id);
        const auto same = risk.declare(decl(QStringLiteral("110105011"), RiskLevel::High, kT1, {QStringLiteral("3号楼 2单元")}),
                                       kActor, audit);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().kind, ErrorKind::Refused);
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105011"), RiskLevel::Medium, kT1, {QStringLiteral("3号楼 2单元")}),
                                  kActor, audit));
        QCOMPARE(t.count(QStringLiteral("risk_area")), 2);
        QCOMPARE(risk.history(QStringLiteral("110105011"), QStringLiteral("３号楼２单元")).size(), 2);
        // A sub-area is not the whole division.
        QVERIFY(risk.history(QStringLiteral("110105011"), {}).isEmpty());
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110105011"), kT1.toSecsSinceEpoch()), RiskLevel::Low);
        HC_VERIFY_OK(risk.lift(QStringLiteral("110105011"), {QStringLiteral("３号楼 2单元")}, kT2, QStringLiteral("done"),
                               kActor, audit));
        QCOMPARE(risk.countInForce(filterAt(kT2)), 1);
        QVERIFY(t.audit().verify().intact);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("toOffset"); // seconds after from; 0 = no end
        QTest::newRow("unknown code") << QStringLiteral("999999") << QStringLiteral("b") << QStringLiteral("r") << 0;
        QTest::newRow("unknown village") << QStringLiteral("110105011001") << QStringLiteral("b") << QStringLiteral("r") << 0;
        QTest::newRow("bad length") << QStringLiteral("11010") << QStringLiteral("b") << QStringLiteral("r") << 0;
        QTest::newRow("not digits") << QStringLiteral("朝阳区") << QStringLiteral("b") << QStringLiteral("r") << 0;
        QTest::newRow("missing basis") << QStringLiteral("110105") << QStringLiteral("  ") << QStringLiteral("r") << 0;
        QTest::newRow("missing reason") << QStringLiteral("110105") << QStringLiteral("b") << QString() << 0;
        QTest::newRow("to == from") << QStringLiteral("110105") << QStringLiteral("b") << QStringLiteral("r") << -1;
        QTest::newRow("to < from") << QStringLiteral("110105") << QStringLiteral("b") << QStringLiteral("r") << -3600;
    }

    void badInput()
    {
        QFETCH(QString, code);
        QFETCH(QString, basis);
        QFETCH(QString, reason);
        QFETCH(int, toOffset);
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        Declaration d = decl(code, RiskLevel::High, kT0);
        d.basis = basis;
        d.reason = reason;
        if (toOffset != 0)
            d.to = kT0.addSecs(toOffset == -1 ? 0 : toOffset);
        const auto r = risk.declare(d, kActor, audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(t), (QList<qint64>{0, 0, 0, 0}));
        // A missing from-time is bad input too.
        Declaration noFrom = decl(QStringLiteral("110105"), RiskLevel::High, QDateTime());
        QCOMPARE(risk.declare(noFrom, kActor, audit).error().kind, ErrorKind::BadInput);
    }

    void olderDeclarationRefused()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105"), RiskLevel::High, kT1), kActor, audit));
        const QList<qint64> before = snapshot(t);
        const auto r = risk.declare(decl(QStringLiteral("110105"), RiskLevel::Medium, kT0), kActor, audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Refused);
        QCOMPARE(snapshot(t), before);
        QCOMPARE(risk.history(QStringLiteral("110105"), {}).size(), 1);
    }

    void failedDeclareChangesNothing()
    {
        // Two sub-areas; the second one is refused: the first one's area, period and audit entry roll back.
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105011"), RiskLevel::High, kT1, {QStringLiteral("二街坊")}),
                                  kActor, audit));
        const QList<qint64> before = snapshot(t);
        QCOMPARE(before, (QList<qint64>{1, 1, 1, 1}));
        const auto r = risk.declare(decl(QStringLiteral("110105011"), RiskLevel::Medium, kT0,
                                         {QStringLiteral("一街坊"), QStringLiteral("二街坊")}),
                                    kActor, audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Refused);
        QCOMPARE(snapshot(t), before);
        QVERIFY(risk.history(QStringLiteral("110105011"), QStringLiteral("一街坊")).isEmpty());
        // Redeclaring the same open-ended level is refused and changes nothing either.
        const auto dup = risk.declare(decl(QStringLiteral("110105011"), RiskLevel::High, kT2, {QStringLiteral("二街坊")}),
                                      kActor, audit);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Refused);
        QCOMPARE(snapshot(t), before);
        QVERIFY(t.audit().verify().intact);
    }

    void effectiveLevelAndSummaries()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        RiskAreaService risk(t.conn(), t.clock);
        AuditLog audit = t.audit();
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("1101"), RiskLevel::Medium, kT0), kActor, audit));
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105"), RiskLevel::High, kT0), kActor, audit));
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110105011"), RiskLevel::Medium, kT0, {QStringLiteral("二街坊")}),
                                  kActor, audit));
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("110106001"), RiskLevel::High, kT0, {QStringLiteral("1号院")}),
                                  kActor, audit));
        HC_VERIFY_OK(risk.declare(decl(QStringLiteral("310101"), RiskLevel::High, kT0), kActor, audit));
        const qint64 t0 = kT0.toSecsSinceEpoch();

        // A child inherits the highest whole-division level of its ancestors.
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110105011"), t0), RiskLevel::High);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110105"), t0), RiskLevel::High);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110106"), t0), RiskLevel::Medium);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110106001"), t0), RiskLevel::Medium); // its sub-area does not count
        QCOMPARE(risk.effectiveLevel(QStringLiteral("1101"), t0), RiskLevel::Medium);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("11"), t0), RiskLevel::Low);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("1201"), t0), RiskLevel::Low);
        QCOMPARE(risk.effectiveLevel(QStringLiteral("110105011"), t0 - 1), RiskLevel::Low);

        const auto top = risk.childSummaries({}, t0);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.value(QStringLiteral("11")).own, RiskLevel::Low);
        QCOMPARE(top.value(QStringLiteral("11")).high, 2);
        QCOMPARE(top.value(QStringLiteral("11")).medium, 2);
        QCOMPARE(top.value(QStringLiteral("31")).high, 1);
        const auto bj = risk.childSummaries(QStringLiteral("11"), t0);
        QCOMPARE(bj.size(), 1);
        QCOMPARE(bj.value(QStringLiteral("1101")).own, RiskLevel::Medium);
        QCOMPARE(bj.value(QStringLiteral("1101")).high, 2);
        QCOMPARE(bj.value(QStringLiteral("1101")).medium, 2); // its own and 二街坊
        const auto city = risk.childSummaries(QStringLiteral("1101"), t0);
        QCOMPARE(city.size(), 2);
        QCOMPARE(city.value(QStringLiteral("110105")).own, RiskLevel::High);
        QCOMPARE(city.value(QStringLiteral("110105")).high, 1);
        QCOMPARE(city.value(QStringLiteral("110105")).medium, 1);
        QCOMPARE(city.value(QStringLiteral("110106")).own, RiskLevel::Low);
        QCOMPARE(city.value(QStringLiteral("110106")).high, 1);
        const auto street = risk.childSummaries(QStringLiteral("110105"), t0);
        QCOMPARE(street.size(), 1);
        QCOMPARE(street.value(QStringLiteral("110105011")).own, RiskLevel::Low); // a sub-area only
        QVERIFY(risk.childSummaries({}, t0 - 1).isEmpty());

        QCOMPARE(t.count(QStringLiteral("audit_log")), 5);
        QVERIFY(t.audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestRiskAreaService)
#include "tst_riskareaservice.moc"
