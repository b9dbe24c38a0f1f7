#include "MainWindow.h"
#include "ScreenFit.h"
#include "ErrorText.h"
#include "AboutDialog.h"
#include "ChangeWatcher.h"
#include "HelpBrowser.h"
#include "MainMenus.h"
#include "ConnectionDialog.h"
#include "AccountsPane.h"
#include "AppealsPane.h"
#include "ApprovalsPane.h"
#include "AuditPane.h"
#include "BackgroundTask.h"
#include "CasesPane.h"
#include "DivisionPane.h"
#include "HandoffsPane.h"
#include "HoldersPane.h"
#include "NationalImportPane.h"
#include "OverviewPane.h"
#include "ReportsPane.h"
#include "RiskAreaPane.h"
#include "SecretStore.h"
#include "StallWatchdog.h"
#include "SyncPane.h"
#include "SyncRunner.h"
#include "PasswordDialog.h"
#include "SessionLock.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent>

namespace hc {

namespace {

// A pane built under its name, for the stall watchdog: building one reads the database on the GUI thread.
template<typename Pane, typename... Args>
Pane *built(const char *what, Args &&...args)
{
    const StallWatchdog::Activity activity(what);
    return new Pane(std::forward<Args>(args)...);
}

} // namespace

MainWindow::MainWindow(Workspace &ws, sync::SyncRunner *runner, QWidget *parent) : QMainWindow(parent), m_ws(ws)
{
    if (!runner) {
        m_ownSecrets = std::make_unique<MemorySecretStore>();
        m_ownRunner = std::make_unique<sync::SyncRunner>(ws, *m_ownSecrets);
        runner = m_ownRunner.get();
    }
    m_runner = runner;
    setObjectName(QStringLiteral("mainWindow"));
    // The program, the commission and the official: which console this is, in a row of windows.
    const QString official = ws.currentUser() ? ws.currentUser()->displayName : QString();
    setWindowTitle(official.isEmpty() ? tr("Health Code Commission Console")
                                      : tr("%1 — %2 — %3").arg(tr("Health Code Commission Console"), ws.commission().displayName(), official));
    m_divisions = built<DivisionPane>("new DivisionPane", ws);
    m_areas = built<RiskAreaPane>("new RiskAreaPane", ws);
    m_national = built<NationalImportPane>("new NationalImportPane", ws);
    m_audit = built<AuditPane>("new AuditPane", ws);
    m_holders = built<HoldersPane>("new HoldersPane", ws);
    m_accounts = built<AccountsPane>("new AccountsPane", ws);
    m_approvals = built<ApprovalsPane>("new ApprovalsPane", ws);
    m_cases = built<CasesPane>("new CasesPane", ws);
    m_appeals = built<AppealsPane>("new AppealsPane", ws);
    m_handoffs = built<HandoffsPane>("new HandoffsPane", ws);
    m_sync = built<SyncPane>("new SyncPane", ws, *m_runner);
    m_overview = built<OverviewPane>("new OverviewPane", ws);
    m_reports = built<ReportsPane>("new ReportsPane", ws, *m_runner);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("paneStack"));
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setMaximumWidth(170);
    const QList<QPair<QString, QWidget *>> panes{{tr("Overview"), m_overview},
                                                 {tr("Divisions"), m_divisions},
                                                 {tr("Risk areas"), m_areas},
                                                 {tr("Holders"), m_holders},
                                                 {tr("Case reports"), m_cases},
                                                 {tr("Contact hand-offs"), m_handoffs},
                                                 {tr("Appeals (12345)"), m_appeals},
                                                 {tr("Approvals"), m_approvals},
                                                 {tr("National list"), m_national},
                                                 {tr("Platform sync"), m_sync},
                                                 {tr("Reports"), m_reports},
                                                 {tr("Audit log"), m_audit},
                                                 {tr("Officials"), m_accounts}};
    for (const auto &[title, widget] : panes) {
        m_titles << title;
        m_nav->addItem(title);
        m_stack->addWidget(widget);
        // Tab leaves a table for the buttons below it (arrow keys move between cells): keyboard users reach everything.
        for (QAbstractItemView *view : widget->findChildren<QAbstractItemView *>())
            view->setTabKeyNavigation(false);
    }
    // Wide enough for the longest name with its count ("申诉（12345） (12)"): never clipped.
    m_nav->setMaximumWidth(QWIDGETSIZE_MAX);
    m_nav->setFixedWidth(std::max(150, m_nav->sizeHintForColumn(0) + m_nav->fontMetrics().horizontalAdvance(QStringLiteral(" (000)")) + 24));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) { refreshPane(Pane(row)); });
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *menus = new MainMenus(*this, m_titles);
    auto *tools = addToolBar(tr("Actions"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    for (QAction *a : {menus->declareArea(), menus->importNational(), menus->refresh(), menus->changePassword(), menus->lock(),
                       menus->database()})
        tools->addAction(a);

    const QString who = ws.currentUser() ? ws.currentUser()->displayName + QStringLiteral(" (") + ws.currentUser()->username + QLatin1Char(')')
                                         : tr("nobody");
    auto *status = new QLabel(tr("Signed in: %1 · Database: %2").arg(who, ws.database().path()));
    status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(status);
    m_syncStatus = new QLabel;
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_runner, &sync::SyncRunner::finished, this, &MainWindow::showSyncStatus);
    connect(m_sync, &SyncPane::changed, this, &MainWindow::refreshAll);
    showSyncStatus();
    // The daily report written by itself says in the status bar when it waits, and why.
    m_reportStatus = new QLabel;
    m_reportStatus->setObjectName(QStringLiteral("reportScheduleStatus"));
    statusBar()->addPermanentWidget(m_reportStatus);
    connect(m_reports, &ReportsPane::scheduleStatus, this, [this](const QString &text, bool problem) {
        m_reportStatus->setText(text);
        m_reportStatus->setVisible(!text.isEmpty());
        m_reportStatus->setStyleSheet(problem ? QStringLiteral("color:#b26a00") : QString());
    });
    m_reports->refresh(); // its first status reaches the label
    connect(m_reports, &ReportsPane::exported, m_audit, &AuditPane::refresh);
    connectOverview();
    connect(m_overview, &OverviewPane::loaded, this, &MainWindow::showAttention);
    // What other desks change shows here within 2 s; a server that is away is said in words until it is back.
    m_dbStatus = new QLabel;
    m_dbStatus->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_dbStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_dbStatus);
    m_watcher = new ChangeWatcher(ws.database(), this);
    connect(m_watcher, &ChangeWatcher::changed, this, [this] {
        refreshAll();
        showSyncStatus();
    });
    connect(m_watcher, &ChangeWatcher::serverLost, this, [this](const QString &words) {
        m_dbStatus->setText(tr("Database server away: %1 Trying again every 2 s; what was saved stays on the server.").arg(words));
        m_dbStatus->setStyleSheet(QStringLiteral("color:#c62828; font-weight:bold"));
        m_dbStatus->setVisible(true);
    });
    connect(m_watcher, &ChangeWatcher::serverBack, this, [this] {
        m_dbStatus->setText(tr("Database server back: connected again."));
        m_dbStatus->setStyleSheet(QStringLiteral("color:#2e7d32"));
        QTimer::singleShot(10000, m_dbStatus, [this] {
            if (!m_watcher->serverAway())
                m_dbStatus->setVisible(false);
        });
    });
    m_watcher->start();

    connect(m_divisions, &DivisionPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_areas, &RiskAreaPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_national, &NationalImportPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_approvals, &ApprovalsPane::changed, this, &MainWindow::afterChange);
    connect(m_cases, &CasesPane::changed, this, &MainWindow::afterChange);
    connect(m_appeals, &AppealsPane::changed, this, &MainWindow::afterChange);
    connect(m_handoffs, &HandoffsPane::changed, this, &MainWindow::afterChange);
    showPane(OverviewHomePane); // what the console opens on after sign-in
    resizeWithinScreen(this, {1400, 860});
    // Locked after 10 minutes without input (HC_SESSION_LOCK_MINUTES; 0 turns it off for kiosks that lock themselves).
    m_lock = new SessionLock(ws, this, qEnvironmentVariableIsSet("HC_SESSION_LOCK_MINUTES")
                                           ? qEnvironmentVariableIntValue("HC_SESSION_LOCK_MINUTES") : 10);
    connect(&m_tick, &QFutureWatcherBase::finished, this, &MainWindow::tickDone);
    // HC_STALL_WATCHDOG=1 (or a threshold in ms): every stall of the event loop over it is logged with what held it.
    StallWatchdog::fromEnvironment(this);
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &MainWindow::tick);
    clock->start();
    QTimer::singleShot(0, this, &MainWindow::tick);
}

