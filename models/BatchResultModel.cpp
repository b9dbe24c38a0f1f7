#include "BatchResultModel.h"

#include "CodeColors.h"
#include "Workspace.h"

#include <QBrush>

namespace hc {

BatchResultModel::BatchResultModel(Workspace &ws, QObject *parent)
    : KeysetTableModel(kPageSize, parent), m_ws(ws)
{
}

void BatchResultModel::setBatch(qint64 batchId)
{
    m_batch = batchId;
    m_fixed = false;
    m_outcomes.clear();
    reloadRows();
}

void BatchResultModel::setOutcomes(const QList<HolderOutcome> &outcomes)
{
    m_batch = 0;
    m_fixed = true;
    m_outcomes = outcomes;
    reloadRows();
}

QList<HolderOutcome> BatchResultModel::loadPage(const HolderOutcome *last, int limit) const
{
    // A fixed list comes whole on the first page; the stored results page by their id.
    if (m_fixed)
        return last ? QList<HolderOutcome>() : m_outcomes;
    if (m_batch <= 0)
        return {};
    return m_ws.cases().results(m_batch, last ? last->resultId : 0, limit);
}

QString BatchResultModel::divisionName(const QString &code) const
{
    auto it = m_names.constFind(code);
    if (it == m_names.cend())
        it = m_names.insert(code, m_ws.divisions().pathName(code));
    return *it;
}

QString BatchResultModel::outcomeLabel(const QString &key)
{
    if (key == QLatin1String("changed"))
        return tr("Changed");
    if (key == QLatin1String("already"))
        return tr("Already that color");
    if (key == QLatin1String("no_effect"))
        return tr("No effect (already over)");
    if (key == QLatin1String("outside_jurisdiction"))
        return tr("Outside the jurisdiction");
    if (key == QLatin1String("duplicate"))
        return tr("Duplicate line");
    return key;
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HolderOutcome &o = rowAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HolderColumn: return o.holderId;
        case NameColumn: return o.maskedName;
        case IdNumberColumn: return o.maskedIdNumber;
        case DivisionColumn: return role == Qt::ToolTipRole ? o.division : divisionName(o.division);
        case ConditionColumn: return conditionKindLabel(o.kind);
        case OutcomeColumn: return outcomeLabel(o.outcome);
        case BeforeColumn: return colorLabel(o.before);
        case AfterColumn: return colorLabel(o.after);
        case CaseColumn: return o.caseRef;
        case LineColumn: return o.line;
        case BasisColumn: return o.basis;
        }
    }
    const bool swatch = index.column() == BeforeColumn || index.column() == AfterColumn;
    const policy::Color c = index.column() == BeforeColumn ? o.before : o.after;
    if (swatch && role == Qt::BackgroundRole)
        return QBrush(codeBackground(c));
    if (swatch && role == Qt::ForegroundRole)
        return QBrush(codeForeground(c));
    if (role == Qt::TextAlignmentRole && (index.column() == HolderColumn || index.column() == LineColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == HolderIdRole)
        return o.holderId;
    if (role == OutcomeRole)
        return o.outcome;
    if (role == AfterColorRole)
        return int(o.after);
    return {};
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HolderColumn: return tr("Holder");
    case NameColumn: return tr("Name");
    case IdNumberColumn: return tr("ID number");
    case DivisionColumn: return tr("Division");
    case ConditionColumn: return tr("Condition");
    case OutcomeColumn: return tr("Outcome");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case CaseColumn: return tr("Case");
    case LineColumn: return tr("Line");
    case BasisColumn: return tr("Basis");
    }
    return {};
}

} // namespace hc
