#pragma once
#include "StallWatchdog.h"

#include <QAbstractTableModel>
#include <QList>

namespace hc {

// A flat model whose rows are read page by page by key (never OFFSET): the first page on reload(), the next one
// after the last row when the view asks. No fetch runs during a reset or inside another fetch.
template<typename Row>
class KeysetTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_busy && !m_rows.isEmpty();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const StallWatchdog::Activity activity("KeysetTableModel::fetchMore");
        m_busy = true;
        const QList<Row> page = loadPage(&m_rows.last(), m_pageSize);
        m_atEnd = page.size() < m_pageSize;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
            m_rows += page;
            endInsertRows();
        }
        m_busy = false;
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    int pageSize() const { return m_pageSize; }

protected:
    KeysetTableModel(int pageSize, QObject *parent) : QAbstractTableModel(parent), m_pageSize(pageSize) {}

    // Up to `limit` rows after `last` (nullptr: from the start), in key order.
    virtual QList<Row> loadPage(const Row *last, int limit) const = 0;

    // Starts again from the first page (after a filter changed).
    void reloadRows()
    {
        const StallWatchdog::Activity activity("KeysetTableModel::reloadRows");
        m_busy = true;
        beginResetModel();
        m_rows = loadPage(nullptr, m_pageSize);
        m_atEnd = m_rows.size() < m_pageSize;
        endResetModel();
        m_busy = false;
    }

    const QList<Row> &rows() const { return m_rows; }

private:
    int m_pageSize;
    QList<Row> m_rows;
    bool m_atEnd = true;
    bool m_busy = false;
};

} // namespace hc
