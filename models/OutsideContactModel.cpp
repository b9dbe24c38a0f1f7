#include "OutsideContactModel.h"

#include "CodeColors.h"
#include "TimeUtil.h"

namespace hc {

OutsideContactModel::OutsideContactModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutsideContactModel::setContacts(const QList<OutsideContact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int OutsideContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int OutsideContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutsideContactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OutsideContact &c = m_contacts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return c.name;
        case IdNumberColumn: return c.idNumber;
        case PhoneColumn: return c.phone;
        case DivisionColumn: return c.divisionName.isEmpty() ? c.division : c.divisionName;
        case KindColumn: return conditionKindLabel(c.kind);
        case ExposureColumn: return c.exposure > 0 ? time::formatShort(c.exposure) : QString();
        case CaseColumn: return c.caseRef;
        case LineColumn: return c.line;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == HolderIdRole)
        return c.holderId;
    if (role == DivisionCodeRole)
        return c.division;
    return {};
}

QVariant OutsideContactModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IdNumberColumn: return tr("ID number");
    case PhoneColumn: return tr("Phone");
    case DivisionColumn: return tr("Lives in");
    case KindColumn: return tr("Contact type");
    case ExposureColumn: return tr("Exposure time");
    case CaseColumn: return tr("Case");
    case LineColumn: return tr("Line");
    }
    return {};
}

} // namespace hc
