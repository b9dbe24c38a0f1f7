#include "ConnectionDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"
#include "ConnectionForm.h"
#include "SavedLocation.h"
#include "SecretStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

ConnectionDialog::ConnectionDialog(const QString &current, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Database connection"));
    const auto loc = DatabaseLocation::parse(current);
    auto *now = new QLabel(tr("This console works on: %1").arg(loc ? loc->display() : current));
    now->setObjectName(QStringLiteral("currentLocation"));
    now->setWordWrap(true);
    auto *explain = new QLabel(tr("A commission with one desk keeps its data in a file on that workstation. When several "
                                  "officials work at different desks (four-eyes needs a second one), every console "
                                  "opens the commission's shared database server."));
    explain->setWordWrap(true);
    m_form = new ConnectionForm;
    m_form->setLocation(current);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and restart"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveConnection"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_form, &ConnectionForm::edited, m_error, &QLabel::clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addWidget(explain);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {640, 560});
}

void ConnectionDialog::accept()
{
    m_error->clear();
    const auto report = m_form->test(); // nothing is saved that was not reached
    if (!report)
        return;
    const auto loc = m_form->location();
    if (Status s = m_form->storePassword(m_secrets); !s) {
        m_error->setText(errorText(s.error()));
        return;
    }
    const QString text = loc->isPostgres() ? loc->display() : loc->path;
    if (Status s = SavedLocation::save(text); !s) {
        m_error->setText(errorText(s.error()));
        return;
    }
    m_saved = text;
    QDialog::accept();
}

} // namespace hc
