#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QTableView>
#include <QToolTip>
#include <algorithm>

namespace hc {

ColumnFitter::ColumnFitter(QTableView *table, QList<int> shrinkable, int narrowest)
    : QObject(table), m_table(table), m_shrinkable(std::move(shrinkable)), m_narrowest(narrowest)
{
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_viewport = m_table->viewport();
    m_viewport->installEventFilter(this);
    if (m_table->model())
        connect(m_table->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Only the viewport's own resize: events reach here while the table is being destroyed, its viewport already gone.
    if (event->type() == QEvent::Resize && m_viewport && watched == m_viewport.data() && m_viewport->width() != m_lastWidth)
        fit();
    // An elided text reads whole in its tooltip, also where the model (a QTableWidget's items) has none of its own.
    if (event->type() == QEvent::ToolTip && m_viewport && watched == m_viewport.data() && m_table->model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        if (index.isValid() && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = index.data(Qt::DisplayRole).toString();
            const QRect cell = m_table->visualRect(index);
            const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1);
            if (!text.isEmpty() && m_table->fontMetrics().horizontalAdvance(text) + margin > cell.width()) {
                QToolTip::showText(help->globalPos(), text, m_viewport, cell);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    if (m_fitting || !m_viewport || !m_table->model())
        return;
    m_fitting = true;
    m_lastWidth = m_viewport->width();
    // The stretched last column would be measured at what is left over, not at its content: unstretched meanwhile.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    const int columns = m_table->model()->columnCount();
    const int available = m_lastWidth;
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += m_table->isColumnHidden(c) ? 0 : m_table->columnWidth(c);
    // A long text in the last column gives way first (to a third of the width): it is elided there anyway, and the
    // short labels before it (an action's name) stay whole.
    int lastVisible = columns - 1;
    while (lastVisible >= 0 && m_table->isColumnHidden(lastVisible))
        --lastVisible;
    if (total > available && lastVisible >= 0 && m_shrinkable.contains(lastVisible)) {
        const int width = m_table->columnWidth(lastVisible);
        const int step = std::min(total - available, width - std::max(m_narrowest, available / 3));
        if (step > 0) {
            m_table->setColumnWidth(lastVisible, width - step);
            total -= step;
        }
    }
    // Take from the widest long-text column, down to the next widest, until the columns fit or all are at the floor.
    while (total > available) {
        QList<int> byWidth;
        for (int c : m_shrinkable)
            if (c < columns && !m_table->isColumnHidden(c) && m_table->columnWidth(c) > m_narrowest)
                byWidth << c;
        if (byWidth.isEmpty())
            break;
        std::sort(byWidth.begin(), byWidth.end(), [this](int a, int b) { return m_table->columnWidth(a) > m_table->columnWidth(b); });
        const int widest = byWidth.first();
        const int width = m_table->columnWidth(widest);
        const int floor = std::max(m_narrowest, byWidth.size() > 1 ? m_table->columnWidth(byWidth.at(1)) : m_narrowest);
        int step = std::min(total - available, width - floor);
        if (step <= 0) // as wide as the next: take a little from each in turn
            step = std::min(total - available, std::max(1, (width - m_narrowest) / 8));
        m_table->setColumnWidth(widest, width - step);
        total -= step;
    }
    // Room to spare (a wide screen): a little air in every column before the rest goes to the last one.
    QList<int> visible;
    for (int c = 0; c < columns; ++c)
        if (!m_table->isColumnHidden(c))
            visible << c;
    if (visible.size() > 1 && total < available) {
        const int pad = std::min(24, int((available - total) / visible.size()));
        for (int c : visible.mid(0, visible.size() - 1)) {
            m_table->setColumnWidth(c, m_table->columnWidth(c) + pad);
            total += pad;
        }
        // Much more room (1920 px): a last column of times or codes should not take it all and leave the rows
        // sparse; every column gets its share in proportion to its width (the last one stretches to its own). A long
        // text in the last column keeps the rest, as it would anyway — unless the rows have none longer than its
        // heading (the decision of requests still pending): then it is no long text here. An empty table: headings only.
        const int last = visible.last();
        const bool longLast = m_shrinkable.contains(last)
                              && (m_table->model()->rowCount() == 0 || m_table->columnWidth(last) > header->sectionSizeHint(last));
        if (!longLast && total < available) {
            const double share = double(available - total) / total;
            for (int c : visible.mid(0, visible.size() - 1))
                m_table->setColumnWidth(c, m_table->columnWidth(c) + int(m_table->columnWidth(c) * share));
        }
    }
    header->setStretchLastSection(true);
    m_fitting = false;
}

} // namespace hc
