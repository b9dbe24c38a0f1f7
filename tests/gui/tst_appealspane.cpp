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
#include "TicketImportDialog.h"
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
#include <QTableWidget>
#include <QTemporaryDir>
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

// wang (operator and reviewer over 3703) signed in; two holders at home in 370303, not bound to each other.
std::pair<qint64, qint64> signedInWithHolders(TestWorkspace &t)
{
    AuditLog audit = t.ws->audit();
    QSqlQuery q(t.ws->db());
    q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('commission_division', '370303') ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    t.ws->accounts().create(QStringLiteral("wang"), QStringLiteral("王审核"), QStringLiteral("ledger-2022x"), false,
                            QStringLiteral("admin"), audit, 1000);
    t.ws->accounts().setRoles(QStringLiteral("wang"), roleSetFromKeys({QStringLiteral("operator"), QStringLiteral("reviewer")}),
                              QStringLiteral("3703"), QStringLiteral("admin"), audit);
    qint64 ids[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        HolderInput in;
        in.idNumber = residentId(i + 1);
        in.name = i == 0 ? QStringLiteral("张晓三") : QStringLiteral("李四");
        in.homeDivision = QStringLiteral("370303001");
        in.address = QStringLiteral("3号楼2单元");
        const auto h = t.ws->holders().upsert(in, QStringLiteral("admin"), audit);
        ids[i] = h.ok() ? h->holder.id : 0;
    }
    t.ws->signIn(QStringLiteral("wang"), QStringLiteral("ledger-2022x"));
    return {ids[0], ids[1]};
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
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('commission_division', '370303') ON CONFLICT(key) DO UPDATE SET value = excluded.value")));
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
        // Issue 18: officials by display name in the queue, the details and the message, never the login.
        QCOMPARE(queue->model()->index(0, TicketQueueModel::AssigneeColumn).data().toString(), QStringLiteral("王审核"));
        QVERIFY2(child<QLabel>(&pane, "ticketDetails")->text().contains(QStringLiteral("王审核")),
                 qPrintable(child<QLabel>(&pane, "ticketDetails")->text()));
        QVERIFY2(message->text().contains(QStringLiteral("王审核")), qPrintable(message->text()));
        // Issue 18: the callback number masked like every phone number, whole only with a purpose (audited).
        auto *details = child<QLabel>(&pane, "ticketDetails");
        QVERIFY2(details->text().contains(QLatin1String("138****5678")) && !details->text().contains(QLatin1String("13812345678")),
                 qPrintable(details->text()));
        QVERIFY(!pane.revealCallbackSelected(QStringLiteral("看")));
        QVERIFY(!details->text().contains(QLatin1String("13812345678")));
        QVERIFY(pane.revealCallbackSelected(QStringLiteral("回访来电人")));
        QVERIFY2(details->text().contains(QLatin1String("13812345678")), qPrintable(details->text()));
        AuditFilter reveals;
        reveals.actionPrefix = QStringLiteral("appeal.reveal_callback");
        QCOMPARE(audit.page(reveals).size(), 1); // a purpose too short reveals nothing and is not recorded

        pane.refresh(); // another view: masked again
        QVERIFY(!details->text().contains(QLatin1String("13812345678")));
        changed.clear();
        // The events in words, officials by name.
        auto *events = child<QListWidget>(&pane, "ticketEvents");
        QCOMPARE(events->count(), 2);
        QVERIFY2(events->item(1)->text().endsWith(QStringLiteral("王审核 assigned the ticket to 王审核")), qPrintable(events->item(1)->text()));
        if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty()) {
            pane.resize(1024, 700);
            QVERIFY(pane.grab().save(dir + QStringLiteral("/appeals-1024x700.png")));
        }
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
        QCOMPARE(changed.count(), 5); // review, decision, reply, callback, close: counted again after the reveal

        // The dashboard counts the closed ticket.
        auto *dashboard = child<TicketDashboard>(&pane, "ticketDashboard");
        QVERIFY(child<QChartView>(dashboard, "dashboardChart"));
        QVERIFY2(dashboard->summary().contains(QLatin1String("1</b> closed")) || dashboard->summary().contains(QLatin1String("1 closed")),
                 qPrintable(dashboard->summary()));
        QVERIFY(dashboard->summary().contains(QLatin1String("Median handling time")));
        QCOMPARE(dashboard->chart()->series().size(), 1);
        QVERIFY(dashboard->stateChart());
        // Refusals never crash: closing again is refused with the reason.
        QVERIFY(!pane.closeSelected());
        QVERIFY(!message->text().isEmpty());
    }

    // The hotline export: a bad row keeps everything out until "valid rows only" is ticked.
    void importHotlineExport()
    {
        TestWorkspace t;
        const auto [holder, other] = signedInWithHolders(t);
        QVERIFY(holder > 0 && other > 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hotline.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("工单号,类型,身份证号,来电人,回访电话,诉求内容\n"
                               "12345-0101,错码,%1,张先生,13812345678,没去过那个场所\n"
                               "12345-0102,投诉,%2,李女士,13912345678,态度不好\n")
                    .arg(residentId(1), residentId(2))
                    .toUtf8());
        f.close();

        AppealsPane pane(*t.ws);
        pane.show();
        QSignalSpy changed(&pane, &AppealsPane::changed);
        auto *queue = child<QTableView>(&pane, "ticketQueue");
        QCOMPARE(queue->model()->rowCount(), 0);
        QString firstMessage, secondMessage, savedMessage;
        int firstFiled = -1, errorRows = -1, errorLine = -1, queueRows = -1;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TicketImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto finish = qScopeGuard([dialog] { dialog->reject(); });
            child<QLineEdit>(dialog, "ticketImportPath")->setText(path);
            auto *validOnly = child<QCheckBox>(dialog, "ticketImportValidRows");
            QVERIFY(!validOnly->isChecked());
            child<QPushButton>(dialog, "ticketImportButton")->click();
            firstMessage = child<QLabel>(dialog, "ticketImportMessage")->text();
            firstFiled = int(t.ws->appeals().queue().size());
            auto *errors = child<QTableWidget>(dialog, "ticketImportErrors");
            errorRows = errors->rowCount();
            errorLine = errors->rowCount() > 0 ? errors->item(0, 0)->data(Qt::DisplayRole).toInt() : -1;
            QVERIFY(dialog->saveErrorsFile(dir.filePath(QStringLiteral("errors.csv"))));
            savedMessage = dialog->message();
            validOnly->setChecked(true);
            child<QPushButton>(dialog, "ticketImportButton")->click();
            secondMessage = child<QLabel>(dialog, "ticketImportMessage")->text();
            queueRows = pane.queueModel()->rowCount(); // refreshed while the dialog is still open
        });
        child<QPushButton>(&pane, "importTickets")->click();
        QVERIFY2(firstMessage.startsWith(QLatin1String("Nothing was filed")), qPrintable(firstMessage));
        QCOMPARE(firstFiled, 0);
        QCOMPARE(errorRows, 1);
        QCOMPARE(errorLine, 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("errors.csv"))));
        QVERIFY2(savedMessage.contains(QLatin1String("errors.csv")), qPrintable(savedMessage));
        QVERIFY2(secondMessage.contains(QLatin1String("1 of 2 tickets filed; 1 left out")), qPrintable(secondMessage));
        QCOMPARE(queueRows, 1);
        QCOMPARE(pane.queueModel()->rowCount(), 1);
        const Ticket ticket = pane.queueModel()->ticketAt(0);
        QCOMPARE(ticket.number, QStringLiteral("12345-0101"));
        QCOMPARE(ticket.holderId, holder);
        QCOMPARE(ticket.source, QStringLiteral("import"));
        QCOMPARE(changed.count(), 1);

        // A file that cannot be opened is said in the dialog, not a crash.
        TicketImportDialog dialog(*t.ws);
        dialog.setPath(dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!dialog.importNow());
        QVERIFY(dialog.message().contains(QLatin1String("Cannot open")));
    }

    // A guardian not bound to the holder: the core refuses, the dialog shows why and nothing is filed.
    void unboundGuardianRefused()
    {
        TestWorkspace t;
        const auto [holder, other] = signedInWithHolders(t);
        QVERIFY(holder > 0 && other > 0);
        AppealsPane pane(*t.ws);
        pane.show();
        QSignalSpy changed(&pane, &AppealsPane::changed);
        QString refusal, unknown;
        bool stillOpen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TicketDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto finish = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            child<QLineEdit>(dialog, "ticketNumber")->setText(QStringLiteral("12345-0201"));
            child<QLineEdit>(dialog, "ticketHolder")->setText(residentId(1));
            child<QLineEdit>(dialog, "ticketGuardian")->setText(QStringLiteral("999999"));
            child<QLineEdit>(dialog, "ticketCaller")->setText(QStringLiteral("李四"));
            child<QLineEdit>(dialog, "ticketPhone")->setText(QStringLiteral("13812345678"));
            child<QPlainTextEdit>(dialog, "ticketComplaint")->setPlainText(QStringLiteral("替孩子反映红码"));
            child<QPushButton>(dialog, "ticketFile")->click();
            unknown = dialog->message();
            child<QLineEdit>(dialog, "ticketGuardian")->setText(residentId(2));
            child<QPushButton>(dialog, "ticketFile")->click();
            stillOpen = dialog->isVisible();
            refusal = dialog->message();
        });
        QVERIFY(!pane.fileTicket());
        QVERIFY2(unknown.contains(QLatin1String("No guardian")), qPrintable(unknown));
        QVERIFY(stillOpen);
        QVERIFY2(refusal.contains(QLatin1String("not a bound guardian")), qPrintable(refusal));
        QVERIFY(t.ws->appeals().queue().isEmpty());
        QCOMPARE(pane.queueModel()->rowCount(), 0);
        QCOMPARE(changed.count(), 0);
    }

    // Issue 18: a personal-data correction shows each current value (masked; whole after a purpose) beside the new
    // one, and the callback number masked; the correction takes the third column.
    void correctionSideBySide()
    {
        TestWorkspace t;
        const auto [holder, other] = signedInWithHolders(t);
        Q_UNUSED(other);
        AuditLog audit = t.ws->audit();
        TicketInput in;
        in.number = QStringLiteral("12345-0301");
        in.kind = TicketKind::WrongPersonalData;
        in.holderId = holder;
        in.caller = QStringLiteral("张晓三");
        in.callbackPhone = QStringLiteral("13812345678");
        in.complaint = QStringLiteral("姓名登记错了");
        AppealService appeals = t.ws->appeals();
        const auto id = appeals.file(in, QStringLiteral("wang"), audit);
        QVERIFY(id.ok());
        QVERIFY(appeals.assign(*id, QStringLiteral("wang"), QStringLiteral("wang"), audit).ok());
        QVERIFY(appeals.startReview(*id, QStringLiteral("wang"), audit).ok());
        TicketDecisionDialog dialog(*t.ws, *appeals.find(*id), true);
        dialog.show();
        auto *caller = child<QLabel>(&dialog, "decisionCaller");
        QVERIFY2(caller->text().contains(QLatin1String("138****5678")) && !caller->text().contains(QLatin1String("13812345678")),
                 qPrintable(caller->text()));
        auto *table = child<QTableWidget>(&dialog, "ticketCorrections");
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Current value"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Name"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("张*三"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("3号****"));
        QVERIFY(dialog.revealCurrent(QStringLiteral("核对更正申请")));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("张晓三"));
        QVERIFY(dialog.revealCallback(QStringLiteral("回访核实")));
        QVERIFY(caller->text().contains(QLatin1String("13812345678")));
        table->item(0, 2)->setText(QStringLiteral("张小三"));
        child<QPlainTextEdit>(&dialog, "decisionReason")->setPlainText(QStringLiteral("户籍信息核实为张小三"));
        if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/dialog-correction.png")));
        QVERIFY2(dialog.submit(), qPrintable(dialog.message()));
        QCOMPARE(t.ws->holderRepository().find(holder)->name, QStringLiteral("张小三"));
    }
};

QTEST_MAIN(TestAppealsPane)
#include "tst_appealspane.moc"
