#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;

namespace hc {

class Workspace;

// The signed-in official changes their password (the policy is checked in the core).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)
public:
    explicit PasswordDialog(Workspace &ws, QWidget *parent = nullptr);
    bool change(const QString &oldPassword, const QString &newPassword, const QString &repeat);
    QString message() const;

private:
    Workspace &m_ws;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_message;
};

} // namespace hc
