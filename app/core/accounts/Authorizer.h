#pragma once
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hc {

// Loads officials with their roles and jurisdiction and decides whether an operation is allowed; every
// refusal names the official's roles and what was asked.
class Authorizer
{
    Q_DECLARE_TR_FUNCTIONS(hc::Authorizer)
public:
    explicit Authorizer(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<Official> official(const QString &username) const; // refused if unknown, disabled or locked
    // Permission, and — when a division is given — the jurisdiction.
    static Status check(const Official &who, Permission p, const QString &division = {});
    Status require(const QString &username, Permission p, const QString &division = {}) const;
    // The same, and a refusal is written to the audit log in its own transaction (the only trace it leaves).
    Status requireAudited(const QString &username, Permission p, const QString &division, const QString &action,
                          const QString &object, class AuditLog &audit) const;

    // Where an official may look holders up: the asked-for division subtree narrowed to the jurisdiction
    // ("" asks for everything the official may see); refused (and audited) when the two do not meet.
    Result<QString> holderScope(const QString &username, const QString &requested, class AuditLog &audit) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
