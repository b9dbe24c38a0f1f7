#pragma once
#include "AuditDescriber.h"
#include "AuditLog.h"
#include "KeysetTableModel.h"
#include "OfficialNames.h"

namespace hc {

class Workspace;

// The audit log, newest first, filtered; keyset pages of 200. Each entry reads as a record (issue 18): the official
// by name, the action and the object in words, the changes field by field ("状态：审核中 → 已决定").
class AuditLogModel final : public KeysetTableModel<AuditEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column { IdColumn, TimeColumn, ActorColumn, ActionColumn, ObjectColumn, ChangesColumn, ColumnCount };
    explicit AuditLogModel(Workspace &ws, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The official may be typed by login or by display name (王主任): a display name matches every official who has
    // it, a part of one every official whose name or login contains it, 系统 the console's own entries.
    void setFilter(const AuditFilter &f);
    void reload() { setFilter(m_filter); }
    const AuditEntry &entryAt(int row) const { return rowAt(row); }
    // Why nothing is shown: reading the audit log is the auditor's; empty when allowed.
    const QString &refusal() const { return m_refusal; }
    const OfficialNames &officials() const { return m_describer.names().officials(); }
    // The words for the loaded entries (their references resolved a page at a time).
    const AuditDescriber &describer() const { return m_describer; }
    // The logins a typed official stands for; empty when the text names no one known.
    QStringList actorsFor(const QString &typed) const;

protected:
    QList<AuditEntry> loadPage(const AuditEntry *last, int limit) const override;

private:
    Workspace &m_ws;
    AuditFilter m_filter;
    QString m_refusal;
    mutable AuditDescriber m_describer; // reset with the rows, extended page by page
};

} // namespace hc
