#pragma once
#include "KeysetTableModel.h"
#include "OfficialNames.h"
#include "RiskAreaService.h"

namespace hc {

class Workspace;

// Areas in force at a time, filtered; pages of 200 rows fetched by key as the view scrolls.
class RiskAreaModel final : public KeysetTableModel<RiskPeriod>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskAreaModel)
public:
    enum Column { CodeColumn, NameColumn, SubareaColumn, LevelColumn, FromColumn, ToColumn, BasisColumn,
                  SourceColumn, ByColumn, ColumnCount };
    enum Role { PeriodIdRole = Qt::UserRole + 1 };

    explicit RiskAreaModel(Workspace &ws, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void setFilter(const AreaFilter &f); // resets and loads the first page
    const AreaFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    qint64 totalCount() const { return m_total; }
    const RiskPeriod &periodAt(int row) const { return rowAt(row); }

    static constexpr int kPageSize = 200;

protected:
    QList<RiskPeriod> loadPage(const RiskPeriod *last, int limit) const override;

private:
    Workspace &m_ws;
    AreaFilter m_filter;
    qint64 m_total = 0;
    OfficialNames m_names; // who declared, by display name; reloaded with the rows
};

} // namespace hc
