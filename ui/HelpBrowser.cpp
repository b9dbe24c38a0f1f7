#include "HelpBrowser.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace hc {

namespace {

QString pathOf(const QString &page)
{
    return QStringLiteral(":/manual/%1.md").arg(page);
}

// The manual's screenshots fit the window's width (they were taken at up to 1,400 pixels): scaled down, never up.
class ManualText final : public QTextBrowser
{
public:
    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant v = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return v;
        QImage image = v.value<QImage>();
        if (image.isNull())
            image.loadFromData(v.toByteArray());
        const int width = std::max(320, viewport()->width() - 32);
        if (image.isNull() || image.width() <= width)
            return v;
        return image.scaledToWidth(width, Qt::SmoothTransformation);
    }
};

} // namespace

bool HelpBrowser::hasPage(const QString &page)
{
    return QFile::exists(pathOf(page));
}

HelpBrowser::HelpBrowser(QWidget *parent) : QDialog(parent), m_browser(new ManualText)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("User manual"));
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    auto *layout = new QVBoxLayout(this);
    auto *nav = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back"));
    back->setObjectName(QStringLiteral("helpBack"));
    back->setEnabled(false);
    auto *forward = new QPushButton(tr("Forward"));
    forward->setObjectName(QStringLiteral("helpForward"));
    forward->setEnabled(false);
    auto *home = new QPushButton(tr("Contents"));
    home->setObjectName(QStringLiteral("helpHome"));
    nav->addWidget(back);
    nav->addWidget(forward);
    nav->addWidget(home);
    nav->addStretch(1);
    layout->addLayout(nav);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QPushButton::clicked, this, [this] { showPage(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    resizeWithinScreen(this, {860, 640});
}

void HelpBrowser::showPage(const QString &page)
{
    if (!hasPage(page)) {
        m_browser->setPlainText(tr("This page of the manual is not installed with the program (%1).").arg(page));
        return;
    }
    m_browser->setSource(QUrl(QStringLiteral("qrc") + pathOf(page)), QTextDocument::MarkdownResource);
}

QString HelpBrowser::currentPage() const
{
    return m_browser->source().fileName().section(QLatin1Char('.'), 0, 0);
}

} // namespace hc
