#pragma once
#include <QLabel>

namespace hc {

// A figure of the overview that opens what it summarises: clicked with the mouse, or Enter/Space with the focus on
// it. Links in its text (href) are reported by linkActivated instead, and do not count as a click of the tile.
class OverviewTile final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTile)
public:
    explicit OverviewTile(const QString &objectName, QWidget *parent = nullptr);
    void setContent(const QString &caption, const QString &body, const QString &note = {});

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    QString m_hoveredLink;
    bool m_pressed = false;
};

} // namespace hc
