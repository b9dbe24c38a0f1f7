#pragma once
#include "CredentialVault.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <memory>

class QSslSocket;

namespace hc::sync {

// How the engine talks to the platform: one HTTPS exchange at a time. Injected, so a test can stand in for the
// network; the console uses PlatformClient.
class PlatformTransport
{
public:
    struct Reply
    {
        int status = 0;        // HTTP status; 0 when no whole answer arrived
        QByteArray body;
        QByteArray contentType;
        QString error;         // in words when status is 0: what happened and what to do (translated)
        QString detail;        // Qt's or OpenSSL's own words behind `error` (untranslated), empty when none
        bool pinMismatch = false;
        bool ok() const { return status != 0 && error.isEmpty(); }
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    virtual ~PlatformTransport() = default;
    virtual Reply exchange(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                           const Headers &headers) = 0;
    Reply get(const QString &path) { return exchange("GET", path, {}, {}, {}); }
    Reply post(const QString &path, const QByteArray &body, const QByteArray &contentType, const Headers &headers = {})
    {
        return exchange("POST", path, body, contentType, headers);
    }
};

// HTTP/1.1 over one kept-alive QSslSocket: mutual TLS 1.3, only the platform CA trusted, the SPKI pin set checked as
// soon as the connection is encrypted (a mismatch closes it before any byte of a request is sent). Each request goes
// out in one write, which QNetworkAccessManager's 16 KB upload pump does not (half the speed on 2 MB batches).
// Blocking (a local event loop): the engine runs on a worker thread or in hcctl.
class PlatformClient final : public PlatformTransport
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::PlatformClient)
public:
    PlatformClient(const SyncSettings &settings, const UnlockedCredentials &credentials);
    ~PlatformClient() override;
    Reply exchange(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &contentType,
                   const Headers &headers) override;

private:
    bool connect(Reply &failure); // true when connected and pinned, else why not in `failure`
    QString where() const;        // host:port, for messages
    QString socketErrorWords(const QSslSocket &s) const;
    Reply once(const QByteArray &request, bool *sent);

    const SyncSettings &m_settings;
    QSslConfiguration m_tls;
    QString m_host;
    quint16 m_port = 443;
    std::unique_ptr<QSslSocket> m_socket;
};

} // namespace hc::sync
