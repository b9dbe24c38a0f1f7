#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace hc {

namespace {

// A keychain that never answers (a locked collection waiting for a prompt nobody sees) must not hang the
// console.
constexpr int kJobTimeoutMs = 10000;

Status checkKey(const QString &key)
{
    if (key.isEmpty())
        return Error::badInput(QCoreApplication::translate("hc::SecretStore", "A secret needs a non-empty key."));
    return Ok{};
}

// GDBus (under libsecret) finds the session bus through DBUS_SESSION_BUS_ADDRESS, else $XDG_RUNTIME_DIR/bus.
// Without either it would try to autolaunch one over X11: fail at once instead.
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
}

// The outcome of one job: error is NoError on success; timedOut when no answer came within kJobTimeoutMs.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    bool timedOut = false;
    QByteArray data; // read jobs only
};

// Runs the job to completion in a local event loop (QtKeychain only offers the asynchronous API).
JobOutcome runJob(QKeychain::Job *job)
{
    JobOutcome out;
    job->setAutoDelete(false);
    // QtKeychain's own fallback stores secrets in plaintext QSettings: never.
    job->setInsecureFallback(false);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kJobTimeoutMs);
    job->start();
    // The user must not act on a window while it is blocked on the keychain.
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // libsecret still holds a pointer to the job: let it delete itself if the answer ever comes. (Such a
        // late answer still takes effect, e.g. the write lands; QtKeychain runs jobs one at a time, so later
        // jobs wait.)
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        out.timedOut = true;
        return out;
    }
    out.error = job->error();
    out.errorString = job->errorString();
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        out.data = read->binaryData();
    delete job;
    return out;
}

} // namespace

// --- MemorySecretStore ---

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString &key)
{
    if (const Status k = checkKey(key); !k)
        return k.error();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{*it};
}

Status MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    if (const Status k = checkKey(key); !k)
        return k;
    m_secrets.insert(key, secret);
    return Ok{};
}

Status MemorySecretStore::remove(const QString &key)
{
    if (const Status k = checkKey(key); !k)
        return k;
    m_secrets.remove(key);
    return Ok{};
}

QString MemorySecretStore::backendName() const
{
    return QStringLiteral("memory");
}

// --- KeychainSecretStore ---

namespace {

// The shared checks before a job runs, and the words for its failure.
Status keychainPrecondition(const QString &key)
{
    if (const Status k = checkKey(key); !k)
        return k;
    // The local event loop (and the libsecret callbacks it dispatches) need an application object.
    if (!QCoreApplication::instance())
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "The keychain needs a running Qt application."));
    return Ok{};
}

enum class JobAction { Read, Store, Remove };

Error jobError(const QString &backend, JobAction action, const QString &key, const JobOutcome &out)
{
    const QString seconds = QString::number(kJobTimeoutMs / 1000);
    // One multi-arg call: a '%' in the key or the message is not taken for a placeholder.
    if (out.timedOut) {
        switch (action) {
        case JobAction::Read:
            return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: no answer within %2 s to read the secret \"%3\". "
                                                               "Unlock the keychain (the system's password store) and try again.")
                                       .arg(backend, seconds, key));
        case JobAction::Store:
            return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: no answer within %2 s to store the secret \"%3\". "
                                                               "Unlock the keychain (the system's password store) and try again.")
                                       .arg(backend, seconds, key));
        case JobAction::Remove:
            break;
        }
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: no answer within %2 s to remove the secret \"%3\". "
                                                           "Unlock the keychain (the system's password store) and try again.")
                                   .arg(backend, seconds, key));
    }
    // QtKeychain's own words (English, from the backend) go to the details line.
    const QString detail = QStringLiteral("%1 (QtKeychain error %2)").arg(out.errorString, QString::number(int(out.error)));
    switch (action) {
    case JobAction::Read:
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: could not read the secret \"%2\". Check that the keychain (the system's password store) is unlocked.")
                                   .arg(backend, key))
            .withDetail(detail);
    case JobAction::Store:
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: could not store the secret \"%2\". Check that the keychain (the system's password store) is unlocked.")
                                   .arg(backend, key))
            .withDetail(detail);
    case JobAction::Remove:
        break;
    }
    return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: could not remove the secret \"%2\". Check that the keychain (the system's password store) is unlocked.")
                               .arg(backend, key))
        .withDetail(detail);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

Result<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    if (const Status p = keychainPrecondition(key); !p)
        return p.error();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome out = runJob(job);
    if (!out.timedOut && out.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>{};
    if (out.timedOut || out.error != QKeychain::NoError)
        return jobError(backendName(), JobAction::Read, key, out);
    return std::optional<QByteArray>{out.data};
}

Status KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    if (const Status p = keychainPrecondition(key); !p)
        return p;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    // Binary mode (stored base64) so NUL bytes and non-UTF-8 secrets survive.
    job->setBinaryData(secret);
    const JobOutcome out = runJob(job);
    if (out.timedOut || out.error != QKeychain::NoError)
        return jobError(backendName(), JobAction::Store, key, out);
    return Ok{};
}

Status KeychainSecretStore::remove(const QString &key)
{
    if (const Status p = keychainPrecondition(key); !p)
        return p;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome out = runJob(job);
    // Removing what is not there is done, whether or not the backend reports it as missing.
    if (!out.timedOut && out.error == QKeychain::EntryNotFound)
        return Ok{};
    if (out.timedOut || out.error != QKeychain::NoError)
        return jobError(backendName(), JobAction::Remove, key, out);
    return Ok{};
}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("Secret Service (QtKeychain)");
}

Status KeychainSecretStore::probe()
{
    if (!sessionBusReachable())
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "no D-Bus session bus"));
    // A unique key, so two processes probing at once do not read each other's value.
    const QString key = QStringLiteral("hc-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray value(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
    value[0] = '\0'; // the probe also checks that binary data survives

    if (const Status w = write(key, value); !w)
        return w;
    const Result<std::optional<QByteArray>> r = read(key);
    const Status removed = remove(key);
    if (!r)
        return r.error();
    if (!r.value() || *r.value() != value)
        return Error::internal(QCoreApplication::translate("hc::SecretStore", "%1: the probe entry read back differs from what was written.")
                                   .arg(backendName()));
    return removed;
}

OpenedSecretStore openSecretStore(const QString &service)
{
    auto keychain = std::make_unique<KeychainSecretStore>(service);
    const Status probed = keychain->probe();
    if (probed)
        return {std::move(keychain), QString()};
    QString why = probed.error().message;
    if (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return {
        std::make_unique<MemorySecretStore>(),
        QCoreApplication::translate("hc::SecretStore",
                                    "No keychain answered (%1): secrets are asked each session and kept in memory only.")
            .arg(why)};
}

} // namespace hc
