// Issue 4: every protected core operation, run by an official of each role. The permission matrix decides;
// an allowed operation succeeds, a refused one fails as Refused and leaves no trace but its audit entry.
#include "AccountStore.h"
#include "ApprovalService.h"
#include "CodeService.h"
#include "Commission.h"
#include "CoreTestSupport.h"
#include "DemoPopulator.h"
#include "HolderExporter.h"
#include "HolderService.h"
#include "IdNumber.h"
#include "MappingRepository.h"
#include "NationalImporter.h"
#include "NationalList.h"
#include "PolicyStore.h"
#include "RiskAreaService.h"
#include "TestConfig.h"

#include <QBuffer>
#include <functional>

using namespace hc;
using hctest::TestDb;

namespace {

using hctest::residentId;

HolderInput person(int serial, const QString &home = QStringLiteral("370303001001"))
{
    HolderInput in;
    in.idNumber = residentId(QStringLiteral("370303"), serial);
    in.name = QStringLiteral("张晓三");
    in.phone = QStringLiteral("13812345678");
    in.homeDivision = home;
    in.address = QStringLiteral("3号楼2单元");
    return in;
}

ConditionReport reportOf(ConditionReport::Type type, qint64 at)
{
    ConditionReport r;
    r.type = type;
    r.at = at;
    r.basisKind = BasisKind::CaseReport;
    r.basisRef = QStringLiteral("病例 2022-0101");
    r.basisText = QStringLiteral("流调：同住");
    return r;
}

// Row counts of every table but the audit log: what a refused operation must not change.
QList<qint64> snapshot(const TestDb &t)
{
    QSqlQuery q(t.conn());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'sqlite_sequence')"
                          " ORDER BY name"));
    QList<qint64> out;
    while (q.next())
        out << t.count(q.value(0).toString());
    return out;
}

struct Fixture
{
    qint64 holder = 0;     // lives in 370303001001
    qint64 observed = 0;   // under observation (an end)
    qint64 contact = 0;    // a close contact (a void)
    qint64 dependent = 0;  // for a binding
    qint64 ordered = 0;    // a pending manual order on this one, requested by admin
    qint64 approval = 0;
};

using Operation = std::function<Status(TestDb &, const Fixture &, const QString &actor, AuditLog &)>;

template<typename T>
Status status(const Result<T> &r)
{
    return r ? Status(Ok{}) : Status(r.error());
}

struct Protected
{
    const char *name;
    Permission permission;
    Operation run;
};

