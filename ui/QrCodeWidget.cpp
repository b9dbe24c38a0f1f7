#include "QrCodeWidget.h"

#include <QPainter>
#include <qrencode.h>

namespace hc {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setMinimumSize(200, 200);
}

QImage QrCodeWidget::render(const QString &text, const QColor &color, int *modules)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage img(size, size, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                img.setPixelColor(x + quiet, y + quiet, color);
    if (modules)
        *modules = code->width;
    QRcode_free(code);
    return img;
}

void QrCodeWidget::setText(const QString &text, const QColor &color)
{
    m_text = text;
    m_modules = 0;
    m_image = text.isEmpty() ? QImage() : render(text, color, &m_modules);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    const int side = std::min(width(), height());
    const int scale = std::max(1, side / m_image.width());
    const QSize s = m_image.size() * scale;
    p.drawImage(QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s), m_image);
}

} // namespace hc
