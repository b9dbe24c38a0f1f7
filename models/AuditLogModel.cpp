#include "AuditLogModel.h"
#include "TimeUtil.h"
#include "Workspace.h"

namespace hc {

AuditLogModel::AuditLogModel(Workspace &ws, QObject *parent) : KeysetTableModel(200, parent), m_ws(ws)
{
    setFilter({});
}

QStringList AuditLogModel::actorsFor(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const OfficialNames &names = officials();
    if (names.isKnown(text))
        return {text};
    for (const char *own : {"system", "platform"}) // 系统, 全国平台
        if (OfficialNames::nonOfficial(QLatin1String(own)).value_or(QString()) == text)
            return {QLatin1String(own)};
    // The whole display name first (two officials may share it: both are meant), else any part of a name or login.
    QStringList exact;
    for (const QString &login : names.loginsMatching(QString())) // every official
        if (names.name(login) == text || names.precise(login) == text)
            exact << login;
        else if (const auto it = names.name(login); it.endsWith(QLatin1Char(')')) && it.section(QStringLiteral(" ("), 0, 0) == text)
            exact << login; // 王主任, shown as "王主任 (wang)" because another official shares it
    const QStringList matching = exact.isEmpty() ? names.loginsMatching(text) : QStringList();
    return exact.isEmpty() ? matching : exact;
}

void AuditLogModel::setFilter(const AuditFilter &f)
{
    m_filter = f;
    m_describer.reset(m_ws.db());
    if (!f.actor.isEmpty()) {
        // A name that stands for no one is kept as typed: it matches nothing (or a login no longer in the account table).
        if (const QStringList logins = actorsFor(f.actor); !logins.isEmpty()) {
            m_filter.actor.clear();
            m_filter.actors = logins;
        }
    }
    if (!f.text.isEmpty()) { // names as shown: 张店区, 王主任, 张三, a case reference
        const AuditNames::Named named = m_describer.names().objectsNamed(m_ws.db(), f.text);
        m_filter.objects = named.objects;
        m_filter.objectPrefixes = named.prefixes;
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
    const QList<AuditEntry> page = m_ws.audit().page(f);
    m_describer.prepare(m_ws.db(), page); // one query per kind of reference for the whole page
    return page;
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
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case IdColumn: return e.id;
    case TimeColumn: return time::format(QDateTime::fromMSecsSinceEpoch(e.atMs)).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case ActorColumn: return tip ? e.actor : m_describer.actor(e.actor); // the login stays visible
    case ActionColumn: return m_describer.action(e.action);
    case ObjectColumn: return m_describer.object(e.object);
    case ChangesColumn:
        if (tip) // every line, and where the whole entry is
            return m_describer.lines(e).join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Double-click for the whole entry and its hash.");
        return m_describer.summary(e);
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
    case ChangesColumn: return tr("What changed");
    }
    return {};
}

} // namespace hc
