#pragma once
#include "Pki.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace hc::sync {

// Where and as whom this console syncs. No secret here: key passphrases are in the keychain (or asked).
struct SyncSettings
{
    QString platformUrl;  // https://host:port
    QString consoleId;    // the CN of its certificates
    QString province;     // 2-digit code, the ST of its certificates
    QString organisation;
    QString profile = QStringLiteral("intl"); // intl (ECDSA P-256, CMS) | sm (SM2/SM3 envelope)
    QByteArray caPem;     // the platform CA: the only anchor trusted
    QStringList pins;     // "sha256/<base64>" SPKI pins of the platform's TLS key: current and backup
    QByteArray credentials; // the credential bundle when no keychain holds it (keys inside stay encrypted)
    QString credentialsSha256;
    int batchEvents = 5000;
    int timeoutMs = 30000;
    QString configuredBy;
    qint64 configuredAt = 0;

    static std::optional<SyncSettings> load(QSqlDatabase db);
    Status save(QSqlDatabase db) const; // inside the caller's transaction
    Result<QList<pki::Certificate>> anchors() const;
};

} // namespace hc::sync
