#pragma once
#include "Report.h"

#include <QImage>
#include <QScrollArea>

class QVBoxLayout;

namespace hc {

// The pages of a report as images, one under the other on a grey desk, scaled to the width of the view; and the
// report printed.
class ReportPreview final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)
public:
    explicit ReportPreview(QWidget *parent = nullptr);
    void setPages(const QList<QImage> &pages);
    int pageCount() const { return int(m_pages.size()); }
    // The print preview dialog (objectName printPreview) over the same layout as the PDF; the pages it painted.
    static int print(const reports::Report &report, QWidget *parent);

protected:
    void resizeEvent(QResizeEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    void layoutPages();

    QList<QImage> m_pages;
    QVBoxLayout *m_layout;
    int m_shownWidth = 0;
};

} // namespace hc
