#pragma once
#include "Holder.h"
#include "PolicyEngine.h"
#include "Progress.h"
#include "Roles.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hc {

class AuditLog;
class Clock;

// A report that starts a condition (case, contact, observation, symptoms, arrival, manual order).
struct ConditionReport
{
    enum class Type { Case, Suspected, CloseContact, CoTraveller, Observation, FeverClinic, Arrival, Manual };
    Type type = Type::Case;
    qint64 at = 0;
    std::optional<qint64> exposure;    // close contact / co-traveller; defaults to `at`
    policy::Color color = policy::Color::Red; // manual
    std::optional<qint64> until;       // manual
    QString fromProvince;              // arrival
    QStringList approvers;             // manual: the requester and the approver (set on approval)
    BasisKind basisKind = BasisKind::CaseReport;
    QString basisRef;  // the case report's number, the order's number, …
    QString basisText; // in words
};
// An event that ends a condition by the rules (discharge starts the 28 days).
enum class ConditionEnd { Discharge, RuledOut, ObservationEnd };

struct UpsertOutcome
{
    Holder holder;
    bool created = false;
};

struct TickReport
{
    qint64 evaluated = 0;
    qint64 changed = 0;
};

// Holders and their conditions: every change validates, writes the change, the holder's history, the
// audit entry and the sync message in one transaction, and re-evaluates the color by the policy in force.
class HolderService
{
    Q_DECLARE_TR_FUNCTIONS(hc::HolderService)
public:
    HolderService(QSqlDatabase db, const Clock &clock);

    Result<UpsertOutcome> upsert(const HolderInput &in, const QString &actor, AuditLog &audit);
    // Checks and normalises one holder's data (ID check digit, divisions in the tree, phone) without writing.
    Result<HolderInput> validate(const HolderInput &in) const;
    // A CSV of holders (header: id_type,id_number,name,phone,home_division,address,source_division; id_type and
    // the last four optional). Every row is checked first: any bad row is named by line and nothing is written;
    // else all rows are written in one transaction, a known ID number updating its holder.
    struct ImportReport
    {
        int rows = 0;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // Progress: checking rows (records read / lines in the file), then writing holders (done / rows), or comparing
    // them with the registered holders for a dry run. One transaction: a cancel before the end changes nothing.
    Result<ImportReport> importCsv(const QByteArray &csv, const QString &actor, AuditLog &audit, bool dryRun = false,
                                   const ProgressFn &progress = {});
    Status bind(qint64 guardianId, qint64 dependentId, const QString &relation, const QString &actor, AuditLog &audit);
    Status declare(qint64 holderId, qint64 at, const QStringList &symptoms, const QString &actor, AuditLog &audit);
    // A report starts a condition; manual orders are refused here: they are requested and need a second official.
    Result<std::optional<qint64>> report(qint64 holderId, const ConditionReport &r, const QString &actor, AuditLog &audit);
    // Four-eyes: a supervisor requests a manual order (an approval request); another supervisor approves it.
    Result<qint64> requestManualOrder(qint64 holderId, const ConditionReport &r, const QString &actor, AuditLog &audit);
    // Run by ApprovalService inside the approval's transaction.
    Result<std::optional<qint64>> applyManualOrder(const QJsonObject &payload, const QString &requester, const QString &approver,
                                                   AuditLog &audit);
    Status end(qint64 holderId, ConditionEnd what, qint64 at, const QString &basisRef, const QString &actor, AuditLog &audit);
    Result<int> voidKind(qint64 holderId, policy::ConditionKind kind, qint64 at, const QString &basisRef,
                         const QString &reason, const QString &actor, AuditLog &audit);
    // A stay (from scan records or a declaration): gives stay_high / stay_medium when 60 minutes fall in risk areas.
    Result<std::optional<qint64>> recordStay(qint64 holderId, const QString &division, const QString &address, qint64 at,
                                             int minutes, const QString &actor, AuditLog &audit);
    // Time passing: re-evaluates only holders whose next change time has come.
    Result<TickReport> tick(const QString &actor, AuditLog &audit);

    // One holder, masked, for an official who may look holders up in the holder's home division.
    Result<Holder> lookup(qint64 holderId, const QString &actor, AuditLog &audit) const;
    // One holder's full personal data for one view: needs the permission, the holder inside the official's
    // jurisdiction and a stated purpose; every reveal is an audit entry (and so is a refusal).
    Result<Holder> reveal(qint64 holderId, const QString &purpose, const QString &actor, AuditLog &audit);

    // The color at any time t from the conditions and declarations as recorded now.
    policy::Evaluation colorAt(qint64 holderId, qint64 t) const;
    policy::Policy policyInForce() const;
    QByteArray identitySecret() const;

    static QStringList symptomKeys(); // fever, cough, diarrhoea

    // A person another commission handed over (issue 19), registered inside the caller's transaction by whoever
    // accepted the hand-off (the caller checked that permission): validated like upsert, with its audit entry.
    Result<UpsertOutcome> registerReceived(const HolderInput &in, const QString &actor, AuditLog &audit);

private:
    qint64 now() const;
    // Permission and the holder's home inside the actor's jurisdiction; a refusal is audited.
    Status authorize(const QString &actor, Permission p, qint64 holderId, const QString &action, AuditLog &audit) const;
    Status validateReport(const ConditionReport &r) const;
    // Refused when an active condition of `kind` came from another province's commission (a hand-off or a push):
    // only its source lifts it.
    Status onlySourceMayLift(qint64 holderId, policy::ConditionKind kind, qint64 at) const;
    Result<std::optional<qint64>> applyReport(qint64 holderId, const ConditionReport &r, const QString &actor, AuditLog &audit);
    // The writes of upsert inside the caller's transaction; `changed` tells whether anything was written.
    Result<UpsertOutcome> write(const HolderInput &valid, const QString &actor, AuditLog &audit, bool *changed);
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