QList<Protected> operations()
{
    const qint64 now = hctest::defaultNow().toSecsSinceEpoch();
    return {
        {"register a holder", Permission::RegisterHolder,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return status(HolderService(t.conn(), t.clock).upsert(person(90), a, log));
         }},
        {"import holders", Permission::RegisterHolder,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             const QByteArray csv = "id_number,name,home_division\n" + residentId(QStringLiteral("370303"), 91).toUtf8()
                                    + ",李四,370303001001\n";
             return status(HolderService(t.conn(), t.clock).importCsv(csv, a, log));
         }},
        {"record a health declaration", Permission::RegisterHolder,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return HolderService(t.conn(), t.clock).declare(f.holder, now - 60, {}, a, log);
         }},
        {"bind a dependent", Permission::RegisterHolder,
         [](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return HolderService(t.conn(), t.clock).bind(f.holder, f.dependent, QStringLiteral("子女"), a, log);
         }},
        {"report a case", Permission::ReportCase,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(HolderService(t.conn(), t.clock).report(f.holder, reportOf(ConditionReport::Type::Case, now - 60), a, log));
         }},
        {"end an observation", Permission::ReportCase,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return HolderService(t.conn(), t.clock).end(f.observed, ConditionEnd::ObservationEnd, now - 30, QStringLiteral("检测报告 17"), a, log);
         }},
        {"record a stay", Permission::ReportCase,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(HolderService(t.conn(), t.clock)
                               .recordStay(f.holder, QStringLiteral("370303001"), QStringLiteral("市场"), now - 7200, 30, a, log));
         }},
        {"void a condition", Permission::DecideAppeal,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(HolderService(t.conn(), t.clock)
                               .voidKind(f.contact, policy::ConditionKind::CloseContact, now - 30, QStringLiteral("申诉 12345-1"),
                                         QStringLiteral("非同住"), a, log));
         }},
        {"request a manual order", Permission::ManualOrder,
         [now](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             ConditionReport r = reportOf(ConditionReport::Type::Manual, now);
             r.basisKind = BasisKind::ManualOrder;
             r.color = policy::Color::Yellow;
             return status(HolderService(t.conn(), t.clock).requestManualOrder(f.holder, r, a, log));
         }},
        {"approve a manual order", Permission::Approve,
         [](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(ApprovalService(t.conn(), t.clock).approve(f.approval, a, log));
         }},
        {"declare a street area", Permission::DeclareArea,
         [now](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             Declaration d;
             d.divisionCode = QStringLiteral("370303002");
             d.subareas = {QStringLiteral("9号楼")};
             d.from = QDateTime::fromSecsSinceEpoch(now);
             d.basis = QStringLiteral("病例报告");
             d.reason = QStringLiteral("病例居住地");
             return status(RiskAreaService(t.conn(), t.clock).declare(d, a, log));
         }},
        {"lift an area", Permission::DeclareArea,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return status(RiskAreaService(t.conn(), t.clock)
                               .lift(QStringLiteral("370303001"), {QStringLiteral("1号楼")}, t.clock.now(), QStringLiteral("解封"), a, log));
         }},
        {"import the national list", Permission::DeclareArea,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             const auto list = NationalList::load(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022090100-1fabe827.json"));
             if (!list)
                 return Status(list.error());
             return status(NationalImporter(t.conn(), t.clock).request(list.value(), QStringLiteral("list.json"), a, log));
         }},
        {"map a list name", Permission::DeclareArea,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             NameMapping m;
             m.province = QStringLiteral("山东省");
             m.city = QStringLiteral("淄博市");
             m.county = QStringLiteral("高新区");
             m.divisionCode = QStringLiteral("370303");
             return MappingRepository(t.conn(), t.clock).map(m, a, log);
         }},
        {"create a functional zone", Permission::DeclareArea,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return status(MappingRepository(t.conn(), t.clock)
                               .createZone(QStringLiteral("高新区"), {QStringLiteral("370303001")}, {}, a, log));
         }},
        {"issue a code", Permission::IssueCode,
         [](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(CodeService(t.conn(), t.clock).issue(f.holder, "key-passphrase", 24, a, log));
         }},
        {"look a holder up", Permission::LookupHolder,
         [](TestDb &t, const Fixture &f, const QString &a, AuditLog &log) {
             return status(HolderService(t.conn(), t.clock).lookup(f.holder, a, log));
         }},
        {"export holders masked", Permission::LookupHolder,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return status(HolderExporter(t.conn()).exportCsv({}, false, {}, out, a, log));
         }},
        {"export holders unmasked", Permission::ExportUnmasked,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             QBuffer out;
             out.open(QIODevice::WriteOnly);
             return status(HolderExporter(t.conn()).exportCsv({}, true, QStringLiteral("移交公安协查"), out, a, log));
         }},
        {"set an official's roles", Permission::ManageAccounts,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return AccountStore(t.conn(), t.clock).setRoles(QStringLiteral("spare"), roleSetFromKeys({QStringLiteral("operator")}),
                                                              QStringLiteral("3703"), a, log);
         }},
        {"set the commission", Permission::ManageIssuer,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return Commission::set(t.conn(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}, a, log);
         }},
        {"publish a policy version", Permission::ManageIssuer,
         [now](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             policy::Policy p;
             p.version = 2;
             p.effectiveFrom = now - 1;
             return status(PolicyStore(t.conn()).publish(p, a, now, log));
         }},
        {"create an issuer key", Permission::ManageIssuer,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             return status(CodeService(t.conn(), t.clock).createIssuerKey(codes::Profile::EcdsaP256Sha256, QStringLiteral("k2"),
                                                                         "key-passphrase", a, log));
         }},
        {"populate demo data", Permission::ManageIssuer,
         [](TestDb &t, const Fixture &, const QString &a, AuditLog &log) {
             DemoPopulator::Options o;
             o.holders = 20;
             o.days = 2;
             return status(DemoPopulator(t.conn(), t.clock).populate(o, a, log));
         }},
    };
}

} // namespace

