#pragma once
#include "Report.h"

#include <QImage>
#include <QList>

class QPagedPaintDevice;
class QPainter;

namespace hc::reports {

// Lays a report out on A4 pages with Noto Sans CJK SC (embedded in the PDF): the title block with the
// commission's name, the data's "as of" time and who generated it when; each page's header and
// "第 N 页 共 M 页"; an unsigned draft says so across every page. The same layout prints, previews and
// writes the PDF. Needs a QGuiApplication (offscreen is enough).
class ReportPdf
{
public:
    static QByteArray render(const Report &report); // the PDF file's bytes
    static QList<QImage> preview(const Report &report, int maxPages, int dpi = 96);
    // Onto any paged device (a QPrinter); returns the number of pages.
    static int paint(const Report &report, QPagedPaintDevice &device);
    static QString html(const Report &report); // the body, for tests and the text of the preview
    static QString fontFamily();
};

} // namespace hc::reports
