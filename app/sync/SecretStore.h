#pragma once
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <optional>

namespace hc {

// Where private-key passphrases and tokens live (PROTOCOL.md: QtKeychain only). Injected, so tests use memory.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // nullopt when no secret is stored under the key; an Error when the backend fails.
    virtual Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    virtual Status remove(const QString &key) = 0;
    // False for the in-memory store: secrets are asked each session and forgotten at exit.
    virtual bool persistent() const = 0;
    virtual QString backendName() const = 0;
    // The secret as text, nullopt when none is stored or the backend fails (a database password: libpq's own
    // password file is then tried).
    std::optional<QString> readText(const QString &key)
    {
        const auto r = read(key);
        return r && r->has_value() ? std::optional(QString::fromUtf8(**r)) : std::nullopt;
    }
};

// Memory only: never written anywhere.
class MemorySecretStore final : public SecretStore
{
public:
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    bool persistent() const override { return false; }
    QString backendName() const override;

private:
    QHash<QString, QByteArray> m_secrets;
};

// The system keychain through QtKeychain (Secret Service on Linux), under one service name.
// Blocking calls (a local event loop per job) so the core can use it like the other stores.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);
    Result<std::optional<QByteArray>> read(const QString &key) override;
    Status write(const QString &key, const QByteArray &secret) override;
    Status remove(const QString &key) override;
    bool persistent() const override { return true; }
    QString backendName() const override;
    // Whether a backend answers: writes, reads back and removes a probe entry.
    Status probe();

private:
    QString m_service;
};

// The keychain when its backend answers, else memory only (with the reason, for the console to show).
struct OpenedSecretStore
{
    std::unique_ptr<SecretStore> store;
    QString fallbackReason; // empty when the keychain is used
};
OpenedSecretStore openSecretStore(const QString &service);

} // namespace hc
