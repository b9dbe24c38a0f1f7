// 12345 tickets: the closed loop with its permissions, deadlines by color, approval voiding exactly the named
// condition with the decision as basis, corrections keeping the old value, re-application once, guardians, and
// forwarding a condition another province pushed.
#include "AppealService.h"
#include "CoreTestSupport.h"
#include "HolderRepository.h"
#include "HolderService.h"

#include <QStringEncoder>

using namespace hc;
using hctest::residentId;
using hctest::TestDb;
using policy::Color;

class TestAppealService : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> t;
    std::unique_ptr<AuditLog> audit;
    qint64 holder = 0;
    qint64 contact = 0; // the holder's close-contact condition

    AppealService appeals() { return AppealService(t->conn(), t->clock); }
    Holder h(qint64 id) { return *HolderRepository(t->conn()).find(id); }
    qint64 add(int serial, const QString &home = QStringLiteral("370303001"))
    {
        HolderInput in;
        in.idNumber = residentId(home.left(6), serial);
        in.name = QStringLiteral("张晓三");
        in.homeDivision = home;
        in.address = QStringLiteral("3号楼2单元");
        const auto r = HolderService(t->conn(), t->clock).upsert(in, QStringLiteral("admin"), *audit);
        return r ? r->holder.id : 0;
    }
    TicketInput ticket(const QString &number, TicketKind kind = TicketKind::WrongColor)
    {
        TicketInput in;
        in.number = number;
        in.kind = kind;
        in.holderId = holder;
        in.caller = QStringLiteral("张先生");
        in.callbackPhone = QStringLiteral("13812345678");
        in.complaint = QStringLiteral("没去过那个场所，为什么是红码");
        return in;
    }

