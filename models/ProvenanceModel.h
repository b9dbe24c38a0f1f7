#pragma once
#include "Holder.h"
#include "OfficialNames.h"

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
    // The basis in words: the kind, what the official wrote and the reference read out ("scan:370303107" → a scan
    // in 车站街道, "risk_period:12" → the area and level declared), never a raw reference alone.
    QString basisWords(const ConditionRecord &c) const;
    // The reference in words; beside a basis text, what that text already says (the case) is left out.
    QString referenceWords(const QString &ref, const QString &besides = {}) const;
    QString sourceWords(const ConditionRecord &c) const; // the department and the division's name
    QString divisionName(const QString &code) const;     // from the cache; the code when not in the tree
    const OfficialNames &officials() const { return m_names; }

private:
    void cacheNames(); // officials, divisions and risk periods the conditions name: once per setHolder()
    Workspace &m_ws;
    qint64 m_holder = 0;
    qint64 m_at = 0;
    QList<ConditionRecord> m_conditions;
    OfficialNames m_names;
    QHash<QString, QString> m_divisions;   // code → name
    QHash<qint64, QString> m_periods;      // risk period id → "高风险区 … since …"
    QHash<qint64, QString> m_received;     // a hand-off's local batch → "received here by 张*三 on …"
};

} // namespace hc