MainWindow::~MainWindow()
{
    m_tick.waitForFinished(); // the worker uses the workspace
}

// The status bar says at all times whether changes reach the platform, and warns before the 4 h deadline.
void MainWindow::showSyncStatus()
{
    const StallWatchdog::Activity activity("MainWindow::showSyncStatus");
    const sync::SyncStatus st = m_runner->service().status();
    if (!st.configured) {
        m_syncStatus->setText(tr("Sync: not connected"));
        m_syncStatus->setStyleSheet({});
        return;
    }
    m_syncStatus->setText(tr("Sync: %1 · %2 waiting").arg(st.online ? tr("online") : tr("offline")).arg(st.queueDepth));
    m_syncStatus->setStyleSheet(st.alert == QLatin1String("alarm")     ? QStringLiteral("color:#c62828; font-weight:bold")
                                : st.alert == QLatin1String("warning") ? QStringLiteral("color:#b26a00")
                                                                       : QString());
}

void MainWindow::tick()
{
    showSyncStatus();
    m_overview->refresh(); // the figures move with time: each minute
    // Re-evaluating the holders whose next change has come writes: off the GUI thread (on a database of millions,
    // after a night, that can be many), and not while a long write runs (it would only wait for its lock).
    if (m_tick.isRunning() || BackgroundTask::running() > 0)
        return;
    Workspace *ws = &m_ws;
    m_tick.setFuture(QtConcurrent::run(BackgroundTask::pool(), [ws] {
        AuditLog audit = ws->audit();
        return ws->holders().tick(QStringLiteral("system"), audit);
    }));
}

