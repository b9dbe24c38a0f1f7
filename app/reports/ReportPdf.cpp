#include "ReportPdf.h"

#include "ReportBuilder.h"
#include "TimeUtil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace hc::reports {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString cell(const QVariant &v)
{
    return esc(v.toString());
}

// The page's parts in device pixels.
struct Geometry
{
    QRectF page;   // the paintable rectangle
    QRectF header;
    QRectF body;
    QRectF footer;
};

Geometry geometryOf(const QPagedPaintDevice &device)
{
    const QRect full = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal mm = device.logicalDpiY() / 25.4;
    Geometry g;
    g.page = QRectF(0, 0, full.width(), full.height());
    g.header = QRectF(0, 0, g.page.width(), 9 * mm);
    g.footer = QRectF(0, g.page.height() - 8 * mm, g.page.width(), 8 * mm);
    g.body = QRectF(0, g.header.bottom() + 3 * mm, g.page.width(), g.footer.top() - g.header.bottom() - 6 * mm);
    return g;
}

void drawPageFrame(QPainter &p, const Geometry &g, const Report &r, int page, int pages, qreal dpi)
{
    QFont small(ReportPdf::fontFamily());
    small.setPixelSize(int(dpi * 8.5 / 72.0));
    p.setFont(small);
    p.setPen(QColor(80, 80, 80));
    p.drawText(g.header, Qt::AlignLeft | Qt::AlignBottom, r.commission + QStringLiteral(" · ") + r.title);
    p.drawText(g.header, Qt::AlignRight | Qt::AlignBottom, r.period);
    p.drawLine(g.header.bottomLeft(), g.header.bottomRight());
    p.drawLine(g.footer.topLeft(), g.footer.topRight());
    p.drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("数据截至 %1").arg(words::dateTime(r.asOf)));
    p.drawText(g.footer, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages));
    if (r.draft)
        p.drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("未签名草稿"));
    if (r.draft) {
        p.save();
        QFont big(ReportPdf::fontFamily());
        big.setPixelSize(int(dpi * 60 / 72.0));
        big.setBold(true);
        p.setFont(big);
        p.setPen(QColor(200, 40, 40, 60));
        p.translate(g.page.center());
        p.rotate(-35);
        p.drawText(QRectF(-g.page.width(), -dpi, 2 * g.page.width(), 2 * dpi), Qt::AlignCenter, QStringLiteral("未签名草稿"));
        p.restore();
    }
}

// The report laid out once against a device's metrics; any page can then be painted.
class Layout
{
public:
    Layout(const Report &r, QPaintDevice *metrics, const Geometry &g, qreal dpi) : m_r(r), m_g(g), m_dpi(dpi)
    {
        m_doc.documentLayout()->setPaintDevice(metrics);
        QFont base(ReportPdf::fontFamily());
        base.setPixelSize(int(dpi * 10 / 72.0));
        m_doc.setDefaultFont(base);
        m_doc.setDocumentMargin(0);
        m_doc.setPageSize(g.body.size());
        m_doc.setHtml(ReportPdf::html(r));
    }
    int pages() const { return m_doc.pageCount(); }
    void drawPage(QPainter &p, int i) const
    {
        drawPageFrame(p, m_g, m_r, i + 1, pages(), m_dpi);
        p.save();
        p.translate(m_g.body.left(), m_g.body.top() - i * m_g.body.height());
        const QRectF clip(0, i * m_g.body.height(), m_g.body.width(), m_g.body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        p.setClipRect(clip);
        m_doc.documentLayout()->draw(&p, ctx);
        p.restore();
    }

private:
    const Report &m_r;
    Geometry m_g;
    qreal m_dpi;
    QTextDocument m_doc;
};

// A4 with the report's margins, at a resolution: the PDF and the preview's layout share it.
void setUpA4(QPdfWriter &w, int dpi)
{
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    w.setResolution(dpi);
}

} // namespace

QString ReportPdf::fontFamily()
{
    static const QString family = [] {
        for (const QString &f : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                                 QStringLiteral("WenQuanYi Micro Hei")})
            if (QFontDatabase::hasFamily(f))
                return f;
        return QStringLiteral("Noto Sans CJK SC");
    }();
    return family;
}

