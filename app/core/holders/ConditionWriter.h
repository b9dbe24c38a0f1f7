#pragma once
#include "BulkInsert.h"
#include "Holder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <vector>

namespace hc {

// Inserts and ends conditions with statements prepared once (bulk changes write millions). Deferred (Writes, on
// PostgreSQL): new conditions go by COPY with ids reserved from the table's sequence, ended ones are staged and
// updated together at finish().
class ConditionWriter
{
    Q_DISABLE_COPY_MOVE(ConditionWriter)
public:
    ConditionWriter(QSqlDatabase db, QString actor, qint64 now, int policyVersion, Writes writes = Writes::Immediate);
    Status insert(ConditionRecord &c); // sets c.id, createdBy/At and the policy version
    // Writes the clear rules and resolved clear of an existing condition, with who ended it and why. A condition
    // voided here moves to condition_voided (Migrations v10): it never counts for a color again.
    Status updateClear(const ConditionRecord &c, const QString &endReason);
    // Where deferred writes reach their tables (a no-op when immediate); the caller's transaction fails without it.
    Status finish();
    const QString &actor() const { return m_actor; }
    // Conditions written from now on belong to this case batch (reverting the batch voids them).
    void setBatch(std::optional<qint64> batchId) { m_batch = batchId; }

private:
    Status moveToVoided(qint64 id);
    Result<qint64> reserveId();
    Status returnUnusedIds();

    QSqlDatabase m_db;
    QString m_actor;
    qint64 m_now;
    int m_policyVersion;
    std::optional<qint64> m_batch;
    bool m_deferred;
    Status m_stage; // the deferred path's temporary tables
    BulkInsert m_insert;
    BulkInsert m_update;
    BulkInsert m_archive; // deferred: the ids to move to condition_voided
    BulkInsert m_remove;
    // Deferred: condition ids taken from the sequence in blocks (a round trip per block, not per row).
    QString m_sequence;
    std::vector<qint64> m_ids;
    size_t m_nextId = 0;
    int m_block = 16;
    qint64 m_staged = 0, m_voided = 0;
};

} // namespace hc
