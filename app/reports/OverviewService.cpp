#include "OverviewService.h"

#include "Authorizer.h"
#include "Clock.h"
#include "SecretStore.h"
#include "SyncService.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace hc::reports {

namespace {

QJsonObject colorsJson(const ColorArray &c)
{
    return {{QStringLiteral("green"), c[0]}, {QStringLiteral("gray"), c[1]}, {QStringLiteral("yellow"), c[2]},
            {QStringLiteral("red"), c[3]}, {QStringLiteral("total"), Figures::total(c)}};
}

QJsonObject areasJson(const AreaCount &a)
{
    return {{QStringLiteral("high"), a.high}, {QStringLiteral("medium"), a.medium}};
}

qint64 scalar(QSqlQuery &q)
{
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString OverviewService::rowKeyOf(const QString &scope, const QString &county)
{
    return Figures::rowKey(scope, county);
}

Result<Overview> OverviewService::load(const Official &who) const
{
    if (Status s = Authorizer::check(who, Permission::LookupHolder); !s)
        return s.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString scope = Figures::prefixOf(who.jurisdiction);
    const Figures f(m_db);
    Overview o;
    o.scope = scope;
    o.scopeName = f.pathName(who.jurisdiction);
    o.at = now;
    const auto nowBy = f.colorsByCounty(scope, now);
    const auto yBy = f.colorsByCounty(scope, now - 86400);
    const auto areaBy = f.areasByCounty(scope, now);
    QMap<QString, AreaRow> rows;
    auto row = [&](const QString &county) -> AreaRow & {
        const QString key = rowKeyOf(scope, county);
        AreaRow &r = rows[key];
        r.code = key;
        return r;
    };
    for (auto it = nowBy.cbegin(); it != nowBy.cend(); ++it)
        for (size_t i = 0; i < 4; ++i)
            row(it.key()).colors[i] += it.value()[i], o.tiles.colors[i] += it.value()[i];
    for (auto it = yBy.cbegin(); it != yBy.cend(); ++it)
        for (size_t i = 0; i < 4; ++i)
            row(it.key()).yesterday[i] += it.value()[i], o.tiles.yesterday[i] += it.value()[i];
    for (auto it = areaBy.cbegin(); it != areaBy.cend(); ++it) {
        AreaRow &r = row(it.key());
        r.areas.high += it->high, r.areas.medium += it->medium;
        o.tiles.areas.high += it->high, o.tiles.areas.medium += it->medium;
    }
    for (AreaRow &r : rows) {
        r.name = f.name(r.code);
        o.rows << r;
    }

    const QString end = scope + QChar(0xFFFF);
    QSqlQuery q(m_db);
    if (who.can(Permission::Approve)) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM approval WHERE status = 'pending' AND requested_by <> ?"
                                 " AND division >= ? AND division < ?"));
        q.addBindValue(who.username);
        q.addBindValue(who.jurisdiction);
        q.addBindValue(who.jurisdiction + QChar(0xFFFF));
        o.tiles.approvalsWaiting = scalar(q);
    }
    q.prepare(QStringLiteral("SELECT SUM(CASE WHEN t.deadline_at < ? THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN t.deadline_at >= ? AND t.deadline_at < ? THEN 1 ELSE 0 END) FROM ticket t"
                             " CROSS JOIN holder h WHERE h.id = t.holder_id AND t.state <> 'closed'"
                             " AND h.home_division >= ? AND h.home_division < ?"));
    for (const QVariant &v : QVariantList{now, now, now + kDueSoonSeconds, scope, end})
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        o.tiles.ticketsOverdue = q.value(0).toLongLong();
        o.tiles.ticketsDueSoon = q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT SUM(CASE WHEN deadline_at < ? THEN 1 ELSE 0 END),"
                             " SUM(CASE WHEN deadline_at >= ? AND deadline_at < ? THEN 1 ELSE 0 END) FROM ticket"
                             " WHERE assignee = ? AND state <> 'closed'"));
    for (const QVariant &v : QVariantList{now, now, now + kMineDueSeconds, who.username})
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        o.tiles.myTicketsOverdue = q.value(0).toLongLong();
        o.tiles.myTicketsDue = q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM case_batch WHERE kind = 'cases' AND status IN ('imported', 'pending')"));
    o.tiles.batchesWaiting = scalar(q);
    if (who.can(Permission::BulkReassign)) {
        q.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN deadline_at < ? THEN 1 ELSE 0 END) FROM handoff"
                                 " WHERE direction = 'in' AND state = 'received'"));
        q.addBindValue(now);
        if (q.exec() && q.next()) {
            o.tiles.handoffsWaiting = q.value(0).toLongLong();
            o.tiles.handoffsOverdue = q.value(1).toLongLong();
        }
    }
    const qint64 today = Figures::dayStart(now);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM case_batch WHERE imported_at >= ?"));
    q.addBindValue(today);
    o.tiles.batchesImported = scalar(q);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM case_batch WHERE applied_at >= ? AND status = 'applied'"));
    q.addBindValue(today);
    o.tiles.batchesApplied = scalar(q);

    MemorySecretStore none; // the status reads no secret
    const sync::SyncStatus st = sync::SyncService(m_db, m_clock, none).status();
    o.tiles.syncConfigured = st.configured;
    o.tiles.syncWaiting = st.queueDepth;
    o.tiles.oldestUndeliveredAt = st.oldestUndeliveredAt;
    o.tiles.syncAgeSeconds = st.ageSeconds;
    o.tiles.syncAlert = st.alert;
    return o;
}

