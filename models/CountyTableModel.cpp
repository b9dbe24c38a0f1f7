#include "CountyTableModel.h"

#include "CodeColors.h"

#include <QBrush>
#include <QLocale>

namespace hc {

namespace {

using policy::Color;

qint64 of(const reports::ColorArray &c, Color color)
{
    return c[size_t(color)];
}

QString signedNumber(qint64 n)
{
    const QString digits = QLocale().toString(n < 0 ? -n : n);
    return n > 0 ? QStringLiteral("+") + digits : n < 0 ? QStringLiteral("−") + digits : digits; // U+2212: a real minus
}

} // namespace

CountyTableModel::CountyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int CountyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 CountyTableModel::number(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return 0;
    const reports::AreaRow &r = m_rows.at(row);
    switch (Column(column)) {
    case RedColumn: return of(r.colors, Color::Red);
    case YellowColumn: return of(r.colors, Color::Yellow);
    case GreenColumn: return of(r.colors, Color::Green);
    case GrayColumn: return of(r.colors, Color::Gray);
    case TotalColumn: return reports::Figures::total(r.colors);
    case RedChangeColumn: return of(r.colors, Color::Red) - of(r.yesterday, Color::Red);
    case YellowChangeColumn: return of(r.colors, Color::Yellow) - of(r.yesterday, Color::Yellow);
    case HighColumn: return r.areas.high;
    case MediumColumn: return r.areas.medium;
    case CountyColumn:
    case ColumnCount: break;
    }
    return 0;
}

QVariant CountyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const reports::AreaRow &r = m_rows.at(index.row());
    const int column = index.column();
    const bool change = column == RedChangeColumn || column == YellowChangeColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == CountyColumn)
            return r.name.isEmpty() ? r.code : r.name;
        return change ? signedNumber(number(index.row(), column)) : QLocale().toString(number(index.row(), column));
    case SortRole:
        if (column == CountyColumn)
            return r.code; // the official order of divisions
        return number(index.row(), column);
    case CodeRole:
        return r.code;
    case Qt::ToolTipRole:
        if (column == CountyColumn)
            return tr("%1 (%2) — double-click to see its holders").arg(r.name, r.code);
        return {};
    case Qt::TextAlignmentRole:
        return column == CountyColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const qint64 n = number(index.row(), column);
        if (change && n > 0) // more red or yellow codes than yesterday
            return QBrush(column == RedChangeColumn ? codeBackground(Color::Red) : QColor(0xb2, 0x6a, 0x00));
        if (change && n < 0)
            return QBrush(codeBackground(Color::Green));
        if (column == RedColumn && n > 0)
            return QBrush(codeBackground(Color::Red));
        if (column == HighColumn && n > 0)
            return QBrush(codeBackground(Color::Red));
        return {};
    }
    default:
        return {};
    }
}

QVariant CountyTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CountyColumn: return m_provinces ? tr("Province") : tr("County");
    case RedColumn: return colorLabel(Color::Red);
    case YellowColumn: return colorLabel(Color::Yellow);
    case GreenColumn: return colorLabel(Color::Green);
    case GrayColumn: return colorLabel(Color::Gray);
    case TotalColumn: return tr("Total");
    case RedChangeColumn: return tr("Red since yesterday");
    case YellowChangeColumn: return tr("Yellow since yesterday");
    case HighColumn: return tr("High-risk areas");
    case MediumColumn: return tr("Medium-risk areas");
    case ColumnCount: break;
    }
    return {};
}

void CountyTableModel::setRows(const QList<reports::AreaRow> &rows, bool provinces)
{
    const bool headerChanged = provinces != m_provinces;
    m_provinces = provinces;
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows[i].code == m_rows[i].code;
    if (!same) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, CountyColumn, CountyColumn);
}

} // namespace hc
