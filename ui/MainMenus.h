#pragma once
#include <QObject>

class QAction;
class QMenuBar;

namespace hc {

class MainWindow;

// The console's menu bar (文件, 编辑, 视图, 工具, 帮助) with the standard shortcuts: Ctrl+F to the pane's filter,
// F5 refresh, Ctrl+E export, Ctrl+L lock, F1 the manual at the pane in sight, Ctrl+1 … Ctrl+0 the panes. The
// actions the toolbar shows are the same objects.
class MainMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainMenus)
public:
    MainMenus(MainWindow &window, const QStringList &paneTitles);

    QAction *declareArea() const { return m_declare; }
    QAction *importNational() const { return m_national; }
    QAction *refresh() const { return m_refresh; }
    QAction *changePassword() const { return m_password; }
    QAction *lock() const { return m_lock; }
    QAction *database() const { return m_database; }

private:
    QAction *m_declare = nullptr;
    QAction *m_national = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_password = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_database = nullptr;
};

} // namespace hc
