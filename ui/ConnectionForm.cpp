#include "ConnectionForm.h"
#include "ErrorText.h"
#include "Database.h"
#include "SecretStore.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

ConnectionForm::ConnectionForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionForm"));
    m_fileChoice = new QRadioButton(tr("A database file on this workstation (one desk)"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice = new QRadioButton(tr("The commission's shared database server (PostgreSQL, several desks)"));
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fileChoice);
    group->addButton(m_serverChoice);

    m_fileBox = new QWidget;
    auto *fileRow = new QHBoxLayout(m_fileBox);
    fileRow->setContentsMargins(24, 0, 0, 0);
    m_path = new QLineEdit(Database::defaultPath());
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setMaxLength(DatabaseLocation::kMaxLength);
    m_browse = new QPushButton(tr("Choose…"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_serverBox = new QWidget;
    auto *form = new QFormLayout(m_serverBox);
    form->setContentsMargins(24, 0, 0, 0);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setMaxLength(253);
    m_host->setPlaceholderText(tr("e.g. db.wjw.example.gov.cn or 10.1.2.3"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("hc"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setMaxLength(63);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setMaxLength(63);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_password->setPlaceholderText(tr("empty: the one kept in the keychain"));
    m_keep = new QCheckBox(tr("Keep the password in this workstation's keychain"));
    m_keep->setObjectName(QStringLiteral("keepPassword"));
    m_keep->setChecked(true);
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Verify the server's certificate and name (recommended)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Verify the server's certificate"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("Encrypted, certificate not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted if the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Not encrypted (this machine or a closed network only)"), QStringLiteral("disable"));
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setMaxLength(1024);
    m_caFile->setPlaceholderText(tr("the CA certificate that signed the server's (PEM)"));
    m_caBrowse = new QPushButton(tr("Choose…"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("Server account"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_keep);
    form->addRow(tr("Security"), m_sslMode);
    form->addRow(tr("CA certificate"), caRow);

    auto *test = new QPushButton(tr("Test the connection"));
    test->setObjectName(QStringLiteral("testConnection"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileChoice);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_serverChoice);
    layout->addWidget(m_serverBox);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_fileChoice->setChecked(true);
    connect(m_fileChoice, &QRadioButton::toggled, this, &ConnectionForm::updateEnabled);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionForm::updateEnabled);
    connect(test, &QPushButton::clicked, this, [this] { this->test(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(), tr("Databases (*.sqlite *.db)"),
                                                       nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_path->setText(f);
    });
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    for (QLineEdit *e : {m_path, m_host, m_database, m_user, m_password, m_caFile})
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_result->clear();
            emit edited();
        });
    updateEnabled();
}

void ConnectionForm::updateEnabled()
{
    const bool server = m_serverChoice->isChecked();
    m_fileBox->setEnabled(!server);
    m_serverBox->setEnabled(server);
    const QString mode = m_sslMode->currentData().toString();
    const bool verifies = mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca");
    m_caFile->setEnabled(verifies);
    m_caBrowse->setEnabled(verifies);
    m_result->clear();
    emit edited();
}

void ConnectionForm::setLocation(const QString &location)
{
    const auto loc = DatabaseLocation::parse(location);
    if (!loc)
        return;
    if (!loc->isPostgres()) {
        m_fileChoice->setChecked(true);
        m_path->setText(loc->path);
        return;
    }
    m_serverChoice->setChecked(true);
    m_host->setText(loc->host);
    m_port->setValue(loc->port);
    m_database->setText(loc->database);
    m_user->setText(loc->user);
    const int mode = m_sslMode->findData(loc->sslMode.isEmpty() ? QStringLiteral("prefer") : loc->sslMode);
    m_sslMode->setCurrentIndex(qMax(0, mode));
    m_caFile->setText(loc->sslRootCert);
    updateEnabled();
}

Result<DatabaseLocation> ConnectionForm::location() const
{
    if (m_fileChoice->isChecked()) {
        if (m_path->text().trimmed().isEmpty())
            return Error::badInput(tr("Give the database file's path."));
        return DatabaseLocation::parse(m_path->text().trimmed());
    }
    if (m_host->text().trimmed().isEmpty())
        return Error::badInput(tr("Give the server's name or address."));
    if (m_user->text().trimmed().isEmpty())
        return Error::badInput(tr("Give the server account (the commission's database administrator has it)."));
    DatabaseLocation loc;
    loc.kind = DatabaseLocation::Kind::PostgreSQL;
    loc.host = m_host->text().trimmed();
    loc.port = m_port->value();
    loc.database = m_database->text().trimmed();
    loc.user = m_user->text().trimmed();
    loc.sslMode = m_sslMode->currentData().toString();
    if (loc.sslMode == QLatin1String("prefer"))
        loc.sslMode.clear(); // libpq's own default: the address stays as the administrator wrote it
    if (m_caFile->isEnabled())
        loc.sslRootCert = m_caFile->text().trimmed();
    // The same checks as --db: a name libpq would misread, verify-full without a CA file.
    return DatabaseLocation::parse(loc.display());
}

std::optional<QString> ConnectionForm::password() const
{
    if (!m_serverChoice->isChecked() || m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

bool ConnectionForm::keepPassword() const
{
    return m_keep->isChecked();
}

Status ConnectionForm::storePassword(SecretStore *secrets) const
{
    const auto pw = password();
    if (!pw || !keepPassword())
        return Ok{};
    if (!secrets || !secrets->persistent())
        return Error::refused(tr("This workstation has no keychain to keep the password in: untick the box and give the "
                                 "password through PGPASSFILE, or set up the keychain."));
    const auto loc = location();
    if (!loc)
        return loc.error();
    return secrets->write(loc->secretKey(), pw->toUtf8());
}

void ConnectionForm::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
}

Result<ConnectionReport> ConnectionForm::test()
{
    const auto loc = location();
    if (!loc) {
        showResult(errorText(loc.error()), false);
        return loc.error();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = ConnectionCheck::check(*loc, password());
    QApplication::restoreOverrideCursor();
    if (!report) {
        showResult(errorText(report.error()), false);
        return report.error();
    }
    QString text = report->summary();
    if (!report->serverVersion.isEmpty())
        text += QLatin1Char('\n') + tr("PostgreSQL %1").arg(report->serverVersion);
    showResult(text, true);
    return report;
}

} // namespace hc
