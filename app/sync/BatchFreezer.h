#pragma once
#include "SignedObject.h"
#include "SyncSettings.h"

namespace hc::sync {

// Drains the outbox into frozen batches: consecutive sequence ranges, each signed once with its bytes, batchId
// and prevBatchHash stored before the first send, so a retry resends identical bytes and no event is ever
// batched twice. Each batch is its own transaction: a crash leaves whole batches or none.
class BatchFreezer
{
public:
    BatchFreezer(QSqlDatabase db, const SyncSettings &settings, const SigningIdentity &signer, qint64 now);
    // Freezes everything not yet in a batch; returns how many batches were made.
    Result<int> freezeAll();
    // Freezes at most one batch of up to settings.batchEvents events; 0 when the outbox is drained.
    // `frozenEvents`, when given, receives how many events the batch holds.
    Result<int> freezeOne(int *frozenEvents = nullptr);

private:
    QSqlDatabase m_db;
    const SyncSettings &m_settings;
    const SigningIdentity &m_signer;
    qint64 m_now;
};

} // namespace hc::sync