void MainWindow::tickDone()
{
    const auto r = m_tick.result();
    if (!r)
        statusBar()->showMessage(tr("Time update failed: %1").arg(errorText(r.error())), 10000);
    else if (r->changed > 0) {
        m_holders->refresh();
        m_overview->refresh();
    }
}

void MainWindow::showPane(Pane p)
{
    m_nav->setCurrentRow(int(p));
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(m_stack->currentIndex());
}

// Each tile of the overview opens the pane it summarises, filtered to what it counted.
void MainWindow::connectOverview()
{
    connect(m_overview, &OverviewPane::openHolders, this, [this](const QString &division, int color) {
        m_holders->showFiltered(division, color);
        showPane(HolderListPane);
    });
    connect(m_overview, &OverviewPane::openAreas, this, [this](const QString &division) {
        m_areas->showInForce(division);
        showPane(RiskAreasPane);
    });
    connect(m_overview, &OverviewPane::openApprovals, this, [this] {
        m_approvals->showPending();
        showPane(ApprovalPane);
    });
    connect(m_overview, &OverviewPane::openTickets, this, [this] {
        m_appeals->showOverdueFirst();
        showPane(AppealPane);
    });
    connect(m_overview, &OverviewPane::openCases, this, [this] {
        m_cases->refresh();
        showPane(CaseReportsPane);
    });
    connect(m_overview, &OverviewPane::openSync, this, [this] {
        m_sync->refresh();
        showPane(SyncStatusPane);
    });
}

