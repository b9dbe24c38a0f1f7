#pragma once
#include <QDialog>
#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QLineEdit;
class QTimer;

namespace hc {

class Workspace;

// Locks the console after a period without keyboard or mouse input: the window is covered until the signed-in
// official gives their password again (failures count towards the account lockout).
class SessionLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionLock)
public:
    SessionLock(Workspace &ws, QWidget *window, int idleMinutes);
    void setIdleLimitMs(qint64 ms) { m_limitMs = ms; }
    bool isLocked() const { return m_locked; }
    void lockNow();
    // Unlocks with the password; false (and the reason shown) when it is wrong.
    bool tryUnlock(const QString &password);
    QDialog *dialog() const { return m_dialog; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    Workspace &m_ws;
    QWidget *m_window;
    qint64 m_limitMs;
    QElapsedTimer m_idle;
    QTimer *m_timer;
    bool m_locked = false;
    QDialog *m_dialog = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hc
