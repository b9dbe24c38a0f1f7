#include "AuditLogModel.h"
#include "AuditActions.h"
#include "TimeUtil.h"
#include "Workspace.h"

namespace hc {

AuditLogModel::AuditLogModel(Workspace &ws, QObject *parent) : KeysetTableModel(200, parent), m_ws(ws)
{
    setFilter({});
}

void AuditLogModel::setFilter(const AuditFilter &f)
{
    m_filter = f;
    m_names.reload(m_ws.db());
    if (!f.actor.isEmpty() && !m_names.isKnown(f.actor)) {
        QStringList named;
        for (const QString &login : m_names.loginsMatching(f.actor))
            if (m_names.name(login) == f.actor || m_names.precise(login) == f.actor)
                named << login;
        if (named.size() == 1)
            m_filter.actor = named.first();
    }
    const auto who = m_ws.official();
    const Status allowed = who ? Authorizer::check(who.value(), Permission::ReadAudit) : Status(who.error());
    m_refusal = allowed ? QString() : allowed.error().message;
    reloadRows();
}

QList<AuditEntry> AuditLogModel::loadPage(const AuditEntry *last, int limit) const
{
    if (!m_refusal.isEmpty())
        return {};
    AuditFilter f = m_filter;
    f.limit = limit;
    f.beforeId = last ? last->id : 0;
    return m_ws.audit().page(f);
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry &e = rowAt(index.row());
    switch (index.column()) {
    case IdColumn: return e.id;
    case TimeColumn: return time::format(QDateTime::fromMSecsSinceEpoch(e.atMs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case ActorColumn: return role == Qt::ToolTipRole ? e.actor : m_names.precise(e.actor); // the login stays visible
    case ActionColumn: return role == Qt::ToolTipRole ? e.action : auditActionLabel(e.action);
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
