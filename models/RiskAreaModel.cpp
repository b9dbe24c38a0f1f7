#include "RiskAreaModel.h"
#include "RiskColors.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>

namespace hc {

RiskAreaModel::RiskAreaModel(Workspace &ws, QObject *parent) : KeysetTableModel(kPageSize, parent), m_ws(ws)
{
    m_filter.at = ws.clock().now().toSecsSinceEpoch();
    setFilter(m_filter);
}

void RiskAreaModel::setFilter(const AreaFilter &f)
{
    m_filter = f;
    m_filter.afterCode.clear();
    m_filter.afterId = 0;
    m_total = m_ws.risk().countInForce(m_filter);
    m_names.reload(m_ws.db());
    reloadRows();
}

QList<RiskPeriod> RiskAreaModel::loadPage(const RiskPeriod *last, int limit) const
{
    AreaFilter f = m_filter;
    f.limit = limit;
    if (last)
        f.after(*last);
    return m_ws.risk().inForce(f);
}

int RiskAreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskAreaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RiskPeriod &p = rowAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case CodeColumn: return p.divisionCode;
        case NameColumn: return p.divisionName;
        case SubareaColumn: return p.subarea.isEmpty() ? tr("(whole division)") : p.subarea;
        case LevelColumn: return riskLevelLabel(p.level);
        case FromColumn: return time::formatShort(p.from);
        case ToColumn: return p.to ? time::formatShort(*p.to) : QString();
        case BasisColumn: return role == Qt::ToolTipRole ? p.basis + QLatin1Char('\n') + p.reason : p.basis;
        case SourceColumn: return p.source == QLatin1String("national") ? tr("National list") : tr("Manual");
        case ByColumn: return role == Qt::ToolTipRole ? m_names.precise(p.declaredBy) : m_names.name(p.declaredBy);
        }
    }
    if (index.column() == LevelColumn && role == Qt::BackgroundRole)
        return QBrush(riskBackground(p.level));
    if (index.column() == LevelColumn && role == Qt::ForegroundRole)
        return QBrush(riskForeground(p.level));
    if (role == PeriodIdRole)
        return p.id;
    return {};
}

QVariant RiskAreaModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Division");
    case SubareaColumn: return tr("Sub-area");
    case LevelColumn: return tr("Level");
    case FromColumn: return tr("Effective from");
    case ToColumn: return tr("Effective to");
    case BasisColumn: return tr("Basis");
    case SourceColumn: return tr("Source");
    case ByColumn: return tr("Declared by");
    }
    return {};
}

} // namespace hc
