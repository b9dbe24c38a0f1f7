// The appeals pane, driven by objectName offscreen: a 12345 ticket about a wrong red code is filed through the
// ticket dialog (a refusal stays in the dialog), assigned (a non-reviewer is refused with the reason), reviewed
// with the holder's provenance beside it, approved voiding the close-contact condition (the holder turns
// green), replied to, called back and closed; the dashboard counts it.
#include "AppealsPane.h"
#include "FourEyes.h"
#include "ProvenanceModel.h"
#include "TestWorkspace.h"
#include "TicketDashboard.h"
#include "TicketDecisionDialog.h"
#include "TicketDialog.h"
#include "TicketQueueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace hc;

namespace {

QString residentId(int serial)
{
    const QString first17 = QStringLiteral("37030319900101") + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + idnumber::checkDigit(first17);
}

template <typename T>
T *child(QWidget *w, const char *name)
{
    auto *c = w->findChild<T *>(QLatin1String(name));
    if (!c)
        qWarning("no %s", name);
    return c;
}

} // namespace

class TestAppealsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closedLoop()
    {
        TestWorkspace t; // 2022-11-02 10:00 UTC+8
        AuditLog audit = t.ws->audit();
        QSqlQuery q(t.ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('commission_division', '370303')")));
        // wang takes the calls and reviews (one official, both roles); zhou only takes calls.
        QVERIFY(t.ws->accounts().create(QStringLiteral("wang"), QStringLiteral("王审核"), QStringLiteral("ledger-2022x"), false,
                                        QStringLiteral("admin"), audit, 1000).ok());
        QVERIFY(t.ws->accounts().setRoles(QStringLiteral("wang"), roleSetFromKeys({QStringLiteral("operator"), QStringLiteral("reviewer")}),
                                          QStringLiteral("3703"), QStringLiteral("admin"), audit).ok());
        QVERIFY(hctest::addOfficial(t.ws->db(), QStringLiteral("zhou"), {QStringLiteral("operator")}, QStringLiteral("370303")));
        HolderInput in;
        in.idNumber = residentId(1);
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        const qint64 holder = h->holder.id;
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = t.clock->now().toSecsSinceEpoch() - 3600;
        r.basisRef = QStringLiteral("case:C-1");
        r.basisText = QStringLiteral("与病例 C-1 同时段到访场所");
        const auto c = t.ws->holders().report(holder, r, QStringLiteral("admin"), audit);
        QVERIFY(c.ok() && c.value());
        const qint64 contact = *c.value();
        QCOMPARE(t.ws->holderRepository().find(holder)->color, policy::Color::Red);
        QVERIFY(t.ws->signIn(QStringLiteral("wang"), QStringLiteral("ledger-2022x")).ok());

        AppealsPane pane(*t.ws);
        pane.resize(1300, 800);
        pane.show();
        QSignalSpy changed(&pane, &AppealsPane::changed);
        auto *queue = child<QTableView>(&pane, "ticketQueue");
        QCOMPARE(queue->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(&pane, "assignTicket")->isEnabled());

        // Filed through the dialog: a bad phone is refused in the dialog, then the ticket is filed.
        QString refusal;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TicketDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto finish = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            child<QLineEdit>(dialog, "ticketNumber")->setText(QStringLiteral("12345-0001"));
            auto *kind = child<QComboBox>(dialog, "ticketKind");
            QCOMPARE(kind->count(), 4);
            QCOMPARE(kind->currentText(), QStringLiteral("Wrong color"));
            child<QLineEdit>(dialog, "ticketHolder")->setText(residentId(1));
            child<QLineEdit>(dialog, "ticketCaller")->setText(QStringLiteral("张先生"));
            child<QLineEdit>(dialog, "ticketPhone")->setText(QStringLiteral("call me"));
            child<QPlainTextEdit>(dialog, "ticketComplaint")->setPlainText(QStringLiteral("没去过那个场所，为什么是红码"));
            child<QPushButton>(dialog, "ticketFile")->click();
            QVERIFY(dialog->isVisible());
            refusal = dialog->message();
            child<QLineEdit>(dialog, "ticketPhone")->setText(QStringLiteral("13812345678"));
            child<QPushButton>(dialog, "ticketFile")->click();
            QVERIFY(!dialog->isVisible());
        });
        child<QPushButton>(&pane, "fileTicket")->click();
        QVERIFY2(refusal.contains(QLatin1String("callback phone")), qPrintable(refusal));
        QCOMPARE(queue->model()->rowCount(), 1);
        QCOMPARE(changed.count(), 1);
        auto ticket = pane.selectedTicket();
        QVERIFY(ticket);
        QCOMPARE(ticket->number, QStringLiteral("12345-0001"));
        QCOMPARE(ticket->holderId, holder);
        QCOMPARE(ticket->state, QStringLiteral("received"));
        auto *message = child<QLabel>(&pane, "ticketMessage");
        QVERIFY(message->text().contains(QLatin1String("12345-0001")));

        // The provenance beside the ticket shows the close contact that made the code red.
        auto *provenance = child<QTableView>(&pane, "ticketProvenance");
        QCOMPARE(provenance->model()->rowCount(), 1);
        QCOMPARE(provenance->model()->index(0, 0).data(ProvenanceModel::ConditionIdRole).toLongLong(), contact);
        QVERIFY(provenance->model()->index(0, 0).data(ProvenanceModel::ActiveRole).toBool());
        QVERIFY(provenance->model()->index(0, ProvenanceModel::BasisColumn).data().toString().contains(QLatin1String("C-1")));

        // An operator cannot review: the core refuses, the pane says why; the reviewer can.
        QVERIFY(child<QPushButton>(&pane, "assignTicket")->isEnabled());
        QVERIFY(!pane.assignSelected(QStringLiteral("zhou")));
        QVERIFY2(message->text().contains(QLatin1String("zhou cannot review")), qPrintable(message->text()));
        QVERIFY(pane.assignSelected(QStringLiteral("wang")));
        QCOMPARE(pane.selectedTicket()->assignee, QStringLiteral("wang"));
        QVERIFY(child<QPushButton>(&pane, "startReview")->isEnabled());
        QVERIFY(!child<QPushButton>(&pane, "approveTicket")->isEnabled());
        child<QPushButton>(&pane, "startReview")->click();
        QCOMPARE(pane.selectedTicket()->state, QStringLiteral("under_review"));
        QVERIFY(child<QPushButton>(&pane, "approveTicket")->isEnabled());
        QVERIFY(child<QPushButton>(&pane, "rejectTicket")->isEnabled());
        QVERIFY(child<QPushButton>(&pane, "forwardTicket")->isEnabled());

        // Approved, voiding the ticked condition: a decision without its reason stays in the dialog.
        QString decisionRefusal;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TicketDecisionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto finish = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto *conditions = child<QListWidget>(dialog, "voidConditions");
            QCOMPARE(conditions->count(), 1);
            QCOMPARE(conditions->item(0)->data(Qt::UserRole).toLongLong(), contact);
            conditions->item(0)->setCheckState(Qt::Checked);
            child<QPushButton>(dialog, "decisionOk")->click();
            QVERIFY(dialog->isVisible());
            decisionRefusal = dialog->message();
            child<QPlainTextEdit>(dialog, "decisionReason")->setPlainText(QStringLiteral("核实未到访该场所"));
            child<QPushButton>(dialog, "decisionOk")->click();
            QVERIFY(!dialog->isVisible());
        });
        child<QPushButton>(&pane, "approveTicket")->click();
        QVERIFY2(decisionRefusal.contains(QLatin1String("reason")), qPrintable(decisionRefusal));
        ticket = pane.selectedTicket();
        QCOMPARE(ticket->state, QStringLiteral("decided"));
        QCOMPARE(ticket->decision, QStringLiteral("approved"));
        QCOMPARE(t.ws->holderRepository().find(holder)->color, policy::Color::Green);
        QVERIFY(!provenance->model()->index(0, 0).data(ProvenanceModel::ActiveRole).toBool()); // voided now

        // Replied (through the input dialog), called back, closed.
        QVERIFY(child<QPushButton>(&pane, "replyTicket")->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(QStringLiteral("已核实，已转为绿码"));
            input->accept();
        });
        child<QPushButton>(&pane, "replyTicket")->click();
        QCOMPARE(pane.selectedTicket()->state, QStringLiteral("replied"));
        QVERIFY(!child<QPushButton>(&pane, "closeTicket")->isEnabled());
        QVERIFY(pane.callbackSelected(QStringLiteral("来电人满意")));
        QVERIFY(child<QPushButton>(&pane, "closeTicket")->isEnabled());
        child<QPushButton>(&pane, "closeTicket")->click();
        QCOMPARE(t.ws->appeals().find(ticket->id)->state, QStringLiteral("closed"));
        QCOMPARE(queue->model()->rowCount(), 0); // closed tickets leave the open queue
        QVERIFY(message->text().contains(QLatin1String("closed")));
        child<QCheckBox>(&pane, "ticketShowAll")->setChecked(true);
        QCOMPARE(queue->model()->rowCount(), 1);
        QVERIFY(pane.selectTicket(ticket->id));
        QCOMPARE(pane.selectedTicket()->state, QStringLiteral("closed"));
        QCOMPARE(child<QListWidget>(&pane, "ticketEvents")->count(), 7); // received … closed
        QCOMPARE(changed.count(), 7);

        // The dashboard counts the closed ticket.
        auto *dashboard = child<TicketDashboard>(&pane, "ticketDashboard");
        QVERIFY(child<QChartView>(dashboard, "dashboardChart"));
        QVERIFY2(dashboard->summary().contains(QLatin1String("1</b> closed")) || dashboard->summary().contains(QLatin1String("1 closed")),
                 qPrintable(dashboard->summary()));
        QVERIFY(dashboard->summary().contains(QLatin1String("Median handling time")));
        QCOMPARE(dashboard->chart()->series().size(), 1);
        // Refusals never crash: closing again is refused with the reason.
        QVERIFY(!pane.closeSelected());
        QVERIFY(!message->text().isEmpty());
    }
};

QTEST_MAIN(TestAppealsPane)
#include "tst_appealspane.moc"
