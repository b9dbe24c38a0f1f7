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

    // A ticket's event in words, officials by display name and a province by its name, e.g. "周科员 将工单指派给
    // 王主任" or "王主任 驳回申诉：…" (the decision read from the ticket). Rendered from the stored fields, never as stored.
    QString eventText(const TicketEvent &e, const Ticket &t) const;
    QString provinceName(const QString &code) const; // "山东省"; the code itself when unknown

    // The personal-data correction side by side: each field the ticket's kind corrects with the holder's current
    // value, masked as for any personal data (张*三, 138****5678, 3号****); unmasked from `revealed` (a holder the
    // core revealed with a purpose). A source location is a division, shown by its name with the code.
    struct CorrectionRow
    {
        QString field; // name, phone, address, source_division
        QString label; // translated
        QString current;
    };
    static QList<CorrectionRow> correctionRows(const Workspace &ws, const Ticket &t, const std::optional<Holder> &revealed = {});

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
