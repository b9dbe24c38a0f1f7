#include "DivisionTreeModel.h"
#include "RiskColors.h"
#include "DivisionCode.h"
#include "Workspace.h"

#include <QBrush>

namespace hc {

struct DivisionTreeModel::Node
{
    Division division;
    Node *parent = nullptr;
    int row = 0;
    bool loaded = false;
    RiskLevel inherited = RiskLevel::Low; // whole-division level from an ancestor
    RiskSummary summary;
    std::vector<std::unique_ptr<Node>> children;
    RiskLevel level() const { return std::max(inherited, summary.own); }
};

DivisionTreeModel::DivisionTreeModel(Workspace &ws, QObject *parent)
    : QAbstractItemModel(parent), m_ws(ws), m_root(std::make_unique<Node>()), m_at(ws.clock().now().toSecsSinceEpoch())
{
    m_root->division.hasChildren = true;
    loadChildren(m_root.get(), ws.divisions().children(QString()));
}

DivisionTreeModel::~DivisionTreeModel() = default;

DivisionTreeModel::Node *DivisionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void DivisionTreeModel::loadChildren(Node *n, const QList<Division> &kids)
{
    const auto summaries = m_ws.risk().childSummaries(n->division.code, m_at);
    n->children.clear();
    n->children.reserve(size_t(kids.size()));
    for (const Division &d : kids) {
        auto c = std::make_unique<Node>();
        c->division = d;
        c->parent = n;
        c->row = int(n->children.size());
        c->inherited = n == m_root.get() ? RiskLevel::Low : n->level();
        c->summary = summaries.value(d.code);
        n->children.push_back(std::move(c));
    }
    n->loaded = true;
}

QModelIndex DivisionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex DivisionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int DivisionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DivisionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DivisionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeOf(parent);
    return n->loaded ? !n->children.empty() : n->division.hasChildren;
}

bool DivisionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeOf(parent);
    return !n->loaded && n->division.hasChildren;
}

void DivisionTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *n = nodeOf(parent);
    if (n->loaded)
        return;
    const QList<Division> kids = m_ws.divisions().children(n->division.code);
    if (kids.isEmpty()) {
        n->loaded = true;
        return;
    }
    beginInsertRows(parent, 0, int(kids.size()) - 1);
    loadChildren(n, kids);
    endInsertRows();
}

QVariant DivisionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const RiskLevel level = n->level();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n->division.name;
        case CodeColumn: return n->division.code;
        case LevelColumn: return level == RiskLevel::Low ? tr("Low") : riskLevelLabel(level);
        case AreasColumn:
            if (n->summary.high + n->summary.medium == 0)
                return QString();
            return tr("%1 high · %2 medium").arg(n->summary.high).arg(n->summary.medium);
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == LevelColumn && level != RiskLevel::Low)
            return QBrush(riskBackground(level));
        break;
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn && level != RiskLevel::Low)
            return QBrush(riskForeground(level));
        if (index.column() == LevelColumn)
            return QBrush(riskBackground(RiskLevel::Low));
        if (index.column() == AreasColumn && n->summary.high > 0)
            return QBrush(riskBackground(RiskLevel::High));
        break;
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn && n->inherited > n->summary.own)
            return tr("Inherited from a declaration on a higher division");
        break;
    case CodeRole: return n->division.code;
    case LevelRole: return int(level);
    case DivisionLevelRole: return n->division.level;
    }
    return {};
}

QVariant DivisionTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Division");
    case CodeColumn: return tr("Code");
    case LevelColumn: return tr("Risk level");
    case AreasColumn: return tr("Areas in force within");
    }
    return {};
}

QString DivisionTreeModel::codeAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->division.code : QString();
}

QModelIndex DivisionTreeModel::indexForCode(const QString &code)
{
    QStringList chain = divcode::ancestorsOf(code);
    chain << code;
    QModelIndex current;
    for (const QString &c : chain) {
        if (canFetchMore(current))
            fetchMore(current);
        const Node *p = nodeOf(current);
        QModelIndex found;
        for (const auto &child : p->children)
            if (child->division.code == c)
                found = createIndex(child->row, 0, child.get());
        if (!found.isValid())
            return {};
        current = found;
    }
    return current;
}

void DivisionTreeModel::setTime(qint64 at)
{
    m_at = at;
    refreshRisk();
}

void DivisionTreeModel::refreshRisk()
{
    refreshNode(m_root.get(), {});
}

void DivisionTreeModel::refreshNode(Node *n, const QModelIndex &index)
{
    if (!n->loaded || n->children.empty())
        return;
    const auto summaries = m_ws.risk().childSummaries(n->division.code, m_at);
    for (auto &c : n->children) {
        c->summary = summaries.value(c->division.code);
        c->inherited = n == m_root.get() ? RiskLevel::Low : n->level();
    }
    // One signal for the whole block of children.
    emit dataChanged(this->index(0, 0, index), this->index(int(n->children.size()) - 1, ColumnCount - 1, index));
    for (auto &c : n->children)
        if (c->loaded)
            refreshNode(c.get(), createIndex(c->row, 0, c.get()));
}

} // namespace hc
