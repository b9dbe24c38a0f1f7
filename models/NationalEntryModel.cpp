#include "NationalEntryModel.h"
#include "RiskColors.h"

#include <QBrush>

namespace hc {

NationalEntryModel::NationalEntryModel(QObject *parent) : QAbstractTableModel(parent) {}

void NationalEntryModel::setReport(const NationalImportReport &r, bool reviewOnly)
{
    beginResetModel();
    m_rows.clear();
    for (const EntryOutcome &o : r.outcomes)
        if (!reviewOnly || o.match.status != MatchStatus::Exact)
            m_rows << o;
    // Unmatched first, then approximate, then exact.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const EntryOutcome &a, const EntryOutcome &b) {
        return int(a.match.status) > int(b.match.status);
    });
    endResetModel();
}

int NationalEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NationalEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NationalEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EntryOutcome &o = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            switch (o.match.status) {
            case MatchStatus::Exact: return o.mapped ? tr("Exact (mapped)") : tr("Exact");
            case MatchStatus::Approximate: return tr("Approximate");
            case MatchStatus::Unmatched: return tr("Unmatched");
            }
            break;
        case LevelColumn: return riskLevelLabel(o.entry.level);
        case AreaColumn: return o.entry.areaName;
        case CodeColumn: return o.match.code;
        case CommunitiesColumn:
            return role == Qt::ToolTipRole ? o.entry.communities.join(QLatin1Char('\n'))
                                           : QString::number(o.entry.communities.size());
        case ReasonColumn: return o.match.reason;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == StatusColumn && o.match.status != MatchStatus::Exact)
        return QBrush(o.match.status == MatchStatus::Unmatched ? QColor(0xef, 0x9a, 0x9a) : QColor(0xff, 0xe0, 0x82));
    if (role == Qt::BackgroundRole && index.column() == LevelColumn && o.entry.level != RiskLevel::Low)
        return QBrush(riskBackground(o.entry.level));
    if (role == Qt::ForegroundRole && index.column() == LevelColumn && o.entry.level != RiskLevel::Low)
        return QBrush(riskForeground(o.entry.level));
    return {};
}

QVariant NationalEntryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Match");
    case LevelColumn: return tr("List");
    case AreaColumn: return tr("Area name");
    case CodeColumn: return tr("Division");
    case CommunitiesColumn: return tr("Communities");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

} // namespace hc