Result<OverviewSeries> OverviewService::series(const Official &who, int days) const
{
    if (Status s = Authorizer::check(who, Permission::LookupHolder); !s)
        return s.error();
    if (days < 7 || days > 366)
        return Error::badInput(tr("A trend covers 7 to 366 days."));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString scope = Figures::prefixOf(who.jurisdiction);
    const Figures f(m_db);
    OverviewSeries s;
    s.days = days;
    s.firstDay = Figures::dayStart(now) - qint64(days - 1) * 86400;
    s.colors = f.colorsPerDay(scope, s.firstDay, days);
    s.areas = f.areasPerDay(scope, s.firstDay, days, now);
    s.tickets = f.ticketsPerDay(scope, s.firstDay, days, now);
    return s;
}

QJsonObject Overview::toJson() const
{
    QJsonArray rowsJson;
    for (const AreaRow &r : rows)
        rowsJson.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name},
                                    {QStringLiteral("colors"), colorsJson(r.colors)},
                                    {QStringLiteral("yesterday"), colorsJson(r.yesterday)},
                                    {QStringLiteral("areas"), areasJson(r.areas)}});
    const OverviewTiles &t = tiles;
    return {{QStringLiteral("scope"), scope},
            {QStringLiteral("scope_name"), scopeName},
            {QStringLiteral("at"), time::format(at)},
            {QStringLiteral("colors"), colorsJson(t.colors)},
            {QStringLiteral("yesterday"), colorsJson(t.yesterday)},
            {QStringLiteral("areas"), areasJson(t.areas)},
            {QStringLiteral("approvals_waiting"), t.approvalsWaiting},
            {QStringLiteral("tickets_overdue"), t.ticketsOverdue},
            {QStringLiteral("tickets_due_soon"), t.ticketsDueSoon},
            {QStringLiteral("batches_imported_today"), t.batchesImported},
            {QStringLiteral("batches_applied_today"), t.batchesApplied},
            {QStringLiteral("my_tickets_overdue"), t.myTicketsOverdue},
            {QStringLiteral("my_tickets_due_8h"), t.myTicketsDue},
            {QStringLiteral("batches_waiting"), t.batchesWaiting},
            {QStringLiteral("handoffs_waiting"), t.handoffsWaiting},
            {QStringLiteral("handoffs_overdue"), t.handoffsOverdue},
            {QStringLiteral("sync"), QJsonObject{{QStringLiteral("configured"), t.syncConfigured},
                                                 {QStringLiteral("waiting"), t.syncWaiting},
                                                 {QStringLiteral("oldest_undelivered_at"),
                                                  t.oldestUndeliveredAt ? QJsonValue(time::format(*t.oldestUndeliveredAt)) : QJsonValue()},
                                                 {QStringLiteral("age_seconds"), t.syncAgeSeconds},
                                                 {QStringLiteral("alert"), t.syncAlert}}},
            {QStringLiteral("rows"), rowsJson}};
}

QJsonObject OverviewSeries::toJson() const
{
    QJsonArray d;
    for (int i = 0; i < days; ++i)
        d.append(QJsonObject{{QStringLiteral("day"), time::format(firstDay + qint64(i) * 86400).left(10)},
                             {QStringLiteral("colors"), colorsJson(colors.value(i))},
                             {QStringLiteral("areas"), areasJson(areas.value(i))},
                             {QStringLiteral("tickets_received"), tickets.value(i).received},
                             {QStringLiteral("tickets_closed"), tickets.value(i).closed},
                             {QStringLiteral("tickets_overdue"), tickets.value(i).overdue}});
    return {{QStringLiteral("days"), d}};
}

} // namespace hc::reports
