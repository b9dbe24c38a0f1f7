#include "CoreTestSupport.h"
#include "RiskAreaService.h"

#include <QtTest>

using namespace hc;
using hctest::at;
using hctest::TestDb;

namespace {
const QString kActor = QStringLiteral("admin");
const QString kCy = QStringLiteral("110105");        // 北京市 朝阳区
const QString kJxq = QStringLiteral("110105011");    // 朝阳区 酒仙桥街道
const QDateTime kT0 = at(QStringLiteral("2022-11-01T08:00:00+08:00"));
const QDateTime kT1 = at(QStringLiteral("2022-11-03T12:00:00+08:00"));
const QDateTime kT2 = at(QStringLiteral("2022-11-08T00:00:00+08:00"));
const qint64 t0 = kT0.toSecsSinceEpoch();

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
} // namespace

class TestRiskAreaService : public QObject
{
    Q_OBJECT

    // A fresh database for every test function and every data row.
    std::unique_ptr<TestDb> m_t;
    std::unique_ptr<RiskAreaService> m_risk;
    std::unique_ptr<AuditLog> m_audit;

    // What needs a second official is approved by one, as in the console.
    Result<QList<RiskPeriod>> declare(const Declaration &d) { return hctest::declareApproved(m_t->conn(), m_t->clock, d, *m_audit); }
    Result<QList<RiskPeriod>> declare(const QString &code, RiskLevel level, const QDateTime &from,
                                      const QStringList &subareas = {})
    {
        return declare(decl(code, level, from, subareas));
    }
    Result<QList<RiskPeriod>> lift(const QString &code, const QStringList &subareas, const QDateTime &when)
    {
        return m_risk->lift(code, subareas, when, QStringLiteral("14 days without cases"), kActor, *m_audit);
    }
    qint64 count(const QString &table, const QString &where = {}) const { return m_t->count(table, where); }
    qint64 inForceAt(const QDateTime &t) const { return m_risk->countInForce(filterAt(t)); }
    // Row counts of everything a declaration may touch.
    QList<qint64> snapshot() const
    {
        return {count(QStringLiteral("risk_area")), count(QStringLiteral("risk_period")), count(QStringLiteral("audit_log")),
                count(QStringLiteral("risk_period"), QStringLiteral("effective_to IS NULL"))};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*m_t);
        m_risk = std::make_unique<RiskAreaService>(m_t->conn(), m_t->clock);
        m_audit = std::make_unique<AuditLog>(m_t->conn(), m_t->clock);
    }

    void cleanup()
    {
        m_audit.reset();
        m_risk.reset();
        m_t.reset();
    }

    void declareLowerLift()
    {
        const auto r = declare(kCy, RiskLevel::High, kT0);
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        const RiskPeriod p = r->first();
        QCOMPARE(p.divisionCode, kCy);
        QCOMPARE(p.divisionName, QStringLiteral("朝阳区"));
        QVERIFY(p.subarea.isEmpty());
        QCOMPARE(p.level, RiskLevel::High);
        QCOMPARE(p.from, t0);
        QVERIFY(!p.to);
        QCOMPARE(QStringList({p.basis, p.reason, p.source, p.declaredBy}),
                 QStringList({QStringLiteral("case report 2022-117"), QStringLiteral("two confirmed cases"),
                              QStringLiteral("manual"), kActor}));
        QCOMPARE(p.declaredAt, m_t->clock.now().toSecsSinceEpoch());

        // In force from its start, not a second before.
        const QList<RiskPeriod> now = m_risk->inForce(filterAt(kT0));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().id, p.id);
        QVERIFY(m_risk->inForce(filterAt(kT0.addSecs(-1))).isEmpty());
        QCOMPARE(inForceAt(kT0.addSecs(-1)), 0);
        AreaFilter f = filterAt(kT1);
        f.level = RiskLevel::Medium;
        QCOMPARE(m_risk->countInForce(f), 0);
        f.level = RiskLevel::High;
        f.divisionPrefix = QStringLiteral("1101");
        QCOMPARE(m_risk->countInForce(f), 1);
        f.divisionPrefix = QStringLiteral("1102");
        QCOMPARE(m_risk->countInForce(f), 0);
        f.divisionPrefix.clear();
        f.divisionLevel = 3;
        QCOMPARE(m_risk->countInForce(f), 1);
        f.divisionLevel = 4;
        QCOMPARE(m_risk->countInForce(f), 0);

        // Lowered later: the high period ends where the medium one begins.
        m_t->clock.set(kT1);
        HC_VERIFY_OK(declare(kCy, RiskLevel::Medium, kT1));
        const QList<RiskPeriod> h = m_risk->history(kCy, {});
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).level, RiskLevel::High);
        QCOMPARE(h.at(0).to.value_or(0), kT1.toSecsSinceEpoch());
        QCOMPARE(h.at(0).endedBy, kActor);
        QCOMPARE(h.at(1).level, RiskLevel::Medium);
        QVERIFY(!h.at(1).to);
        QCOMPARE(m_risk->inForce(filterAt(kT1.addSecs(-1))).first().level, RiskLevel::High);
        QCOMPARE(m_risk->inForce(filterAt(kT1)).size(), 1);
        QCOMPARE(m_risk->inForce(filterAt(kT1)).first().level, RiskLevel::Medium);

        // Lifted: in force until the lift, not after.
        m_t->clock.set(kT2);
        const auto lifted = lift(kCy, {}, kT2);
        HC_VERIFY_OK(lifted);
        QCOMPARE(lifted->size(), 1);
        QCOMPARE(lifted->first().to.value_or(0), kT2.toSecsSinceEpoch());
        QVERIFY(m_risk->inForce(filterAt(kT2)).isEmpty());
        QCOMPARE(inForceAt(kT2.addSecs(3600)), 0);
        QCOMPARE(inForceAt(kT2.addSecs(-1)), 1);
        QCOMPARE(m_risk->history(kCy, {}).size(), 2);
        HC_VERIFY_ERROR(lift(kCy, {}, kT2), ErrorKind::Refused); // nothing in force any more

        // Exactly one audit entry per change, and the chain holds.
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action NOT LIKE 'approval.%'")), 3);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'approval.approve'")), 2); // a county: four-eyes
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.declare'")), 1);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.change'")), 1);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.lift'")), 1);
        // Each change also goes to the platform, in its own transaction.
        QCOMPARE(count(QStringLiteral("outbox"), QStringLiteral("kind = 'risk_area.declared'")), 2);
        QCOMPARE(count(QStringLiteral("outbox"), QStringLiteral("kind = 'risk_area.lifted'")), 1);
        const AuditVerdict v = m_t->audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 7); // and a request and an approval for each county declaration
    }

    void lowLiftsAndPeriodsEnd()
    {
        HC_VERIFY_OK(declare(kCy, RiskLevel::High, kT0));
        HC_VERIFY_OK(declare(kCy, RiskLevel::Low, kT1)); // a low declaration is a lift
        QCOMPARE(inForceAt(kT1), 0);
        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'risk.lift'")), 1);

        Declaration d = decl(QStringLiteral("310101"), RiskLevel::Medium, kT0);
        d.to = kT1;
        HC_VERIFY_OK(declare(d));
        QCOMPARE(inForceAt(kT1.addSecs(-1)), 2); // with 朝阳区 until its lift
        QCOMPARE(inForceAt(kT1), 0);
        // After it expired, a new declaration opens a new period and leaves the old one alone.
        HC_VERIFY_OK(declare(QStringLiteral("310101"), RiskLevel::High, kT2));
        const auto h = m_risk->history(QStringLiteral("310101"), {});
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).to.value_or(0), kT1.toSecsSinceEpoch());
        QVERIFY(h.at(0).endedBy.isEmpty());
    }

    void subareas()
    {
        QCOMPARE(normaliseSubarea(QStringLiteral("３号楼2单元")), QStringLiteral("3号楼2单元"));
        QCOMPARE(normaliseSubarea(QStringLiteral("3号楼 2单元")), QStringLiteral("3号楼2单元"));
        QCOMPARE(normaliseSubarea(QStringLiteral("Ａ座\u3000１０层")), QStringLiteral("A座10层")); // ideographic space

        const auto r = declare(kJxq, RiskLevel::High, kT0, {QStringLiteral("３号楼2单元"), QStringLiteral("5号楼")});
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 2); // each sub-area is its own area
        QCOMPARE(count(QStringLiteral("risk_area")), 2);
        QCOMPARE(count(QStringLiteral("audit_log")), 2);
        QCOMPARE(inForceAt(kT0), 2);
        AreaFilter page = filterAt(kT0); // keyset paging
        page.limit = 1;
        const auto first = m_risk->inForce(page);
        QCOMPARE(first.size(), 1);
        page.after(first.first());
        const auto second = m_risk->inForce(page);
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first().id > first.first().id);
        page.after(second.first());
        QVERIFY(m_risk->inForce(page).isEmpty());

        // Written differently, the same area.
        const auto h = m_risk->history(kJxq, QStringLiteral("3号楼 2单元"));
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().id, r->first().id);
        HC_VERIFY_ERROR(declare(kJxq, RiskLevel::High, kT1, {QStringLiteral("3号楼 2单元")}), ErrorKind::Refused);
        HC_VERIFY_OK(declare(kJxq, RiskLevel::Medium, kT1, {QStringLiteral("3号楼 2单元")}));
        QCOMPARE(count(QStringLiteral("risk_area")), 2);
        QCOMPARE(m_risk->history(kJxq, QStringLiteral("３号楼２单元")).size(), 2);
        // A sub-area is not the whole division.
        QVERIFY(m_risk->history(kJxq, {}).isEmpty());
        QCOMPARE(m_risk->effectiveLevel(kJxq, kT1.toSecsSinceEpoch()), RiskLevel::Low);
        HC_VERIFY_OK(lift(kJxq, {QStringLiteral("３号楼 2单元")}, kT2));
        QCOMPARE(inForceAt(kT2), 1);
        QVERIFY(m_t->audit().verify().intact);
    }

    void subareaWrittenTwoWaysInOneDeclaration()
    {
        // The same sub-area twice in one declaration, once with full-width digits: one area, one period.
        const auto r = declare(kJxq, RiskLevel::High, kT0, {QStringLiteral("3号楼2单元"), QStringLiteral("３号楼 2单元")});
        // Known core bug: declare() drops duplicate sub-areas by their trimmed text, not by normaliseSubarea(), so
        // the second spelling meets the period the first one just opened and the whole declaration is refused.
        HC_VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(count(QStringLiteral("risk_area")), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("toOffset"); // seconds after from; 0 = no end, -1 = the same instant
        const QString b = QStringLiteral("b"), r = QStringLiteral("r");
        QTest::newRow("unknown code") << QStringLiteral("999999") << b << r << 0;
        QTest::newRow("unknown village") << QStringLiteral("110105011001") << b << r << 0;
        QTest::newRow("bad length") << QStringLiteral("11010") << b << r << 0;
        QTest::newRow("not digits") << QStringLiteral("朝阳区") << b << r << 0;
        QTest::newRow("missing basis") << kCy << QStringLiteral("  ") << r << 0;
        QTest::newRow("missing reason") << kCy << b << QString() << 0;
        QTest::newRow("to == from") << kCy << b << r << -1;
        QTest::newRow("to < from") << kCy << b << r << -3600;
    }

    void badInput()
    {
        QFETCH(QString, code);
        QFETCH(QString, basis);
        QFETCH(QString, reason);
        QFETCH(int, toOffset);
        Declaration d = decl(code, RiskLevel::High, kT0);
        d.basis = basis;
        d.reason = reason;
        if (toOffset != 0)
            d.to = kT0.addSecs(toOffset == -1 ? 0 : toOffset);
        const auto r = declare(d);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(), (QList<qint64>{0, 0, 0, 0}));
        // A missing from-time is bad input too.
        QCOMPARE(declare(kCy, RiskLevel::High, QDateTime()).error().kind, ErrorKind::BadInput);
    }

    void olderDeclarationRefused()
    {
        HC_VERIFY_OK(declare(kCy, RiskLevel::High, kT1));
        const QList<qint64> before = snapshot();
        HC_VERIFY_ERROR(declare(kCy, RiskLevel::Medium, kT0), ErrorKind::Refused);
        QCOMPARE(snapshot(), before);
        QCOMPARE(m_risk->history(kCy, {}).size(), 1);
    }

    void failedDeclareChangesNothing()
    {
        HC_VERIFY_OK(declare(kJxq, RiskLevel::High, kT1, {QStringLiteral("二街坊")}));
        const QList<qint64> before = snapshot();
        QCOMPARE(before, (QList<qint64>{1, 1, 1, 1}));
        // Two sub-areas, the second refused: the first one's area, period and audit entry roll back.
        HC_VERIFY_ERROR(declare(kJxq, RiskLevel::Medium, kT0, {QStringLiteral("一街坊"), QStringLiteral("二街坊")}), ErrorKind::Refused);
        QCOMPARE(snapshot(), before);
        QVERIFY(m_risk->history(kJxq, QStringLiteral("一街坊")).isEmpty());
        // Redeclaring the same open-ended level is refused and changes nothing either.
        HC_VERIFY_ERROR(declare(kJxq, RiskLevel::High, kT2, {QStringLiteral("二街坊")}), ErrorKind::Refused);
        QCOMPARE(snapshot(), before);
        QVERIFY(m_t->audit().verify().intact);
    }

    void effectiveLevelAndSummaries()
    {
        HC_VERIFY_OK(declare(QStringLiteral("1101"), RiskLevel::Medium, kT0));
        HC_VERIFY_OK(declare(kCy, RiskLevel::High, kT0));
        HC_VERIFY_OK(declare(kJxq, RiskLevel::Medium, kT0, {QStringLiteral("二街坊")}));
        HC_VERIFY_OK(declare(QStringLiteral("110106001"), RiskLevel::High, kT0, {QStringLiteral("1号院")}));
        HC_VERIFY_OK(declare(QStringLiteral("310101"), RiskLevel::High, kT0));

        // A child inherits the highest whole-division level of its ancestors.
        QCOMPARE(m_risk->effectiveLevel(kJxq, t0), RiskLevel::High);
        QCOMPARE(m_risk->effectiveLevel(kCy, t0), RiskLevel::High);
        QCOMPARE(m_risk->effectiveLevel(QStringLiteral("110106"), t0), RiskLevel::Medium);
        QCOMPARE(m_risk->effectiveLevel(QStringLiteral("110106001"), t0), RiskLevel::Medium); // its sub-area: no
        QCOMPARE(m_risk->effectiveLevel(QStringLiteral("1101"), t0), RiskLevel::Medium);
        QCOMPARE(m_risk->effectiveLevel(QStringLiteral("11"), t0), RiskLevel::Low);
        QCOMPARE(m_risk->effectiveLevel(QStringLiteral("1201"), t0), RiskLevel::Low);
        QCOMPARE(m_risk->effectiveLevel(kJxq, t0 - 1), RiskLevel::Low);

        const auto top = m_risk->childSummaries({}, t0);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.value(QStringLiteral("11")).own, RiskLevel::Low);
        QCOMPARE(top.value(QStringLiteral("11")).high, 2);
        QCOMPARE(top.value(QStringLiteral("11")).medium, 2);
        QCOMPARE(top.value(QStringLiteral("31")).high, 1);
        const auto bj = m_risk->childSummaries(QStringLiteral("11"), t0);
        QCOMPARE(bj.size(), 1);
        QCOMPARE(bj.value(QStringLiteral("1101")).own, RiskLevel::Medium);
        QCOMPARE(bj.value(QStringLiteral("1101")).high, 2);
        QCOMPARE(bj.value(QStringLiteral("1101")).medium, 2); // its own and 二街坊
        const auto city = m_risk->childSummaries(QStringLiteral("1101"), t0);
        QCOMPARE(city.size(), 2);
        QCOMPARE(city.value(kCy).own, RiskLevel::High);
        QCOMPARE(city.value(kCy).high, 1);
        QCOMPARE(city.value(kCy).medium, 1);
        QCOMPARE(city.value(QStringLiteral("110106")).own, RiskLevel::Low);
        QCOMPARE(city.value(QStringLiteral("110106")).high, 1);
        const auto street = m_risk->childSummaries(kCy, t0);
        QCOMPARE(street.size(), 1);
        QCOMPARE(street.value(kJxq).own, RiskLevel::Low); // a sub-area only
        QVERIFY(m_risk->childSummaries({}, t0 - 1).isEmpty());

        QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action NOT LIKE 'approval.%'")), 5);
        QVERIFY(m_t->audit().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestRiskAreaService)
#include "tst_riskareaservice.moc"
