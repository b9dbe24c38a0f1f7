#pragma once
#include "SyncService.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace hc {
class Workspace;
}

namespace hc::sync {

// Runs the sync engine off the GUI thread: on demand, and every interval while the console is open (respecting the
// backoff). The unlocked keys stay in this object's memory for the session.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)
public:
    SyncRunner(Workspace &ws, SecretStore &secrets, QString fallbackReason = {}, QObject *parent = nullptr);
    ~SyncRunner() override;

    SyncService service() const;
    SecretStore &secrets() const { return m_secrets; }
    // Why secrets are asked each session (no keychain), or empty.
    const QString &keychainProblem() const { return m_fallbackReason; }
    bool unlocked() const { return m_credentials.has_value(); }
    // With the kept passphrase (keychain) when `passphrase` is empty.
    Status unlock(const std::optional<QByteArray> &passphrase = {});
    bool running() const { return m_watcher.isRunning(); }
    void setInterval(int seconds); // 0 stops the automatic runs
    // The waiting batches as signed files for delivery by hand (PROTOCOL.md: offline export).
    Result<int> exportWaiting(const QString &dir);
    const std::optional<SyncReport> &lastReport() const { return m_last; }

public slots:
    // Forced: ignores the backoff (the official asked). Does nothing while a run is going on or before unlock.
    void runNow(bool force = true);

signals:
    void started();
    // The run's phases and counts (SyncEngine::setProgress), a few times a second, emitted from the worker thread:
    // receivers in the GUI thread get them queued.
    void progressed(const hc::ProgressStep &step);
    void finished(const hc::sync::SyncReport &report);

private:
    Workspace &m_ws;
    SecretStore &m_secrets;
    QString m_fallbackReason;
    std::optional<UnlockedCredentials> m_credentials;
    QFutureWatcher<SyncReport> m_watcher;
    QTimer m_timer;
    std::optional<SyncReport> m_last;
};

} // namespace hc::sync
