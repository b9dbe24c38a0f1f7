#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;

namespace hc {

class Workspace;

// Every action is attributed: the console opens only for a signed-in official.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(Workspace &ws, const QString &user, QWidget *parent = nullptr);
    void accept() override;

private:
    Workspace &m_ws;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace hc
