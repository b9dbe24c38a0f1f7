#include "MainMenus.h"
#include "DivisionPane.h"
#include "MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

namespace hc {

namespace {

QAction *add(QMenu *menu, const QString &objectName, const QString &text, const QKeySequence &keys = {})
{
    QAction *a = menu->addAction(text);
    a->setObjectName(objectName);
    if (!keys.isEmpty()) {
        a->setShortcut(keys);
        a->setShortcutContext(Qt::ApplicationShortcut);
    }
    return a;
}

} // namespace

MainMenus::MainMenus(MainWindow &w, const QStringList &paneTitles) : QObject(&w)
{
    QMenuBar *bar = w.menuBar();
    bar->setObjectName(QStringLiteral("mainMenuBar"));

    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_database = add(file, QStringLiteral("databaseAction"), tr("Database connection…"));
    connect(m_database, &QAction::triggered, &w, &MainWindow::chooseDatabase);
    m_national = add(file, QStringLiteral("importNationalAction"), tr("Import national list…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_national, &QAction::triggered, &w, &MainWindow::importNationalList);
    QAction *exportAction = add(file, QStringLiteral("exportAction"), tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, &w, &MainWindow::exportCurrent);
    file->addSeparator();
    m_password = add(file, QStringLiteral("passwordAction"), tr("Change password…"));
    connect(m_password, &QAction::triggered, &w, &MainWindow::changePassword);
    m_lock = add(file, QStringLiteral("lockAction"), tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lock, &QAction::triggered, &w, &MainWindow::lockNow);
    file->addSeparator();
    QAction *quit = add(file, QStringLiteral("quitAction"), tr("Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, &w, &QWidget::close);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *find = add(edit, QStringLiteral("findAction"), tr("Filter…"), QKeySequence::Find);
    connect(find, &QAction::triggered, &w, &MainWindow::focusFilter);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < paneTitles.size(); ++i) {
        // Ctrl+1 … Ctrl+9, Ctrl+0: the first ten panes, in the navigation's order.
        const QKeySequence keys = i < 10 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)) : QKeySequence();
        QAction *a = add(view, QStringLiteral("paneAction%1").arg(i), paneTitles[i], keys);
        connect(a, &QAction::triggered, &w, [&w, i] { w.showPane(MainWindow::Pane(i)); });
    }
    view->addSeparator();
    m_refresh = add(view, QStringLiteral("refreshAction"), tr("Refresh"), QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, &w, &MainWindow::refreshAll);

    QMenu *tools = bar->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    m_declare = add(tools, QStringLiteral("declareAction"), tr("Declare risk area…"), QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_declare, &QAction::triggered, w.divisionPane(), &DivisionPane::declareArea);
    tools->addAction(m_national);
    QAction *sync = add(tools, QStringLiteral("syncNowAction"), tr("Sync with the platform now"));
    connect(sync, &QAction::triggered, &w, &MainWindow::syncNow);
    tools->addSeparator();
    tools->addAction(m_database);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = add(help, QStringLiteral("manualAction"), tr("User manual"), QKeySequence::HelpContents);
    connect(manual, &QAction::triggered, &w, &MainWindow::openHelp);
    QAction *about = add(help, QStringLiteral("aboutAction"), tr("About"));
    connect(about, &QAction::triggered, &w, &MainWindow::showAbout);
}

} // namespace hc
