#pragma once
#include "Clock.h"
#include "CredentialVault.h"
#include "PlatformClient.h"
#include "Progress.h"
#include "Protocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace hc::sync {

// What one sync run did, and why it stopped if it did.
struct SyncReport
{
    int frozen = 0;     // batches made from the outbox
    int delivered = 0;  // batches with a verified receipt (new or replayed)
    int replayed = 0;   // of those, answered 200 with the receipt the platform already had
    qint64 events = 0;  // events in the delivered batches
    qint64 accepted = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    int anchored = 0;   // delivered batches whose receipt countersigned the audit head they carried
    int resent = 0;     // delivered batches sent again because the platform asked (409)
    int resynced = 0;   // feeds taken up again from the platform's snapshot (410)
    QMap<QString, int> pulled; // feed → items applied
    QString error;      // in words; empty when everything went
    QString errorDetail; // Qt's or OpenSSL's own words behind `error` (untranslated), for a details line; may be empty
    bool refused = false; // the platform refused (4xx) or a check failed; else a network/5xx problem or none
    bool online = true;   // false when the platform could not be reached
    bool waiting = false; // nothing sent: the backoff after the last failure has not run out
    qint64 depth = 0;   // undelivered events left
    int handoffsSealed = 0;  // hand-offs sealed to their receivers in this run (issue 19)
    int handoffsWaiting = 0; // hand-offs still waiting for a receiver
    QString handoffProblem;  // why the first of those waits
    QJsonObject toJson() const;
};

// One sync run: freeze the outbox into signed batches, upload the due ones in order (done only on a verified
// receipt), then pull the feeds into the inbox. Retries back off with jitter (cap 5 minutes); `force` ignores
// the backoff (hcctl sync now, the pane's button).
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::SyncEngine)
public:
    using Jitter = std::function<double()>; // uniform in [0, 1)
    SyncEngine(QSqlDatabase db, const Clock &clock, PlatformTransport &platform, const SyncSettings &settings,
               const UnlockedCredentials &credentials, Jitter jitter = {});

    // What a run reports while it goes, on the thread that runs it: freezing the waiting changes (changes frozen /
    // waiting, 0–10 %), sending batch k of n (changes sent with verified receipts / to send, 10–90 %), receiving
    // each feed (items applied, 90–100 %). Not cancellable: every batch is recorded as it is frozen or receipted.
    void setProgress(ProgressFn progress) { m_step = ProgressThrottle(std::move(progress)); }
    SyncReport run(bool force, bool pull = true);

    // The delay before attempt n+1 after n failures, seconds: 5·2^(n-1) with ±50 % jitter, capped at 300.
    static qint64 backoffSeconds(int failures, double jitter);

private:
    Result<int> freezeWaiting();
    bool uploadDue(bool force, SyncReport &report);
    bool pullFeeds(SyncReport &report);
    void registerHandoff(SyncReport &report);
    void recordFailure(qint64 batchRow, int attempts, const QString &error);
    void recordOutcome(const SyncReport &report);
    qint64 now() const;
    void step(const ProgressStep &s, bool force = false);

    QSqlDatabase m_db;
    const Clock &m_clock;
    const SyncSettings &m_settings;
    const UnlockedCredentials &m_credentials;
    PlatformTransport &m_client;
    Jitter m_jitter;
    QList<pki::Certificate> m_anchors;
    ProgressThrottle m_step{ProgressFn()};
    ProgressStep m_lastStep; // shown again at 100 % when the run ends well
};

} // namespace hc::sync
