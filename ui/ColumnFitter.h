#pragma once
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QTableView;

namespace hc {

// Keeps a table's columns sized to their content within the table's width: when the content is wider than the
// view, the given long-text columns give way (widest first, down to a floor), elided with their tooltip; the rest
// (codes, times, levels, names) stay whole. The last column stretches. Refits when the view is resized or the model
// reset — not as rows are fetched, so columns do not jump while scrolling. A QTableWidget resets nothing when its
// rows are set: call fit() after filling it. An elided cell whose model gives no tooltip shows its whole text as one.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)
public:
    ColumnFitter(QTableView *table, QList<int> shrinkable, int narrowest = 110);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    QPointer<QWidget> m_viewport;
    QList<int> m_shrinkable;
    int m_narrowest;
    int m_lastWidth = -1;
    bool m_fitting = false;
};

} // namespace hc