class TestEnforcement : public QObject
{
    Q_OBJECT

    // A database with holders, conditions, an area, a key and a pending request, all set up by "admin".
    static bool setUp(TestDb &t, Fixture &f)
    {
        AuditLog log = t.audit();
        for (const char *v : {"370303001001", "370303002001"})
            if (!t.exec(QStringLiteral("INSERT INTO division VALUES ('%1', '%2', 5, '社区%1')").arg(QLatin1String(v), QLatin1String(v).left(9))))
                return false;
        const QString admin = QStringLiteral("admin");
        if (!Commission::set(t.conn(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}, admin, log))
            return false;
        HolderService holders(t.conn(), t.clock);
        qint64 *ids[] = {&f.holder, &f.observed, &f.contact, &f.dependent, &f.ordered};
        for (int i = 0; i < 5; ++i) {
            const auto r = holders.upsert(person(i + 1), admin, log);
            if (!r)
                return false;
            *ids[i] = r->holder.id;
        }
        const qint64 now = t.clock.now().toSecsSinceEpoch();
        if (!holders.report(f.observed, reportOf(ConditionReport::Type::Observation, now - 3600), admin, log))
            return false;
        ConditionReport contact = reportOf(ConditionReport::Type::CloseContact, now - 3600);
        if (!holders.report(f.contact, contact, admin, log))
            return false;
        ConditionReport order = reportOf(ConditionReport::Type::Manual, now);
        order.basisKind = BasisKind::ManualOrder;
        const auto request = holders.requestManualOrder(f.ordered, order, admin, log);
        if (!request)
            return false;
        f.approval = request.value();
        Declaration d;
        d.divisionCode = QStringLiteral("370303001");
        d.subareas = {QStringLiteral("1号楼")};
        d.from = t.clock.now().addSecs(-3600);
        d.basis = QStringLiteral("病例报告");
        d.reason = QStringLiteral("病例居住地");
        if (!RiskAreaService(t.conn(), t.clock).declare(d, admin, log))
            return false;
        if (!CodeService(t.conn(), t.clock).createIssuerKey(codes::Profile::EcdsaP256Sha256, QStringLiteral("k1"), "key-passphrase", admin, log))
            return false;
        return t.addOfficial(QStringLiteral("spare"), {});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyRoleEveryOperation_data()
    {
        QTest::addColumn<int>("role");
        for (int r = 0; r < kRoleCount; ++r)
            QTest::newRow(qPrintable(roleKey(Role(r)))) << r;
    }

    void everyRoleEveryOperation()
    {
        QFETCH(int, role);
        TestDb t;
        HC_REQUIRE_DB(t);
        Fixture f;
        QVERIFY(setUp(t, f));
        const QString actor = QStringLiteral("official");
        QVERIFY(t.addOfficial(actor, {roleKey(Role(role))}, QStringLiteral("3703")));
        int allowed = 0, refused = 0;
        for (const Protected &op : operations()) {
            const bool expected = roleGrants(Role(role), op.permission);
            const QList<qint64> before = snapshot(t);
            const qint64 entries = t.count(QStringLiteral("audit_log"));
            const qint64 refusals = t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.refused'"));
            AuditLog log = t.audit();
            const Status s = op.run(t, f, actor, log);
            if (expected) {
                QVERIFY2(s.ok(), qPrintable(QStringLiteral("%1 should be allowed: %2").arg(QLatin1String(op.name), s.ok() ? QString() : s.error().message)));
                ++allowed;
                continue;
            }
            QVERIFY2(!s.ok(), op.name);
            QVERIFY2(s.error().kind == ErrorKind::Refused, qPrintable(QLatin1String(op.name) + QLatin1String(": ") + s.error().message));
            QVERIFY2(s.error().message.contains(QStringLiteral("official")), qPrintable(s.error().message)); // names who was refused
            // No trace but the audit entry of the refusal.
            QVERIFY2(snapshot(t) == before, op.name);
            QVERIFY2(t.count(QStringLiteral("audit_log")) == entries + 1, op.name);
            QVERIFY2(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.refused'")) == refusals + 1, op.name);
            ++refused;
        }
        QVERIFY(allowed + refused == int(operations().size()));
        QVERIFY(t.audit().verify().intact);
    }

    // Inside the permission, outside the jurisdiction: refused the same way.
    void outsideTheJurisdiction()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        Fixture f;
        QVERIFY(setUp(t, f));
        const QString actor = QStringLiteral("beijing");
        QVERIFY(t.addOfficial(actor, hctest::allRoles(), QStringLiteral("11")));
        for (const Protected &op : operations()) {
            // The national list and the account, commission, key and demo operations have no jurisdiction.
            static const QSet<QString> unscoped{QStringLiteral("import the national list"), QStringLiteral("map a list name"),
                                                QStringLiteral("create a functional zone"), QStringLiteral("set an official's roles"),
                                                QStringLiteral("set the commission"), QStringLiteral("publish a policy version"),
                                                QStringLiteral("create an issuer key"), QStringLiteral("populate demo data"),
                                                QStringLiteral("import holders"),
                                                // narrowed to the jurisdiction: nothing of Shandong is exported
                                                QStringLiteral("export holders masked"), QStringLiteral("export holders unmasked")};
            if (unscoped.contains(QLatin1String(op.name)))
                continue;
            const QList<qint64> before = snapshot(t);
            AuditLog log = t.audit();
            const Status s = op.run(t, f, actor, log);
            QVERIFY2(!s.ok() && s.error().kind == ErrorKind::Refused, op.name);
            QVERIFY2(s.error().message.contains(QStringLiteral("outside")), qPrintable(s.error().message));
            QCOMPARE(snapshot(t), before);
        }
        // The holder import names the rows outside the jurisdiction and writes nothing.
        AuditLog log = t.audit();
        const QByteArray csv = "id_number,name,home_division\n" + residentId(QStringLiteral("370303"), 95).toUtf8() + ",李四,370303001001\n";
        const auto r = HolderService(t.conn(), t.clock).importCsv(csv, actor, log);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2")) && r.error().message.contains(QStringLiteral("outside")),
                 qPrintable(r.error().message));
    }

