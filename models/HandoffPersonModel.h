#pragma once
#include "Handoff.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hc {

class Workspace;

// The people of one contact hand-off (协查, issue 19), masked: their place in it, name and ID number, where
// they live (by name, with its parents) and how that was known, the condition the sender asks for and its
// basis, their state and the receiver's reason. For an incoming hand-off still waiting for a decision, the
// open people are checkable: the official ticks whom to accept or decline.
class HandoffPersonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffPersonModel)
public:
    enum Column {
        NumberColumn,
        NameColumn,
        IdNumberColumn,
        HomeColumn,
        LocatedByColumn,
        KindColumn,
        BasisColumn,
        StateColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { NumberRole = Qt::UserRole, StateKeyRole };

    explicit HandoffPersonModel(Workspace &ws, QObject *parent = nullptr);

    void setHandoff(qint64 handoffId); // 0: none
    void clear() { setHandoff(0); }
    const std::optional<Handoff> &handoff() const { return m_handoff; }
    const HandoffPerson &personAt(int row) const { return m_people.at(row); }
    QString homeName(const QString &division) const { return m_places.value(division, division); }

    // Checkable rows: the open people of an incoming hand-off that waits for a decision.
    bool checkable() const;
    QList<int> checkedPersons() const; // their numbers in the hand-off (1-based)
    void setAllChecked(bool checked);
    QList<int> openPersons() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    bool rowCheckable(int row) const;

    Workspace &m_ws;
    std::optional<Handoff> m_handoff;
    QList<HandoffPerson> m_people;
    QList<bool> m_checked;
    QHash<QString, QString> m_places; // home division → "北京市 市辖区 朝阳区 …"
};

} // namespace hc
