#include "ConsoleApp.h"
#include "ConnectionDialog.h"
#include "ConnectionForm.h"
#include "SavedLocation.h"
#include "AuditPane.h"
#include "AuditEntryDialog.h"
#include "FirstRunWizard.h"
#include "DeclareDialog.h"
#include "DivisionPane.h"
#include "HistoryDialog.h"
#include "HolderExportDialog.h"
#include "AccountsPane.h"
#include "AppealsPane.h"
#include "CaseImportDialog.h"
#include "CasesPane.h"
#include "TicketDialog.h"
#include "TicketImportDialog.h"
#include "TicketDecisionDialog.h"
#include "ApprovalsPane.h"
#include "ImpactView.h"
#include "HolderDialog.h"
#include "PasswordDialog.h"
#include "SessionLock.h"
#include "QrCodeWidget.h"
#include "VerifyCodeDialog.h"
#include "MapEntryDialog.h"
#include "LoginDialog.h"
#include "AboutDialog.h"
#include "HandoffsPane.h"
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "SecretStore.h"
#include "SyncRunner.h"
#include "SyncSetupDialog.h"
#include "NationalImportPane.h"
#include "OverviewPane.h"
#include "ReportsPane.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <functional>

namespace hc {

namespace {

void installTranslations(QApplication &app, const QString &lang)
{
    // Simplified Chinese is the default, whatever the workstation's locale says.
    const QString locale = lang.isEmpty() ? QStringLiteral("zh_CN") : lang;
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/hc_") + locale))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// A case report made of holders of the official's jurisdiction, with two bad lines, for the import dialog's
// screenshot (written to a temporary folder; nothing is imported).
QString demoCaseFile(Workspace &ws, const QString &dir)
{
    // The commission's own county when the official covers it (the demo's 张店区).
    HolderFilter f;
    const auto official = ws.official();
    f.divisionPrefix = official ? official->jurisdiction : QString();
    if (const QString home = ws.commission().division; official && !home.isEmpty() && official->covers(home))
        f.divisionPrefix = home;
    f.limit = 6;
    const QList<Holder> holders = ws.holderRepository().page(f);
    if (holders.isEmpty())
        return {};
    const QDateTime now = time::chinaWallClock(ws.clock().now());
    const auto at = [&now](int hoursAgo) { return now.addSecs(-3600 * hoursAgo).toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    const QString day = now.toString(QStringLiteral("MMdd")); // case numbers carry the day, as the CDC's do
    QStringList lines{QStringLiteral("病例编号,身份证号,类别,报告时间,出院时间,暴露类型,区划代码,地址,场所码,开始时间,结束时间,车次,日期,车厢,座位")};
    for (int i = 0; i < holders.size(); ++i) {
        const Holder &h = holders[i];
        const QString ref = QStringLiteral("ZD-%1-%2").arg(day).arg(101 + i);
        const QString cls = i % 3 == 2 ? QStringLiteral("无症状") : QStringLiteral("确诊");
        lines << QStringLiteral("%1,%2,%3,%4,,同户,%5,%6,,,,,,,").arg(ref, h.idNumber, cls, at(20 + i), h.homeDivision, h.address);
        if (i == 1)
            lines << QStringLiteral("%1,%2,%3,%4,,楼栋,%5,%6,,,,,,,").arg(ref, h.idNumber, cls, at(20 + i), h.homeDivision,
                                                                       h.address.section(QStringLiteral("单元"), 0, 0) + QStringLiteral("单元"));
    }
    QString bad = holders.first().idNumber;
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    lines << QStringLiteral("ZD-%1-190,%2,确诊,%3,,,,,,,,,,,").arg(day, bad, at(6));
    lines << QStringLiteral("ZD-%1-191,%2,确诊,昨天上午,,,,,,,,,,,").arg(day, holders.last().idNumber);
    const QString path = dir + QStringLiteral("/张店区疾控-病例报告.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

// The cases pane with the impact of a batch not yet applied (computed off the GUI thread, waited for here).
void grabCaseImpact(MainWindow &w, Workspace &ws, const std::function<void(QWidget &, const char *)> &save)
{
    for (const CaseBatch &b : ws.cases().list()) {
        if (b.kind != BatchKind::Cases || (b.status != QLatin1String("imported") && b.status != QLatin1String("pending")))
            continue;
        w.showPane(MainWindow::CaseReportsPane);
        CasesPane *pane = w.casesPane();
        if (!pane->selectBatch(b.id))
            return;
        QEventLoop loop;
        QObject::connect(pane->impactView(), &ImpactView::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        pane->previewSelected();
        if (pane->impactView()->isRunning())
            loop.exec();
        save(w, "cases-impact");
        return;
    }
}

// The overview loaded and a report previewed (both off the GUI thread), waited for here.
void prepareForScreenshot(MainWindow &w, MainWindow::Pane p)
{
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (p == MainWindow::OverviewHomePane && w.overviewPane()->isLoading()) {
        QObject::connect(w.overviewPane(), &OverviewPane::loaded, &loop, &QEventLoop::quit);
        loop.exec();
    } else if (p == MainWindow::AuditLogPane) {
        w.auditPane()->verify(); // the chain, the data against it (issue 16) and the verdict on screen
    } else if (p == MainWindow::ReportPane && w.reportsPane()->previewPages() == 0) {
        QObject::connect(w.reportsPane(), &ReportsPane::previewFinished, &loop, &QEventLoop::quit);
        if (w.reportsPane()->preview())
            loop.exec();
    }
}

// --screenshots DIR: grabs every pane and the main dialogs to DIR/<name>.png and quits (scripts/screenshots.sh).
void scheduleScreenshots(MainWindow &w, Workspace &ws, const QString &dir)
{
    QDir().mkpath(dir);
    // HC_SHOT_SIZE=1280x800 (the README's) or 1920x1080: the window's size for the full-size set.
    if (const QStringList wh = qEnvironmentVariable("HC_SHOT_SIZE").split(QLatin1Char('x')); wh.size() == 2 && wh[0].toInt() > 0)
        w.resize(wh[0].toInt(), wh[1].toInt());
    QTimer::singleShot(800, &w, [&w, &ws, dir] {
        const auto save = [&dir](QWidget &widget, const char *name) {
            // Tables refit their columns on queued calls and short timers after a load or a resize: shot after those.
            QApplication::processEvents();
            QEventLoop settle;
            QTimer::singleShot(250, &settle, &QEventLoop::quit);
            settle.exec();
            widget.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
        };
        const char *names[] = {"pane-overview", "divisions", "risk-areas", "holders", "pane-cases", "handoffs", "pane-appeals", "approvals",
                               "national-list", "pane-sync", "pane-reports", "audit-log", "officials"};
        static_assert(std::size(names) == MainWindow::PaneCount);
        const auto showPane = [&w, &ws](int p) {
            w.showPane(MainWindow::Pane(p));
            if (p == MainWindow::CaseReportsPane) // an applied batch shows what each holder got
                for (const CaseBatch &b : ws.cases().list())
                    if (b.status == QLatin1String("applied") && w.casesPane()->selectBatch(b.id))
                        break;
            prepareForScreenshot(w, MainWindow::Pane(p));
        };
        for (int p = 0; p < MainWindow::PaneCount; ++p) {
            showPane(p);
            save(w, names[p]);
        }
        // Every pane on a small screen.
        const QSize size = w.size();
        w.resize(1024, 700);
        for (int p = 0; p < MainWindow::PaneCount; ++p) {
            showPane(p);
            save(w, qPrintable(QString::fromLatin1(names[p]) + QStringLiteral("-1024x700")));
        }
        w.resize(size);
        HelpBrowser help(&w);
        help.showPage(QStringLiteral("approvals"));
        help.show();
        save(help, "dialog-help");
        AboutDialog about(ws, &w);
        about.show();
        save(about, "dialog-about");
        grabCaseImpact(w, ws, save);
        w.showPane(MainWindow::AppealPane);
        w.appealsPane()->showDashboard(true);
        save(w, "appeals-dashboard");
        w.appealsPane()->showDashboard(false);
        w.showPane(MainWindow::HandoffTaskPane); // the hand-offs this commission sent: states, reasons, the alarm
        w.handoffsPane()->showOutgoing();
        save(w, "handoffs-sent");
        w.handoffsPane()->showIncoming();
        // What accepting the oldest waiting hand-off will do, in words: nothing is accepted.
        if (const std::unique_ptr<QMessageBox> confirm(w.handoffsPane()->acceptConfirmation({})); confirm) {
            confirm->show();
            save(*confirm, "dialog-handoff-accept");
        }
        TicketDialog ticket(ws, &w); // empty: screenshots file nothing
        ticket.show();
        save(ticket, "dialog-ticket");
        TicketImportDialog ticketImport(ws, &w); // empty: nothing is imported
        ticketImport.show();
        save(ticketImport, "dialog-ticket-import");
        // A personal-data correction, each current value beside the new one, and what approving the first pending
        // request will do: nothing is decided or approved.
        for (const Ticket &t : ws.appeals().queue(false))
            if (t.kind != TicketKind::WrongColor) {
                TicketDecisionDialog correction(ws, t, true, &w);
                correction.show();
                save(correction, "dialog-correction");
                break;
            }
        w.showPane(MainWindow::ApprovalPane);
        w.approvalsPane()->showPending();
        if (w.approvalsPane()->table()->rowCount() > 0) {
            w.approvalsPane()->table()->setCurrentCell(0, 0);
            if (const std::unique_ptr<QMessageBox> confirm(w.approvalsPane()->confirmationForSelected()); confirm) {
                confirm->show();
                save(*confirm, "dialog-approval-confirm");
            }
        }
        ConnectionDialog connection(QStringLiteral("postgresql://wjw_zhangdian@db.zbwjw.example:5432/hc?sslmode=verify-full&sslrootcert=/etc/hc/ca.pem"),
                                    nullptr, &w); // nothing is saved
        connection.show();
        save(connection, "dialog-connection");
        SyncSetupDialog syncSetup(&w); // empty: nothing is configured
        syncSetup.show();
        save(syncSetup, "dialog-sync-setup");
        QTemporaryDir caseDir;
        if (const QString caseFile = demoCaseFile(ws, caseDir.path()); !caseFile.isEmpty()) {
            CaseImportDialog import(ws, BatchKind::Cases, &w);
            import.setPath(caseFile);
            import.show();
            import.readFile();
            save(import, "dialog-case-import");
        }
        const QString code = w.divisionPane()->currentCode().isEmpty() ? QStringLiteral("110105011")
                                                                        : w.divisionPane()->currentCode();
        DeclareDialog declare(ws, code, &w);
        declare.setSubareas({QStringLiteral("3号楼2单元"), QStringLiteral("幸福小区")});
        declare.show();
        save(declare, "dialog-declare");
        HistoryDialog history(ws, code, QString(), &w);
        history.show();
        save(history, "dialog-history");
        if (AuditEntryDialog *entry = w.auditPane()->openEntry(0)) { // the newest entry whole: fields, hash, chain
            save(*entry, "dialog-audit-entry");
            entry->close();
        }
        MapEntryDialog map(ws, QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区"),
                           QStringLiteral("6101"), &w);
        map.show();
        save(map, "dialog-map");
        // A holder with a condition if there is one: its provenance, its code, and the code verified.
        std::optional<Holder> holder;
        for (policy::Color c : {policy::Color::Yellow, policy::Color::Red, policy::Color::Green}) {
            HolderFilter f;
            f.divisionPrefix = ws.official() ? ws.official()->jurisdiction : QString();
            f.color = c;
            f.limit = 1;
            if (const auto rows = ws.holderRepository().page(f); !rows.isEmpty()) {
                holder = rows.first();
                break;
            }
        }
        if (holder) {
            HolderDialog details(ws, holder->id, &w);
            details.show();
            details.showCode();
            save(details, "dialog-holder");
            VerifyCodeDialog verify(ws, &w);
            verify.setCode(details.findChild<QrCodeWidget *>()->text());
            verify.verify();
            verify.show();
            save(verify, "dialog-verify");
        }
        HolderFilter exportFilter;
        exportFilter.divisionPrefix = QStringLiteral("370303");
        HolderExportDialog exporter(ws, exportFilter, &w);
        exporter.setUnmasked(true, QStringLiteral("移交公安协查"));
        exporter.show();
        save(exporter, "dialog-export");
        PasswordDialog password(ws, &w);
        password.show();
        save(password, "dialog-password");
        RolesDialog roles(ws, QStringLiteral("li"), quint8(1u << unsigned(Role::Supervisor)), QStringLiteral("370303"), &w);
        roles.show();
        save(roles, "dialog-roles");
        w.sessionLock()->lockNow();
        save(*w.sessionLock()->dialog(), "dialog-session-lock");
        QApplication::quit();
    });
}

} // namespace

int ConsoleApp::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hc-console"));
    QApplication::setApplicationName(QStringLiteral("hc-console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file, or postgresql://USER@HOST[:PORT]/DB"),
                                      QStringLiteral("PATH|URI"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("official to sign in (password: HCCTL_PASSWORD)"), QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN (default), zh_TW or en"), QStringLiteral("LANG"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"), QStringLiteral("save a PNG of each pane and quit"), QStringLiteral("DIR"));
    const QCommandLineOption jumpOption(QStringLiteral("show-division"), QStringLiteral("open the tree at this division"), QStringLiteral("CODE"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("search the tree for this text"), QStringLiteral("TEXT"));
    const QCommandLineOption importOption(QStringLiteral("import-national"), QStringLiteral("import this national list after sign-in"), QStringLiteral("FILE"));
    const QCommandLineOption paneOption(QStringLiteral("pane"),
                                       QStringLiteral("open on this pane: overview, divisions, areas, holders, cases, appeals, "
                                                      "approvals, national, sync, reports, audit, officials"),
                                       QStringLiteral("NAME"));
    parser.addOptions({dbOption, userOption, langOption, shotsOption, jumpOption, searchOption, importOption, paneOption});
    parser.process(app);
    installTranslations(app, parser.value(langOption));

    // Sync keys and the database server's password: the system keychain when one answers, else asked in the sync
    // pane and kept in memory only (the server's password then comes from PGPASSFILE).
    OpenedSecretStore secrets = qEnvironmentVariable("HC_SECRET_STORE") == QLatin1String("memory")
                                    ? OpenedSecretStore{std::make_unique<MemorySecretStore>(), QStringLiteral("HC_SECRET_STORE=memory")}
                                    : openSecretStore(QStringLiteral("hc-console"));
    Database::setPasswordSource([store = secrets.store.get()](const DatabaseLocation &where) { return store->readText(where.secretKey()); });
    std::unique_ptr<Workspace> opened;
    // Opens a database as the console works on it; refused with the reason in words (a server away, a newer schema).
    const auto open = [&opened](const QString &location) -> Result<Workspace *> {
        auto ws = std::make_unique<Workspace>(location);
        if (Status s = ws->open(); !s)
            return s.error();
        opened = std::move(ws);
        return opened.get();
    };
    bool signInNext = true;
    if (!parser.isSet(dbOption) && SavedLocation::firstStart() && !parser.isSet(shotsOption)) {
        // A workstation's first start: where the data live (a file here or the commission's server), then the first
        // administrator or, on a database other desks already use, the sign-in.
        FirstRunWizard wizard(open, secrets.store.get());
        if (wizard.exec() != QDialog::Accepted || !opened)
            return 0;
        signInNext = wizard.needsSignIn();
    } else {
        QString location = SavedLocation::resolve(parser.value(dbOption));
        for (;;) {
            const auto r = open(location);
            if (r)
                break;
            // The server away, a password refused: the official can fix the connection here or give up.
            QMessageBox box(QMessageBox::Critical, QApplication::translate("hc::ConsoleApp", "Cannot open the database"),
                            r.error().message);
            box.setDetailedText(r.error().detail); // the library's own words, for whoever helps
            QPushButton *fix = box.addButton(QApplication::translate("hc::ConsoleApp", "Database connection…"), QMessageBox::AcceptRole);
            box.addButton(QApplication::translate("hc::ConsoleApp", "Retry"), QMessageBox::ResetRole);
            box.addButton(QApplication::translate("hc::ConsoleApp", "Quit"), QMessageBox::RejectRole);
            box.exec();
            if (box.buttonRole(box.clickedButton()) == QMessageBox::RejectRole)
                return 1;
            if (box.clickedButton() == fix) {
                ConnectionDialog dialog(location, secrets.store.get());
                if (dialog.exec() == QDialog::Accepted)
                    location = dialog.saved();
            }
        }
        signInNext = opened->accounts().hasAccounts();
    }
    Workspace &ws = *opened;
    if (!ws.database().notes().isEmpty() && parser.value(shotsOption).isEmpty())
        QMessageBox::information(nullptr, QApplication::translate("hc::ConsoleApp", "Database file"), ws.database().notes().join(QLatin1Char('\n')));
    if (!signInNext) {
        if (!ws.currentUser()) { // no official yet on a database opened by --db or the saved choice
            FirstRunWizard wizard(ws);
            if (wizard.exec() != QDialog::Accepted)
                return 0;
        }
    } else {
        const QString user = parser.value(userOption);
        const bool autoSignIn = !user.isEmpty() && qEnvironmentVariableIsSet("HCCTL_PASSWORD")
                                && ws.signIn(user, qEnvironmentVariable("HCCTL_PASSWORD")).ok();
        if (!autoSignIn) {
            LoginDialog login(ws, user);
            if (login.exec() != QDialog::Accepted)
                return 0;
        }
    }
    sync::SyncRunner runner(ws, *secrets.store, secrets.fallbackReason);
    if (runner.service().settings() && !runner.service().needsPassphrase() && runner.unlock())
        runner.runNow(false);
    runner.setInterval(60);
    MainWindow window(ws, &runner);
    window.show();
    if (parser.isSet(importOption))
        window.nationalImportPane()->importFile(parser.value(importOption));
    if (parser.isSet(paneOption)) {
        static const QStringList panes{QStringLiteral("overview"), QStringLiteral("divisions"), QStringLiteral("areas"),
                                       QStringLiteral("holders"),  QStringLiteral("cases"),     QStringLiteral("handoffs"),
                                       QStringLiteral("appeals"),
                                       QStringLiteral("approvals"), QStringLiteral("national"), QStringLiteral("sync"),
                                       QStringLiteral("reports"),  QStringLiteral("audit"),     QStringLiteral("officials")};
        static_assert(MainWindow::PaneCount == 13);
        if (const int p = panes.indexOf(parser.value(paneOption)); p >= 0)
            window.showPane(MainWindow::Pane(p));
    }
    if (parser.isSet(jumpOption))
        window.divisionPane()->jumpTo(parser.value(jumpOption));
    if (parser.isSet(searchOption))
        window.divisionPane()->search(parser.value(searchOption));
    if (parser.isSet(shotsOption))
        scheduleScreenshots(window, ws, parser.value(shotsOption));
    return app.exec();
}

} // namespace hc
