#pragma once
#include "OverviewService.h"

#include <QAbstractTableModel>

namespace hc {

// The overview's table below the jurisdiction: one row per county (per province for the whole country) with its
// holders by color, the change of red and yellow since the same time yesterday, and the areas in force.
// Numbers sort as numbers through SortRole (a QSortFilterProxyModel with setSortRole(SortRole)).
class CountyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountyTableModel)
public:
    enum Column { CountyColumn, RedColumn, YellowColumn, GreenColumn, GrayColumn, TotalColumn, RedChangeColumn,
                  YellowChangeColumn, HighColumn, MediumColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, CodeRole };

    explicit CountyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The same counties again (a refresh): one dataChanged for the whole table; others: a reset.
    void setRows(const QList<reports::AreaRow> &rows, bool provinces = false);
    const reports::AreaRow &rowAt(int row) const { return m_rows.at(row); }
    QString codeAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString(); }
    qint64 number(int row, int column) const; // the figure of a numeric column

private:
    QList<reports::AreaRow> m_rows;
    bool m_provinces = false;
};

} // namespace hc
