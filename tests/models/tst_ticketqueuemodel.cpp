// The 12345 queue: tickets by deadline with translated kind and state, an overdue deadline in red with the
// tooltip "Overdue", open tickets or all of them; and the dashboard's counts (TicketStats). Checked by
// QAbstractItemModelTester.
#include "TestWorkspace.h"
#include "TicketQueueModel.h"
#include "TicketStats.h"

#include <QAbstractItemModelTester>
#include <QBrush>

using namespace hc;

namespace {

QString residentId(int serial)
{
    const QString first17 = QStringLiteral("37030319900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + idnumber::checkDigit(first17);
}

} // namespace

class TestTicketQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queueByDeadline()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        QList<qint64> holders;
        for (int i = 1; i <= 2; ++i) {
            HolderInput in;
            in.idNumber = residentId(i);
            in.name = QStringLiteral("张晓") + QString::number(i);
            in.homeDivision = QStringLiteral("370303001");
            const auto r = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
            QVERIFY(r.ok());
            holders << r->holder.id;
        }
        // The first holder is red: a longer deadline (24 h) than the green one's (8 h).
        ConditionReport report;
        report.type = ConditionReport::Type::CloseContact;
        report.at = t.clock->now().toSecsSinceEpoch() - 3600;
        report.basisRef = QStringLiteral("case:C-1");
        report.basisText = QStringLiteral("与病例 C-1 同时段到访场所");
        const auto reported = t.ws->holders().report(holders[0], report, QStringLiteral("admin"), audit);
        QVERIFY2(reported.ok(), reported ? "" : qPrintable(reported.error().message));
        AppealService appeals = t.ws->appeals();
        const auto file = [&](const QString &number, TicketKind kind, qint64 holder) {
            TicketInput in;
            in.number = number;
            in.kind = kind;
            in.holderId = holder;
            in.caller = QStringLiteral("张先生");
            in.callbackPhone = QStringLiteral("13812345678");
            in.complaint = QStringLiteral("码不对");
            const auto r = appeals.file(in, QStringLiteral("admin"), audit);
            return r ? r.value() : qint64(0);
        };
        const qint64 red = file(QStringLiteral("T-0001"), TicketKind::WrongColor, holders[0]);
        const qint64 green = file(QStringLiteral("T-0002"), TicketKind::WrongPersonalData, holders[1]);
        QVERIFY(red > 0 && green > 0);

        TicketQueueModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(TicketQueueModel::ColumnCount));
        QCOMPARE(model.rowOf(green), 0); // the earlier deadline first
        QCOMPARE(model.data(model.index(0, TicketQueueModel::NumberColumn)).toString(), QStringLiteral("T-0002"));
        QCOMPARE(model.data(model.index(0, TicketQueueModel::KindColumn)).toString(), QStringLiteral("Wrong personal data"));
        QCOMPARE(model.data(model.index(1, TicketQueueModel::KindColumn)).toString(), QStringLiteral("Wrong color"));
        QCOMPARE(model.data(model.index(0, TicketQueueModel::StateColumn)).toString(), QStringLiteral("Received"));
        QVERIFY(model.data(model.index(0, TicketQueueModel::HolderColumn)).toString().contains(QLatin1String("*")));
        QCOMPARE(model.data(model.index(0, TicketQueueModel::DeadlineColumn)).toString(), QStringLiteral("2022-11-02 18:00"));
        QVERIFY(!model.data(model.index(0, TicketQueueModel::DeadlineColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(TicketQueueModel::DeadlineColumn, Qt::Horizontal).toString(), QStringLiteral("Deadline"));

        // Ten hours later the green holder's ticket is overdue, the red one's is not.
        t.clock->advanceSecs(10 * 3600);
        model.reload();
        const QModelIndex late = model.index(0, TicketQueueModel::DeadlineColumn);
        QCOMPARE(model.data(late, Qt::ToolTipRole).toString(), QStringLiteral("Overdue"));
        QCOMPARE(model.data(late, Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(model.data(late, TicketQueueModel::OverdueRole).toBool());
        QVERIFY(!model.data(model.index(1, TicketQueueModel::DeadlineColumn), TicketQueueModel::OverdueRole).toBool());
        TicketStats s = TicketStats::of(appeals.queue(false), t.clock->now().toSecsSinceEpoch());
        QCOMPARE(s.open, 2);
        QCOMPARE(s.overdue, 1);
        QCOMPARE(s.openByState.value(QStringLiteral("received")), 2);
        QCOMPARE(s.openByKind.value(TicketKind::WrongColor), 1);
        QVERIFY(!s.medianHandlingSecs);

        // The late ticket runs its loop and closes: it leaves the open queue, stays in the full one.
        QVERIFY(appeals.assign(green, QStringLiteral("admin"), QStringLiteral("admin"), audit).ok());
        QVERIFY(appeals.startReview(green, QStringLiteral("admin"), audit).ok());
        TicketDecision reject;
        reject.reason = QStringLiteral("信息无误");
        QVERIFY(appeals.decide(green, reject, QStringLiteral("admin"), audit).ok());
        QVERIFY(appeals.reply(green, QStringLiteral("已答复"), QStringLiteral("admin"), audit).ok());
        QVERIFY(appeals.callback(green, QStringLiteral("满意"), QStringLiteral("admin"), audit).ok());
        t.clock->advanceSecs(2 * 3600);
        QVERIFY(appeals.close(green, QStringLiteral("admin"), audit).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(green), -1);
        model.setOpenOnly(false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(model.rowOf(green), TicketQueueModel::StateColumn)).toString(), QStringLiteral("Closed"));
        QVERIFY(!model.data(model.index(model.rowOf(green), TicketQueueModel::DeadlineColumn), TicketQueueModel::OverdueRole).toBool());
        s = TicketStats::of(appeals.queue(false), t.clock->now().toSecsSinceEpoch());
        QCOMPARE(s.open, 1);
        QCOMPARE(s.closed, 1);
        QCOMPARE(s.overdue, 0);
        QVERIFY(s.medianHandlingSecs);
        QCOMPARE(*s.medianHandlingSecs, qint64(12 * 3600));
    }

    // Issue 18: the assignee by display name (the login in the tooltip), not the login.
    void assigneeByName()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->accounts().create(QStringLiteral("wang"), QStringLiteral("王主任"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000));
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("wang"), roleSetFromKeys({QStringLiteral("reviewer")}), {},
                                          QStringLiteral("admin"), audit));
        HolderInput in;
        in.idNumber = residentId(1);
        in.name = QStringLiteral("张晓一");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        TicketInput ti;
        ti.number = QStringLiteral("T-0001");
        ti.kind = TicketKind::WrongColor;
        ti.holderId = h->holder.id;
        ti.caller = QStringLiteral("张先生");
        ti.callbackPhone = QStringLiteral("13812345678");
        ti.complaint = QStringLiteral("码不对");
        AppealService appeals = t.ws->appeals();
        const auto ticket = appeals.file(ti, QStringLiteral("admin"), audit);
        QVERIFY(ticket.ok());
        const Status assigned = appeals.assign(*ticket, QStringLiteral("wang"), QStringLiteral("admin"), audit);
        QVERIFY2(assigned.ok(), assigned ? "" : qPrintable(assigned.error().message));
        TicketQueueModel model(*t.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, TicketQueueModel::AssigneeColumn)).toString(), QStringLiteral("王主任"));
        QCOMPARE(model.data(model.index(0, TicketQueueModel::AssigneeColumn), Qt::ToolTipRole).toString(), QStringLiteral("王主任 (wang)"));
        QCOMPARE(model.officials().name(QStringLiteral("admin")), QStringLiteral("admin")); // display name = login
    }

    // Issue 18: each event in words with the officials' display names and a province by its name, rendered from the
    // stored fields (the English source here; the console shows the zh_CN translation).
    void eventsInWords()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        QVERIFY(t.ws->accounts().create(QStringLiteral("wang"), QStringLiteral("王主任"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000));
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("wang"), roleSetFromKeys({QStringLiteral("reviewer")}), {},
                                          QStringLiteral("admin"), audit));
        QVERIFY(t.ws->accounts().create(QStringLiteral("zhou"), QStringLiteral("周科员"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000));
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("zhou"), roleSetFromKeys({QStringLiteral("operator")}), {},
                                          QStringLiteral("admin"), audit));
        HolderInput in;
        in.idNumber = residentId(1);
        in.name = QStringLiteral("张晓一");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        TicketInput ti;
        ti.number = QStringLiteral("T-0001");
        ti.holderId = h->holder.id;
        ti.caller = QStringLiteral("张先生");
        ti.callbackPhone = QStringLiteral("13812345678");
        ti.complaint = QStringLiteral("码不对");
        AppealService appeals = t.ws->appeals();
        const auto id = appeals.file(ti, QStringLiteral("zhou"), audit);
        QVERIFY(id.ok());
        QVERIFY(appeals.assign(*id, QStringLiteral("wang"), QStringLiteral("zhou"), audit).ok());
        QVERIFY(appeals.startReview(*id, QStringLiteral("wang"), audit).ok());
        QVERIFY(appeals.forward(*id, QStringLiteral("13"), QStringLiteral("该条件由外省推送"), QStringLiteral("wang"), audit).ok());
        TicketDecision reject;
        reject.reason = QStringLiteral("信息无误");
        QVERIFY(appeals.decide(*id, reject, QStringLiteral("wang"), audit).ok());
        QVERIFY(appeals.reply(*id, QStringLiteral("已答复"), QStringLiteral("zhou"), audit).ok());
        QVERIFY(appeals.callback(*id, QStringLiteral("满意"), QStringLiteral("zhou"), audit).ok());
        QVERIFY(appeals.close(*id, QStringLiteral("zhou"), audit).ok());
        TicketQueueModel model(*t.ws);
        const Ticket ticket = *appeals.find(*id);
        QStringList words;
        for (const TicketEvent &e : appeals.events(*id))
            words << model.eventText(e, ticket);
        const QString hebei = model.provinceName(QStringLiteral("13"));
        QVERIFY(!hebei.isEmpty());
        QCOMPARE(words, (QStringList{QStringLiteral("周科员 received the call: 码不对"), QStringLiteral("周科员 assigned the ticket to 王主任"),
                                     QStringLiteral("王主任 started the review"),
                                     QStringLiteral("王主任 forwarded the ticket to %1: 该条件由外省推送").arg(hebei),
                                     QStringLiteral("王主任 rejected the appeal: 信息无误"), QStringLiteral("周科员 replied to the caller: 已答复"),
                                     QStringLiteral("周科员 called the caller back: 满意"), QStringLiteral("周科员 closed the ticket")}));
        for (const QString &w : std::as_const(words))
            QVERIFY2(!w.contains(QLatin1String("wang")) && !w.contains(QLatin1String("zhou")), qPrintable(w));
        // A note an older console stored in Chinese reads the same.
        const TicketEvent older{0, QStringLiteral("zhou"), QStringLiteral("assigned"), QStringLiteral("已分派给 wang")};
        QCOMPARE(model.eventText(older, ticket), QStringLiteral("周科员 assigned the ticket to 王主任"));
    }

    // Issue 18: the personal-data correction shows each current value beside the new one, masked unless revealed.
    void correctionRowsSideBySide()
    {
        TestWorkspace t;
        AuditLog audit = t.ws->audit();
        HolderInput in;
        in.idNumber = residentId(1);
        in.name = QStringLiteral("张晓一");
        in.phone = QStringLiteral("13812345678");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        in.sourceDivision = QStringLiteral("370303");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        Ticket personal;
        personal.kind = TicketKind::WrongPersonalData;
        personal.holderId = h->holder.id;
        auto rows = TicketQueueModel::correctionRows(*t.ws, personal);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].field, QStringLiteral("name"));
        QCOMPARE(rows[0].label, QStringLiteral("Name"));
        QCOMPARE(rows[0].current, QStringLiteral("张*一"));
        QCOMPARE(rows[1].current, QStringLiteral("138****5678"));
        QCOMPARE(rows[2].current, QStringLiteral("3号****"));
        // Revealed (the core's reveal, with a purpose): the values whole.
        const auto revealed = t.ws->holders().reveal(h->holder.id, QStringLiteral("核对更正申请"), QStringLiteral("admin"), audit);
        QVERIFY(revealed.ok());
        rows = TicketQueueModel::correctionRows(*t.ws, personal, revealed.value());
        QCOMPARE(rows[0].current, QStringLiteral("张晓一"));
        QCOMPARE(rows[1].current, QStringLiteral("13812345678"));
        QCOMPARE(rows[2].current, QStringLiteral("3号楼2单元"));
        // The source location: the division by name, with its code.
        Ticket source = personal;
        source.kind = TicketKind::WrongSource;
        rows = TicketQueueModel::correctionRows(*t.ws, source);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].field, QStringLiteral("source_division"));
        QVERIFY2(rows[0].current.contains(QStringLiteral("张店区")) && rows[0].current.contains(QLatin1String("(370303)")),
                 qPrintable(rows[0].current));
        Ticket color = personal;
        color.kind = TicketKind::WrongColor;
        QVERIFY(TicketQueueModel::correctionRows(*t.ws, color).isEmpty());
    }

    // Issue 18: the deadline dashboard's counts: open tickets by the hours left, per reviewer.
    void hoursLeftPerReviewer()
    {
        const qint64 now = 1'700'000'000;
        const auto ticket = [&](const QString &assignee, qint64 left, const QString &state = QStringLiteral("assigned")) {
            Ticket t;
            t.assignee = assignee;
            t.deadlineAt = now + left;
            t.state = state;
            return t;
        };
        const QList<Ticket> tickets{ticket(QStringLiteral("wang"), -1),           ticket(QStringLiteral("wang"), 3600),
                                    ticket(QStringLiteral("wang"), 2 * 3600),     ticket(QStringLiteral("wang"), 0),
                                    ticket(QStringLiteral("li"), 8 * 3600),       ticket(QString(), 7 * 3600, QStringLiteral("received")),
                                    ticket(QStringLiteral("wang"), -3600, QStringLiteral("closed"))};
        const TicketStats s = TicketStats::of(tickets, now);
        QCOMPARE(s.byReviewer.size(), 3);
        // Overdue once past the deadline (the deadline itself is still in time), < 2 h, < 8 h, later.
        QCOMPARE(s.byReviewer.value(QStringLiteral("wang")), (TicketStats::TimeLeftCounts{1, 2, 1, 0}));
        QCOMPARE(s.byReviewer.value(QStringLiteral("li")), (TicketStats::TimeLeftCounts{0, 0, 0, 1}));
        QCOMPARE(s.byReviewer.value(QString()), (TicketStats::TimeLeftCounts{0, 0, 1, 0}));
        QCOMPARE(s.overdue, 1);
        QCOMPARE(TicketStats::timeLeftLabel(TicketStats::Overdue), QStringLiteral("Overdue"));
        QCOMPARE(TicketStats::timeLeftLabel(TicketStats::Under8Hours), QStringLiteral("Less than 8 hours"));
    }
};

QTEST_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
