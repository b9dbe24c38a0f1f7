// Holders in the database: registration, residence following risk declarations, reports with their basis,
// declared-day clears, stays, voids, time passing — and the same answers as the simulator on the examples.
#include "AccountStore.h"
#include "ApprovalService.h"
#include "Authorizer.h"
#include "CoreTestSupport.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "RiskAreaService.h"
#include "Scenario.h"
#include "TestConfig.h"
#include <QStringEncoder>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hc;
using hctest::residentId;
using hctest::TestDb;
using policy::Color;
using policy::ConditionKind;

namespace {

const QString kActor = QStringLiteral("admin");

qint64 secs(const QString &iso)
{
    return hctest::at(iso).toSecsSinceEpoch();
}

HolderInput person(const QString &id, const QString &home, const QString &address = QStringLiteral("3号楼2单元"))
{
    HolderInput in;
    in.idNumber = id;
    in.name = QStringLiteral("张晓三");
    in.phone = QStringLiteral("13812345678");
    in.homeDivision = home;
    in.address = address;
    return in;
}

Declaration area(const QString &code, RiskLevel level, const QString &from, const QStringList &subareas = {})
{
    Declaration d;
    d.divisionCode = code;
    d.level = level;
    d.from = hctest::at(from);
    d.subareas = subareas;
    d.basis = QStringLiteral("病例报告 2022-01");
    d.reason = QStringLiteral("社区传播");
    return d;
}

} // namespace

