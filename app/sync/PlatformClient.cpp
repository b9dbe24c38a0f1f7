#include "PlatformClient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslKey>

namespace hc::sync {

PlatformClient::PlatformClient(QNetworkAccessManager &network, const SyncSettings &settings, const UnlockedCredentials &credentials)
    : m_network(network), m_settings(settings), m_tls(QSslConfiguration::defaultConfiguration())
{
    // Only the platform CA: setCaCertificates also stops Qt loading the system store on demand.
    m_tls.setCaCertificates(QSslCertificate::fromData(settings.caPem, QSsl::Pem));
    m_tls.setLocalCertificate(credentials.authCert);
    m_tls.setPrivateKey(credentials.authKey);
    m_tls.setProtocol(QSsl::TlsV1_3OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

PlatformClient::Reply PlatformClient::get(const QString &path)
{
    return exchange("GET", path, {}, {}, {});
}

PlatformClient::Reply PlatformClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return exchange("POST", path, body, contentType, headers);
}

PlatformClient::Reply PlatformClient::exchange(const QByteArray &verb, const QString &path, const QByteArray &body,
                                               const QByteArray &contentType,
                                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_settings.platformUrl + path));
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // the platform speaks HTTP/1.1
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    Reply out;
    QString pinSeen;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply]() {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const auto cert = pki::Certificate::fromDer(peer.toDer());
        pinSeen = cert ? pki::pinOf(*cert) : QString();
        if (!m_settings.pins.contains(pinSeen)) {
            out.pinMismatch = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (out.pinMismatch) {
        out.status = 0;
        out.error = QStringLiteral("the platform's key (%1) is not in the pinned set: connection closed before sending").arg(pinSeen);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        out.status = 0;
        out.error = QStringLiteral("no answer within %1 s (timed out)").arg(m_settings.timeoutMs / 1000.0);
    } else if (reply->error() != QNetworkReply::NoError && out.status == 0) {
        out.error = reply->errorString();
    } else if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
        // A network-level failure after the status line: the answer was cut off.
        out.error = QStringLiteral("the answer was cut off: %1").arg(reply->errorString());
    }
    reply->deleteLater();
    return out;
}

} // namespace hc::sync
