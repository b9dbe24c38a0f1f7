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
};

QTEST_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
