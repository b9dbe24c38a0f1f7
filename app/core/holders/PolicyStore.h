#pragma once
#include "Policy.h"

#include <QSqlDatabase>

namespace hc {

// Versioned policies in the database: the one in force at t is the latest version effective by then.
class PolicyStore
{
public:
    explicit PolicyStore(QSqlDatabase db) : m_db(std::move(db)) {}
    policy::Policy inForce(qint64 at) const; // the built-in default when the table is empty
    QList<policy::Policy> all() const;
    // A new version of a policy from its parameters; refuses a version that does not increase.
    Result<policy::Policy> add(const policy::Policy &p, const QString &actor, qint64 now);
    // What the console and hcctl call: needs the administrator's permission; added with its audit entry.
    Result<policy::Policy> publish(const policy::Policy &p, const QString &actor, qint64 now, class AuditLog &audit);

private:
    QSqlDatabase m_db;
};

} // namespace hc
