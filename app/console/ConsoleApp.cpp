#include "ConsoleApp.h"
#include "FirstRunWizard.h"
#include "DeclareDialog.h"
#include "DivisionPane.h"
#include "HistoryDialog.h"
#include "HolderExportDialog.h"
#include "AccountsPane.h"
#include "HolderDialog.h"
#include "PasswordDialog.h"
#include "SessionLock.h"
#include "QrCodeWidget.h"
#include "VerifyCodeDialog.h"
#include "MapEntryDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NationalImportPane.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

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

// --screenshots DIR: grabs every pane and the main dialogs to DIR/<name>.png and quits (scripts/screenshots.sh).
void scheduleScreenshots(MainWindow &w, Workspace &ws, const QString &dir)
{
    QDir().mkpath(dir);
    QTimer::singleShot(800, &w, [&w, &ws, dir] {
        const auto save = [&dir](QWidget &widget, const char *name) {
            QApplication::processEvents();
            widget.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
        };
        const char *names[] = {"divisions", "risk-areas", "holders", "approvals", "national-list", "audit-log", "officials"};
        for (int p = 0; p < MainWindow::PaneCount; ++p) {
            w.showPane(MainWindow::Pane(p));
            save(w, names[p]);
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
        RolesDialog roles(QStringLiteral("li"), quint8(1u << unsigned(Role::Supervisor)), QStringLiteral("370303"), &w);
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
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("SQLite database file"), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("official to sign in (password: HCCTL_PASSWORD)"), QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("zh_CN (default), zh_TW or en"), QStringLiteral("LANG"));
    const QCommandLineOption shotsOption(QStringLiteral("screenshots"), QStringLiteral("save a PNG of each pane and quit"), QStringLiteral("DIR"));
    const QCommandLineOption jumpOption(QStringLiteral("show-division"), QStringLiteral("open the tree at this division"), QStringLiteral("CODE"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("search the tree for this text"), QStringLiteral("TEXT"));
    const QCommandLineOption importOption(QStringLiteral("import-national"), QStringLiteral("import this national list after sign-in"), QStringLiteral("FILE"));
    parser.addOptions({dbOption, userOption, langOption, shotsOption, jumpOption, searchOption, importOption});
    parser.process(app);
    installTranslations(app, parser.value(langOption));

    Workspace ws(parser.value(dbOption));
    if (Status s = ws.open(); !s) {
        QMessageBox::critical(nullptr, QApplication::translate("hc::ConsoleApp", "Cannot open the database"), s.error().message);
        return 1;
    }
    if (!ws.accounts().hasAccounts()) {
        FirstRunWizard wizard(ws);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
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
    MainWindow window(ws);
    window.show();
    if (parser.isSet(importOption))
        window.nationalImportPane()->importFile(parser.value(importOption));
    if (parser.isSet(jumpOption))
        window.divisionPane()->jumpTo(parser.value(jumpOption));
    if (parser.isSet(searchOption))
        window.divisionPane()->search(parser.value(searchOption));
    if (parser.isSet(shotsOption))
        scheduleScreenshots(window, ws, parser.value(shotsOption));
    return app.exec();
}

} // namespace hc
