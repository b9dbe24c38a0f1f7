#pragma once
#include "CredentialVault.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace hc::sync {

// One HTTPS exchange with the platform: mutual TLS 1.3, only the platform CA trusted, the SPKI pin set checked as
// soon as the connection is encrypted (a mismatch aborts before any byte of the request is sent).
// Blocking (a local event loop per request): the engine runs on a worker thread or in hcctl.
class PlatformClient
{
public:
    struct Reply
    {
        int status = 0;        // HTTP status; 0 when no answer arrived
        QByteArray body;
        QByteArray contentType;
        QString error;         // in words when status is 0 (or the answer was cut off)
        bool pinMismatch = false;
        bool ok() const { return status != 0 && error.isEmpty(); }
    };

    // `network` is injected (tests, the worker thread's own manager); it must live on the calling thread.
    PlatformClient(QNetworkAccessManager &network, const SyncSettings &settings, const UnlockedCredentials &credentials);
    Reply get(const QString &path);
    Reply post(const QString &path, const QByteArray &body, const QByteArray &contentType,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});

private:
    Reply exchange(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const QList<std::pair<QByteArray, QByteArray>> &headers);

    QNetworkAccessManager &m_network;
    const SyncSettings &m_settings;
    QSslConfiguration m_tls;
};

} // namespace hc::sync
