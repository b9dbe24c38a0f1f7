#pragma once
#include "NationalImporter.h"

#include <QAbstractTableModel>

namespace hc {

// The entries of one national-list import with how each was matched; shows those to review first.
class NationalEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NationalEntryModel)
public:
    enum Column { StatusColumn, LevelColumn, AreaColumn, CodeColumn, CommunitiesColumn, ReasonColumn, ColumnCount };
    explicit NationalEntryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void setReport(const NationalImportReport &r, bool reviewOnly);
    const EntryOutcome &outcomeAt(int row) const { return m_rows.at(row); }

private:
    QList<EntryOutcome> m_rows;
};

} // namespace hc
