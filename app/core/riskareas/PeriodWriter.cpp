#include "PeriodWriter.h"
#include "Clock.h"
#include "Database.h"

namespace hc {

PeriodWriter::PeriodWriter(QSqlDatabase db, const Clock &clock)
    : m_db(db), m_now(clock.now().toSecsSinceEpoch()), m_findArea(db), m_insertArea(db), m_open(db), m_end(db)
{
}

namespace {

// The id an INSERT … RETURNING id gave; the statement is reset, ready for the next row.
Result<qint64> returnedId(QSqlQuery &q)
{
    if (!q.next()) {
        q.finish();
        return Error::internal(QStringLiteral("%1: returned no id").arg(q.lastQuery()));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

} // namespace

QSqlQuery &PeriodWriter::prepared(QSqlQuery &q, const char *sql)
{
    if (q.lastQuery().isEmpty())
        q.prepare(QString::fromLatin1(sql));
    return q;
}

Result<qint64> PeriodWriter::areaId(const QString &divisionCode, const QString &subarea)
{
    QSqlQuery &q = prepared(m_findArea, "SELECT id FROM risk_area WHERE division_code = ? AND subarea_key = ?");
    q.bindValue(0, divisionCode);
    q.bindValue(1, text(normaliseSubarea(subarea)));
    if (Status s = exec(q); !s)
        return s.error();
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    q.finish();
    return insertArea(divisionCode, subarea);
}

Result<qint64> PeriodWriter::insertArea(const QString &divisionCode, const QString &subarea)
{
    QSqlQuery &q = prepared(m_insertArea, "INSERT INTO risk_area(division_code, subarea, subarea_key) VALUES(?,?,?) RETURNING id");
    q.bindValue(0, divisionCode);
    q.bindValue(1, text(subarea.trimmed()));
    q.bindValue(2, text(normaliseSubarea(subarea)));
    if (Status s = exec(q); !s)
        return s.error();
    return returnedId(q);
}

Result<qint64> PeriodWriter::openPeriod(qint64 areaId, RiskLevel level, qint64 from, std::optional<qint64> to,
                                        const QString &basis, const QString &reason, const QString &source,
                                        std::optional<qint64> importId, const QString &actor)
{
    QSqlQuery &q = prepared(m_open, "INSERT INTO risk_period(area_id, level, effective_from, effective_to, basis, reason,"
                                    " source, import_id, declared_by, declared_at) VALUES(?,?,?,?,?,?,?,?,?,?) RETURNING id");
    const QVariantList values{areaId, int(level), from, to ? QVariant(*to) : QVariant(), text(basis), text(reason),
                              source, importId ? QVariant(*importId) : QVariant(), actor, m_now};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (Status s = exec(q); !s)
        return s.error();
    return returnedId(q);
}

Status PeriodWriter::endPeriod(qint64 periodId, qint64 at, const QString &actor, const QString &reason)
{
    QSqlQuery &q = prepared(m_end, "UPDATE risk_period SET effective_to = ?, ended_by = ?, ended_at = ?, end_reason = ?"
                                   " WHERE id = ?");
    q.bindValue(0, at);
    q.bindValue(1, actor);
    q.bindValue(2, m_now);
    q.bindValue(3, text(reason));
    q.bindValue(4, periodId);
    return exec(q);
}

} // namespace hc
