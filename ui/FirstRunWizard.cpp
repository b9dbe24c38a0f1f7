#include "FirstRunWizard.h"
#include "ScreenFit.h"
#include "ErrorText.h"
#include "ConnectionForm.h"
#include "SavedLocation.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizardPage>

namespace hc {

namespace {

QLabel *errorLabel(const char *name)
{
    auto *l = new QLabel;
    l->setObjectName(QString::fromLatin1(name));
    l->setStyleSheet(QStringLiteral("color: #c62828"));
    l->setWordWrap(true);
    return l;
}

QString whereText(Workspace &ws)
{
    return QCoreApplication::translate("hc::FirstRunWizard", "Database: %1").arg(ws.database().location().display());
}

} // namespace

FirstRunWizard::FirstRunWizard(Workspace &ws, QWidget *parent) : QWizard(parent), m_ws(&ws)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("First start — Health Code Console"));
    addAdminPage();
    m_where->setText(whereText(ws));
    resizeWithinScreen(this, {620, 460});
}

FirstRunWizard::FirstRunWizard(Opener open, SecretStore *secrets, QWidget *parent)
    : QWizard(parent), m_open(std::move(open)), m_secrets(secrets)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("First start — Health Code Console"));
    auto *page = new QWizardPage;
    page->setTitle(tr("Where the commission's data live"));
    // In the page, not the subtitle: the classic style gives a subtitle two lines and clips the rest.
    auto *explain = new QLabel(tr("A commission with one desk keeps them in a file on this workstation. Where several officials "
                                  "work at different desks, every console opens the commission's shared database server."));
    explain->setWordWrap(true);
    m_form = new ConnectionForm;
    m_dbError = errorLabel("databaseError");
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(explain);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_dbError);
    connect(m_form, &ConnectionForm::edited, m_dbError, &QLabel::clear);
    page->setCommitPage(true); // the database is opened and kept: no way back to another one
    setButtonText(QWizard::CommitButton, tr("Open this database"));
    setPage(DatabasePage, page);
    addAdminPage();
    resizeWithinScreen(this, {680, 620});
}

void FirstRunWizard::addAdminPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("First administrator"));
    auto *explain = new QLabel(tr("This database has no official yet. Create the first administrator: every declaration, import "
                                  "and mapping will be signed with an official's name in the tamper-evident audit log."));
    explain->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(explain);
    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("databaseLabel"));
    m_where->setWordWrap(true);
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
    m_error = errorLabel("errorLabel");
    form->addRow(m_where);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Full name"), m_display);
    form->addRow(tr("Password (10+ characters, two kinds)"), m_password);
    form->addRow(tr("Repeat password"), m_repeat);
    form->addRow(m_error);
    setPage(AdminPage, page);
}

// The chosen database is tested, kept as this workstation's choice and opened (its tables created or brought up
// to date).
bool FirstRunWizard::openChosen()
{
    const auto report = m_form->test();
    if (!report)
        return false;
    const auto loc = m_form->location();
    if (Status s = m_form->storePassword(m_secrets); !s) {
        m_dbError->setText(errorText(s.error()));
        return false;
    }
    const QString text = loc->isPostgres() ? loc->display() : loc->path;
    auto opened = m_open(text);
    if (!opened) {
        m_dbError->setText(errorText(opened.error()));
        return false;
    }
    if (Status s = SavedLocation::save(text); !s) {
        m_dbError->setText(errorText(s.error()));
        return false;
    }
    m_ws = *opened;
    m_where->setText(whereText(*m_ws));
    m_needsSignIn = m_ws->accounts().hasAccounts();
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == DatabasePage) {
        if (!m_ws && !openChosen())
            return false;
        if (m_needsSignIn && !m_leaving) { // a second workstation: its officials sign in as at every start
            m_leaving = true;               // QWizard::done() validates the page again
            QTimer::singleShot(0, this, &QWizard::accept);
            return false;
        }
        return true;
    }
    if (currentId() != AdminPage || !m_ws)
        return true;
    if (m_password->text() != m_repeat->text()) {
        m_error->setText(tr("The two passwords differ."));
        return false;
    }
    auto r = m_ws->createFirstAdmin(m_user->text().trimmed(), m_password->text(), m_display->text().trimmed());
    if (!r) {
        m_error->setText(errorText(r.error()));
        return false;
    }
    return true;
}

} // namespace hc
