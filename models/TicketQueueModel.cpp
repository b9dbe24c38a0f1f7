#include "TicketQueueModel.h"

#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>

namespace hc {

TicketQueueModel::TicketQueueModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    reload();
}

void TicketQueueModel::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    reload();
}

void TicketQueueModel::reload()
{
    const StallWatchdog::Activity activity("TicketQueueModel::reload");
    beginResetModel();
    m_tickets = m_ws.appeals().queue(m_openOnly);
    m_names.reload(m_ws.db());
    m_holders.clear();
    const HolderRepository holders = m_ws.holderRepository();
    for (const Ticket &t : std::as_const(m_tickets))
        if (!m_holders.contains(t.holderId)) {
            const auto h = holders.find(t.holderId);
            m_holders.insert(t.holderId, h ? h->maskedIdentity() : tr("holder %1").arg(t.holderId));
        }
    endResetModel();
}

int TicketQueueModel::rowOf(qint64 ticketId) const
{
    for (int i = 0; i < m_tickets.size(); ++i)
        if (m_tickets[i].id == ticketId)
            return i;
    return -1;
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketQueueModel::kindLabel(TicketKind k)
{
    switch (k) {
    case TicketKind::WrongColor: return tr("Wrong color");
    case TicketKind::WrongSource: return tr("Wrong source location");
    case TicketKind::WrongPersonalData: return tr("Wrong personal data");
    case TicketKind::Reapplication: return tr("Re-application");
    }
    return {};
}

QString TicketQueueModel::stateLabel(const QString &state)
{
    if (state == QLatin1String("received"))
        return tr("Received");
    if (state == QLatin1String("assigned"))
        return tr("Assigned");
    if (state == QLatin1String("under_review"))
        return tr("Under review");
    if (state == QLatin1String("forwarded"))
        return tr("Forwarded");
    if (state == QLatin1String("decided"))
        return tr("Decided");
    if (state == QLatin1String("replied"))
        return tr("Replied");
    if (state == QLatin1String("callback"))
        return tr("Called back");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

QString TicketQueueModel::decisionLabel(const QString &decision)
{
    if (decision == QLatin1String("approved"))
        return tr("Approved");
    if (decision == QLatin1String("rejected"))
        return tr("Rejected");
    return decision;
}

QString TicketQueueModel::fieldLabel(const QString &field)
{
    if (field == QLatin1String("source_division"))
        return tr("Source location (division code)");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("address"))
        return tr("Address");
    return field;
}

QString TicketQueueModel::provinceName(const QString &code) const
{
    const auto d = code.isEmpty() ? std::nullopt : m_ws.divisions().find(code);
    return d && !d->name.isEmpty() ? d->name : code;
}

QString TicketQueueModel::eventText(const TicketEvent &e, const Ticket &t) const
{
    const QString who = m_names.name(e.actor);
    const QString target = e.target();
    QString sentence;
    if (e.state == QLatin1String("received"))
        sentence = t.source == QLatin1String("import") ? tr("%1 imported the ticket from the hotline export").arg(who)
                                                        : tr("%1 received the call").arg(who);
    else if (e.state == QLatin1String("assigned"))
        sentence = target.isEmpty() ? tr("%1 assigned the ticket").arg(who) : tr("%1 assigned the ticket to %2").arg(who, m_names.name(target));
    else if (e.state == QLatin1String("under_review"))
        sentence = tr("%1 started the review").arg(who);
    else if (e.state == QLatin1String("forwarded"))
        sentence = target.isEmpty() ? tr("%1 forwarded the ticket").arg(who) : tr("%1 forwarded the ticket to %2").arg(who, provinceName(target));
    else if (e.state == QLatin1String("decided"))
        sentence = t.decision == QLatin1String("approved")   ? tr("%1 approved the appeal").arg(who)
                   : t.decision == QLatin1String("rejected") ? tr("%1 rejected the appeal").arg(who)
                                                             : tr("%1 decided").arg(who);
    else if (e.state == QLatin1String("replied"))
        sentence = tr("%1 replied to the caller").arg(who);
    else if (e.state == QLatin1String("callback"))
        sentence = tr("%1 called the caller back").arg(who);
    else if (e.state == QLatin1String("closed"))
        sentence = tr("%1 closed the ticket").arg(who);
    else
        sentence = tr("%1: %2").arg(who, stateLabel(e.state));
    const QString words = e.text().trimmed();
    return words.isEmpty() ? sentence : tr("%1: %2").arg(sentence, words);
}

QList<TicketQueueModel::CorrectionRow> TicketQueueModel::correctionRows(const Workspace &ws, const Ticket &t,
                                                                        const std::optional<Holder> &revealed)
{
    const auto stored = ws.holderRepository().find(t.holderId);
    const Holder *h = revealed ? &*revealed : stored ? &*stored : nullptr;
    const bool masked = !revealed;
    QList<CorrectionRow> rows;
    for (const QString &field : AppealService::correctableFields(t.kind)) {
        QString current;
        if (h && field == QLatin1String("name"))
            current = masked ? h->maskedName() : h->name;
        else if (h && field == QLatin1String("phone"))
            current = masked ? h->maskedPhone() : h->phone;
        else if (h && field == QLatin1String("address"))
            current = masked ? h->maskedAddress() : h->address;
        else if (h && field == QLatin1String("source_division") && !h->sourceDivision.isEmpty())
            current = tr("%1 (%2)").arg(ws.divisions().pathName(h->sourceDivision), h->sourceDivision);
        rows.append({field, fieldLabel(field), current});
    }
    return rows;
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Ticket &t = m_tickets.at(index.row());
    const bool overdue = t.overdueAt(m_ws.clock().now().toSecsSinceEpoch());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return t.number;
        case KindColumn: return kindLabel(t.kind);
        case HolderColumn: return m_holders.value(t.holderId);
        case StateColumn: return stateLabel(t.state);
        case AssigneeColumn: return m_names.name(t.assignee);
        case DeadlineColumn: return time::formatShort(t.deadlineAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && overdue)
            return tr("Overdue");
        if (index.column() == AssigneeColumn)
            return m_names.precise(t.assignee);
        if (index.column() == StateColumn && !t.forwardedTo.isEmpty())
            return tr("Forwarded to %1").arg(provinceName(t.forwardedTo));
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case TicketIdRole: return t.id;
    case StateRole: return t.state;
    case OverdueRole: return overdue;
    }
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Ticket");
    case KindColumn: return tr("Kind");
    case HolderColumn: return tr("Holder");
    case StateColumn: return tr("State");
    case AssigneeColumn: return tr("Assignee");
    case DeadlineColumn: return tr("Deadline");
    }
    return {};
}

} // namespace hc
