#include "ProvenanceModel.h"

#include "CodeColors.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QFont>

namespace hc {

ProvenanceModel::ProvenanceModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    m_at = ws.clock().now().toSecsSinceEpoch();
}

void ProvenanceModel::setHolder(qint64 holderId)
{
    beginResetModel();
    m_holder = holderId;
    m_conditions = m_ws.holderRepository().conditions(holderId);
    endResetModel();
}

void ProvenanceModel::setTime(qint64 t)
{
    m_at = t;
    if (!m_conditions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ProvenanceModel::statusLabel(ConditionRecord::Status s)
{
    switch (s) {
    case ConditionRecord::Status::Pending: return tr("Not yet started");
    case ConditionRecord::Status::Active: return tr("Active");
    case ConditionRecord::Status::Cleared: return tr("Cleared");
    case ConditionRecord::Status::Voided: return tr("Voided");
    }
    return {};
}

QString ProvenanceModel::clearsText(const ConditionRecord &c)
{
    QString how;
    if (c.voidedAt != policy::kOpen)
        how = tr("voided %1").arg(time::formatShort(c.voidedAt));
    else if (c.byDeclaredDays())
        how = c.clear != policy::kOpen ? tr("after %1 declared days from the day after %2: at %3")
                                             .arg(c.days)
                                             .arg(time::formatShort(c.anchor), time::formatShort(c.clear))
                                       : tr("after %1 declared days from the day after %2 (not yet complete)")
                                             .arg(c.days)
                                             .arg(time::formatShort(c.anchor));
    else if (c.clear != policy::kOpen)
        how = tr("at %1").arg(time::formatShort(c.clear));
    else if (c.kind == policy::ConditionKind::ResidentHigh || c.kind == policy::ConditionKind::ResidentMedium)
        how = tr("when the area is lowered or lifted");
    else
        how = tr("on a later report (discharge, ruling out, end of observation)");
    if (!c.endReason.isEmpty())
        how += QStringLiteral(" · ") + c.endReason;
    return how;
}

int ProvenanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conditions.size());
}

int ProvenanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvenanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConditionRecord &c = m_conditions.at(index.row());
    const auto status = c.statusAt(m_at);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn: return conditionKindLabel(c.kind);
        case ColorColumn: return colorLabel(c.color);
        case StatusColumn: return statusLabel(status);
        case StartColumn: return time::formatShort(c.start);
        case ClearsColumn: return clearsText(c);
        case SourceColumn:
            return c.sourceDivision.isEmpty() ? c.sourceDepartment : c.sourceDepartment + QStringLiteral("（") + c.sourceDivision + QStringLiteral("）");
        case BasisColumn: return QStringLiteral("%1 %2：%3").arg(basisKindLabel(c.basisKind), c.basisRef, c.basisText);
        case ByColumn: return QStringLiteral("%1 · %2").arg(c.createdBy, time::formatShort(c.createdAt));
        }
    }
    if (index.column() == ColorColumn && role == Qt::BackgroundRole)
        return QBrush(codeBackground(c.color));
    if (index.column() == ColorColumn && role == Qt::ForegroundRole)
        return QBrush(codeForeground(c.color));
    if (role == Qt::FontRole && status == ConditionRecord::Status::Active) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && status != ConditionRecord::Status::Active)
        return QBrush(Qt::gray);
    if (role == ConditionIdRole)
        return c.id;
    if (role == ActiveRole)
        return status == ConditionRecord::Status::Active;
    return {};
}

QVariant ProvenanceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Condition");
    case ColorColumn: return tr("Color");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Start");
    case ClearsColumn: return tr("Clears");
    case SourceColumn: return tr("Assigned by");
    case BasisColumn: return tr("Basis");
    case ByColumn: return tr("Recorded by");
    }
    return {};
}

QString ProvenanceModel::explanation() const
{
    const policy::Evaluation e = m_ws.holders().colorAt(m_holder, m_at);
    QStringList reasons;
    for (const ConditionRecord &c : m_conditions)
        if (c.statusAt(m_at) == ConditionRecord::Status::Active)
            reasons << tr("%1 (%2), assigned by %3 on the basis of %4 %5 “%6”; clears %7")
                           .arg(conditionKindLabel(c.kind), colorLabel(c.color), c.sourceDepartment, basisKindLabel(c.basisKind),
                                c.basisRef, c.basisText, clearsText(c));
    const QString head = tr("At %1 the code is %2.").arg(time::formatShort(m_at), colorLabel(e.color));
    if (!reasons.isEmpty())
        return head + QLatin1Char(' ') + tr("Because of:") + QStringLiteral("\n• ") + reasons.join(QStringLiteral("\n• "));
    if (e.color == policy::Color::Green)
        return head + QLatin1Char(' ') + tr("No condition is active and the latest health declaration is recent enough.");
    return head + QLatin1Char(' ') + tr("No condition is active, but there is no health declaration within the validity period.");
}

} // namespace hc
