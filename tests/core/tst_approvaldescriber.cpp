// Issue 18: what approving a four-eyes request will do, in one sentence per kind, from the request's stored
// parameters and a count: the residents of a declared area, the persons a case batch turns red or yellow, the
// areas of a national list; the holder masked, officials by name.
#include "ApprovalDescriber.h"
#include "CaseBatchService.h"
#include "CoreTestSupport.h"
#include "HolderService.h"
#include "RiskAreaService.h"

using namespace hc;
using hctest::residentId;
using hctest::TestDb;

class TestApprovalDescriber : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    QList<qint64> holders; // three in 张店区 370303, each in a building of their own; one in 淄川区

    ApprovalDescriber describer() const { return ApprovalDescriber(t->conn(), t->clock); }
    QString describe(const QString &kind, const QJsonObject &payload) const
    {
        ApprovalRequest r;
        r.kind = kind;
        r.payload = payload;
        const auto d = describer().describe(r);
        if (!d)
            qWarning() << d.error().message;
        return d ? d.value() : QString();
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDb>();
        HC_REQUIRE_DB(*t);
        audit = std::make_unique<AuditLog>(t->audit());
        holders.clear();
        for (int i = 1; i <= 4; ++i) {
            HolderInput in;
            in.idNumber = residentId(i < 4 ? QStringLiteral("370303") : QStringLiteral("370302"), i);
            in.name = QStringLiteral("张晓三");
            in.phone = QStringLiteral("13812345678");
            in.homeDivision = i < 4 ? QStringLiteral("370303001") : QStringLiteral("370302001");
            in.address = QStringLiteral("%1号楼1单元").arg(i);
            const auto r = HolderService(t->conn(), t->clock).upsert(in, QStringLiteral("admin"), *audit);
            HC_VERIFY_OK(r);
            holders << r->holder.id;
        }
    }
    void cleanup()
    {
        audit.reset();
        t.reset();
    }

    void numbersReadWithTheirThousands()
    {
        QCOMPARE(ApprovalDescriber::number(30356), QStringLiteral("30,356"));
        QCOMPARE(ApprovalDescriber::number(7), QStringLiteral("7"));
        QCOMPARE(ApprovalDescriber::kindLabel(QStringLiteral("risk_declaration")), QStringLiteral("Risk area declaration"));
    }

    // A county is declared through a request (four-eyes): its name, the level, the period and its residents.
    void riskDeclaration()
    {
        Declaration d;
        d.divisionCode = QStringLiteral("370303");
        d.level = RiskLevel::High;
        d.from = t->clock.now();
        d.basis = QStringLiteral("流调");
        d.reason = QStringLiteral("聚集性疫情");
        const auto out = RiskAreaService(t->conn(), t->clock).submit(d, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(out);
        QVERIFY(out->approval);
        const auto r = ApprovalService(t->conn(), t->clock).find(*out->approval);
        QVERIFY(r);
        const auto text = describer().describe(*r);
        HC_VERIFY_OK(text);
        QCOMPARE(text.value(), QStringLiteral("Declare 张店区 a high-risk area from 2022-11-01 08:00, affecting 3 residents"));
        // Subareas: only their residents, the period with its end.
        const QString sub = describe(QStringLiteral("risk_declaration"),
                                     {{QStringLiteral("division"), QStringLiteral("370303001")},
                                      {QStringLiteral("subareas"), QJsonArray{QStringLiteral("2号楼1单元")}},
                                      {QStringLiteral("level"), QStringLiteral("medium")},
                                      {QStringLiteral("from"), t->clock.now().toSecsSinceEpoch()},
                                      {QStringLiteral("to"), t->clock.now().toSecsSinceEpoch() + 7 * 86400}});
        QVERIFY2(sub.startsWith(QStringLiteral("Declare ")) && sub.contains(QStringLiteral("(2号楼1单元) a medium-risk area")), qPrintable(sub));
        QVERIFY2(sub.contains(QStringLiteral("from 2022-11-01 08:00 to 2022-11-08 08:00, affecting 1 residents")), qPrintable(sub));
    }

    // A manual order: the holder masked, the color it gives, the period, the color now, the basis.
    void manualOrder()
    {
        ConditionReport order;
        order.type = ConditionReport::Type::Manual;
        order.at = t->clock.now().toSecsSinceEpoch();
        order.color = policy::Color::Yellow;
        order.until = order.at + 7 * 86400;
        order.basisKind = BasisKind::ManualOrder;
        order.basisRef = QStringLiteral("MO-2022-17");
        order.basisText = QStringLiteral("流调指令");
        const auto id = HolderService(t->conn(), t->clock).requestManualOrder(holders[0], order, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(id);
        const auto text = describer().describe(*ApprovalService(t->conn(), t->clock).find(id.value()));
        HC_VERIFY_OK(text);
        QCOMPARE(text.value(), QStringLiteral("Give 张*三 %1 a yellow code from 2022-11-01 08:00 to 2022-11-08 08:00, now a green code; "
                                              "basis: MO-2022-17 流调指令")
                                   .arg(mask::idNumber(residentId(QStringLiteral("370303"), 1))));
    }

    // A case batch is traced as its apply traces it: the case red, nobody else named.
    void caseBatch()
    {
        const QByteArray csv = "case_ref,id_number,class,report_time,discharge_time,exposure,division,address,venue_code,from,to,"
                               "transport,date,carriage,seat\nC-1," + residentId(QStringLiteral("370303"), 2).toLatin1()
                               + ",确诊,2022-11-01 07:00,,,,,,,,,,,\n";
        CaseBatchService cases(t->conn(), t->clock);
        const auto parsed = cases.read(csv, BatchKind::Cases);
        HC_VERIFY_OK(parsed);
        const auto batch = cases.store(parsed.value(), QStringLiteral("病例报告-1101.csv"), false, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(batch);
        QCOMPARE(describe(QStringLiteral("case_batch"), {{QStringLiteral("batch"), batch.value()}}),
                 QStringLiteral("Apply case batch %1 (病例报告-1101.csv): 1 case(s); 1 person(s) to a red code, 0 to a yellow code "
                                "(those outside the jurisdiction, or already of that color or a more severe one, keep theirs)")
                     .arg(batch.value()));
        QVERIFY(!describer().describe(ApprovalRequest{0, QStringLiteral("case_batch"), {}, {}, {{QStringLiteral("batch"), 999}}}).ok());
    }

    // Making an administrator: by name with the login, and the roles that go.
    void administrator()
    {
        QVERIFY(t->addOfficial(QStringLiteral("zhao"), {QStringLiteral("reviewer"), QStringLiteral("operator")}, QStringLiteral("3703")));
        QVERIFY(t->exec(QStringLiteral("UPDATE account SET display_name = '赵科长' WHERE username = 'zhao'")));
        const QString text = describe(QStringLiteral("account_admin"), {{QStringLiteral("username"), QStringLiteral("zhao")}});
        QCOMPARE(text, QStringLiteral("Make 赵科长 (zhao) an administrator; their operational roles (Operator, Reviewer) are revoked, as "
                                      "an administrator holds none"));
        QVERIFY(t->addOfficial(QStringLiteral("sun"), {}, {}));
        QCOMPARE(describe(QStringLiteral("account_admin"), {{QStringLiteral("username"), QStringLiteral("sun")}}),
                 QStringLiteral("Make sun an administrator"));
    }

    // A national list from a file and its revert: the recorded import's areas by level, and what the revert restores.
    void nationalListAndRevert()
    {
        QVERIFY(t->exec(QStringLiteral("INSERT INTO national_import(id, list_time, file_sha256, entries, exact, approximate, unmatched,"
                                       " declared, lifted, applied, imported_by, imported_at, origin, state, file_name)"
                                       " VALUES (7, %1, 'ab', 4, 2, 1, 1, 2, 1, 0, 'admin', 0, 'file', 'pending', 'list-1101.json')")
                            .arg(t->clock.now().toSecsSinceEpoch())));
        for (const auto &[level, code] : QList<std::pair<const char *, const char *>>{{"high", "370303001"}, {"high", "370303002"},
                                                                                         {"medium", "370302001"}, {"medium", nullptr}})
            QVERIFY(t->exec(QStringLiteral("INSERT INTO national_entry(import_id, list_level, province, city, county, area_name, status,"
                                           " division_code, reason_kind, reason_args, communities) VALUES (7, '%1', '山东省', '淄博市',"
                                           " '张店区', '某小区', 'exact', %2, 0, '[]', '[]')")
                                .arg(QLatin1String(level), code ? QStringLiteral("'%1'").arg(QLatin1String(code)) : QStringLiteral("NULL"))));
        QCOMPARE(describe(QStringLiteral("national_import"), {{QStringLiteral("import_id"), 7}}),
                 QStringLiteral("Apply the national risk-area list of 2022-11-01 08:00 (file list-1101.json): 2 high-risk and 1 "
                                "medium-risk area(s) here; 1 of its 4 entries match no division and change nothing"));
        QCOMPARE(describe(QStringLiteral("national_revert"), {{QStringLiteral("import_id"), 7}}),
                 QStringLiteral("Revert the national risk-area list of 2022-11-01 08:00 (file list-1101.json): the 2 area(s) it "
                                "declared and the 1 it lifted return to their state before it"));
    }

    void unknownKindIsAnError()
    {
        QVERIFY(!describer().describe(ApprovalRequest{0, QStringLiteral("teleport")}).ok());
    }
};

QTEST_MAIN(TestApprovalDescriber)
#include "tst_approvaldescriber.moc"
