#include "HandoffPersonModel.h"

#include "CodeColors.h"
#include "HandoffRepository.h"
#include "IdNumber.h"
#include "Workspace.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace hc {

HandoffPersonModel::HandoffPersonModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
}

void HandoffPersonModel::setHandoff(qint64 handoffId)
{
    // The same hand-off read again (another desk's change, a refresh): the ticks of people still open stay.
    QSet<int> ticked;
    if (m_handoff && m_handoff->id == handoffId)
        for (int i = 0; i < m_people.size(); ++i)
            if (m_checked.value(i))
                ticked.insert(m_people[i].n);
    beginResetModel();
    m_handoff.reset();
    m_people.clear();
    m_places.clear();
    if (handoffId > 0) {
        const HandoffRepository repo(m_ws.db());
        m_handoff = repo.find(handoffId);
        if (m_handoff)
            m_people = repo.people(handoffId);
    }
    m_checked = QList<bool>(m_people.size(), false);
    for (int i = 0; i < m_people.size(); ++i)
        m_checked[i] = ticked.contains(m_people[i].n) && rowCheckable(i);
    const DivisionRepository divisions = m_ws.divisions();
    for (const HandoffPerson &p : std::as_const(m_people))
        if (!m_places.contains(p.homeDivision)) {
            const QString name = divisions.pathName(p.homeDivision);
            m_places.insert(p.homeDivision, name.isEmpty() ? p.homeDivision : name);
        }
    endResetModel();
    emit checkedChanged();
}

bool HandoffPersonModel::checkable() const
{
    return m_handoff && m_handoff->direction == QLatin1String("in") &&
           m_handoff->state == QLatin1String("received");
}

bool HandoffPersonModel::rowCheckable(int row) const
{
    return checkable() && m_people.at(row).state == QLatin1String("open");
}

QList<int> HandoffPersonModel::checkedPersons() const
{
    QList<int> out;
    for (int i = 0; i < m_people.size(); ++i)
        if (m_checked[i] && rowCheckable(i))
            out << m_people[i].n;
    return out;
}

QList<int> HandoffPersonModel::openPersons() const
{
    QList<int> out;
    for (const HandoffPerson &p : m_people)
        if (p.state == QLatin1String("open"))
            out << p.n;
    return out;
}

void HandoffPersonModel::setAllChecked(bool checked)
{
    for (int i = 0; i < m_people.size(); ++i)
        m_checked[i] = checked && rowCheckable(i);
    if (!m_people.isEmpty())
        emit dataChanged(index(0, NumberColumn), index(int(m_people.size()) - 1, NumberColumn),
                         {Qt::CheckStateRole});
    emit checkedChanged();
}

int HandoffPersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int HandoffPersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags HandoffPersonModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NumberColumn && rowCheckable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool HandoffPersonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != NumberColumn ||
        !rowCheckable(index.row()))
        return false;
    m_checked[index.row()] = Qt::CheckState(value.toInt()) == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

QVariant HandoffPersonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HandoffPerson &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return p.n;
        case NameColumn:
            return p.name.isEmpty() ? tr("(no name given)") : mask::name(p.name);
        case IdNumberColumn:
            return mask::idNumber(p.idNumber);
        case HomeColumn:
            return homeName(p.homeDivision);
        case LocatedByColumn:
            return HandoffWords::locatedBy(p.locatedBy);
        case KindColumn:
            return conditionKindLabel(p.kind);
        case BasisColumn:
            return p.basisText;
        case StateColumn:
            return HandoffWords::personState(p.state);
        case ReasonColumn:
            return p.reason;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HomeColumn:
            return p.address.isEmpty()
                       ? homeName(p.homeDivision)
                       : tr("%1\nAddress: %2").arg(homeName(p.homeDivision), mask::address(p.address));
        case BasisColumn:
            return tr("%1\nCase %2, line %3 of the case file")
                .arg(p.basisText, p.row.caseRef)
                .arg(p.row.line);
        case ReasonColumn:
            return p.reason;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == NumberColumn && rowCheckable(index.row()))
            return m_checked[index.row()] ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) {
            if (p.state == QLatin1String("accepted"))
                return QBrush(QColor(0x1b, 0x7f, 0x3b));
            if (p.state == QLatin1String("declined"))
                return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NumberRole:
        return p.n;
    case StateKeyRole:
        return p.state;
    default:
        break;
    }
    return {};
}

QVariant HandoffPersonModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case HomeColumn:
        return tr("Lives in");
    case LocatedByColumn:
        return tr("How the home was known");
    case KindColumn:
        return tr("Condition asked for");
    case BasisColumn:
        return tr("Basis");
    case StateColumn:
        return tr("State");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace hc
