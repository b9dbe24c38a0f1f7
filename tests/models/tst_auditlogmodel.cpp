#include "AuditLogModel.h"
#include "TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

using namespace hc;

class TestAuditLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesNewestFirst()
    {
        TestWorkspace t;
        for (int i = 0; i < 450; ++i) {
            Declaration d;
            d.divisionCode = QStringLiteral("110105011"); // a street: one official may declare it
            d.subareas = {QStringLiteral("%1号楼").arg(i)};
            d.level = RiskLevel::Medium;
            d.from = t.clock->now();
            d.basis = QStringLiteral("b");
            d.reason = QStringLiteral("r");
            AuditLog audit = t.ws->audit();
            QVERIFY(t.ws->risk().declare(d, QStringLiteral("admin"), audit).ok());
        }
        AuditLogModel model(*t.ws);
        QCOMPARE(model.rowCount(), 200); // one page until the view asks for more
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.entryAt(0).id, 451); // 1 account + 450 declarations, newest first
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 451);
        AuditFilter f;
        f.actionPrefix = QStringLiteral("account.");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f = {};
        f.text = QStringLiteral("/7号楼");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
    }

    // Issue 18: the official by display name with the login beside it (precision matters here), the console's own
    // actor in words, and the filter taking a display name.
    void officialsByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '李科长' WHERE username = 'admin'")));
        for (const char *login : {"wang", "wang2"})
            QVERIFY(t.ws->accounts().create(QLatin1String(login), QStringLiteral("王主任"), QStringLiteral("ledger-2022x"), false,
                                            QStringLiteral("admin"), audit, 1000));
        for (int i = 0; i < AccountStore::kMaxFailures; ++i) // the fifth failure locks wang: written by "system"
            QVERIFY(!t.ws->accounts().authenticate(QStringLiteral("wang"), QStringLiteral("wrong-password-1")));
        AuditLogModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() >= 4);
        QCOMPARE(model.entryAt(0).actor, QStringLiteral("system"));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActorColumn)).toString(), QStringLiteral("System"));
        QCOMPARE(model.data(model.index(1, AuditLogModel::ActorColumn)).toString(), QStringLiteral("李科长 (admin)"));
        QCOMPARE(model.data(model.index(1, AuditLogModel::ActorColumn), Qt::ToolTipRole).toString(), QStringLiteral("admin"));
        // Two officials share 王主任: each is told apart by the login, wherever they are named.
        QCOMPARE(model.officials().name(QStringLiteral("wang")), QStringLiteral("王主任 (wang)"));
        QCOMPARE(model.officials().name(QStringLiteral("admin")), QStringLiteral("李科长"));
        QCOMPARE(model.officials().name(QStringLiteral("gone")), QStringLiteral("gone")); // no account: the login
        AuditFilter f;
        f.actor = QStringLiteral("李科长");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 3); // its own account and the two it created
        f.actor = QStringLiteral("System"); // the console's own actor, by the word shown for it
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        // Issue 18: a display name two officials share matches the entries of both (today's filter matched nothing).
        QVERIFY(audit.append(QStringLiteral("wang"), QStringLiteral("holder.reveal"), QStringLiteral("holder:1"), {},
                             {{QStringLiteral("purpose"), QStringLiteral("核实")}}));
        QVERIFY(audit.append(QStringLiteral("wang2"), QStringLiteral("holder.reveal"), QStringLiteral("holder:1"), {},
                             {{QStringLiteral("purpose"), QStringLiteral("核实")}}));
        f.actor = QStringLiteral("王主任");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        f.actor = QStringLiteral("王主任 (wang2)"); // as the table shows one of them
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).actor, QStringLiteral("wang2"));
        f.actor = QStringLiteral("wang"); // a login is that official alone
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f.actor = QStringLiteral("赵"); // no one
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(t.ws->audit().verify().intact);
    }

    // Issue 18: before/after read field by field in words, enums translated, objects by their names.
    void entriesReadAsRecords()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        // A ticket's step, as AppealService::record writes it.
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("appeal.decided"), QStringLiteral("ticket:12345-1130-003"),
                             {{QStringLiteral("state"), QStringLiteral("under_review")}},
                             {{QStringLiteral("state"), QStringLiteral("decided")}, {QStringLiteral("kind"), QStringLiteral("wrong_source")},
                              {QStringLiteral("note"), QStringLiteral("来源地与核酸检测登记一致，维持")}}));
        AuditLogModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AuditEntry ticket = model.entryAt(0);
        const QStringList lines = model.describer().lines(ticket);
        QCOMPARE(lines.value(0), QStringLiteral("State: Under review → Decided"));
        QVERIFY2(lines.contains(QStringLiteral("Ticket kind: Wrong source location")), qPrintable(lines.join(u'|')));
        QVERIFY2(lines.contains(QStringLiteral("Note: 来源地与核酸检测登记一致，维持")), qPrintable(lines.join(u'|')));
        QCOMPARE(model.describer().remarks(ticket), QStringLiteral("Note: 来源地与核酸检测登记一致，维持"));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ObjectColumn)).toString(), QStringLiteral("12345 ticket 12345-1130-003"));
        QCOMPARE(model.data(model.index(0, AuditLogModel::ActionColumn)).toString(), QStringLiteral("12345 ticket decided"));
        const QString summary = model.data(model.index(0, AuditLogModel::ChangesColumn)).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("State: Under review → Decided; ")), qPrintable(summary));

        // A holder by masked name and ID; a correction shows each field changed, masked, with its name in words.
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.phone = QStringLiteral("13812345678");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        in.phone = QStringLiteral("13987654321");
        QVERIFY(t.ws->holders().upsert(in, QStringLiteral("admin"), audit).ok());
        // A color, a roles change, a risk-area declaration and a case batch's words.
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("code.issue"), QStringLiteral("holder:%1").arg(h->holder.id), {},
                             {{QStringLiteral("color"), QStringLiteral("red")}}));
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("account.roles"), QStringLiteral("account:admin"),
                             {{QStringLiteral("roles"), QJsonArray{}}, {QStringLiteral("jurisdiction"), QString()}},
                             {{QStringLiteral("roles"), QJsonArray{QStringLiteral("reviewer"), QStringLiteral("auditor")}},
                              {QStringLiteral("jurisdiction"), QStringLiteral("370303")}}));
        Declaration d;
        d.divisionCode = QStringLiteral("370303001");
        d.subareas = {QStringLiteral("3号楼")};
        d.level = RiskLevel::High;
        d.from = t.clock->now();
        d.basis = QStringLiteral("病例报告");
        d.reason = QStringLiteral("确诊病例居住地");
        QVERIFY(t.ws->risk().declare(d, QStringLiteral("admin"), audit).ok());
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("mystery.op"), QStringLiteral("thing:1"), {},
                             {{QStringLiteral("some_field"), QJsonObject{{QStringLiteral("level"), QStringLiteral("medium")}}}}));
        model.reload();
        QCOMPARE(model.entryAt(0).action, QStringLiteral("mystery.op"));
        // An unknown field still reads as words: no JSON.
        const QString unknown = model.describer().summary(model.entryAt(0));
        QCOMPARE(unknown, QStringLiteral("some field: Risk level: Medium"));
        const QString area = model.data(model.index(1, AuditLogModel::ObjectColumn)).toString();
        QVERIFY2(area.endsWith(QStringLiteral(" 3号楼")) && !area.contains(QStringLiteral("370303001")), qPrintable(area));
        QVERIFY2(area.startsWith(QStringLiteral("张店区")), qPrintable(area)); // the street named with its county
        const QStringList declared = model.describer().lines(model.entryAt(1));
        QVERIFY2(declared.contains(QStringLiteral("Risk level: High")), qPrintable(declared.join(u'|')));
        QVERIFY2(declared.contains(QStringLiteral("Reason: 确诊病例居住地")), qPrintable(declared.join(u'|')));
        const QStringList roles = model.describer().lines(model.entryAt(2));
        QVERIFY2(roles.contains(QStringLiteral("Roles: None → Reviewer, Auditor")), qPrintable(roles.join(u'|')));
        QVERIFY2(roles.contains(QStringLiteral("Jurisdiction: The whole country → 淄博市张店区")), qPrintable(roles.join(u'|')));
        QCOMPARE(model.data(model.index(2, AuditLogModel::ObjectColumn)).toString(), QStringLiteral("admin"));
        QCOMPARE(model.describer().summary(model.entryAt(3)), QStringLiteral("Code color: Red"));
        QCOMPARE(model.data(model.index(3, AuditLogModel::ObjectColumn)).toString(), QStringLiteral("张*三 (3703**********1239)"));
        const QStringList corrected = model.describer().lines(model.entryAt(4));
        QVERIFY2(corrected.contains(QStringLiteral("Phone: 138****5678 → 139****4321")), qPrintable(corrected.join(u'|')));
        QVERIFY2(corrected.contains(QStringLiteral("ID number: 3703**********1239")), qPrintable(corrected.join(u'|')));
        QVERIFY2(corrected.contains(QStringLiteral("Home division: 张店区车站街道")), qPrintable(corrected.join(u'|')));
        // On its row, a correction shows what it changed.
        QCOMPARE(model.data(model.index(4, AuditLogModel::ChangesColumn)).toString(), QStringLiteral("Phone: 138****5678 → 139****4321"));
        // Nothing reads as a key or as JSON.
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < AuditLogModel::ColumnCount; ++c) {
                const QString text = model.data(model.index(r, c)).toString();
                for (const char *raw : {"{", "}", "id_number", "case_ref", "holder:", "risk_area:", "ticket:", "under_review", "source_division"})
                    QVERIFY2(!text.contains(QLatin1String(raw)), qPrintable(QStringLiteral("%1 in row %2: %3").arg(QLatin1String(raw)).arg(r).arg(text)));
            }
    }

    // A case batch by its case reference, an approval by its kind; a page's references are read in bulk.
    void batchesAndRequestsByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_batch(id, kind, file_name, file_sha256, format, encoding, delimiter, records,"
                                      " accepted, left_out, status, imported_by, imported_at, first_row, last_row)"
                                      " VALUES (7, 'cases', 'a.csv', 'x', 'csv', 'UTF-8', ',', 3, 3, 0, 'imported', 'admin', 0, 1, 3)")));
        int row = 0;
        for (const char *ref : {"C-3702-1130-02", "C-3702-1130-01", "C-3702-1130-01"})
            QVERIFY(q.exec(QStringLiteral("INSERT INTO case_row(id, batch_id, line, case_ref, id_number, class, report_at, exposure, division,"
                                          " address, venue_code, transport, carriage, seat) VALUES (%1, 7, 2, '%2', '', 'confirmed', 0, '',"
                                          " '', '', '', '', '', '')")
                               .arg(++row)
                               .arg(QLatin1String(ref))));
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("cases.import"), QStringLiteral("case_batch:7"), {},
                             {{QStringLiteral("kind"), QStringLiteral("cases")}, {QStringLiteral("records"), 3}}));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO approval(id, kind, object, division, payload, summary, requested_by, requested_at)"
                                      " VALUES (4, 'manual_order', 'holder:9', '370303', '{}', 's', 'admin', 0)")));
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("approval.request"), QStringLiteral("approval:4"), {},
                             {{QStringLiteral("kind"), QStringLiteral("manual_order")}, {QStringLiteral("object"), QStringLiteral("holder:9")}}));
        AuditLogModel model(*t.ws);
        QCOMPARE(model.data(model.index(0, AuditLogModel::ObjectColumn)).toString(), QStringLiteral("Request 4: Manual order"));
        QVERIFY2(model.describer().lines(model.entryAt(0)).contains(QStringLiteral("Request: Manual order")),
                 qPrintable(model.describer().summary(model.entryAt(0))));
        QVERIFY2(model.describer().lines(model.entryAt(0)).contains(QStringLiteral("Concerning: Holder no. 9")),
                 qPrintable(model.describer().summary(model.entryAt(0))));
        QCOMPARE(model.data(model.index(1, AuditLogModel::ObjectColumn)).toString(), QStringLiteral("Cases C-3702-1130-01 and 1 more (batch 7)"));
        QCOMPARE(model.describer().summary(model.entryAt(1)), QStringLiteral("Batch kind: Case report; Rows read: 3"));
        // A hash is the dialog's, not the row's.
        QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("cases.import"), QStringLiteral("case_batch:7"), {},
                             {{QStringLiteral("file"), QStringLiteral("a.csv")}, {QStringLiteral("sha256"), QString(64, u'a')}}));
        model.reload();
        QCOMPARE(model.describer().summary(model.entryAt(0)), QStringLiteral("File: a.csv"));
        QCOMPARE(model.describer().lines(model.entryAt(0)).last(), QStringLiteral("SHA-256: ") + QString(64, u'a'));
    }

    // Issue 18: the 对象包含 filter takes what the table shows: a division's name (its streets' areas too), an
    // official's name, a holder's name or ID number, a case reference; the stored reference still matches as typed.
    void objectsByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '李科长' WHERE username = 'admin'")));
        const auto add = [&](const QString &object) {
            QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("test.entry"), object, {}, {}));
        };
        add(QStringLiteral("risk_area:110105011/3号楼"));  // a street of 朝阳区
        add(QStringLiteral("risk_area:110105"));           // 朝阳区 itself
        add(QStringLiteral("risk_area:110101"));           // 东城区: not 朝阳区
        add(QStringLiteral("holders:110105"));
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张三丰");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        const qint64 registered = h->holder.id;
        add(QStringLiteral("holder:%1").arg(registered));
        add(QStringLiteral("holder:%1").arg(registered + 10)); // another holder: "holder:1" is no prefix of it
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_batch(id, kind, file_name, file_sha256, format, encoding, delimiter, records,"
                                      " accepted, left_out, status, imported_by, imported_at, first_row, last_row)"
                                      " VALUES (7, 'cases', 'a.csv', 'x', 'csv', 'UTF-8', ',', 1, 1, 0, 'imported', 'admin', 0, 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_row(id, batch_id, line, case_ref, id_number, class, report_at, exposure, division,"
                                      " address, venue_code, transport, carriage, seat) VALUES (1, 7, 2, 'C-1130-01', '', 'confirmed', 0,"
                                      " '', '', '', '', '', '', '')")));
        add(QStringLiteral("case_batch:7"));
        AuditLogModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto objects = [&](const QString &text) {
            AuditFilter f;
            f.actionPrefix = QStringLiteral("test.");
            f.text = text;
            model.setFilter(f);
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.entryAt(r).object;
            out.sort();
            return out;
        };
        QCOMPARE(objects(QStringLiteral("朝阳区")),
                 QStringList({QStringLiteral("holders:110105"), QStringLiteral("risk_area:110105"),
                              QStringLiteral("risk_area:110105011/3号楼")}));
        QCOMPARE(objects(QStringLiteral("张三")), QStringList({QStringLiteral("holder:%1").arg(registered)}));
        QCOMPARE(objects(QStringLiteral("370303199001011239")), QStringList({QStringLiteral("holder:%1").arg(registered)}));
        QCOMPARE(objects(QStringLiteral("C-1130-01")), QStringList({QStringLiteral("case_batch:7")}));
        QCOMPARE(objects(QStringLiteral("3号楼")), QStringList({QStringLiteral("risk_area:110105011/3号楼")})); // as stored
        QCOMPARE(objects(QStringLiteral("李科长")), QStringList()); // test entries name no account
        QVERIFY(objects(QStringLiteral("无此名称")).isEmpty());
        AuditFilter f;
        f.text = QStringLiteral("李科长");
        model.setFilter(f);
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.entryAt(model.rowCount() - 1).object, QStringLiteral("account:admin")); // its own account entry
    }

    // The chain checked up to one entry, an entry read by its number, and the count (the entry dialog's integrity part).
    void chainUpToAnEntry()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        for (int i = 0; i < 4; ++i)
            QVERIFY(audit.append(QStringLiteral("admin"), QStringLiteral("holder.reveal"), QStringLiteral("holder:1"), {}, {}));
        QCOMPARE(audit.count(), 5);
        const auto third = audit.entry(3);
        QVERIFY(third);
        QCOMPARE(third->prevHash, audit.entry(2)->hash);
        QVERIFY(audit.verifyUpTo(3).intact);
        QCOMPARE(audit.verifyUpTo(3).entries, 3);
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 4")));
        QVERIFY(audit.verifyUpTo(3).intact); // what came before the edit still verifies
        QVERIFY(!audit.verifyUpTo(4).intact);
        QCOMPARE(audit.verifyUpTo(5).firstBadId, 4);
        QVERIFY(!audit.verify().intact);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        QCOMPARE(audit.verifyUpTo(3).firstBadId, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
