#pragma once
#include "CaseBatchService.h"
#include "KeysetTableModel.h"

#include <QHash>

namespace hc {

class Workspace;

// What each holder got from a case batch: the stored results of an applied batch, paged by key as the view
// scrolls, or a fixed list (the samples of an impact preview). Personal data comes masked from the core.
class BatchResultModel final : public KeysetTableModel<HolderOutcome>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultModel)
public:
    enum Column {
        HolderColumn,
        NameColumn,
        IdNumberColumn,
        DivisionColumn,
        ConditionColumn,
        OutcomeColumn,
        BeforeColumn,
        AfterColumn,
        CaseColumn,
        LineColumn,
        BasisColumn,
        ColumnCount
    };
    enum Role { HolderIdRole = Qt::UserRole + 1, OutcomeRole, AfterColorRole };

    explicit BatchResultModel(Workspace &ws, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void setBatch(qint64 batchId); // 0: empty
    qint64 batch() const { return m_batch; }
    void setOutcomes(const QList<HolderOutcome> &outcomes); // a fixed list, no paging
    void clear() { setBatch(0); }
    const HolderOutcome &outcomeAt(int row) const { return rowAt(row); }

    static QString outcomeLabel(const QString &key);
    static constexpr int kPageSize = 500;

protected:
    QList<HolderOutcome> loadPage(const HolderOutcome *last, int limit) const override;

private:
    QString divisionName(const QString &code) const;

    Workspace &m_ws;
    qint64 m_batch = 0;
    bool m_fixed = false;
    QList<HolderOutcome> m_outcomes;
    mutable QHash<QString, QString> m_names;
};

} // namespace hc
