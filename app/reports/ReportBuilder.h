#pragma once
#include "Report.h"
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace hc {
class Clock;
}

namespace hc::reports {

// What to report on. Unused fields are ignored by the kind.
struct ReportRequest
{
    ReportKind kind = ReportKind::Daily;
    QDate date;       // daily: the day (UTC+8)
    QString division; // daily, announcement: within the jurisdiction ("" = the jurisdiction)
    qint64 at = 0;    // announcement: areas in force at this time
    QString month;    // tickets: YYYY-MM
    qint64 batchId = 0; // batch
};

// Builds the figures of a report from the database, for an official: the look-up permission within the
// jurisdiction (the batch report: the case-batch permission). Reports are documents of record and are always
// written in Simplified Chinese, whatever the console's language. Personal data appears only masked.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(hc::reports::ReportBuilder)
public:
    static constexpr qint64 kEarliest = 1575129600; // 2019-12-01 00:00 UTC+8: nothing before can be reported

    ReportBuilder(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}
    Result<Report> build(const Official &who, const ReportRequest &request) const;

private:
    Result<Report> daily(const Official &who, const ReportRequest &r, qint64 now) const;
    Result<Report> announcement(const Official &who, const ReportRequest &r, qint64 now) const;
    Result<Report> tickets(const Official &who, const ReportRequest &r, qint64 now) const;
    Result<Report> batch(const Official &who, const ReportRequest &r, qint64 now) const;
    Result<QString> scopeOf(const Official &who, const QString &division) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

// Wording shared by the report builders.
namespace words {
QString date(qint64 t);          // 2022年11月1日
QString dateTime(qint64 t);      // 2022年11月1日 08:00
QString level(int level);        // 高风险区 / 中风险区
QString signedDelta(qint64 n);   // +3, -2, 0
QString hours(double h);         // 6.5
} // namespace words

} // namespace hc::reports
