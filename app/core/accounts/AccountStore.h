#pragma once
#include "Result.h"
#include "Roles.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace hc {

class Clock;
class AuditLog;

struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    bool admin = false;
};

// Local officials' accounts: salted PBKDF2-HMAC-SHA256 (OpenSSL), constant-time comparison.
class AccountStore final
{
public:
    static constexpr int kDefaultIterations = 310000;
    static constexpr int kMaxFailures = 5; // failed sign-ins in a row that lock an account
    AccountStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    bool hasAccounts() const;
    // Creates an account and its audit entry in one transaction. The first account must be an administrator.
    Result<Account> create(const QString &username, const QString &displayName, const QString &password, bool admin,
                           const QString &actor, AuditLog &audit, int iterations = kDefaultIterations);
    // Counts failures; the kMaxFailures-th locks the account (audited) until an administrator unlocks it.
    Result<Account> authenticate(const QString &username, const QString &password) const;
    Status unlock(const QString &username, const QString &actor, AuditLog &audit);
    Status changePassword(const QString &username, const QString &oldPassword, const QString &newPassword, AuditLog &audit);
    // Roles and jurisdiction ("" = the whole country); administrators only, audited. Separation of duties (issue 16):
    // the administrator role is held alone, never with an operational role; and once the console has two
    // administrators, making a third is a request another administrator approves (requestAdministrator).
    Status setRoles(const QString &username, RoleSet roles, const QString &jurisdiction, const QString &actor, AuditLog &audit);
    // Administrators not disabled.
    int administrators() const;
    // Whether making `username` an administrator needs a second administrator's approval now.
    bool administratorNeedsApproval(const QString &username) const;
    // Files the request (kind "account_admin"); an administrator other than the requester approves it.
    Result<qint64> requestAdministrator(const QString &username, const QString &actor, AuditLog &audit);
    // Run by ApprovalService inside the approval's transaction: the account becomes an administrator (alone).
    Status applyAdministrator(const QJsonObject &payload, const QString &requester, const QString &approver, AuditLog &audit);

    struct Listed
    {
        Official official;
        bool locked = false;
        bool disabled = false;
    };
    QList<Listed> officials() const;

    static Status checkUsername(const QString &username);
    // At least 10 characters of two kinds (letters, digits, symbols), not containing the user name.
    static Status checkPassword(const QString &password, const QString &username = {});

private:
    Status writeRoles(qint64 id, const QString &username, RoleSet roles, const QString &scope, const QString &actor,
                      const QJsonObject &extra, AuditLog &audit);
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
