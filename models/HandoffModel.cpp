#include "HandoffModel.h"

#include "HandoffRepository.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>

namespace hc {

HandoffModel::HandoffModel(Workspace &ws, const QString &direction, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws), m_direction(direction)
{
}

void HandoffModel::reload()
{
    beginResetModel();
    m_now = m_ws.clock().now().toSecsSinceEpoch();
    m_rows = HandoffRepository(m_ws.db()).list(m_direction, {}); // newest first
    // The other side's division by name with its parents, once per division and reload (not per painted
    // cell).
    m_places.clear();
    const DivisionRepository divisions = m_ws.divisions();
    for (const Handoff &h : std::as_const(m_rows))
        if (!m_places.contains(h.peerDivision))
            if (const QString name = divisions.pathName(h.peerDivision); !name.isEmpty())
                m_places.insert(h.peerDivision, name);
            else
                m_places.insert(h.peerDivision, h.peerDivision); // not in the tree here: its code
    endResetModel();
}

int HandoffModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int HandoffModel::overdueCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Handoff &h) { return h.overdue(m_now); }));
}

int HandoffModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Handoff &h) { return h.state == QLatin1String("pending"); }));
}

int HandoffModel::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Handoff &h) { return h.state == QLatin1String("received"); }));
}

int HandoffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandoffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HandoffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Handoff &h = m_rows.at(index.row());
    const bool out = h.direction == QLatin1String("out");
    const bool overdue = h.overdue(m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommissionColumn:
            return h.peerCommission.isEmpty() ? m_places.value(h.peerDivision) : h.peerCommission;
        case CasesColumn:
            return h.caseRefs;
        case PeopleColumn:
            return h.people;
        case AnsweredColumn:
            return tr("%1 / %2").arg(h.accepted).arg(h.declined);
        case StateColumn:
            // Sent, and its batch receipted by the platform: the official reads that it has arrived there.
            if (out && h.state == QLatin1String("sent") && h.deliveredAt)
                return tr("Delivered");
            return HandoffWords::state(h.state);
        case DeadlineColumn:
            return overdue ? tr("%1 (overdue)").arg(time::formatShort(h.deadlineAt))
                           : time::formatShort(h.deadlineAt);
        case TimeColumn:
            if (!out)
                return time::formatShort(h.createdAt);
            return h.sentAt ? time::formatShort(*h.sentAt) : tr("not sent yet");
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CommissionColumn:
            return m_places.value(h.peerDivision);
        case AnsweredColumn:
            return tr("%1 accepted, %2 declined, %3 not answered yet")
                .arg(h.accepted)
                .arg(h.declined)
                .arg(std::max<qint64>(0, h.people - h.accepted - h.declined));
        case StateColumn:
            if (h.state == QLatin1String("pending"))
                return tr("Sealed and sent with the next sync, once the platform's directory names the "
                          "receiving commission.");
            if (h.state == QLatin1String("sent") && h.deliveredAt)
                return tr("Delivered to the platform at %1 (its receipt verified); waiting for the receiving commission's "
                          "answer.")
                    .arg(time::formatShort(*h.deliveredAt));
            if (h.state == QLatin1String("sent"))
                return tr("Sent with a batch the platform has not receipted yet; it is sent again until it has.");
            if (h.answeredAt)
                return tr("Answered %1").arg(time::formatShort(*h.answeredAt));
            break;
        case DeadlineColumn:
            if (overdue)
                return out ? tr("The deadline passed %1 h ago without an answer from %2.")
                                 .arg((m_now - h.deadlineAt) / 3600)
                                 .arg(h.peerCommission)
                           : tr("The deadline passed %1 h ago: accept or decline the people now.")
                                 .arg((m_now - h.deadlineAt) / 3600);
            return tr("Answer expected by %1").arg(time::formatShort(h.deadlineAt));
        case TimeColumn:
            if (out && !h.sentAt)
                return tr("Created %1").arg(time::formatShort(h.createdAt));
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == DeadlineColumn || index.column() == StateColumn))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PeopleColumn || index.column() == AnsweredColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return h.id;
    case OverdueRole:
        return overdue;
    case StateKeyRole:
        return h.state;
    default:
        break;
    }
    return {};
}

QVariant HandoffModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CommissionColumn:
        return m_direction == QLatin1String("out") ? tr("Receiving commission") : tr("Sending commission");
    case CasesColumn:
        return tr("Cases");
    case PeopleColumn:
        return tr("People");
    case AnsweredColumn:
        return tr("Accepted / declined");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Deadline");
    case TimeColumn:
        return m_direction == QLatin1String("out") ? tr("Sent at") : tr("Received at");
    }
    return {};
}

} // namespace hc
