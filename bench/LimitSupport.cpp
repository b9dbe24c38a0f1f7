#include "LimitSupport.h"

#include "BenchSupport.h"
#include "DivisionCode.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace hc::bench {

QString countyWhere(const QString &county, QVariantList *binds)
{
    *binds << county << divcode::prefixEnd(county);
    return QStringLiteral("home_division >= ? AND home_division < ?");
}

QString venueWhere(const QString &venue, QVariantList *binds)
{
    *binds << venue;
    return QStringLiteral("id IN (SELECT holder_id FROM scan_record WHERE venue_code = ?)");
}

BareUpdate bareColorUpdate(QSqlDatabase db, const QString &where, const QVariantList &binds, int color, qint64 now,
                           qint64 cacheKib)
{
    if (cacheKib > 0)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(cacheKib));
    QElapsedTimer t;
    t.start();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE holder SET color = ?, color_since = ?, next_change_at = NULL WHERE ") + where);
    q.addBindValue(color);
    q.addBindValue(now);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    const qint64 n = q.numRowsAffected();
    db.commit();
    return {elapsedMs(t), n};
}

ColorSnapshot::ColorSnapshot(QSqlDatabase db, const QString &where, const QVariantList &binds) : m_db(db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.bench_colors"));
    q.prepare(QStringLiteral("CREATE TEMP TABLE bench_colors AS SELECT id, color, color_since, next_change_at, policy_version"
                             " FROM holder WHERE ")
              + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    m_ok = q.exec() && q.exec(QStringLiteral("SELECT COUNT(*) FROM temp.bench_colors")) && q.next();
    if (m_ok)
        m_rows = q.value(0).toLongLong();
}

bool ColorSnapshot::restore()
{
    if (!m_ok)
        return false;
    m_db.transaction();
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("UPDATE holder SET color = s.color, color_since = s.color_since,"
                                          " next_change_at = s.next_change_at, policy_version = s.policy_version"
                                          " FROM temp.bench_colors s WHERE holder.id = s.id"))
                    && q.numRowsAffected() == m_rows;
    m_db.commit();
    q.exec(QStringLiteral("DROP TABLE temp.bench_colors"));
    m_ok = false;
    return ok;
}

} // namespace hc::bench