private slots:
    void cleanup()
    {
        audit.reset();
        t.reset();
    }
    void init()
    {
        t = std::make_unique<TestDb>();
        audit = std::make_unique<AuditLog>(t->audit());
        QVERIFY(t->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('commission_division', '370303') ON CONFLICT(key) DO UPDATE SET value = excluded.value")));
        t->addOfficial(QStringLiteral("zhou"), {QStringLiteral("operator")}, QStringLiteral("370303"));
        t->addOfficial(QStringLiteral("wang"), {QStringLiteral("reviewer")}, QStringLiteral("3703"));
        holder = add(1);
        QVERIFY(holder > 0);
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = t->clock.now().toSecsSinceEpoch() - 3600;
        r.basisRef = QStringLiteral("case:C-1");
        r.basisText = QStringLiteral("与病例 C-1 同时段到访场所");
        const auto c = HolderService(t->conn(), t->clock).report(holder, r, QStringLiteral("admin"), *audit);
        HC_VERIFY_OK(c);
        contact = *c.value();
        QCOMPARE(h(holder).color, Color::Red);
    }

    void theClosedLoop()
    {
        const auto id = appeals().file(ticket(QStringLiteral("12345-0001")), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(id);
        Ticket tk = *appeals().find(*id);
        QCOMPARE(tk.state, QStringLiteral("received"));
        QCOMPARE(tk.deadlineAt, t->clock.now().toSecsSinceEpoch() + 24 * 3600); // a red code: 24 h
        // Only the assignee reviews; an operator cannot decide.
        HC_VERIFY_ERROR(appeals().assign(*id, QStringLiteral("zhou"), QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        HC_VERIFY_OK(appeals().assign(*id, QStringLiteral("wang"), QStringLiteral("zhou"), *audit));
        HC_VERIFY_ERROR(appeals().startReview(*id, QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        HC_VERIFY_OK(appeals().startReview(*id, QStringLiteral("wang"), *audit));
        TicketDecision d;
        d.approve = true;
        d.reason = QStringLiteral("核查扫码记录，当日不在该场所");
        d.voidConditions = {contact};
        HC_VERIFY_ERROR(appeals().close(*id, QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        const qint64 history = t->count(QStringLiteral("holder_history"), QStringLiteral("holder_id = %1").arg(holder));
        const auto decided = appeals().decide(*id, d, QStringLiteral("wang"), *audit);
        HC_VERIFY_OK(decided);
        QCOMPARE(h(holder).color, Color::Green);
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'appeal.decided' AND payload LIKE '%\"decision\":\"approved\"%'")), 1);
        QCOMPARE(t->count(QStringLiteral("holder_history"), QStringLiteral("holder_id = %1").arg(holder)), history + 1);
        // Voided: moved out of the live table, with when, why and by whom, and still on the holder's card.
        QCOMPARE(t->count(QStringLiteral("condition"), QStringLiteral("id = %1").arg(contact)), 0);
        QCOMPARE(t->count(QStringLiteral("condition_voided"),
                          QStringLiteral("id = %1 AND voided_at IS NOT NULL AND end_reason LIKE '%12345-0001%'").arg(contact)),
                 1);
        const auto card = HolderRepository(t->conn()).conditions(holder);
        QVERIFY(std::any_of(card.begin(), card.end(), [&](const ConditionRecord &c) { return c.id == contact && c.voidedAt != policy::kOpen; }));
        HC_VERIFY_OK(appeals().reply(*id, QStringLiteral("经核查已恢复绿码"), QStringLiteral("zhou"), *audit));
        HC_VERIFY_ERROR(appeals().close(*id, QStringLiteral("zhou"), *audit), ErrorKind::Refused); // no callback yet
        HC_VERIFY_OK(appeals().callback(*id, QStringLiteral("来电人确认已变绿码"), QStringLiteral("zhou"), *audit));
        HC_VERIFY_OK(appeals().close(*id, QStringLiteral("zhou"), *audit));
        tk = *appeals().find(*id);
        QCOMPARE(tk.state, QStringLiteral("closed"));
        QCOMPARE(tk.decision, QStringLiteral("approved"));
        QCOMPARE(appeals().events(*id).size(), 7);
        QVERIFY(t->count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'appeal.%'")) >= 7);
        QVERIFY(AuditLog(t->conn(), t->clock).verify().intact);
    }

    // Issue 18: an event is stored as data (the assignee's login, the province, the official's words), whatever the
    // language of whoever wrote it, and read back as such for the console to put in words; the notes older consoles
    // stored in Chinese read the same. hcctl's JSON shows the note as stored.
    void eventsAreStoredAsData()
    {
        const auto id = appeals().file(ticket(QStringLiteral("12345-0009")), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(id);
        HC_VERIFY_OK(appeals().assign(*id, QStringLiteral("wang"), QStringLiteral("zhou"), *audit));
        const auto events = appeals().events(*id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].state, QStringLiteral("received"));
        QCOMPARE(events[0].target(), QString());
        QCOMPARE(events[0].text(), QStringLiteral("没去过那个场所，为什么是红码"));
        QCOMPARE(events[1].note, QStringLiteral("assigned to wang"));
        QCOMPARE(events[1].target(), QStringLiteral("wang"));
        QVERIFY(events[1].text().isEmpty());
        const TicketEvent older{0, QStringLiteral("zhou"), QStringLiteral("assigned"), QStringLiteral("已分派给 wang")};
        QCOMPARE(older.target(), QStringLiteral("wang"));
        QVERIFY(older.text().isEmpty());
        const TicketEvent forwarded{0, QStringLiteral("wang"), QStringLiteral("forwarded"),
                                    QStringLiteral("forwarded to province 13: 该条件由河北省推送")};
        QCOMPARE(forwarded.target(), QStringLiteral("13"));
        QCOMPARE(forwarded.text(), QStringLiteral("该条件由河北省推送"));
        const TicketEvent olderForward{0, QStringLiteral("wang"), QStringLiteral("forwarded"), QStringLiteral("已转办省份 13：河北省推送")};
        QCOMPARE(olderForward.target(), QStringLiteral("13"));
        QCOMPARE(olderForward.text(), QStringLiteral("河北省推送"));
        // A note in no known form stays whole.
        const TicketEvent odd{0, QStringLiteral("zhou"), QStringLiteral("assigned"), QStringLiteral("转给 王 处理")};
        QCOMPARE(odd.target(), QString());
        QCOMPARE(odd.text(), QStringLiteral("转给 王 处理"));
    }

    // Issue 18: the caller's callback number is masked like every phone number; the whole number only with a purpose,
    // to an official who takes the ticket's calls or may see personal data, in the holder's jurisdiction. Every reveal
    // is an audit entry (without the number), and so is a refusal.
    void callbackNumberRevealedWithAPurpose()
    {
        const auto id = appeals().file(ticket(QStringLiteral("12345-0010")), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(id);
        QCOMPARE(AppealService::maskedCallback(*appeals().find(*id)), QStringLiteral("138****5678"));
        HC_VERIFY_ERROR(appeals().revealCallback(*id, QStringLiteral("看"), QStringLiteral("zhou"), *audit), ErrorKind::BadInput);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action LIKE 'appeal.reveal_callback%'")), 0);
        const auto phone = appeals().revealCallback(*id, QStringLiteral("回访来电人"), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(phone);
        QCOMPARE(phone.value(), QStringLiteral("13812345678"));
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'appeal.reveal_callback' AND actor = 'zhou'"
                                                                     " AND object = 'ticket:12345-0010' AND after LIKE '%回访来电人%'"
                                                                     " AND after LIKE '%138****5678%' AND after NOT LIKE '%13812345678%'")),
                 1);
        HC_VERIFY_OK(appeals().revealCallback(*id, QStringLiteral("核实来电人身份"), QStringLiteral("wang"), *audit)); // a reviewer
        // An auditor may not, nor an operator of another county: refused, and the attempt recorded.
        QVERIFY(t->addOfficial(QStringLiteral("sun"), {QStringLiteral("auditor")}, QStringLiteral("3703")));
        QVERIFY(t->addOfficial(QStringLiteral("qian"), {QStringLiteral("operator")}, QStringLiteral("370302")));
        HC_VERIFY_ERROR(appeals().revealCallback(*id, QStringLiteral("查看来电号码"), QStringLiteral("sun"), *audit), ErrorKind::Refused);
        HC_VERIFY_ERROR(appeals().revealCallback(*id, QStringLiteral("查看来电号码"), QStringLiteral("qian"), *audit), ErrorKind::Refused);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'appeal.reveal_callback_refused'")), 2);
        QCOMPARE(t->count(QStringLiteral("audit_log"), QStringLiteral("action = 'appeal.reveal_callback'")), 2);
        QVERIFY(AuditLog(t->conn(), t->clock).verify().intact);
    }

    void deadlinesAndQueue()
    {
        const qint64 green = add(2);
        TicketInput in = ticket(QStringLiteral("12345-0002"), TicketKind::WrongPersonalData);
        in.holderId = green;
        const auto a = appeals().file(in, QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(a);
        QCOMPARE(appeals().find(*a)->deadlineAt, t->clock.now().toSecsSinceEpoch() + 8 * 3600); // not red: 8 h
        const auto b = appeals().file(ticket(QStringLiteral("12345-0003")), QStringLiteral("zhou"), *audit);
        const QList<Ticket> q = appeals().queue();
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.first().id, *a); // the nearer deadline first
        QVERIFY(!q.first().overdueAt(t->clock.now().toSecsSinceEpoch()));
        QVERIFY(q.first().overdueAt(t->clock.now().toSecsSinceEpoch() + 9 * 3600));
        HC_VERIFY_ERROR(appeals().file(ticket(QStringLiteral("12345-0003")), QStringLiteral("zhou"), *audit), ErrorKind::BadInput);
        Q_UNUSED(b);
    }

    void correctionsKeepTheOldValue()
    {
        const auto id = appeals().file(ticket(QStringLiteral("12345-0004"), TicketKind::WrongSource), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(appeals().assign(*id, QStringLiteral("wang"), QStringLiteral("zhou"), *audit));
        HC_VERIFY_OK(appeals().startReview(*id, QStringLiteral("wang"), *audit));
        TicketDecision d;
        d.approve = true;
        d.reason = QStringLiteral("来源地登记错误");
        d.corrections = {{QStringLiteral("name"), QStringLiteral("李四")}};
        HC_VERIFY_ERROR(appeals().decide(*id, d, QStringLiteral("wang"), *audit), ErrorKind::BadInput); // not this kind's field
        d.corrections = {{QStringLiteral("source_division"), QStringLiteral("370303002")}};
        HC_VERIFY_OK(appeals().decide(*id, d, QStringLiteral("wang"), *audit));
        QCOMPARE(h(holder).sourceDivision, QStringLiteral("370303002"));
        QCOMPARE(t->count(QStringLiteral("holder_correction"),
                          QStringLiteral("field = 'source_division' AND old_value = '' AND new_value = '370303002'")),
                 1);
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'holder.corrected'")), 1);
    }

    void reapplicationOnceAndGuardians()
    {
        HC_VERIFY_OK(appeals().file(ticket(QStringLiteral("12345-0005"), TicketKind::Reapplication), QStringLiteral("zhou"), *audit));
        const auto second = appeals().file(ticket(QStringLiteral("12345-0006"), TicketKind::Reapplication), QStringLiteral("zhou"), *audit);
        HC_VERIFY_ERROR(second, ErrorKind::Refused);
        QVERIFY2(second.error().message.contains(QStringLiteral("2022-11-01")), qPrintable(second.error().message));

        const qint64 parent = add(3);
        TicketInput in = ticket(QStringLiteral("12345-0007"));
        in.guardianId = parent;
        HC_VERIFY_ERROR(appeals().file(in, QStringLiteral("zhou"), *audit), ErrorKind::Refused);
        HC_VERIFY_OK(HolderService(t->conn(), t->clock).bind(parent, holder, QStringLiteral("父亲"), QStringLiteral("admin"), *audit));
        HC_VERIFY_OK(appeals().file(in, QStringLiteral("zhou"), *audit));
    }

    void hotlineExportImports()
    {
        const qint64 other = add(4);
        const QString id1 = HolderRepository(t->conn()).find(holder)->idNumber, id2 = HolderRepository(t->conn()).find(other)->idNumber;
        const QString csv = QStringLiteral("工单号,类型,身份证号,来电人,回访电话,诉求内容\n"
                                           "12345-1001,错码,%1,张先生,13800001111,没去过该场所\n"
                                           "12345-1002,个人信息错误,%2,李女士,13800002222,姓名写错\n"
                                           "12345-1003,投诉,%2,李女士,13800002222,态度不好\n"
                                           "12345-1004,错码,110101199001010000,王先生,13800003333,不明原因红码\n")
                                .arg(id1, id2);
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk.encode(csv);
        const auto refused = appeals().importCsv(bytes, false, QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(refused);
        QCOMPARE(refused->checked.encoding, QStringLiteral("GB18030"));
        QCOMPARE(refused->records, 4);
        QCOMPARE(refused->filed, 0);
        QCOMPARE(refused->checked.errors.size(), size_t(2));
        QCOMPARE(refused->checked.errors[0].line, 4);
        QCOMPARE(refused->checked.errors[1].line, 5);
        QCOMPARE(t->count(QStringLiteral("ticket")), 0);
        QVERIFY(CaseFileReader::errorsFile(refused->checked).contains("12345-1003"));
        const auto partial = appeals().importCsv(bytes, true, QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(partial);
        QCOMPARE(partial->filed, 2);
        QCOMPARE(appeals().findByNumber(QStringLiteral("12345-1002"))->kind, TicketKind::WrongPersonalData);
        QCOMPARE(appeals().findByNumber(QStringLiteral("12345-1001"))->source, QStringLiteral("import"));
        HC_VERIFY_ERROR(appeals().importCsv(QByteArray(), false, QStringLiteral("zhou"), *audit), ErrorKind::BadInput);

        // Two re-applications for one person in one file (found by fuzz_hotlineexport): the second is a bad row, as
        // filing it alone would be.
        const QByteArray twice = QStringLiteral("工单号,类型,身份证号,来电人,回访电话,诉求内容\n"
                                                "12345-2001,重新申请,%1,李女士,13800002222,申请复核\n"
                                                "12345-2002,重新申请,%1,李女士,13800002222,再次申请\n")
                                     .arg(id2)
                                     .toUtf8();
        const auto again = appeals().importCsv(twice, true, QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(again);
        QCOMPARE(again->filed, 1);
        QCOMPARE(again->checked.errors.size(), size_t(1));
        QCOMPARE(again->checked.errors[0].line, 3);
        QVERIFY2(again->checked.errors[0].reason.contains(QStringLiteral("line 2")), qPrintable(again->checked.errors[0].reason));
    }

    void anotherProvincesConditionIsForwarded()
    {
        QVERIFY(t->exec(QStringLiteral("UPDATE condition SET source_division = '110101' WHERE id = %1").arg(contact)));
        const auto id = appeals().file(ticket(QStringLiteral("12345-0008")), QStringLiteral("zhou"), *audit);
        HC_VERIFY_OK(appeals().assign(*id, QStringLiteral("wang"), QStringLiteral("zhou"), *audit));
        HC_VERIFY_OK(appeals().startReview(*id, QStringLiteral("wang"), *audit));
        TicketDecision approve;
        approve.approve = true;
        approve.reason = QStringLiteral("来电人称未去过北京");
        approve.voidConditions = {contact};
        const auto refused = appeals().decide(*id, approve, QStringLiteral("wang"), *audit);
        HC_VERIFY_ERROR(refused, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("forward")), qPrintable(refused.error().message));
        QCOMPARE(h(holder).color, Color::Red);
        QCOMPARE(appeals().find(*id)->state, QStringLiteral("under_review"));
        HC_VERIFY_OK(appeals().forward(*id, QStringLiteral("11"), QStringLiteral("北京市推送的密接"), QStringLiteral("wang"), *audit));
        const Ticket tk = *appeals().find(*id);
        QCOMPARE(tk.state, QStringLiteral("forwarded"));
        QCOMPARE(tk.forwardedTo, QStringLiteral("11"));
        QCOMPARE(t->count(QStringLiteral("outbox"), QStringLiteral("kind = 'appeal.forward'")), 1);
        // Rejected when that province answers no; nothing changes for the holder.
        TicketDecision d;
        d.reason = QStringLiteral("北京市复核维持");
        HC_VERIFY_OK(appeals().decide(*id, d, QStringLiteral("wang"), *audit));
        QCOMPARE(h(holder).color, Color::Red);
    }
};

QTEST_GUILESS_MAIN(TestAppealService)
#include "tst_appealservice.moc"
