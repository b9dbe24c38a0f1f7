#pragma once
// The raw limits of the bulk benchmarks, shared: a bare SQLite UPDATE of the colors of exactly the holders an
// operation re-evaluates (county-declare: the county's residents; case-batch: the holders scanned at the venue),
// in one committed transaction. ColorSnapshot puts the holders back as they were afterwards, so that a benchmark
// that goes on working on the same database sees colors its conditions explain.
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace hc::bench {

struct BareUpdate
{
    double ms = 0;
    qint64 rows = 0;
};

// The holders of a county (a division code prefix), as `county-declare` selects them.
QString countyWhere(const QString &county, QVariantList *binds);
// The holders scanned at a venue, as `case-batch` selects them.
QString venueWhere(const QString &venue, QVariantList *binds);

// `UPDATE holder SET color = ?, color_since = ?, next_change_at = NULL WHERE …` committed, timed. cacheKib > 0 sets
// the connection's page cache first (case-batch gives the bare UPDATE the 1 GiB a big batch runs with).
BareUpdate bareColorUpdate(QSqlDatabase db, const QString &where, const QVariantList &binds, int color, qint64 now,
                           qint64 cacheKib = 0);

// The colors (and when they changed, the next change, the policy version) of some holders, kept in a temporary
// table of the connection and written back by restore() (not timed: it only undoes a limit's UPDATE).
class ColorSnapshot final
{
public:
    ColorSnapshot(QSqlDatabase db, const QString &where, const QVariantList &binds);
    bool ok() const { return m_ok; }
    qint64 rows() const { return m_rows; }
    bool restore();

private:
    QSqlDatabase m_db;
    bool m_ok = false;
    qint64 m_rows = 0;
};

} // namespace hc::bench
