#pragma once
#include "Clock.h"
#include "CredentialVault.h"
#include "SyncEngine.h"

#include <QCoreApplication>

namespace hc {
class AuditLog;
}

namespace hc::sync {

// The sync state an official sees: whether the platform answers, what waits and since when, why.
struct SyncStatus
{
    bool configured = false;
    SyncSettings settings;
    bool online = false;
    qint64 queueDepth = 0;    // events not yet delivered (frozen or not)
    qint64 unbatched = 0;     // of those, not yet frozen into a batch
    int frozenBatches = 0;
    int deliveredBatches = 0;
    std::optional<qint64> oldestUndeliveredAt;
    qint64 ageSeconds = 0;
    QString alert = QStringLiteral("ok"); // ok | warning (2 h) | alarm (4 h: the seed's deadline)
    QString lastError;
    qint64 lastErrorAt = 0;
    qint64 lastSuccessAt = 0;
    qint64 lastAttemptAt = 0;
    qint64 nextAttemptAt = 0;
    QString credentialsKept;
    struct Feed
    {
        QString feed;
        qint64 cursor = 0;
        int items = 0;
        qint64 lastPullAt = 0;
        QString lastError;
    };
    QList<Feed> feeds;
    QJsonObject toJson() const;
};

struct BatchRow
{
    qint64 id = 0;
    QString batchId;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    int events = 0;
    QString state;
    int attempts = 0;
    QString lastError;
    qint64 createdAt = 0;
    qint64 deliveredAt = 0;
    QString receiptAt;
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    QString sha256;
    QJsonObject toJson() const;
};

// What the console, hcctl and the tests call.
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::SyncService)
public:
    static constexpr qint64 kWarningSeconds = 2 * 3600;
    static constexpr qint64 kAlarmSeconds = 4 * 3600;

    SyncService(QSqlDatabase db, const Clock &clock, SecretStore &secrets);

    // Needs ManageIssuer. Reads and checks a console directory (CredentialVault::readDirectory), keeps the
    // credentials, saves the settings and writes the audit entry.
    struct Tuning
    {
        int batchEvents = 5000; // events per signed batch
        int timeoutMs = 30000;  // a request without progress for this long fails
    };
    Result<SyncSettings> configure(const QString &dir, const QByteArray &passphrase, const QString &profile,
                                   const QString &urlOverride, const Tuning &tuning, const QString &actor, AuditLog &audit);
    std::optional<SyncSettings> settings() const { return SyncSettings::load(m_db); }
    SyncStatus status() const;
    QList<BatchRow> batches(int limit = 200) const { return listBatches(m_db, limit); }
    // Newest first, before the batch row `beforeId` (0: from the newest): keyset pages for the pane.
    static QList<BatchRow> listBatches(QSqlDatabase db, int limit, qint64 beforeId = 0);
    Result<UnlockedCredentials> unlock(const std::optional<QByteArray> &passphrase = {});
    bool needsPassphrase();
    // One run of the engine; over a PlatformClient to the configured platform unless a transport is given.
    // `progress`: the engine's phases (SyncEngine::setProgress), on the calling thread.
    SyncReport run(const UnlockedCredentials &credentials, bool force = true, PlatformTransport *transport = nullptr,
                   const ProgressFn &progress = {});
    // Frozen, undelivered batches as signed files for out-of-band delivery (same dedup rules at the platform).
    Result<int> exportFrozen(const QString &dir, const UnlockedCredentials &credentials);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    SecretStore &m_secrets;
};

} // namespace hc::sync