QString ReportPdf::html(const Report &r)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 align=\"center\" style=\"font-size:20pt\">%1</h1>").arg(esc(r.title));
    h += QStringLiteral("<p align=\"center\" style=\"font-size:12pt\">%1<br/>%2 · %3</p>")
             .arg(esc(r.commission), esc(r.scope), esc(r.period));
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"2\" style=\"font-size:9pt; color:#444444\"><tr>"
                        "<td>数据截至：%1</td><td>生成：%2，%3</td><td align=\"right\">%4</td></tr></table><hr/>")
             .arg(esc(words::dateTime(r.asOf)), esc(r.generatedBy), esc(r.generatedAt ? words::dateTime(r.generatedAt) : QString()),
                  r.draft ? QStringLiteral("<span style=\"color:#c02020\">未签名草稿，不得对外发布</span>")
                          : QStringLiteral("已签名（见 SHA256SUMS.p7s）"));
    for (const ReportSection &s : r.sections) {
        h += QStringLiteral("<h3 style=\"font-size:13pt\">%1</h3>").arg(esc(s.heading));
        for (const QString &p : s.paragraphs)
            h += QStringLiteral("<p style=\"line-height:140%\">%1</p>").arg(esc(p));
        for (const ReportTable &t : s.tables) {
            h += QStringLiteral("<p><b>%1</b></p>").arg(esc(t.title));
            if (t.rows.isEmpty() && t.totals.isEmpty()) {
                h += QStringLiteral("<p style=\"color:#666666\">（无）</p>");
                continue;
            }
            h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                "style=\"border-collapse:collapse; border-color:#999999; font-size:9pt\"><thead><tr bgcolor=\"#e8eef5\">");
            for (const QString &head : t.headings)
                h += QStringLiteral("<th>%1</th>").arg(esc(head));
            h += QStringLiteral("</tr></thead>");
            auto row = [&](const QVariantList &cells, bool bold) {
                h += bold ? QStringLiteral("<tr bgcolor=\"#f4f4f4\">") : QStringLiteral("<tr>");
                for (int c = 0; c < t.headings.size(); ++c) {
                    const QVariant v = cells.value(c);
                    const bool number = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
                    const bool change = number && t.keys.value(c).endsWith(QLatin1String("_change"));
                    h += QStringLiteral("<td%1>%2%3%4</td>")
                             .arg(number ? QStringLiteral(" align=\"right\"") : QString(), bold ? QStringLiteral("<b>") : QString(),
                                  change ? words::signedDelta(v.toLongLong()) : cell(v), bold ? QStringLiteral("</b>") : QString());
                }
                h += QStringLiteral("</tr>");
            };
            const qsizetype shown = t.pdfRows > 0 ? std::min<qsizetype>(t.pdfRows, t.rows.size()) : t.rows.size();
            for (qsizetype i = 0; i < shown; ++i)
                row(t.rows.at(i), false);
            if (!t.totals.isEmpty())
                row(t.totals, true);
            h += QStringLiteral("</table>");
            if (shown < t.rows.size())
                h += QStringLiteral("<p style=\"color:#666666\">（此处列出前 %1 行，共 %2 行；完整名单见同一报表包中的 CSV 与 JSON 文件。）</p>")
                         .arg(shown).arg(t.rows.size());
        }
    }
    h += QStringLiteral("<p align=\"right\" style=\"margin-top:18px\">%1<br/>%2</p>")
             .arg(esc(r.commission), esc(words::date(r.generatedAt ? r.generatedAt : r.asOf)));
    return h + QStringLiteral("</body></html>");
}

int ReportPdf::paint(const Report &r, QPagedPaintDevice &device)
{
    QPainter p(&device);
    const Layout layout(r, &device, geometryOf(device), device.logicalDpiY());
    for (int i = 0; i < layout.pages(); ++i) {
        if (i > 0)
            device.newPage();
        layout.drawPage(p, i);
    }
    return layout.pages();
}

QByteArray ReportPdf::render(const Report &r)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buffer);
        setUpA4(w, 300);
        w.setTitle(r.title + QStringLiteral(" ") + r.period);
        w.setCreator(r.commission);
        paint(r, w);
    }
    return bytes;
}

QList<QImage> ReportPdf::preview(const Report &r, int maxPages, int dpi)
{
    // Laid out against a PDF writer at the preview's resolution, so pages break where the PDF's do.
    QByteArray sink;
    QBuffer buffer(&sink);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&buffer);
    setUpA4(metrics, dpi);
    const Layout layout(r, &metrics, geometryOf(metrics), dpi);
    const QSize a4 = QPageSize(QPageSize::A4).sizePixels(dpi);
    const QPointF margin(18 / 25.4 * dpi, 15 / 25.4 * dpi);
    QList<QImage> pages;
    for (int i = 0; i < layout.pages() && i < maxPages; ++i) {
        QImage img(a4, QImage::Format_RGB32);
        img.setDotsPerMeterX(qRound(dpi / 0.0254));
        img.setDotsPerMeterY(qRound(dpi / 0.0254));
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.translate(margin);
        layout.drawPage(p, i);
        p.end();
        pages << img;
    }
    return pages;
}

} // namespace hc::reports
