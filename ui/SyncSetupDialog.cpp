#include "SyncSetupDialog.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hc {

SyncSetupDialog::SyncSetupDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("syncSetupDialog"));
    setWindowTitle(tr("Connect to the central platform"));
    m_dir = new QLineEdit;
    m_dir->setObjectName(QStringLiteral("syncSetupDirectory"));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Certificates issued by the platform"), m_dir->text());
        if (!d.isEmpty())
            m_dir->setText(d);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dir, 1);
    dirRow->addWidget(browse);
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("syncSetupProfile"));
    m_profile->addItem(tr("International (ECDSA P-256, CMS)"), QStringLiteral("intl"));
    m_profile->addItem(tr("National (SM2 / SM3)"), QStringLiteral("sm"));
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("syncSetupUrl"));
    m_url->setPlaceholderText(tr("as the directory says (platform.url)"));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("syncSetupPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Certificate directory"), dirRow);
    form->addRow(tr("Signature profile"), m_profile);
    form->addRow(tr("Platform address"), m_url);
    form->addRow(tr("Key passphrase"), m_passphrase);
    auto *note = new QLabel(tr("The directory holds the platform CA, its pinned keys and this console's AUTH, UPLOAD and REPORT "
                               "certificates with their encrypted keys. The passphrase goes to the system keychain; without "
                               "one it is asked again each session and never written down."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {620, 280});
}

QString SyncSetupDialog::directory() const
{
    return m_dir->text().trimmed();
}

QString SyncSetupDialog::profile() const
{
    return m_profile->currentData().toString();
}

QString SyncSetupDialog::url() const
{
    return m_url->text().trimmed();
}

QByteArray SyncSetupDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

} // namespace hc
