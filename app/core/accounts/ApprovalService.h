#pragma once
#include "Progress.h"
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog;
class Clock;

struct ApprovalRequest
{
    qint64 id = 0;
    QString kind; // "manual_order", …
    QString object;
    QString division; // what the request acts on, for the approver's jurisdiction
    QJsonObject payload;
    QString summary;
    QString requestedBy;
    qint64 requestedAt = 0;
    QString status; // pending, approved, rejected, withdrawn
    QString decidedBy;
    qint64 decidedAt = 0;
    QString reason;
    QString result;
};

// Four-eyes: a change that needs a second official waits here. Approving runs the change in the same
// transaction as the decision; the requester can never approve their own request.
class ApprovalService
{
    Q_DECLARE_TR_FUNCTIONS(hc::ApprovalService)
public:
    ApprovalService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // In its own transaction; the caller has checked the requester's permission.
    Result<qint64> request(const QString &kind, const QString &object, const QString &division, const QJsonObject &payload,
                           const QString &summary, const QString &actor, AuditLog &audit);
    // progress: the steps of a change that takes long (a case batch); it can be cancelled until it writes.
    Result<ApprovalRequest> approve(qint64 id, const QString &actor, AuditLog &audit, const ProgressFn &progress = {});
    Status reject(qint64 id, const QString &reason, const QString &actor, AuditLog &audit);
    Status withdraw(qint64 id, const QString &actor, AuditLog &audit); // by the requester, while pending

    std::optional<ApprovalRequest> find(qint64 id) const;
    QList<ApprovalRequest> list(const QString &status = QStringLiteral("pending"), int limit = 500) const;
    // What one official may read: an approver the requests of their jurisdiction, anyone else their own.
    QList<ApprovalRequest> listFor(const Official &official, const QString &status = QStringLiteral("pending"), int limit = 500) const;

private:
    Status stillPending(qint64 id) const; // inside the write transaction
    Result<ApprovalRequest> decidable(qint64 id, const QString &actor, AuditLog &audit) const;
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
