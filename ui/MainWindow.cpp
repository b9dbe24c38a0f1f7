#include "MainWindow.h"
#include "AccountsPane.h"
#include "AppealsPane.h"
#include "ApprovalsPane.h"
#include "AuditPane.h"
#include "CasesPane.h"
#include "DivisionPane.h"
#include "HoldersPane.h"
#include "NationalImportPane.h"
#include "OverviewPane.h"
#include "ReportsPane.h"
#include "RiskAreaPane.h"
#include "SecretStore.h"
#include "SyncPane.h"
#include "SyncRunner.h"
#include "PasswordDialog.h"
#include "SessionLock.h"
#include "Workspace.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace hc {

MainWindow::MainWindow(Workspace &ws, sync::SyncRunner *runner, QWidget *parent) : QMainWindow(parent), m_ws(ws)
{
    if (!runner) {
        m_ownSecrets = std::make_unique<MemorySecretStore>();
        m_ownRunner = std::make_unique<sync::SyncRunner>(ws, *m_ownSecrets);
        runner = m_ownRunner.get();
    }
    m_runner = runner;
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Health Code Commission Console"));
    m_divisions = new DivisionPane(ws);
    m_areas = new RiskAreaPane(ws);
    m_national = new NationalImportPane(ws);
    m_audit = new AuditPane(ws);
    m_holders = new HoldersPane(ws);
    m_accounts = new AccountsPane(ws);
    m_approvals = new ApprovalsPane(ws);
    m_cases = new CasesPane(ws);
    m_appeals = new AppealsPane(ws);
    m_sync = new SyncPane(ws, *m_runner);
    m_overview = new OverviewPane(ws);
    m_reports = new ReportsPane(ws, *m_runner);
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
                                                 {tr("Appeals (12345)"), m_appeals},
                                                 {tr("Approvals"), m_approvals},
                                                 {tr("National list"), m_national},
                                                 {tr("Platform sync"), m_sync},
                                                 {tr("Reports"), m_reports},
                                                 {tr("Audit log"), m_audit},
                                                 {tr("Officials"), m_accounts}};
    for (const auto &[title, widget] : panes) {
        m_nav->addItem(title);
        m_stack->addWidget(widget);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *tools = addToolBar(tr("Actions"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->addAction(tr("Declare risk area…"), m_divisions, &DivisionPane::declareArea);
    tools->addAction(tr("Import national list…"), this, [this] {
        showPane(NationalPane);
        m_national->chooseFile();
    });
    tools->addAction(tr("Refresh"), this, &MainWindow::refreshAll);
    tools->addAction(tr("Change password…"), this, [this] {
        PasswordDialog dialog(m_ws, this);
        dialog.exec();
    });
    tools->addAction(tr("Lock"), this, [this] { m_lock->lockNow(); });

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

    connect(m_divisions, &DivisionPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_areas, &RiskAreaPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_national, &NationalImportPane::areasChanged, this, &MainWindow::afterChange);
    connect(m_approvals, &ApprovalsPane::changed, this, &MainWindow::afterChange);
    connect(m_cases, &CasesPane::changed, this, &MainWindow::afterChange);
    connect(m_appeals, &AppealsPane::changed, this, &MainWindow::afterChange);
    showPane(OverviewHomePane); // what the console opens on after sign-in
    resize(1400, 860);
    // Locked after 10 minutes without input (HC_SESSION_LOCK_MINUTES; 0 turns it off for kiosks that lock themselves).
    m_lock = new SessionLock(ws, this, qEnvironmentVariableIsSet("HC_SESSION_LOCK_MINUTES")
                                           ? qEnvironmentVariableIntValue("HC_SESSION_LOCK_MINUTES") : 10);
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &MainWindow::tick);
    clock->start();
    QTimer::singleShot(0, this, &MainWindow::tick);
}

MainWindow::~MainWindow() = default;

// The status bar says at all times whether changes reach the platform, and warns before the 4 h deadline.
void MainWindow::showSyncStatus()
{
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
    AuditLog audit = m_ws.audit();
    const auto r = m_ws.holders().tick(QStringLiteral("system"), audit);
    if (!r)
        statusBar()->showMessage(tr("Time update failed: %1").arg(r.error().message), 10000);
    else if (r->changed > 0)
        m_holders->refresh();
    m_overview->refresh(); // the figures move with time: each minute
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
    refreshAll();
    m_sync->refresh();
    m_runner->runNow(false);
}

void MainWindow::refreshAll()
{
    m_divisions->refresh();
    m_areas->refresh();
    m_holders->refresh();
    m_approvals->refresh();
    m_cases->refresh();
    m_appeals->refresh();
    m_audit->refresh();
    m_overview->refresh();
    m_reports->refresh();
}

} // namespace hc
