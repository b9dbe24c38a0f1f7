#pragma once
#include "DivisionRepository.h"
#include "RiskAreaService.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace hc {

class Workspace;

// The division tree, children loaded on expand (fetchMore), each row with its risk level at a time.
class DivisionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DivisionTreeModel)
public:
    enum Column { NameColumn, CodeColumn, LevelColumn, AreasColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, LevelRole, DivisionLevelRole };

    explicit DivisionTreeModel(Workspace &ws, QObject *parent = nullptr);
    ~DivisionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loads every ancestor of code and returns its index (invalid when unknown).
    QModelIndex indexForCode(const QString &code);
    QString codeAt(const QModelIndex &index) const;
    void setTime(qint64 at);
    qint64 time() const { return m_at; }
    // Re-reads the risk levels of every loaded row (after a declaration or an import).
    void refreshRisk();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    void loadChildren(Node *n, const QList<Division> &kids);
    void refreshNode(Node *n, const QModelIndex &index);

    Workspace &m_ws;
    std::unique_ptr<Node> m_root;
    qint64 m_at = 0;
};

} // namespace hc
