#pragma once
#include "CaseBatchService.h"
#include "OfficialNames.h"

#include <QAbstractTableModel>

namespace hc {

class Workspace;

// The case-report and verification-record batches, newest first (the core keeps the list short: 200).
class CaseBatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseBatchModel)
public:
    enum Column {
        IdColumn,
        KindColumn,
        FileColumn,
        EncodingColumn,
        RowsColumn,
        StatusColumn,
        ImportedByColumn,
        ImportedAtColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1, StatusRole };

    explicit CaseBatchModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void reload();
    const CaseBatch &batchAt(int row) const { return m_batches.at(row); }
    int rowOf(qint64 batchId) const; // -1 when not listed

    static QString kindLabel(BatchKind k);
    // Who applied or reverted it by display name when `names` knows them (statusLabel(b, model.officials())).
    static QString statusLabel(const CaseBatch &b, const OfficialNames &names = OfficialNames());
    const OfficialNames &officials() const { return m_names; }

private:
    Workspace &m_ws;
    QList<CaseBatch> m_batches;
    OfficialNames m_names; // reloaded with the batches
};

} // namespace hc
