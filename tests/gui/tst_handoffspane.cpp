// Issue 19: 协查任务 in the console. A received hand-off's ticked people are accepted after a confirmation
// that says what will happen; others are declined with a reason of 4 characters at least; a refusal of the
// core is shown in its words; the sent tab raises the alarm for a hand-off past its deadline and one still
// waiting for a receiver; the navigation counts the hand-offs waiting for a decision.
#include "../models/HandoffFixture.h"
#include "HandoffModel.h"
#include "HandoffPersonModel.h"
#include "HandoffsPane.h"
#include "MainWindow.h"
#include "OverviewPane.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace hc;
using namespace hctest;

namespace {
const QString kUuid = QStringLiteral("abcdefab-1111-4111-8111-111111111111");

bool official(TestWorkspace &t, const QString &login, const QString &display, const QString &jurisdiction)
{
    AuditLog audit = t.ws->audit();
    return t.ws->accounts().create(login, display, QStringLiteral("ledger-2022x"), false,
                                   QStringLiteral("admin"), audit, 1000) &&
           t.ws->accounts().setRoles(login, roleSetFromKeys({QStringLiteral("epidemiologist")}), jurisdiction,
                                     QStringLiteral("admin"), audit) &&
           t.ws->signIn(login, QStringLiteral("ledger-2022x")).ok();
}
} // namespace

class TestHandoffsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptTheTickedAfterConfirmation()
    {
        TestWorkspace t;
        const qint64 id = receiveHandoff(t, kUuid);
        QVERIFY(id > 0);
        QVERIFY(official(t, QStringLiteral("zhao"), QStringLiteral("赵科长"), QStringLiteral("110105")));
        HandoffsPane pane(*t.ws);
        pane.resize(1024, 640);
        pane.show();
        QSignalSpy changed(&pane, &HandoffsPane::changed);
        QCOMPARE(pane.tabs()->currentIndex(), 0);
        QCOMPARE(pane.incomingModel()->rowCount(), 1);
        const QString header = pane.incomingHeader();
        QVERIFY2(header.contains(QStringLiteral("淄博市张店区卫生健康局")) &&
                     header.contains(QStringLiteral("C-1")) &&
                     header.contains(QStringLiteral("2 person(s)")) &&
                     header.contains(QStringLiteral("2022-11-03 10:00")),
                 qPrintable(header));
        QVERIFY2(pane.incomingAlarm().contains(QStringLiteral("1 hand-off(s) wait")),
                 qPrintable(pane.incomingAlarm()));
        auto *acceptTicked = pane.findChild<QPushButton *>(QStringLiteral("acceptSelectedButton"));
        QVERIFY(acceptTicked && acceptTicked->isEnabled());

        // Nothing ticked: the button says so and changes nothing.
        acceptTicked->click();
        QVERIFY2(pane.message().contains(QStringLiteral("Tick")), qPrintable(pane.message()));

        // Space ticks the person in the current row, as the hint says.
        pane.incomingPeopleView()->setFocus();
        pane.incomingPeopleView()->setCurrentIndex(pane.incomingPeople()->index(0, 0));
        QTest::keyClick(pane.incomingPeopleView(), Qt::Key_Space);
        QCOMPARE(pane.incomingPeople()->checkedPersons(), QList<int>{1});
        QCOMPARE(pane.chosenPersons(), QList<int>{1});
        {
            const std::unique_ptr<QMessageBox> box(pane.acceptConfirmation(pane.chosenPersons()));
            QVERIFY(box);
            const QString words = box->text() + QLatin1Char('\n') + box->informativeText();
            QVERIFY2(words.contains(QStringLiteral("1 person(s)")) &&
                         words.contains(QStringLiteral("Close contact 1 person(s)")) &&
                         words.contains(QStringLiteral("C-1")) &&
                         words.contains(QStringLiteral("its source is 淄博市张店区卫生健康局")) &&
                         words.contains(QStringLiteral("only 淄博市张店区卫生健康局 can lift it")) &&
                         words.contains(QStringLiteral("1 of them is not registered here")),
                     qPrintable(words));
            QCOMPARE(box->defaultButton()->text(),
                     box->button(QMessageBox::Cancel)->text()); // Enter does not accept
        }
        // Cancelled: nothing changes.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Cancel)->click();
        });
        acceptTicked->click();
        QCOMPARE(HandoffRepository(t.ws->db()).people(id).at(0).state, QStringLiteral("open"));
        // Confirmed: person 1 accepted, registered here with the sender as the condition's source.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->findChild<QAbstractButton *>(QStringLiteral("confirmHandoffAccept"))->click();
        });
        acceptTicked->click();
        QVERIFY2(!pane.message().contains(QStringLiteral("Tick")), qPrintable(pane.message()));
        const QList<HandoffPerson> people = HandoffRepository(t.ws->db()).people(id);
        QCOMPARE(people.at(0).state, QStringLiteral("accepted"));
        QCOMPARE(people.at(1).state, QStringLiteral("open"));
        QCOMPARE(changed.count(), 1);
        const auto holder = t.ws->holderRepository().findByIdNumber(
            IdType::Resident, handoffResident(QStringLiteral("110105"), 11));
        QVERIFY(holder);
        QVERIFY2(holder->color != policy::Color::Green && holder->color != policy::Color::Gray,
                 qPrintable(QString::number(int(holder->color))));
        QCOMPARE(pane.incomingPeople()
                     ->data(pane.incomingPeople()->index(0, HandoffPersonModel::StateColumn))
                     .toString(),
                 HandoffWords::personState(QStringLiteral("accepted")));
        QVERIFY(pane.incomingHeader().contains(QStringLiteral("1 accepted, 0 declined, 1 still open")));

        // 全部接收 answers the rest: the hand-off is accepted, the buttons rest.
        QVERIFY(pane.accept({}));
        QCOMPARE(HandoffRepository(t.ws->db()).find(id)->state, QStringLiteral("accepted"));
        QVERIFY(!acceptTicked->isEnabled());
        QVERIFY2(pane.incomingHeader().contains(QStringLiteral("Answered by 赵科长")),
                 qPrintable(pane.incomingHeader()));
        QVERIFY(pane.incomingAlarm().isEmpty());
    }

    void declineWithAReason()
    {
        TestWorkspace t;
        const qint64 id = receiveHandoff(t, kUuid, 24 * 3600, 3);
        QVERIFY(id > 0);
        QVERIFY(official(t, QStringLiteral("zhao"), QStringLiteral("赵科长"), QStringLiteral("110105")));
        HandoffsPane pane(*t.ws);
        pane.show();
        {
            const std::unique_ptr<QDialog> d(pane.declineDialog(2));
            d->show();
            auto *ok = d->findChild<QPushButton *>(QStringLiteral("handoffDeclineOk"));
            auto *reason = d->findChild<QPlainTextEdit *>(QStringLiteral("handoffDeclineReason"));
            QVERIFY(ok && reason);
            QVERIFY(!ok->isEnabled());
            reason->setPlainText(QStringLiteral(" 迁出 "));
            QVERIFY(!ok->isEnabled()); // three characters are not a reason
            reason->setPlainText(QStringLiteral("已迁出本区"));
            QVERIFY(ok->isEnabled());
            QCOMPARE(HandoffsPane::declineReason(*d), QStringLiteral("已迁出本区"));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("handoffDeclineLabel"))
                        ->text()
                        .contains(QStringLiteral("淄博市张店区卫生健康局")));
            QVERIFY(d->width() <= 1024 && d->height() <= 700);
        }
        // Through the button: the dialog asks, the reason goes to the core.
        pane.incomingPeople()->setData(pane.incomingPeople()->index(1, 0), Qt::Checked, Qt::CheckStateRole);
        pane.incomingPeople()->setData(pane.incomingPeople()->index(2, 0), Qt::Checked, Qt::CheckStateRole);
        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->findChild<QPlainTextEdit *>(QStringLiteral("handoffDeclineReason"))
                ->setPlainText(QStringLiteral("不在本区居住，已迁往外省"));
            d->findChild<QPushButton *>(QStringLiteral("handoffDeclineOk"))->click();
        });
        pane.findChild<QPushButton *>(QStringLiteral("declineSelectedButton"))->click();
        const QList<HandoffPerson> people = HandoffRepository(t.ws->db()).people(id);
        QCOMPARE(people.at(0).state, QStringLiteral("open"));
        QCOMPARE(people.at(1).state, QStringLiteral("declined"));
        QCOMPARE(people.at(2).reason, QStringLiteral("不在本区居住，已迁往外省"));
        QCOMPARE(pane.incomingPeople()
                     ->data(pane.incomingPeople()->index(2, HandoffPersonModel::ReasonColumn))
                     .toString(),
                 QStringLiteral("不在本区居住，已迁往外省"));
        // Too short a reason, called directly: the core's words, in red.
        QVERIFY(!pane.decline({1}, QStringLiteral("无")));
        QVERIFY2(pane.message().contains(QStringLiteral("reason")), qPrintable(pane.message()));
    }

    void refusedAcceptShowsTheError()
    {
        TestWorkspace t;
        const qint64 id = receiveHandoff(t, kUuid);
        QVERIFY(id > 0);
        // An epidemiologist of 淄博市: the people live in 朝阳区, outside the jurisdiction.
        QVERIFY(official(t, QStringLiteral("sun"), QStringLiteral("孙医生"), QStringLiteral("3703")));
        HandoffsPane pane(*t.ws);
        pane.show();
        QSignalSpy changed(&pane, &HandoffsPane::changed);
        QVERIFY(!pane.accept({}));
        QVERIFY2(pane.message().contains(QStringLiteral("outside your jurisdiction")),
                 qPrintable(pane.message()));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("handoffMessage"))
                    ->styleSheet()
                    .contains(QStringLiteral("c62828")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(HandoffRepository(t.ws->db()).find(id)->state, QStringLiteral("received"));
    }

    void sentTabAlarm()
    {
        TestWorkspace t;
        QVERIFY(sentHandoff(t, QStringLiteral("44444444-4444-4444-8444-444444444444"),
                            QStringLiteral("pending"), 3600, QStringLiteral("440103001"),
                            QStringLiteral("广东省卫生健康委员会")) > 0);
        const qint64 overdue =
            sentHandoff(t, QStringLiteral("55555555-5555-4555-8555-555555555555"), QStringLiteral("sent"),
                        -7200, QStringLiteral("310101002"), QStringLiteral("上海市黄浦区卫生健康委员会"));
        QVERIFY(overdue > 0);
        const qint64 answered = sentHandoff(
            t, QStringLiteral("66666666-6666-4666-8666-666666666666"), QStringLiteral("partly_accepted"),
            -7200, QStringLiteral("310101002"), QStringLiteral("上海市黄浦区卫生健康委员会"));
        HandoffsPane pane(*t.ws);
        pane.show();
        pane.showOutgoing();
        QCOMPARE(pane.tabs()->currentIndex(), 1);
        const QString alarm = pane.outgoingAlarm();
        QVERIFY2(alarm.contains(QStringLiteral("1 hand-off(s) past the deadline")) &&
                     alarm.contains(QStringLiteral("1 hand-off(s) still wait")),
                 qPrintable(alarm));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("outgoingAlarm"))->isVisible());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("outgoingAlarm"))
                    ->styleSheet()
                    .contains(QStringLiteral("c62828")));
        QVERIFY(pane.incomingAlarm().isEmpty());
        QVERIFY(pane.selectHandoff(overdue));
        QVERIFY2(pane.outgoingHeader().contains(QStringLiteral("上海市黄浦区卫生健康委员会")) &&
                     pane.outgoingHeader().contains(QStringLiteral("Past the deadline")),
                 qPrintable(pane.outgoingHeader()));
        QVERIFY(pane.selectHandoff(answered));
        QCOMPARE(pane.outgoingPeople()->rowCount(), 2);
        QCOMPARE(pane.outgoingPeople()
                     ->data(pane.outgoingPeople()->index(1, HandoffPersonModel::ReasonColumn))
                     .toString(),
                 QStringLiteral("查无此人，已于 2022 年迁出"));
        QVERIFY(!pane.outgoingPeople()->checkable());
        QVERIFY(pane.outgoingHeader().contains(QStringLiteral("1 accepted, 1 declined")));
    }

    void navigationCountsWaitingHandoffs()
    {
        TestWorkspace t;
        QVERIFY(receiveHandoff(t, kUuid, -60) > 0); // past its deadline: red
        MainWindow w(*t.ws);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.overviewPane()->overview().has_value(), 10000);
        QCOMPARE(w.overviewPane()->overview()->tiles.handoffsWaiting, 1);
        QCOMPARE(w.overviewPane()->overview()->tiles.handoffsOverdue, 1);
        QTRY_VERIFY2(w.navigationText(MainWindow::HandoffTaskPane).endsWith(QStringLiteral("(1)")),
                     qPrintable(w.navigationText(MainWindow::HandoffTaskPane)));
        QCOMPARE(MainWindow::helpPage(MainWindow::HandoffTaskPane), QStringLiteral("handoffs"));
        w.showPane(MainWindow::HandoffTaskPane);
        QVERIFY(w.handoffsPane()->isVisible());
        QCOMPARE(w.pane(MainWindow::HandoffTaskPane)->objectName(), QStringLiteral("handoffsPane"));
    }
};

QTEST_MAIN(TestHandoffsPane)
#include "tst_handoffspane.moc"