class TestHolderService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;

    HolderService holders() { return HolderService(t->conn(), t->clock); }
    RiskAreaService risk() { return RiskAreaService(t->conn(), t->clock); }
    // County-level declarations are approved by a second supervisor.
    Result<QList<RiskPeriod>> declared(const Declaration &d, const QString &actor, AuditLog &a)
    {
        return hctest::declareApproved(t->conn(), t->clock, d, a, actor);
    }
    Holder holder(qint64 id) { return *HolderRepository(t->conn()).find(id); }
    void setNow(const QString &iso) { t->clock.set(hctest::at(iso)); }

    qint64 registerAt(const QString &iso, const HolderInput &in)
    {
        setNow(iso);
        const auto r = holders().upsert(in, kActor, *audit);
        if (!r.ok())
            qWarning() << r.error().message;
        return r.ok() ? r->holder.id : 0;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*t);
        audit = std::make_unique<AuditLog>(t->audit());
        // Villages are not embedded; the tests add the ones they use.
        for (const char *v : {"370303001001", "370303001002", "370303002001", "110105001001"})
            QVERIFY(t->exec(QStringLiteral("INSERT INTO division VALUES ('%1', '%2', 5, '社区%1')")
                                .arg(QLatin1String(v), QLatin1String(v).left(9))));
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void registrationValidatesAndMasks()
    {
        setNow(QStringLiteral("2022-04-01T09:00:00+08:00"));
        HolderInput bad = person(QStringLiteral("370303199001011230"), QStringLiteral("370303001001"));
        HC_VERIFY_ERROR(holders().upsert(bad, kActor, *audit), ErrorKind::BadInput);
        bad = person(residentId(QStringLiteral("370303"), 1), QStringLiteral("379999"));
        HC_VERIFY_ERROR(holders().upsert(bad, kActor, *audit), ErrorKind::BadInput);
        QCOMPARE(t->count(QStringLiteral("holder")), 0);

        const auto r = holders().upsert(person(residentId(QStringLiteral("370303"), 1), QStringLiteral("370303001001")), kActor, *audit);
        HC_VERIFY_OK(r);
        QVERIFY(r->created);
        QCOMPARE(r->holder.color, Color::Green); // applying is a declaration
        QCOMPARE(r->holder.maskedName(), QStringLiteral("张*三"));
        QCOMPARE(r->holder.maskedIdNumber(), QStringLiteral("3703**********0011").left(4) + QStringLiteral("**********") + r->holder.idNumber.right(4));
        QCOMPARE(r->holder.maskedPhone(), QStringLiteral("138****5678"));
        QCOMPARE(t->count(QStringLiteral("holder_history")), 1);
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'holder.color'")), 1);
        QCOMPARE(t->count(QStringLiteral("holder_color_count"), QStringLiteral("county = '370303' AND color = 0 AND n = 1")), 1);
        // The audit entry holds masked data only.
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE action = 'holder.create'")) && q.next());
        QVERIFY(!q.value(0).toString().contains(r->holder.idNumber));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("张晓三")));

        // The same ID number again updates the holder.
        HolderInput again = person(r->holder.idNumber, QStringLiteral("370303001002"));
        again.name = QStringLiteral("张晓叁");
        const auto u = holders().upsert(again, kActor, *audit);
        HC_VERIFY_OK(u);
        QVERIFY(!u->created);
        QCOMPARE(u->holder.id, r->holder.id);
        QCOMPARE(u->holder.homeDivision, QStringLiteral("370303001002"));
        QCOMPARE(t->count(QStringLiteral("holder")), 1);
    }

    void csvImportIsAllOrNothing()
    {
        const QString ok1 = residentId(QStringLiteral("370303"), 31), ok2 = residentId(QStringLiteral("110105"), 32);
        QByteArray bad = "\xEF\xBB\xBFid_number,name,phone,home_division,address\n";
        bad += ok1.toUtf8() + ",张晓三,13812345678,370303001,3号楼\n";
        bad += "370303199001011230,李四,13812345678,370303001,1号楼\n";           // wrong check digit: line 3
        bad += ok2.toUtf8() + ",王五,13812345678,999999,\n";                         // unknown division: line 4
        bad += ok1.toUtf8() + ",张晓三,13812345678,370303001,3号楼\n";             // same ID again: line 5
        bad += "\"=cmd|' /C calc'!A0\",x\n";                                       // ragged: line 6
        const auto r = holders().importCsv(bad, kActor, *audit);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        for (const char *line : {"line 3:", "line 4:", "line 5:", "line 6:"})
            QVERIFY2(r.error().message.contains(QLatin1String(line)), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("line 2:")));
        QCOMPARE(t->count(QStringLiteral("holder")), 0);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'holder%'")), 0);

        QByteArray good = "id_type,id_number,name,phone,home_division,address,source_division\n";
        good += "resident," + ok1.toUtf8() + ",张晓三,13812345678,370303001,3号楼,370303\n";
        good += "passport,E12345678,John Smith,,110105001,,\n";
        const auto g = holders().importCsv(good, kActor, *audit);
        HC_VERIFY_OK(g);
        QCOMPARE(g->created, 2);
        good.replace("3号楼", "5号楼");
        const auto again = holders().importCsv(good, kActor, *audit);
        HC_VERIFY_OK(again);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(t->count(QStringLiteral("holder")), 2);
        QCOMPARE(HolderRepository(t->conn()).findByIdNumber(IdType::Passport, QStringLiteral("e12345678"))->maskedName(),
                 QStringLiteral("J********h"));
    }

    // What Excel in China writes: GBK, semicolons; a binary file is refused and changes nothing.
    void csvImportReadsGbkAndOtherDelimiters()
    {
        const QString id = residentId(QStringLiteral("370303"), 33);
        QStringEncoder gb("GB18030");
        const QByteArray gbk = gb.encode(QStringLiteral("id_number;name;home_division;address\n%1;赵六;370303001;\"7号楼;2单元\"\n").arg(id));
        const auto r = holders().importCsv(gbk, kActor, *audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->created, 1);
        const auto h = HolderRepository(t->conn()).findByIdNumber(IdType::Resident, id);
        QVERIFY(h);
        QCOMPARE(h->name, QStringLiteral("赵六"));
        QCOMPARE(h->address, QStringLiteral("7号楼;2单元"));
        const qint64 entries = t->count(QStringLiteral("audit_log"));
        const auto binary = holders().importCsv(QByteArray("PK\x03\x04\x00\x00", 6), kActor, *audit);
        QVERIFY(!binary.ok());
        QVERIFY2(binary.error().message.contains(QLatin1String("binary")), qPrintable(binary.error().message));
        QCOMPARE(t->count(QStringLiteral("holder")), 1);
        QCOMPARE(t->count(QStringLiteral("audit_log")), entries);
    }

    void residenceFollowsDeclarations()
    {
        const qint64 h1 = registerAt(QStringLiteral("2022-04-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 1), QStringLiteral("370303001001")));
        const qint64 h2 = registerAt(QStringLiteral("2022-04-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 2), QStringLiteral("370303002001")));
        const qint64 h3 = registerAt(QStringLiteral("2022-04-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 3), QStringLiteral("370303001001"), QStringLiteral("5号楼")));
        QVERIFY(h1 && h2 && h3);
        setNow(QStringLiteral("2022-04-02T12:00:00+08:00"));
        HC_VERIFY_OK(holders().declare(h1, t->clock.now().toSecsSinceEpoch(), {}, kActor, *audit));
        HC_VERIFY_OK(holders().declare(h3, t->clock.now().toSecsSinceEpoch(), {}, kActor, *audit));
        // A sub-area of the village: only the holder at 3号楼 (written with a full-width digit here).
        HC_VERIFY_OK(declared(area(QStringLiteral("370303001001"), RiskLevel::High, QStringLiteral("2022-04-02T12:00:00+08:00"), {QStringLiteral("３号楼")}), kActor, *audit));
        QCOMPARE(holder(h1).color, Color::Red);
        QCOMPARE(holder(h3).color, Color::Green);
        QCOMPARE(holder(h2).color, Color::Green);
        const auto conds = HolderRepository(t->conn()).conditions(h1);
        QCOMPARE(conds.size(), 1);
        QCOMPARE(conds[0].kind, ConditionKind::ResidentHigh);
        QCOMPARE(conds[0].basisKind, QStringLiteral("risk_declaration"));
        QVERIFY(conds[0].basisRef.startsWith(QLatin1String("risk_period:")));
        QCOMPARE(conds[0].basisText, QStringLiteral("病例报告 2022-01"));

        // The street medium: h3 yellow; h1 stays red (high wins).
        setNow(QStringLiteral("2022-04-03T12:00:00+08:00"));
        HC_VERIFY_OK(declared(area(QStringLiteral("370303001"), RiskLevel::Medium, QStringLiteral("2022-04-03T12:00:00+08:00")), kActor, *audit));
        QCOMPARE(holder(h3).color, Color::Yellow);
        QCOMPARE(holder(h1).color, Color::Red);
        QCOMPARE(HolderRepository(t->conn()).conditions(h1).size(), 1);
        // Lift the sub-area: h1 drops to medium (the street), in one new condition.
        setNow(QStringLiteral("2022-04-04T12:00:00+08:00"));
        HC_VERIFY_OK(risk().lift(QStringLiteral("370303001001"), {QStringLiteral("3号楼")}, t->clock.now(), QStringLiteral("解封"), kActor, *audit));
        QCOMPARE(holder(h1).color, Color::Yellow);
        const auto after = HolderRepository(t->conn()).conditions(h1);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0].clear, secs(QStringLiteral("2022-04-04T12:00:00+08:00")));
        QCOMPARE(after[1].kind, ConditionKind::ResidentMedium);
        QCOMPARE(HolderRepository(t->conn()).history(h1).size(), 3); // registered green, red, yellow
        QCOMPARE(holder(h2).color, Color::Green);
    }

    void futureDeclarationTakesEffectWhenTimePasses()
    {
        const qint64 h = registerAt(QStringLiteral("2022-04-01T09:00:00+08:00"), person(residentId(QStringLiteral("110105"), 7), QStringLiteral("110105001001")));
        HC_VERIFY_OK(declared(area(QStringLiteral("110105"), RiskLevel::High, QStringLiteral("2022-04-01T18:00:00+08:00")), kActor, *audit));
        QCOMPARE(holder(h).color, Color::Green);
        QCOMPARE(*holder(h).nextChangeAt, secs(QStringLiteral("2022-04-01T18:00:00+08:00")));
        setNow(QStringLiteral("2022-04-01T17:59:00+08:00"));
        QCOMPARE(holders().tick(QStringLiteral("system"), *audit)->changed, 0);
        setNow(QStringLiteral("2022-04-01T18:00:00+08:00"));
        const auto r = holders().tick(QStringLiteral("system"), *audit);
        HC_VERIFY_OK(r);
        QCOMPARE(r->changed, 1);
        QCOMPARE(holder(h).color, Color::Red);
        QCOMPARE(holder(h).colorSince, secs(QStringLiteral("2022-04-01T18:00:00+08:00")));
        // Only holders whose next change has come are evaluated.
        QCOMPARE(holders().tick(QStringLiteral("system"), *audit)->evaluated, 0);
    }

    void reportsNeedABasisAndManualOrdersTwoApprovers()
    {
        const qint64 h = registerAt(QStringLiteral("2022-06-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 9), QStringLiteral("370303001001")));
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = secs(QStringLiteral("2022-06-01T09:00:00+08:00"));
        HC_VERIFY_ERROR(holders().report(h, r, kActor, *audit), ErrorKind::BadInput);
        QCOMPARE(t->count(QStringLiteral("condition")), 0);
        r.basisRef = QStringLiteral("CR-2022-0601-01");
        r.basisText = QStringLiteral("与确诊病例同住");
        const auto id = holders().report(h, r, kActor, *audit);
        HC_VERIFY_OK(id);
        QVERIFY(id->has_value());
        QCOMPARE(holder(h).color, Color::Red);

        // Manual orders: requested by one supervisor, approved by another (four-eyes), never directly.
        ConditionReport m;
        m.type = ConditionReport::Type::Manual;
        m.at = r.at;
        m.color = Color::Yellow;
        m.basisKind = BasisKind::ManualOrder;
        m.basisRef = QStringLiteral("令 2022-17");
        m.basisText = QStringLiteral("流调需要");
        m.until = secs(QStringLiteral("2022-06-02T10:00:00+08:00"));
        HC_VERIFY_ERROR(holders().report(h, m, kActor, *audit), ErrorKind::Refused);
        AccountStore accounts(t->conn(), t->clock);
        for (const auto &[name, role, scope] : {std::tuple{"sup-li", "supervisor", "370303"}, std::tuple{"sup-wang", "supervisor", "3703"},
                                                std::tuple{"sup-bj", "supervisor", "11"}, std::tuple{"epi", "epidemiologist", "370303"}}) {
            HC_VERIFY_OK(accounts.create(QLatin1String(name), {}, QStringLiteral("password-123"), false, kActor, *audit, 1000));
            HC_VERIFY_OK(accounts.setRoles(QLatin1String(name), roleSetFromKeys({QLatin1String(role)}), QLatin1String(scope), kActor, *audit));
        }
        HC_VERIFY_ERROR(holders().requestManualOrder(h, m, QStringLiteral("epi"), *audit), ErrorKind::Refused);
        const auto request = holders().requestManualOrder(h, m, QStringLiteral("sup-li"), *audit);
        HC_VERIFY_OK(request);
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("kind = 11")), 0); // nothing until approved
        ApprovalService approvals(t->conn(), t->clock);
        HC_VERIFY_ERROR(approvals.approve(request.value(), QStringLiteral("sup-li"), *audit), ErrorKind::Refused); // own request
        HC_VERIFY_ERROR(approvals.approve(request.value(), QStringLiteral("epi"), *audit), ErrorKind::Refused);    // not an approver
        HC_VERIFY_ERROR(approvals.approve(request.value(), QStringLiteral("sup-bj"), *audit), ErrorKind::Refused); // outside jurisdiction
        // Each refusal leaves its audit entry and nothing else.
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("kind = 11")), 0);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.refused'")), 4);
        QCOMPARE(t->count(QStringLiteral("approval"), QStringLiteral("status = 'pending'")), 1);
        const auto approved = approvals.approve(request.value(), QStringLiteral("sup-wang"), *audit);
        HC_VERIFY_OK(approved);
        QCOMPARE(approved->status, QStringLiteral("approved"));
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("kind = 11 AND created_by = 'sup-li'")), 1);
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE action = 'condition.add' ORDER BY id DESC LIMIT 1")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("sup-wang")));
        HC_VERIFY_ERROR(approvals.approve(request.value(), QStringLiteral("sup-wang"), *audit), ErrorKind::Refused); // once only
        // A rejection needs a reason and leaves the holder alone.
        const auto second = holders().requestManualOrder(h, m, QStringLiteral("sup-li"), *audit);
        HC_VERIFY_OK(second);
        HC_VERIFY_ERROR(approvals.reject(second.value(), QStringLiteral(" "), QStringLiteral("sup-wang"), *audit), ErrorKind::BadInput);
        HC_VERIFY_OK(approvals.reject(second.value(), QStringLiteral("依据不足"), QStringLiteral("sup-wang"), *audit));
        QCOMPARE(approvals.find(second.value())->status, QStringLiteral("rejected"));
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("kind = 11")), 1);
        QCOMPARE(approvals.list().size(), 0);
    }

    void declaredDaysClearOnTheRightDeclaration()
    {
        // Arrival on 05-01: 14 declared days from 05-02; 05-06 missed, so the run is 05-07 … 05-20.
        const qint64 h = registerAt(QStringLiteral("2022-05-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 4), QStringLiteral("370303001001")));
        ConditionReport r;
        r.type = ConditionReport::Type::Arrival;
        r.at = secs(QStringLiteral("2022-05-01T10:00:00+08:00"));
        r.fromProvince = QStringLiteral("11");
        r.basisKind = BasisKind::ExposureRecord;
        r.basisRef = QStringLiteral("G123 2022-05-01");
        r.basisText = QStringLiteral("省外来");
        setNow(QStringLiteral("2022-05-01T10:00:00+08:00"));
        HC_VERIFY_OK(holders().report(h, r, kActor, *audit));
        QCOMPARE(holder(h).color, Color::Yellow);
        for (int day = 2; day <= 20; ++day) {
            if (day == 6)
                continue;
            const QString iso = QStringLiteral("2022-05-%1T09:00:00+08:00").arg(day, 2, 10, QLatin1Char('0'));
            setNow(iso);
            HC_VERIFY_OK(holders().declare(h, secs(iso), {}, kActor, *audit));
            QCOMPARE(holder(h).color, day < 20 ? Color::Yellow : Color::Green);
        }
        const auto conds = HolderRepository(t->conn()).conditions(h);
        QCOMPARE(conds.first().clear, secs(QStringLiteral("2022-05-20T09:00:00+08:00")));
    }

    void staysInRiskAreasAndVoids()
    {
        const qint64 h = registerAt(QStringLiteral("2022-05-01T08:00:00+08:00"), person(residentId(QStringLiteral("110105"), 5), QStringLiteral("110105001001")));
        HC_VERIFY_OK(declared(area(QStringLiteral("370303001"), RiskLevel::Medium, QStringLiteral("2022-05-01T00:00:00+08:00")), kActor, *audit));
        setNow(QStringLiteral("2022-05-02T12:00:00+08:00"));
        const auto none = holders().recordStay(h, QStringLiteral("370303001001"), {}, secs(QStringLiteral("2022-05-02T10:00:00+08:00")), 59, kActor, *audit);
        HC_VERIFY_OK(none);
        QVERIFY(!none->has_value());
        const auto stay = holders().recordStay(h, QStringLiteral("370303001001"), {}, secs(QStringLiteral("2022-05-02T10:00:00+08:00")), 75, kActor, *audit);
        HC_VERIFY_OK(stay);
        QVERIFY(stay->has_value());
        const auto conds = HolderRepository(t->conn()).conditions(h);
        QCOMPARE(conds.size(), 1);
        QCOMPARE(conds[0].kind, ConditionKind::StayMedium);
        QCOMPARE(conds[0].start, secs(QStringLiteral("2022-05-02T11:00:00+08:00")));
        QCOMPARE(holder(h).color, Color::Yellow);
        // An approved appeal voids it.
        HC_VERIFY_ERROR(holders().voidKind(h, ConditionKind::StayMedium, t->clock.now().toSecsSinceEpoch(), {}, QStringLiteral("误判"), kActor, *audit), ErrorKind::BadInput);
        const auto n = holders().voidKind(h, ConditionKind::StayMedium, t->clock.now().toSecsSinceEpoch(), QStringLiteral("申诉 12345-001"), QStringLiteral("误判"), kActor, *audit);
        HC_VERIFY_OK(n);
        QCOMPARE(n.value(), 1);
        QCOMPARE(holder(h).color, Color::Green);
        // The color at an earlier time still shows the stay.
        QCOMPARE(holders().colorAt(h, secs(QStringLiteral("2022-05-02T11:30:00+08:00"))).color, Color::Yellow);
        QCOMPARE(holders().colorAt(h, secs(QStringLiteral("2022-05-02T10:30:00+08:00"))).color, Color::Green);
    }

    void revealNeedsPermissionJurisdictionAndPurpose()
    {
        const qint64 zd = registerAt(QStringLiteral("2022-06-01T09:00:00+08:00"), person(residentId(QStringLiteral("370303"), 41), QStringLiteral("370303001001")));
        const qint64 bj = registerAt(QStringLiteral("2022-06-01T09:00:00+08:00"), person(residentId(QStringLiteral("110105"), 42), QStringLiteral("110105001001")));
        AccountStore accounts(t->conn(), t->clock);
        HC_VERIFY_OK(accounts.create(QStringLiteral("rev"), QStringLiteral("复核员"), QStringLiteral("password-123"), false, kActor, *audit, 1000));
        HC_VERIFY_OK(accounts.setRoles(QStringLiteral("rev"), roleSetFromKeys({QStringLiteral("reviewer")}), QStringLiteral("370303"), kActor, *audit));
        const qint64 entries = t->count(QStringLiteral("audit_log"));
        // No purpose: bad input, nothing written.
        HC_VERIFY_ERROR(holders().reveal(zd, QStringLiteral(" "), QStringLiteral("rev"), *audit), ErrorKind::BadInput);
        QCOMPARE(t->count(QStringLiteral("audit_log")), entries);
        // An administrator has no business with personal data; outside the jurisdiction neither. Both are audited.
        QVERIFY(t->addOfficial(QStringLiteral("adm"), {QStringLiteral("administrator")}));
        HC_VERIFY_ERROR(holders().reveal(zd, QStringLiteral("核实来电"), QStringLiteral("adm"), *audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(holders().reveal(bj, QStringLiteral("核实来电"), QStringLiteral("rev"), *audit), ErrorKind::Refused);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'holder.reveal_refused'")), 2);
        const auto full = holders().reveal(zd, QStringLiteral("12345 工单 0601-17 核实身份"), QStringLiteral("rev"), *audit);
        HC_VERIFY_OK(full);
        QCOMPARE(full->name, QStringLiteral("张晓三"));
        QSqlQuery q(t->conn());
        QVERIFY(q.exec(QStringLiteral("SELECT after FROM audit_log WHERE action = 'holder.reveal'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("0601-17")));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("张晓三"))); // the entry itself stays masked
    }

    void failedChangeLeavesNothing()
    {
        const qint64 before = t->count(QStringLiteral("audit_log"));
        HC_VERIFY_ERROR(holders().declare(424242, t->clock.now().toSecsSinceEpoch(), {}, kActor, *audit), ErrorKind::BadInput);
        HC_VERIFY_ERROR(holders().declare(1, t->clock.now().toSecsSinceEpoch(), {QStringLiteral("headache")}, kActor, *audit), ErrorKind::BadInput);
        QCOMPARE(t->count(QStringLiteral("declaration")), 0);
        QCOMPARE(t->count(QStringLiteral("audit_log")), before);
    }

    // The console follows the same rules as `hcctl simulate`: scenario 02 driven through the database.
    void agreesWithTheSimulator()
    {
        QFile f(QStringLiteral(HC_TEST_DATA_DIR "/scenarios/02-resident-high-downgraded.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        QFile e(QStringLiteral(HC_TEST_DATA_DIR "/scenarios/02-resident-high-downgraded.expected.json"));
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(e.readAll()).object().value(QStringLiteral("answers")).toArray();

        // Register both holders before the first event (registration is a declaration).
        QHash<QString, qint64> ids;
        int serial = 20;
        for (const QJsonValue &v : s.value(QStringLiteral("holders")).toArray()) {
            const QJsonObject o = v.toObject();
            ids.insert(o.value(QStringLiteral("id")).toString(),
                       registerAt(QStringLiteral("2022-03-31T09:00:00+08:00"),
                                  person(residentId(QStringLiteral("370303"), serial++), o.value(QStringLiteral("home")).toString(),
                                         o.value(QStringLiteral("address")).toString())));
        }
        QList<QJsonObject> events;
        for (const QJsonValue &v : s.value(QStringLiteral("events")).toArray())
            events << v.toObject();
        std::stable_sort(events.begin(), events.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return secs(a.value(QStringLiteral("at")).toString()) < secs(b.value(QStringLiteral("at")).toString());
        });
        QList<QJsonObject> asks;
        for (const QJsonValue &v : s.value(QStringLiteral("ask")).toArray())
            asks << v.toObject();
        int nextAsk = 0;
        auto answerUpTo = [&](qint64 limit) {
            while (nextAsk < asks.size() && secs(asks[nextAsk].value(QStringLiteral("at")).toString()) < limit) {
                const QString at = asks[nextAsk].value(QStringLiteral("at")).toString();
                setNow(at);
                QVERIFY(holders().tick(QStringLiteral("system"), *audit).ok());
                const qint64 id = ids.value(asks[nextAsk].value(QStringLiteral("holder")).toString());
                QCOMPARE(policy::colorKey(holder(id).color), expected[nextAsk].toObject().value(QStringLiteral("color")).toString());
                ++nextAsk;
            }
        };
        for (const QJsonObject &ev : events) {
            const QString at = ev.value(QStringLiteral("at")).toString();
            answerUpTo(secs(at));
            setNow(at);
            if (ev.value(QStringLiteral("type")).toString() == QLatin1String("declaration")) {
                HC_VERIFY_OK(holders().declare(ids.value(ev.value(QStringLiteral("holder")).toString()), secs(at), {}, kActor, *audit));
            } else {
                const auto level = *riskLevelFromKey(ev.value(QStringLiteral("level")).toString());
                const QString div = ev.value(QStringLiteral("division")).toString();
                if (level == RiskLevel::Low)
                    HC_VERIFY_OK(risk().lift(div, {}, hctest::at(at), QStringLiteral("解除"), kActor, *audit));
                else
                    HC_VERIFY_OK(declared(area(div, level, at), kActor, *audit));
            }
        }
        answerUpTo(std::numeric_limits<qint64>::max());
        QCOMPARE(nextAsk, asks.size());
    }
};

QTEST_GUILESS_MAIN(TestHolderService)
#include "tst_holderservice.moc"
