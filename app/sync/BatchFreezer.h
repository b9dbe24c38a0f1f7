#pragma once
#include "SignedObject.h"
#include "SyncSettings.h"

#include <QCoreApplication>

namespace hc::sync {

// Drains the outbox into frozen batches: consecutive sequence ranges, each signed once with its bytes, batchId
// and prevBatchHash stored before the first send, so a retry resends identical bytes and no event is ever
// batched twice. Each batch is its own transaction: a crash leaves whole batches or none. Each batch carries the
// audit head at its freezing (auditHead, kept in sync_batch.audit_seq / audit_hash) for the platform to countersign.
class BatchFreezer
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::BatchFreezer)
public:
    // A batch ends after settings.batchEvents events or before its events' JSON would pass this many bytes, whichever
    // comes first, and holds at least one event. hc-platform refuses a batch body over 64 MiB with 413
    // (hc::platform::limits::kMaxBatchBodyBytes, app/platform/GuardedTlsServer.h), and a frozen batch never changes:
    // one over the cap could only go by hand. 16 MiB of events sign to about 16 MiB (CMS) or 22 MiB (SM: base64 in a
    // JSON envelope), a quarter to a third of the cap; 5,000 usual events are 2.3 MB, so only long reasons cut earlier.
    static constexpr qint64 kMaxEventBytes = 16LL * 1024 * 1024;

    BatchFreezer(QSqlDatabase db, const SyncSettings &settings, const SigningIdentity &signer, qint64 now);
    // Freezes everything not yet in a batch; returns how many batches were made.
    Result<int> freezeAll();
    // Freezes at most one batch of up to settings.batchEvents events and kMaxEventBytes; 0 when the outbox is drained.
    // `frozenEvents`, when given, receives how many events the batch holds.
    Result<int> freezeOne(int *frozenEvents = nullptr);

private:
    QSqlDatabase m_db;
    const SyncSettings &m_settings;
    const SigningIdentity &m_signer;
    qint64 m_now;
};

} // namespace hc::sync
