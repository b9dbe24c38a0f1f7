#pragma once
#include "KeysetTableModel.h"
#include "SyncService.h"

namespace hc {

class Workspace;

// The signed batches of the outbox, newest first, with their receipts: keyset pages by batch row.
class SyncBatchModel final : public KeysetTableModel<sync::BatchRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBatchModel)
public:
    enum Column { BatchColumn, RangeColumn, EventsColumn, StateColumn, AttemptsColumn, ReceiptColumn, OutcomeColumn, ErrorColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, BatchIdRole };

    explicit SyncBatchModel(Workspace &ws, QObject *parent = nullptr, int pageSize = 100);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void reload() { reloadRows(); }
    const sync::BatchRow &batchAt(int row) const { return rowAt(row); }

protected:
    QList<sync::BatchRow> loadPage(const sync::BatchRow *last, int limit) const override;

private:
    Workspace &m_ws;
};

} // namespace hc
