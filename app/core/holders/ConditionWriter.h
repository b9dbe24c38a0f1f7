#pragma once
#include "BulkInsert.h"
#include "Holder.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hc {

// Inserts and ends conditions with statements prepared once (bulk changes write millions).
class ConditionWriter
{
public:
    ConditionWriter(QSqlDatabase db, QString actor, qint64 now, int policyVersion);
    Status insert(ConditionRecord &c); // sets c.id, createdBy/At and the policy version
    // Writes the clear rules and resolved clear of an existing condition, with who ended it and why. A condition
    // voided here moves to condition_voided (Migrations v10): it never counts for a color again.
    Status updateClear(const ConditionRecord &c, const QString &endReason);
    const QString &actor() const { return m_actor; }
    // Conditions written from now on belong to this case batch (reverting the batch voids them).
    void setBatch(std::optional<qint64> batchId) { m_batch = batchId; }

private:
    QString m_actor;
    qint64 m_now;
    int m_policyVersion;
    std::optional<qint64> m_batch;
    Status moveToVoided(qint64 id);

    BulkInsert m_insert;
    BulkInsert m_update;
    BulkInsert m_archive;
    BulkInsert m_remove;
};

} // namespace hc
