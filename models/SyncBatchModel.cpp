#include "SyncBatchModel.h"
#include "RecordedText.h"

#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>

namespace hc {

SyncBatchModel::SyncBatchModel(Workspace &ws, QObject *parent, int pageSize) : KeysetTableModel(pageSize, parent), m_ws(ws)
{
    reloadRows();
}

QList<sync::BatchRow> SyncBatchModel::loadPage(const sync::BatchRow *last, int limit) const
{
    return sync::SyncService::listBatches(m_ws.db(), limit, last ? last->id : 0);
}

int SyncBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncBatchModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BatchColumn: return tr("Batch");
    case RangeColumn: return tr("Sequence");
    case EventsColumn: return tr("Events");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case ReceiptColumn: return tr("Receipt");
    case OutcomeColumn: return tr("Accepted / duplicate / rejected");
    case ErrorColumn: return tr("Last error");
    default: return {};
    }
}

QVariant SyncBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const sync::BatchRow &b = rowAt(index.row());
    const bool delivered = b.state == QLatin1String("delivered");
    if (role == StateRole)
        return b.state;
    if (role == BatchIdRole)
        return b.batchId;
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(delivered ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb2, 0x6a, 0x00));
    if (role == Qt::ForegroundRole && index.column() == ErrorColumn && !b.lastError.isEmpty())
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !b.lastError.isEmpty())
        return b.lastError;
    if (role == Qt::ToolTipRole && index.column() == BatchColumn)
        return tr("Batch %1\nSHA-256 %2").arg(b.batchId, b.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BatchColumn: return b.batchId.left(8);
    case RangeColumn: return QStringLiteral("%1–%2").arg(b.seqFrom).arg(b.seqTo);
    case EventsColumn: return b.events;
    case StateColumn: return delivered ? tr("Delivered") : tr("Waiting");
    case AttemptsColumn: return b.attempts;
    case ReceiptColumn: return delivered ? tr("Signed receipt, %1").arg(time::formatShort(b.deliveredAt)) : QString();
    case OutcomeColumn: return delivered ? QStringLiteral("%1 / %2 / %3").arg(b.accepted).arg(b.duplicates).arg(b.rejected) : QString();
    case ErrorColumn: return RecordedText::read(b.lastError).text;
    default: return {};
    }
}

} // namespace hc
