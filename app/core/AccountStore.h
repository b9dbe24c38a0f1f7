#pragma once
#include "Result.h"

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
    AccountStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    bool hasAccounts() const;
    // Creates an account and its audit entry in one transaction. The first account must be an administrator.
    Result<Account> create(const QString &username, const QString &displayName, const QString &password, bool admin,
                           const QString &actor, AuditLog &audit, int iterations = kDefaultIterations);
    Result<Account> authenticate(const QString &username, const QString &password) const;

    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
