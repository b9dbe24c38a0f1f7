#pragma once
#include "RiskAreaService.h"

#include <QAbstractTableModel>

namespace hc {

class Workspace;

// Areas in force at a time, filtered; pages of 200 rows fetched by key as the view scrolls.
class RiskAreaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskAreaModel)
public:
    enum Column { CodeColumn, NameColumn, SubareaColumn, LevelColumn, FromColumn, ToColumn, BasisColumn,
                  SourceColumn, ByColumn, ColumnCount };
    enum Role { PeriodIdRole = Qt::UserRole + 1 };

    explicit RiskAreaModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const AreaFilter &f); // resets and loads the first page
    const AreaFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    qint64 totalCount() const { return m_total; }
    const RiskPeriod &periodAt(int row) const { return m_rows.at(row); }

    static constexpr int kPageSize = 200;

private:
    Workspace &m_ws;
    AreaFilter m_filter;
    QList<RiskPeriod> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_resetting = false; // no fetch while a reset is being announced
    qint64 m_total = 0;
};

} // namespace hc
