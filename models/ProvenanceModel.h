#pragma once
#include "Holder.h"

#include <QAbstractTableModel>

namespace hc {

class Workspace;

// A holder's provenance timeline: every condition with kind, color, source, basis, start, how and when it
// clears, who recorded it, and its status at a chosen time. Answers "who pushed my yellow code, and why".
class ProvenanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvenanceModel)
public:
    enum Column { KindColumn, ColorColumn, StatusColumn, StartColumn, ClearsColumn, SourceColumn, BasisColumn,
                  ByColumn, ColumnCount };
    enum Role { ConditionIdRole = Qt::UserRole + 1, ActiveRole };

    explicit ProvenanceModel(Workspace &ws, QObject *parent = nullptr);

    void setHolder(qint64 holderId); // loads its conditions
    void setTime(qint64 t);          // the time statuses are shown for
    qint64 time() const { return m_at; }
    qint64 holderId() const { return m_holder; }
    const QList<ConditionRecord> &conditions() const { return m_conditions; }

    // The color at the chosen time and, in words, the conditions that make it.
    QString explanation() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString statusLabel(ConditionRecord::Status s);
    static QString clearsText(const ConditionRecord &c);

private:
    Workspace &m_ws;
    qint64 m_holder = 0;
    qint64 m_at = 0;
    QList<ConditionRecord> m_conditions;
};

} // namespace hc