QWidget *MainWindow::pane(Pane p) const
{
    return m_stack->widget(int(p));
}

// A change of state: every pane shows it, and it goes to the platform at once (seed Ⅳ) unless a backoff runs.
void MainWindow::afterChange()
{
    const StallWatchdog::Activity activity("MainWindow::afterChange");
    refreshAll(); // the sync pane among the others
    showSyncStatus();
    m_runner->runNow(false);
}

// After a change: the pane in sight shows it now, the others when they are next shown (each refresh reads the
// database on the GUI thread; all of them at once held the console for 100 ms and more on a big database).
// The overview reads off the GUI thread and stays current in any case.
void MainWindow::refreshAll()
{
    const StallWatchdog::Activity activity("MainWindow::refreshAll");
    m_stale.fill(true);
    m_overview->refresh();
    refreshPane(currentPane());
}

void MainWindow::refreshPane(Pane p)
{
    if (p < 0 || p >= PaneCount || !m_stale[p])
        return;
    m_stale[p] = false;
    switch (p) {
    case DivisionsPane: m_divisions->refresh(); break;
    case RiskAreasPane: m_areas->refresh(); break;
    case HolderListPane: m_holders->refresh(); break;
    case CaseReportsPane: m_cases->refresh(); break;
    case HandoffTaskPane: m_handoffs->refresh(); break;
    case AppealPane: m_appeals->refresh(); break;
    case ApprovalPane: m_approvals->refresh(); break;
    case SyncStatusPane: m_sync->refresh(); break;
    case ReportPane: m_reports->refresh(); break;
    case AuditLogPane: m_audit->refresh(); break;
    case OverviewHomePane: // refreshed with every change, off the GUI thread
    case NationalPane:     // shows the last import, which only it makes
    case AccountPane:      // accounts change only there
    case PaneCount: break;
    }
}

} // namespace hc

namespace hc {

// Which database the console opens from its next start: saved once tested, then the console starts again on it.
void MainWindow::chooseDatabase()
{
    const StallWatchdog::Activity activity("MainWindow::chooseDatabase");
    ConnectionDialog dialog(m_ws.database().path(), &m_runner->secrets(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto loc = DatabaseLocation::parse(dialog.saved());
    if (QMessageBox::question(this, tr("Database connection"),
                              tr("Saved: from its next start this console opens %1. Start it again now?")
                                  .arg(loc ? loc->display() : dialog.saved()))
        != QMessageBox::Yes)
        return;
    QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) // --db would win over the saved choice
        if (args[i] == QLatin1String("--db") || args[i] == QLatin1String("-db")) {
            args.remove(i, qMin(2, int(args.size() - i)));
            --i;
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            args.remove(i--);
        }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    QCoreApplication::quit();
}

} // namespace hc

namespace hc {

void MainWindow::importNationalList()
{
    showPane(NationalPane);
    m_national->chooseFile();
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_ws, this);
    dialog.exec();
}

void MainWindow::lockNow()
{
    m_lock->lockNow();
}

void MainWindow::syncNow()
{
    showPane(SyncStatusPane);
    m_sync->syncNow(); // says why when it cannot (keys locked, not set up, a run going on)
}

// By the panes' naming: a field named …Filter or …Search is what Ctrl+F goes to, a button named export… what
// Ctrl+E presses, so that a pane gains both by naming its widgets.
void MainWindow::focusFilter()
{
    QWidget *p = pane(currentPane());
    for (QWidget *w : p->findChildren<QWidget *>()) {
        const QString name = w->objectName();
        if (!w->isVisibleTo(p) || !w->isEnabled()
            || !(name.endsWith(QLatin1String("Filter")) || name.endsWith(QLatin1String("Search"))))
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)) {
            w->setFocus(Qt::ShortcutFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                edit->selectAll();
            return;
        }
    }
    statusBar()->showMessage(tr("This page has no filter."), 5000);
}

