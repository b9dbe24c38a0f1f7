#include "AuditLogModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

namespace hc {

AuditLogModel::AuditLogModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    setFilter({});
}

void AuditLogModel::setFilter(const AuditFilter &f)
{
    m_resetting = true;
    beginResetModel();
    m_filter = f;
    m_filter.beforeId = 0;
    m_rows = m_ws.audit().page(m_filter);
    m_atEnd = m_rows.size() < m_filter.limit;
    endResetModel();
    m_resetting = false;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && !m_resetting;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    AuditFilter f = m_filter;
    f.beforeId = m_rows.last().id;
    const QList<AuditEntry> page = m_ws.audit().page(f);
    m_atEnd = page.size() < f.limit;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (index.column()) {
    case IdColumn: return e.id;
    case TimeColumn: return time::format(QDateTime::fromMSecsSinceEpoch(e.atMs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case ActorColumn: return e.actor;
    case ActionColumn: return e.action;
    case ObjectColumn: return e.object;
    case BeforeColumn: return e.before == QLatin1String("{}") ? QString() : e.before;
    case AfterColumn: return role == Qt::ToolTipRole ? e.after + QStringLiteral("\nsha256 ") + e.hash : e.after;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("No.");
    case TimeColumn: return tr("Time (UTC+8)");
    case ActorColumn: return tr("Official");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    }
    return {};
}

} // namespace hc
