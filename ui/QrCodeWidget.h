#pragma once
#include <QImage>
#include <QWidget>

namespace hc {

// Draws a text as a QR code (libqrencode, level M, byte mode) with its quiet zone.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setText(const QString &text, const QColor &color = Qt::black);
    QString text() const { return m_text; }
    int modules() const { return m_modules; } // 0 when nothing is shown
    static QImage render(const QString &text, const QColor &color, int *modules = nullptr);

    QSize sizeHint() const override { return {260, 260}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    QString m_text;
    QImage m_image;
    int m_modules = 0;
};

} // namespace hc
