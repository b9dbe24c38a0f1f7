#pragma once
#include "Handoff.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hc {

class Workspace;

// The contact hand-offs (协查, issue 19) of one direction, newest first: the other commission, the cases that
// named the people, how many, how many were accepted and declined, the state and the deadline (red when it
// has passed without an answer), and when it arrived or left. No internal id and no login is shown.
class HandoffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffModel)
public:
    enum Column {
        CommissionColumn,
        CasesColumn,
        PeopleColumn,
        AnsweredColumn,
        StateColumn,
        DeadlineColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, OverdueRole, StateKeyRole };

    // `direction`: "in" (received here) or "out" (sent from here).
    HandoffModel(Workspace &ws, const QString &direction, QObject *parent = nullptr);

    void reload();
    QString direction() const { return m_direction; }
    const Handoff &handoffAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const; // -1 when it is not listed
    // What the alarm says: listed hand-offs past their deadline without an answer, and (out) those still
    // waiting for a receiver (not sealed yet: the platform's directory names the receiver at the next sync).
    int overdueCount() const;
    int pendingCount() const;
    int waitingCount() const; // in: received, waiting for a decision here

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_ws;
    QString m_direction;
    QList<Handoff> m_rows;
    QHash<QString, QString> m_places; // division → "北京市 朝阳区"
    qint64 m_now = 0;                 // the time of the last reload: what "overdue" is measured against
};

} // namespace hc
