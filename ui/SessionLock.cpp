#include "SessionLock.h"
#include "ErrorText.h"

#include "Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hc {

SessionLock::SessionLock(Workspace &ws, QWidget *window, int idleMinutes)
    : QObject(window), m_ws(ws), m_window(window), m_limitMs(qint64(idleMinutes) * 60 * 1000)
{
    m_idle.start();
    qApp->installEventFilter(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &SessionLock::check);
    m_timer->start();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.restart();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::check()
{
    if (!m_locked && m_limitMs > 0 && m_idle.elapsed() >= m_limitMs && m_ws.currentUser())
        lockNow();
}

void SessionLock::lockNow()
{
    if (m_locked || !m_ws.currentUser())
        return;
    m_locked = true;
    m_window->setEnabled(false); // nothing behind the lock can be used
    m_dialog = new QDialog(m_window, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    m_dialog->setObjectName(QStringLiteral("sessionLockDialog"));
    m_dialog->setWindowTitle(tr("Session locked"));
    m_dialog->setEnabled(true);
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addWidget(new QLabel(tr("The console was locked after a period without use. Enter the password of %1 to continue.")
                                     .arg(m_ws.currentUser()->username)));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    auto *unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    auto *quit = buttons->addButton(tr("Sign out and quit"), QDialogButtonBox::DestructiveRole);
    connect(unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(quit, &QPushButton::clicked, qApp, &QApplication::quit);
    layout->addWidget(buttons);
    m_dialog->setModal(true);
    m_dialog->show();
}

bool SessionLock::tryUnlock(const QString &password)
{
    if (!m_locked)
        return true;
    const auto r = m_ws.accounts().authenticate(m_ws.currentUser()->username, password);
    if (!r) {
        m_error->setText(errorText(r.error()));
        m_password->clear();
        return false;
    }
    m_locked = false;
    m_dialog->deleteLater();
    m_dialog = nullptr;
    m_window->setEnabled(true);
    m_idle.restart();
    return true;
}

} // namespace hc
