#pragma once
#include "SecretStore.h"
#include "SignedObject.h"
#include "SyncSettings.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

namespace hc::sync {

// The console's keys, unlocked for this session only.
struct UnlockedCredentials
{
    QSslCertificate authCert; // AUTH: the TLS client certificate
    QSslKey authKey;
    SigningIdentity upload;   // UPLOAD: signs batches (ECDSA or SM2 by profile)
    std::optional<SigningIdentity> report; // REPORT: signs exported reports
    std::optional<SigningIdentity> reportSm2; // REPORT, SM2: the SM profile's second report signature (sm only)
    std::optional<SigningIdentity> handoff;   // HANDOFF: decrypts hand-offs sent to this commission (never signs)
};

// Keeps the console's certificates and encrypted keys (the "bundle") and the key passphrase. With a keychain
// both go there; without one the bundle (keys still encrypted, AES-256) stays in the database and the
// passphrase is asked each session and kept in memory only. Nothing secret is ever written in plaintext.
class CredentialVault
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::CredentialVault)
public:
    explicit CredentialVault(SecretStore &secrets) : m_secrets(secrets) {}

    // Reads a console directory as hc-platform issues it (ca.pem, pins.txt, platform.url, auth/upload/
    // upload-sm2/report/report-sm2 .pem+.key, the report ones optional) and checks it: every certificate from
    // the CA and valid at `now`, roles right, one console and province, each key opening with the passphrase
    // and matching its certificate.
    static Result<std::pair<SyncSettings, QByteArray>> readDirectory(const QString &dir, const QByteArray &passphrase,
                                                                     const QString &profile, const QDateTime &now);

    Status keep(SyncSettings &settings, const QByteArray &bundle, const QByteArray &passphrase);
    // The passphrase from the secret store, else `passphrase`; refused (in words) when neither has it.
    Result<UnlockedCredentials> unlock(const SyncSettings &settings, const std::optional<QByteArray> &passphrase = {});
    bool hasPassphrase(const SyncSettings &settings);
    // Remember a passphrase typed this session (the memory store forgets it at exit).
    Status rememberPassphrase(const SyncSettings &settings, const QByteArray &passphrase);
    QString whereKept(const SyncSettings &settings) const; // in words, for the status

private:
    SecretStore &m_secrets;
};

} // namespace hc::sync
