#pragma once
#include "Result.h"
#include "RiskLevel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace hc {

class AuditLog;
class Clock;

struct Declaration
{
    QString divisionCode;
    QStringList subareas; // empty: the whole division; each entry is its own area
    RiskLevel level = RiskLevel::High;
    QDateTime from;
    std::optional<QDateTime> to;
    QString basis;
    QString reason;
};

struct RiskPeriod
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString divisionCode;
    QString divisionName;
    QString subarea;
    RiskLevel level = RiskLevel::Low;
    qint64 from = 0;
    std::optional<qint64> to;
    QString basis;
    QString reason;
    QString source; // "manual" or "national"
    QString declaredBy;
    qint64 declaredAt = 0;
    QString endedBy;
    QString endReason;
};

// What became of a submitted declaration: in force now, or waiting for a second official.
struct DeclareOutcome
{
    QList<RiskPeriod> periods;
    std::optional<qint64> approval; // the approval request's id
    QString why;                    // why it needs a second official, in words
};

struct AreaFilter
{
    qint64 at = 0;                       // in force at this time (epoch seconds)
    std::optional<RiskLevel> level;      // only this level
    QString divisionPrefix;              // only areas at or below this division
    int divisionLevel = 0;               // only areas on divisions of this level (1–5); 0 = any
    QString afterCode;                   // keyset paging on (division code, period id): areas come
    qint64 afterId = 0;                  // grouped by division
    int limit = 200;
    void after(const RiskPeriod &last)
    {
        afterCode = last.divisionCode;
        afterId = last.id;
    }
};

struct RiskSummary
{
    RiskLevel own = RiskLevel::Low; // a whole-division declaration on exactly this division
    int high = 0;                   // areas in force at or below it
    int medium = 0;
};

// Declares, lowers, raises and lifts risk areas; answers "what is in force at t".
class RiskAreaService final
{
public:
    RiskAreaService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Needs the declare permission and the division inside the jurisdiction. A declaration at county level or
    // above, or one whose areas have more residents than the policy's four-eyes threshold, needs a second
    // official: declare() refuses it, submit() files it as an approval request instead.
    Result<QList<RiskPeriod>> declare(const Declaration &d, const QString &actor, AuditLog &audit);
    Result<DeclareOutcome> submit(const Declaration &d, const QString &actor, AuditLog &audit);
    // Why a (validated) declaration needs a second official, in words; empty when one official may make it.
    Result<QString> secondOfficialNeeded(const Declaration &v) const;
    // Run by ApprovalService inside the approval's transaction.
    Result<QList<RiskPeriod>> applyApproved(const QJsonObject &payload, const QString &requester, const QString &approver,
                                            AuditLog &audit);
    Result<QList<RiskPeriod>> lift(const QString &divisionCode, const QStringList &subareas, const QDateTime &at,
                                   const QString &reason, const QString &actor, AuditLog &audit);

    QList<RiskPeriod> inForce(const AreaFilter &f) const;
    qint64 countInForce(const AreaFilter &f) const;
    QList<RiskPeriod> history(const QString &divisionCode, const QString &subarea) const;
    std::optional<RiskPeriod> period(qint64 periodId) const;
    // Level applying to the whole of code at t, from declarations on it or on any ancestor.
    RiskLevel effectiveLevel(const QString &code, qint64 at) const;
    // For each child of parentCode ("" = provinces) that has areas in force at t.
    QHash<QString, RiskSummary> childSummaries(const QString &parentCode, qint64 at) const;

private:
    qint64 residentsAtMost(const QString &divisionCode) const; // sizes the page cache of a declaration
    Result<Declaration> validated(const Declaration &d) const;
    Status conflicts(const Declaration &v) const; // what write() would refuse, checked without writing
    // The permission and jurisdiction (a refusal is audited); then why it needs a second official ("" if not).
    Result<QString> admit(const Declaration &v, const QString &actor, AuditLog &audit) const;
    Result<QList<RiskPeriod>> writeNow(const Declaration &v, const QString &actor, AuditLog &audit); // in its own transaction
    // The declaration's periods, audit entries and the residents' reconciliation, inside the caller's transaction.
    Result<QList<RiskPeriod>> write(const Declaration &v, const QString &actor, const QStringList &approvers, AuditLog &audit);
    // Inside declare()/lift()'s transaction (bulk writers use PeriodWriter directly).
    Result<qint64> areaId(const QString &divisionCode, const QString &subarea);
    Result<qint64> openPeriod(qint64 areaId, RiskLevel level, qint64 from, std::optional<qint64> to,
                              const QString &basis, const QString &reason, const QString &source,
                              std::optional<qint64> importId, const QString &actor);
    Status endPeriod(qint64 periodId, qint64 at, const QString &actor, const QString &reason);

    std::optional<RiskPeriod> latestPeriod(qint64 areaId) const;
    std::optional<RiskPeriod> periodAt(qint64 areaId, qint64 at) const;
    QList<RiskPeriod> select(const QString &where, const QVariantList &binds, const QString &tail) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