    // Four-eyes for declarations: a county, or a street with more residents than the threshold.
    void declarationsNeedASecondOfficial()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        Fixture f;
        QVERIFY(setUp(t, f));
        QVERIFY(t.addOfficial(QStringLiteral("li"), {QStringLiteral("supervisor")}, QStringLiteral("3703")));
        QVERIFY(t.addOfficial(QStringLiteral("wang"), {QStringLiteral("supervisor")}, QStringLiteral("370303")));
        QVERIFY(t.addOfficial(QStringLiteral("epi"), {QStringLiteral("epidemiologist")}, QStringLiteral("3703")));
        RiskAreaService risk(t.conn(), t.clock);
        ApprovalService approvals(t.conn(), t.clock);
        AuditLog log = t.audit();
        Declaration d;
        d.divisionCode = QStringLiteral("370303");
        d.from = t.clock.now();
        d.basis = QStringLiteral("病例报告");
        d.reason = QStringLiteral("全区");
        const QList<qint64> before = snapshot(t);
        HC_VERIFY_ERROR(risk.declare(d, QStringLiteral("li"), log), ErrorKind::Refused);
        QCOMPARE(snapshot(t), before);
        const auto submitted = risk.submit(d, QStringLiteral("li"), log);
        HC_VERIFY_OK(submitted);
        QVERIFY(submitted->approval && submitted->periods.isEmpty());
        QVERIFY(submitted->why.contains(QStringLiteral("county")));
        QCOMPARE(risk.effectiveLevel(QStringLiteral("370303001001"), t.clock.now().toSecsSinceEpoch()), RiskLevel::Low);
        // Not their own; not without the approve permission.
        HC_VERIFY_ERROR(approvals.approve(*submitted->approval, QStringLiteral("li"), log), ErrorKind::Refused);
        HC_VERIFY_ERROR(approvals.approve(*submitted->approval, QStringLiteral("epi"), log), ErrorKind::Refused);
        const auto approved = approvals.approve(*submitted->approval, QStringLiteral("wang"), log);
        HC_VERIFY_OK(approved);
        QVERIFY(approved->result.startsWith(QStringLiteral("risk_period:")));
        QCOMPARE(risk.effectiveLevel(QStringLiteral("370303001001"), t.clock.now().toSecsSinceEpoch()), RiskLevel::High);
        // The residents turned with it, and the period names the requester; the audit entry both officials.
        QCOMPARE(HolderRepository(t.conn()).find(f.holder)->color, policy::Color::Red);
        AreaFilter county;
        county.at = t.clock.now().toSecsSinceEpoch();
        county.divisionLevel = 3;
        QCOMPARE(risk.inForce(county).size(), 1);
        QCOMPARE(risk.inForce(county).first().declaredBy, QStringLiteral("li"));
        QSqlQuery q(t.conn());
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE action = 'risk.declare' ORDER BY id DESC LIMIT 1")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("\"approvers\":[\"li\",\"wang\"]")));

        // A street below county level: one official, unless more residents than the threshold live there.
        policy::Policy strict;
        strict.version = 2;
        strict.bulkApprovalThreshold = 3;
        strict.effectiveFrom = t.clock.now().toSecsSinceEpoch() - 1;
        HC_VERIFY_OK(PolicyStore(t.conn()).publish(strict, QStringLiteral("admin"), t.clock.now().toSecsSinceEpoch() - 1, log));
        Declaration street = d;
        street.divisionCode = QStringLiteral("370303001");
        street.level = RiskLevel::Medium;
        const auto big = risk.submit(street, QStringLiteral("li"), log);
        HC_VERIFY_OK(big);
        QVERIFY(big->approval);
        QVERIFY2(big->why.contains(QStringLiteral("5 residents")), qPrintable(big->why));
        street.divisionCode = QStringLiteral("370303002");
        const auto small = risk.submit(street, QStringLiteral("li"), log);
        HC_VERIFY_OK(small);
        QVERIFY(!small->approval);
        QCOMPARE(small->periods.size(), 1);
    }

    // No change without a basis.
    void conditionsNeedABasis()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        Fixture f;
        QVERIFY(setUp(t, f));
        HolderService holders(t.conn(), t.clock);
        AuditLog log = t.audit();
        const qint64 now = t.clock.now().toSecsSinceEpoch();
        const QList<qint64> before = snapshot(t);
        ConditionReport r = reportOf(ConditionReport::Type::CloseContact, now);
        r.basisRef.clear();
        HC_VERIFY_ERROR(holders.report(f.holder, r, QStringLiteral("admin"), log), ErrorKind::BadInput);
        r = reportOf(ConditionReport::Type::CloseContact, now);
        r.basisText = QStringLiteral("  ");
        HC_VERIFY_ERROR(holders.report(f.holder, r, QStringLiteral("admin"), log), ErrorKind::BadInput);
        r = reportOf(ConditionReport::Type::CloseContact, now);
        r.basisKind = BasisKind::ManualOrder; // only an approved order may cite one
        HC_VERIFY_ERROR(holders.report(f.holder, r, QStringLiteral("admin"), log), ErrorKind::BadInput);
        r.basisKind = BasisKind::AppealDecision;
        HC_VERIFY_ERROR(holders.report(f.holder, r, QStringLiteral("admin"), log), ErrorKind::BadInput);
        HC_VERIFY_ERROR(holders.voidKind(f.contact, policy::ConditionKind::CloseContact, now, {}, QStringLiteral("x"), QStringLiteral("admin"), log),
                        ErrorKind::BadInput);
        HC_VERIFY_ERROR(holders.end(f.observed, ConditionEnd::ObservationEnd, now, {}, QStringLiteral("admin"), log), ErrorKind::BadInput);
        QCOMPARE(snapshot(t), before);
        // Every condition on record, live or voided, cites one of the five kinds of basis (or the holder's own declaration).
        QSqlQuery q(t.conn());
        for (const char *table : {"condition", "condition_voided"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE basis_kind NOT IN"
                                          " ('case_report', 'risk_declaration', 'exposure_record', 'appeal_decision', 'manual_order',"
                                          " 'health_declaration') OR basis_ref = ''")
                               .arg(QLatin1String(table))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
    }

    // Exports are masked; unmasking is explicit, needs a purpose, and is audited.
    void exportsAreMasked()
    {
        TestDb t;
        HC_REQUIRE_DB(t);
        Fixture f;
        QVERIFY(setUp(t, f));
        AuditLog log = t.audit();
        QBuffer masked;
        masked.open(QIODevice::WriteOnly);
        const auto r = HolderExporter(t.conn()).exportCsv({}, false, {}, masked, QStringLiteral("admin"), log);
        HC_VERIFY_OK(r);
        QCOMPARE(r->rows, 5);
        const QString text = QString::fromUtf8(masked.data());
        QVERIFY(masked.data().startsWith("\xEF\xBB\xBF"));
        QVERIFY(text.contains(QStringLiteral("张*三")) && !text.contains(QStringLiteral("张晓三")));
        QVERIFY(!text.contains(QStringLiteral("13812345678")) && !text.contains(residentId(QStringLiteral("370303"), 1)));
        QBuffer noPurpose;
        noPurpose.open(QIODevice::WriteOnly);
        HC_VERIFY_ERROR(HolderExporter(t.conn()).exportCsv({}, true, QStringLiteral(" "), noPurpose, QStringLiteral("admin"), log),
                        ErrorKind::BadInput);
        QBuffer full;
        full.open(QIODevice::WriteOnly);
        HC_VERIFY_OK(HolderExporter(t.conn()).exportCsv({}, true, QStringLiteral("移交公安协查"), full, QStringLiteral("admin"), log));
        QVERIFY(QString::fromUtf8(full.data()).contains(QStringLiteral("张晓三")));
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'holders.export' AND after LIKE '%\"masked\":false%'"
                                                                  " AND after LIKE '%移交公安协查%'")),
                 1);
        QCOMPARE(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'holders.export'")), 2);
        // A cell a spreadsheet would run as a formula is written as text.
        HolderInput evil = person(40);
        evil.address = QStringLiteral("=HYPERLINK(\"http://x\")");
        HC_VERIFY_OK(HolderService(t.conn(), t.clock).upsert(evil, QStringLiteral("admin"), log));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        HC_VERIFY_OK(HolderExporter(t.conn()).exportCsv({}, true, QStringLiteral("移交公安协查"), again, QStringLiteral("admin"), log));
        QVERIFY(QString::fromUtf8(again.data()).contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    }
};

QTEST_GUILESS_MAIN(TestEnforcement)
#include "tst_enforcement.moc"
