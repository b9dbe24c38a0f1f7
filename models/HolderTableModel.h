#pragma once
#include "HolderRepository.h"
#include "KeysetTableModel.h"

#include <QFutureWatcher>
#include <QHash>

class QThreadPool;

namespace hc {

class Workspace;

// All holders, filtered, paged by key as the view scrolls; personal data masked.
class HolderTableModel final : public KeysetTableModel<Holder>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolderTableModel)
public:
    enum Column { NumberColumn, IdColumn, NameColumn, PhoneColumn, HomeColumn, AddressColumn, ColorColumn,
                  SinceColumn, NextChangeColumn, ColumnCount };
    enum Role { HolderIdRole = Qt::UserRole + 1, ColorRole };

    explicit HolderTableModel(Workspace &ws, QObject *parent = nullptr);
    ~HolderTableModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    void setFilter(const HolderFilter &f); // resets, loads the first page and the counts
    const HolderFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    const ColorCounts &counts() const { return m_counts; }
    // Counts under an ID or name prefix read up to ColorCounts::kCountCap rows (50–90 ms on 10 M holders): with a
    // pool (the pane's) they are read there, on the pool thread's own connection, and countsChanged() follows;
    // countsPending() meanwhile. Without one (the default) every count is read at once.
    void setCountsPool(QThreadPool *pool) { m_countsPool = pool; }
    bool countsPending() const { return m_countsPending; }
    const Holder &holderAt(int row) const { return rowAt(row); }
    // Why nothing is shown (no permission, outside the jurisdiction); empty when the filter applies.
    const QString &refusal() const { return m_refusal; }

    static constexpr int kPageSize = 200;

signals:
    void countsChanged();

protected:
    QList<Holder> loadPage(const Holder *last, int limit) const override;

private:
    QString divisionName(const QString &code) const;

    Workspace &m_ws;
    HolderFilter m_filter;
    ColorCounts m_counts;
    QThreadPool *m_countsPool = nullptr;
    bool m_countsPending = false;
    QFutureWatcher<ColorCounts> m_countsWatcher;
    QString m_refusal;
    mutable QHash<QString, QString> m_names;
};

} // namespace hc
