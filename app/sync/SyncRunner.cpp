#include "SyncRunner.h"

#include "Workspace.h"

#include <QtConcurrent>

namespace hc::sync {

SyncRunner::SyncRunner(Workspace &ws, SecretStore &secrets, QString fallbackReason, QObject *parent)
    : QObject(parent), m_ws(ws), m_secrets(secrets), m_fallbackReason(std::move(fallbackReason))
{
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, [this] {
        m_last = m_watcher.result();
        emit finished(*m_last);
    });
    connect(&m_timer, &QTimer::timeout, this, [this] { runNow(false); });
}

SyncRunner::~SyncRunner()
{
    m_timer.stop();
    m_watcher.waitForFinished(); // the worker uses the workspace: it must end first
}

SyncService SyncRunner::service() const
{
    return SyncService(m_ws.db(), m_ws.clock(), m_secrets);
}

Status SyncRunner::unlock(const std::optional<QByteArray> &passphrase)
{
    auto u = service().unlock(passphrase);
    if (!u)
        return u.error();
    m_credentials = *u;
    return Ok{};
}

Result<int> SyncRunner::exportWaiting(const QString &dir)
{
    if (!m_credentials)
        return Error::refused(tr("Unlock the keys first."));
    if (running())
        return Error::refused(tr("A sync is running; export when it has finished."));
    return service().exportFrozen(dir, *m_credentials);
}

void SyncRunner::setInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

void SyncRunner::runNow(bool force)
{
    if (running() || !m_credentials || !service().settings())
        return;
    emit started();
    Workspace *ws = &m_ws;
    SecretStore *secrets = &m_secrets;
    const UnlockedCredentials credentials = *m_credentials;
    // The worker thread gets its own database connection (Database keeps one per thread) and network manager.
    // The runner outlives the worker (its destructor waits for it), so the worker may emit its signal.
    const ProgressFn progress = [this](const ProgressStep &s) {
        emit progressed(s);
        return true;
    };
    m_watcher.setFuture(QtConcurrent::run([ws, secrets, credentials, force, progress] {
        return SyncService(ws->db(), ws->clock(), *secrets).run(credentials, force, nullptr, progress);
    }));
}

} // namespace hc::sync
