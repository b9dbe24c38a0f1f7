#include "ReportPreview.h"

#include "ReportPdf.h"

#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QResizeEvent>
#include <QShowEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hc {

ReportPreview::ReportPreview(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("previewArea"));
    auto *desk = new QWidget;
    desk->setObjectName(QStringLiteral("previewPages"));
    desk->setStyleSheet(QStringLiteral("#previewPages { background:#8a8a8a; }"));
    m_layout = new QVBoxLayout(desk);
    m_layout->setSpacing(12);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->addStretch(1);
    setWidget(desk);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ReportPreview::setPages(const QList<QImage> &pages)
{
    m_pages = pages;
    m_shownWidth = 0;
    layoutPages();
    verticalScrollBar()->setValue(0);
}

void ReportPreview::resizeEvent(QResizeEvent *e)
{
    QScrollArea::resizeEvent(e);
    layoutPages();
}

void ReportPreview::showEvent(QShowEvent *e)
{
    QScrollArea::showEvent(e);
    layoutPages(); // resized while another pane was shown
}

void ReportPreview::layoutPages()
{
    // The width a page may take: the area's, less its frame, the desk's margins and the vertical scroll bar.
    const int width = std::max(160, this->width() - 2 * frameWidth() - 24 - verticalScrollBar()->sizeHint().width());
    if (width == m_shownWidth)
        return;
    m_shownWidth = width;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        const QImage &img = m_pages.at(i);
        const QPixmap pixmap = QPixmap::fromImage(img.width() > width ? img.scaledToWidth(width, Qt::SmoothTransformation) : img);
        auto *page = new QLabel;
        page->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        page->setPixmap(pixmap);
        page->setFixedSize(pixmap.size());
        page->setFrameShape(QFrame::NoFrame);
        m_layout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_layout->addStretch(1);
}

int ReportPreview::print(const reports::Report &report, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter); // as the PDF
    printer.setDocName(report.title + QLatin1Char(' ') + report.period);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print: %1").arg(report.title));
    int pages = 0;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [&report, &pages](QPrinter *p) { pages = reports::ReportPdf::paint(report, *p); });
    dialog.resize(900, 760);
    dialog.exec();
    return pages;
}

} // namespace hc
