#pragma once
#include "HolderService.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <array>
#include <memory>

class QLabel;
class QAction;
class QListWidget;
class QStackedWidget;

namespace hc {

class AccountsPane;
class AppealsPane;
class ApprovalsPane;
class CasesPane;
class SessionLock;
class AuditPane;
class ChangeWatcher;
class HoldersPane;
class DivisionPane;
class HandoffsPane;
class NationalImportPane;
class OverviewPane;
class ReportsPane;
class RiskAreaPane;
class SecretStore;
class SyncPane;
class Workspace;
namespace sync {
class SyncRunner;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // In the navigation's order; the console opens on the overview.
    enum Pane { OverviewHomePane, DivisionsPane, RiskAreasPane, HolderListPane, CaseReportsPane, HandoffTaskPane, AppealPane, ApprovalPane,
                NationalPane, SyncStatusPane, ReportPane, AuditLogPane, AccountPane, PaneCount };
    // `runner` syncs with the platform (the console's, with the keychain); without one the window makes its own
    // over a memory-only secret store (tests).
    explicit MainWindow(Workspace &ws, sync::SyncRunner *runner = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPane(Pane p);
    QWidget *pane(Pane p) const;
    DivisionPane *divisionPane() const { return m_divisions; }
    ChangeWatcher *changeWatcher() const { return m_watcher; }
    RiskAreaPane *riskAreaPane() const { return m_areas; }
    NationalImportPane *nationalImportPane() const { return m_national; }
    AuditPane *auditPane() const { return m_audit; }
    HoldersPane *holdersPane() const { return m_holders; }
    AccountsPane *accountsPane() const { return m_accounts; }
    ApprovalsPane *approvalsPane() const { return m_approvals; }
    CasesPane *casesPane() const { return m_cases; }
    AppealsPane *appealsPane() const { return m_appeals; }
    HandoffsPane *handoffsPane() const { return m_handoffs; }
    SyncPane *syncPane() const { return m_sync; }
    OverviewPane *overviewPane() const { return m_overview; }
    ReportsPane *reportsPane() const { return m_reports; }
    Pane currentPane() const;
    sync::SyncRunner &syncRunner() const { return *m_runner; }
    SessionLock *sessionLock() const { return m_lock; }
    // Time passing: re-evaluates holders whose next change has come (each minute, and at start).
    void tick();

    // The menus' and toolbar's actions.
    void refreshAll();
    void chooseDatabase();
    void importNationalList();
    void changePassword();
    void lockNow();
    void syncNow();
    void focusFilter();   // the filter (or search) field of the pane in sight
    void exportCurrent(); // the export of the pane in sight, when it has one
    void openHelp();      // the manual at the page of the pane in sight
    void showAbout();
    static QString helpPage(Pane p);
    // The navigation's entry of a pane as it reads now: its title and what waits there.
    QString navigationText(Pane p) const;

private:
    void refreshPane(Pane p); // when it is stale
    void afterChange();
    void showSyncStatus();
    void connectOverview();
    void tickDone();
    void showAttention(); // the counts that need attention, beside the panes' names

    Workspace &m_ws;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QStringList m_titles; // the panes' names, in the navigation's order
    DivisionPane *m_divisions;
    RiskAreaPane *m_areas;
    NationalImportPane *m_national;
    AuditPane *m_audit;
    HoldersPane *m_holders;
    AccountsPane *m_accounts;
    ApprovalsPane *m_approvals;
    CasesPane *m_cases;
    AppealsPane *m_appeals;
    HandoffsPane *m_handoffs;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<sync::SyncRunner> m_ownRunner;
    sync::SyncRunner *m_runner;
    SyncPane *m_sync;
    OverviewPane *m_overview;
    ReportsPane *m_reports;
    QLabel *m_syncStatus;
    QLabel *m_reportStatus;
    QLabel *m_dbStatus;
    ChangeWatcher *m_watcher;
    SessionLock *m_lock;
    QFutureWatcher<Result<TickReport>> m_tick;
    std::array<bool, PaneCount> m_stale{}; // changed since the pane last showed the database
};

} // namespace hc
