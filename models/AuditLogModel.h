#pragma once
#include "AuditLog.h"

#include <QAbstractTableModel>

namespace hc {

class Workspace;

// The audit log, newest first, filtered; keyset pages of 200.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, ObjectColumn, BeforeColumn, AfterColumn, ColumnCount };
    explicit AuditLogModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const AuditFilter &f);
    void reload() { setFilter(m_filter); }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

private:
    Workspace &m_ws;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_resetting = false; // no fetch while a reset is being announced
};

} // namespace hc
