#pragma once
#include "OutsideContacts.h"

#include <QAbstractTableModel>

namespace hc {

// The contacts of a case batch who live outside the jurisdiction (the impact preview's 辖区外密接), masked as the
// core gives them: a fixed list, no paging (the preview keeps the first 500; the 协查 export has them all).
class OutsideContactModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutsideContactModel)
public:
    // The home last: the longest text, it takes what the row leaves.
    enum Column { NameColumn, IdNumberColumn, PhoneColumn, KindColumn, ExposureColumn, CaseColumn, LineColumn,
                  DivisionColumn, ColumnCount };
    enum Role { HolderIdRole = Qt::UserRole, DivisionCodeRole };

    explicit OutsideContactModel(QObject *parent = nullptr);

    void setContacts(const QList<OutsideContact> &contacts);
    const OutsideContact &contactAt(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<OutsideContact> m_contacts;
};

} // namespace hc
