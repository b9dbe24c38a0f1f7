#pragma once
#include "AppealService.h"
#include "OfficialNames.h"

#include <QAbstractTableModel>

namespace hc {

class Workspace;

// The 12345 tickets by deadline (AppealService::queue): the open ones, or all of them. An overdue ticket's
// deadline is red with the tooltip "Overdue".
class TicketQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketQueueModel)
public:
    enum Column { NumberColumn, KindColumn, HolderColumn, StateColumn, AssigneeColumn, DeadlineColumn, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, StateRole, OverdueRole };

    explicit TicketQueueModel(Workspace &ws, QObject *parent = nullptr);

    void setOpenOnly(bool openOnly); // reloads
    bool openOnly() const { return m_openOnly; }
    void reload();
    const Ticket &ticketAt(int row) const { return m_tickets.at(row); }
    const QList<Ticket> &tickets() const { return m_tickets; }
    int rowOf(qint64 ticketId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The officials the tickets name (assignee, receiver, the events' actors) by display name; reloaded with the rows.
    const OfficialNames &officials() const { return m_names; }

    static QString kindLabel(TicketKind k);
    static QString stateLabel(const QString &state);
    static QString decisionLabel(const QString &decision);
    static QString fieldLabel(const QString &field); // the correctable fields

private:
    Workspace &m_ws;
    bool m_openOnly = true;
    QList<Ticket> m_tickets;
    QHash<qint64, QString> m_holders; // holder id → "name (masked ID number)"
    OfficialNames m_names;
};

} // namespace hc