void MainWindow::exportCurrent()
{
    QWidget *p = pane(currentPane());
    for (QAbstractButton *b : p->findChildren<QAbstractButton *>())
        if (b->objectName().startsWith(QLatin1String("export"), Qt::CaseInsensitive)
            || b->objectName().endsWith(QLatin1String("ExportButton"))) {
            if (b->isVisibleTo(p) && b->isEnabled()) {
                b->click();
                return;
            }
        }
    statusBar()->showMessage(tr("Nothing on this page can be exported."), 5000);
}

QString MainWindow::helpPage(Pane p)
{
    static const char *const pages[PaneCount] = {"overview", "divisions", "risk-areas", "holders", "cases", "handoffs", "appeals",
                                                 "approvals", "national-list", "sync", "reports", "audit-log", "officials"};
    return p >= 0 && p < PaneCount ? QString::fromLatin1(pages[p]) : QStringLiteral("index");
}

void MainWindow::openHelp()
{
    auto *help = findChild<HelpBrowser *>();
    if (!help)
        help = new HelpBrowser(this);
    help->showPage(helpPage(currentPane()));
    help->show();
    help->raise();
    help->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog about(m_ws, this);
    about.exec();
}

QString MainWindow::navigationText(Pane p) const
{
    return m_nav->item(int(p))->text();
}

// What waits for this official, beside the panes' names: requests to decide, their own tickets overdue or due
// within 8 hours, case batches waiting to be applied (or approved), and the sync alarm.
void MainWindow::showAttention()
{
    const auto &o = m_overview->overview();
    if (!o)
        return;
    const auto &t = o->tiles;
    auto show = [this](Pane p, qint64 n, const QString &tip, bool alarm) {
        QListWidgetItem *item = m_nav->item(int(p));
        item->setText(n > 0 ? tr("%1 (%2)").arg(m_titles[p]).arg(n) : m_titles[p]);
        item->setToolTip(n > 0 ? tip : QString());
        item->setForeground(n > 0 && alarm ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        QFont f = item->font();
        f.setBold(n > 0);
        item->setFont(f);
    };
    show(ApprovalPane, t.approvalsWaiting, tr("%n request(s) wait for your decision", nullptr, int(t.approvalsWaiting)), false);
    // My tickets: assigned to me, overdue or due within 8 hours (red when one is overdue).
    show(AppealPane, t.myTicketsOverdue + t.myTicketsDue,
         tr("Your tickets: %1 overdue, %2 due within 8 hours").arg(t.myTicketsOverdue).arg(t.myTicketsDue), t.myTicketsOverdue > 0);
    show(CaseReportsPane, t.batchesWaiting, tr("%n case batch(es) imported and not yet applied", nullptr, int(t.batchesWaiting)), false);
    // Hand-offs other commissions sent here, waiting for a decision (red when one is past its deadline).
    show(HandoffTaskPane, t.handoffsWaiting,
         tr("%n hand-off(s) from other commissions wait for a decision", nullptr, int(t.handoffsWaiting))
             + (t.handoffsOverdue > 0 ? tr(", %n past the deadline", nullptr, int(t.handoffsOverdue)) : QString()),
         t.handoffsOverdue > 0);
    const bool alarm = t.syncConfigured && t.syncAlert != QLatin1String("ok");
    show(SyncStatusPane, alarm ? t.syncWaiting : 0,
         t.syncAlert == QLatin1String("alarm") ? tr("Changes have not reached the platform for more than 4 hours")
                                               : tr("Changes have not reached the platform for more than 2 hours"),
         t.syncAlert == QLatin1String("alarm"));
}

} // namespace hc
