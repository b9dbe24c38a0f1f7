#pragma once
#include "AuditLog.h"
#include "KeysetTableModel.h"
#include "OfficialNames.h"

namespace hc {

class Workspace;

// The audit log, newest first, filtered; keyset pages of 200.
class AuditLogModel final : public KeysetTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, ObjectColumn, BeforeColumn, AfterColumn, ColumnCount };
    explicit AuditLogModel(Workspace &ws, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The official may be typed by login or by display name (王主任): a display name one official has is read as their login.
    void setFilter(const AuditFilter &f);
    void reload() { setFilter(m_filter); }
    const AuditEntry &entryAt(int row) const { return rowAt(row); }
    // Why nothing is shown: reading the audit log is the auditor's; empty when allowed.
    const QString &refusal() const { return m_refusal; }
    const OfficialNames &officials() const { return m_names; }

protected:
    QList<AuditEntry> loadPage(const AuditEntry *last, int limit) const override;

private:
    Workspace &m_ws;
    AuditFilter m_filter;
    QString m_refusal;
    OfficialNames m_names; // reloaded with the rows
};

} // namespace hc
