#pragma once
#include "Result.h"
#include "RiskLevel.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace hc {

class Clock;

// Writes areas and their periods with statements prepared once: the national import writes tens of
// thousands in one transaction. Runs inside the caller's transaction; writes no audit entry.
class PeriodWriter final
{
    Q_DISABLE_COPY_MOVE(PeriodWriter)
public:
    PeriodWriter(QSqlDatabase db, const Clock &clock);

    Result<qint64> areaId(const QString &divisionCode, const QString &subarea); // finds or creates
    Result<qint64> insertArea(const QString &divisionCode, const QString &subarea); // known to be new
    Result<qint64> openPeriod(qint64 areaId, RiskLevel level, qint64 from, std::optional<qint64> to,
                              const QString &basis, const QString &reason, const QString &source,
                              std::optional<qint64> importId, const QString &actor);
    Status endPeriod(qint64 periodId, qint64 at, const QString &actor, const QString &reason);

private:
    QSqlQuery &prepared(QSqlQuery &q, const char *sql);

    QSqlDatabase m_db;
    qint64 m_now;
    QSqlQuery m_findArea, m_insertArea, m_open, m_end;
};

} // namespace hc
