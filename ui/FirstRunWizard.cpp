#include "FirstRunWizard.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWizardPage>

namespace hc {

FirstRunWizard::FirstRunWizard(Workspace &ws, QWidget *parent) : QWizard(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("First start — Health Code Console"));
    auto *intro = new QWizardPage;
    intro->setTitle(tr("Welcome"));
    auto *introText = new QLabel(tr("This database has no official yet. Create the first administrator: every "
                                    "declaration, import and mapping will be signed with an official's name in the "
                                    "tamper-evident audit log.\n\nDatabase: %1").arg(ws.database().path()));
    introText->setWordWrap(true);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(introText);
    addPage(intro);

    auto *page = new QWizardPage;
    page->setTitle(tr("First administrator"));
    auto *form = new QFormLayout(page);
    m_user = new QLineEdit(QStringLiteral("admin"));
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_display = new QLineEdit;
    m_display->setObjectName(QStringLiteral("adminDisplayName"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(QStringLiteral("adminPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Full name"), m_display);
    form->addRow(tr("Password (10+ characters, two kinds)"), m_password);
    form->addRow(tr("Repeat password"), m_repeat);
    form->addRow(m_error);
    addPage(page);
    resize(560, 380);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != 1)
        return true;
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    auto r = m_ws.createFirstAdmin(m_user->text().trimmed(), m_password->text(), m_display->text().trimmed());
    if (!r) {
        m_error->setText(r.error().message);
        return false;
    }
    return true;
}

} // namespace hc
