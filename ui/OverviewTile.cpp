#include "OverviewTile.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace hc {

OverviewTile::OverviewTile(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(8);
    setMinimumWidth(110);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    connect(this, &QLabel::linkHovered, this, [this](const QString &link) { m_hoveredLink = link; });
}

void OverviewTile::setContent(const QString &caption, const QString &body, const QString &note)
{
    QString html = QStringLiteral("<div style='color:#606060'>%1</div><div style='margin-top:4px'>%2</div>").arg(caption.toHtmlEscaped(), body);
    if (!note.isEmpty())
        html += QStringLiteral("<div style='margin-top:4px'>%1</div>").arg(note);
    setText(html);
}

void OverviewTile::mousePressEvent(QMouseEvent *e)
{
    m_pressed = e->button() == Qt::LeftButton && m_hoveredLink.isEmpty();
    QLabel::mousePressEvent(e);
}

void OverviewTile::mouseReleaseEvent(QMouseEvent *e)
{
    QLabel::mouseReleaseEvent(e);
    const bool click = m_pressed && e->button() == Qt::LeftButton && rect().contains(e->position().toPoint()) && m_hoveredLink.isEmpty();
    m_pressed = false;
    if (click)
        emit clicked();
}

void OverviewTile::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter || e->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QLabel::keyPressEvent(e);
}

} // namespace hc
