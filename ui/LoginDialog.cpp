#include "LoginDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hc {

LoginDialog::LoginDialog(Workspace &ws, const QString &user, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Health Code Console"));
    auto *form = new QFormLayout(this);
    auto *title = new QLabel(tr("<b>Health Code Commission Console</b><br>Sign in as an official of the commission."));
    form->addRow(title);
    m_user = new QLineEdit(user);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    form->addRow(buttons);
    if (!user.isEmpty())
        m_password->setFocus();
    resizeWithinScreen(this, {420, sizeHint().height()});
}

void LoginDialog::accept()
{
    if (Status s = m_ws.signIn(m_user->text().trimmed(), m_password->text()); !s) {
        m_error->setText(errorText(s.error()));
        m_password->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace hc
