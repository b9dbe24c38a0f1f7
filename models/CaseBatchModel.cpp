#include "CaseBatchModel.h"

#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>

namespace hc {

CaseBatchModel::CaseBatchModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    reload();
}

void CaseBatchModel::reload()
{
    const StallWatchdog::Activity activity("CaseBatchModel::reload");
    beginResetModel();
    m_batches = m_ws.cases().list();
    m_names.reload(m_ws.db());
    endResetModel();
}

int CaseBatchModel::rowOf(qint64 batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches[i].id == batchId)
            return i;
    return -1;
}

int CaseBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int CaseBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseBatchModel::kindLabel(BatchKind k)
{
    return k == BatchKind::Cases ? tr("Case report") : tr("Verification records");
}

QString CaseBatchModel::statusLabel(const CaseBatch &b, const OfficialNames &names)
{
    if (b.kind == BatchKind::Verifications)
        return tr("Stored (scans)");
    if (b.status == QLatin1String("imported"))
        return tr("Imported, not applied");
    if (b.status == QLatin1String("pending"))
        return b.approvalId ? tr("Waiting for approval %1").arg(*b.approvalId) : tr("Waiting for approval");
    if (b.status == QLatin1String("applied"))
        return tr("Applied by %1, %2").arg(names.name(b.appliedBy), time::formatShort(b.appliedAt));
    if (b.status == QLatin1String("reverted"))
        return tr("Reverted by %1, %2").arg(names.name(b.revertedBy), time::formatShort(b.revertedAt));
    return b.status;
}

QVariant CaseBatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CaseBatch &b = m_batches.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn: return b.id;
        case KindColumn: return kindLabel(b.kind);
        case FileColumn: return b.fileName;
        case EncodingColumn:
            return b.format == QLatin1String("json") ? QStringLiteral("JSON · %1").arg(b.encoding)
                                                     : QStringLiteral("CSV · %1").arg(b.encoding);
        case RowsColumn: return tr("%1 / %2").arg(b.accepted).arg(b.leftOut);
        case StatusColumn: return statusLabel(b, m_names);
        case ImportedByColumn: return m_names.name(b.importedBy);
        case ImportedAtColumn: return time::formatShort(b.importedAt);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn: return tr("%1\nSHA-256 %2").arg(b.fileName, b.sha256);
        case RowsColumn:
            return tr("%1 rows read, %2 imported, %3 left out for errors")
                .arg(b.records)
                .arg(b.accepted)
                .arg(b.leftOut);
        case StatusColumn:
            return b.status == QLatin1String("reverted") ? tr("Reason: %1").arg(b.revertReason)
                                                         : statusLabel(b, m_names);
        case ImportedByColumn: return m_names.precise(b.importedBy);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (b.status == QLatin1String("pending"))
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (b.status == QLatin1String("reverted"))
            return QBrush(QColor(0x75, 0x75, 0x75));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == RowsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == BatchIdRole)
        return b.id;
    if (role == StatusRole)
        return b.status;
    return {};
}

QVariant CaseBatchModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("No.");
    case KindColumn: return tr("Kind");
    case FileColumn: return tr("File");
    case EncodingColumn: return tr("Format");
    case RowsColumn: return tr("Accepted / left out");
    case StatusColumn: return tr("Status");
    case ImportedByColumn: return tr("Imported by");
    case ImportedAtColumn: return tr("Imported at");
    }
    return {};
}

} // namespace hc
