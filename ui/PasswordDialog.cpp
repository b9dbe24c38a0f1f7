#include "PasswordDialog.h"
#include "ErrorText.h"

#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hc {

PasswordDialog::PasswordDialog(Workspace &ws, QWidget *parent) : QDialog(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change password"));
    auto *form = new QFormLayout(this);
    m_old = new QLineEdit;
    m_new = new QLineEdit;
    m_repeat = new QLineEdit;
    for (QLineEdit *e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    form->addRow(tr("Current password"), m_old);
    form->addRow(tr("New password (10+ characters, two kinds)"), m_new);
    form->addRow(tr("Repeat"), m_repeat);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setWordWrap(true);
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (change(m_old->text(), m_new->text(), m_repeat->text()))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

bool PasswordDialog::change(const QString &oldPassword, const QString &newPassword, const QString &repeat)
{
    if (!m_ws.currentUser())
        return false;
    if (newPassword != repeat) {
        m_message->setText(tr("The two new passwords differ."));
        return false;
    }
    AuditLog audit = m_ws.audit();
    const Status s = m_ws.accounts().changePassword(m_ws.currentUser()->username, oldPassword, newPassword, audit);
    m_message->setText(s ? QString() : errorText(s.error()));
    return s.ok();
}

QString PasswordDialog::message() const
{
    return m_message->text();
}

} // namespace hc
