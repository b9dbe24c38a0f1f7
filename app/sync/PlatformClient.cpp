#include "PlatformClient.h"

#include <QEventLoop>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace hc::sync {

namespace {

// Runs a local event loop until `done` holds, the socket fails, or nothing happened for `timeoutMs`.
template<typename Done>
bool waitFor(QSslSocket &s, int timeoutMs, Done done)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    auto progress = [&] {
        idle.start(timeoutMs);
        if (done())
            loop.quit();
    };
    const auto c1 = QObject::connect(&s, &QSslSocket::readyRead, &loop, progress);
    const auto c2 = QObject::connect(&s, &QSslSocket::encryptedBytesWritten, &loop, [&] { idle.start(timeoutMs); });
    const auto c3 = QObject::connect(&s, &QSslSocket::encrypted, &loop, progress);
    const auto c4 = QObject::connect(&s, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    const auto c5 = QObject::connect(&s, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    idle.start(timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    for (const auto &c : {c1, c2, c3, c4, c5})
        QObject::disconnect(c);
    return !timedOut && done();
}

} // namespace

PlatformClient::PlatformClient(const SyncSettings &settings, const UnlockedCredentials &credentials)
    : m_settings(settings), m_tls(QSslConfiguration::defaultConfiguration())
{
    // Only the platform CA: setCaCertificates also stops Qt loading the system store on demand.
    m_tls.setCaCertificates(QSslCertificate::fromData(settings.caPem, QSsl::Pem));
    m_tls.setLocalCertificate(credentials.authCert);
    m_tls.setPrivateKey(credentials.authKey);
    m_tls.setProtocol(QSsl::TlsV1_3OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QUrl url(settings.platformUrl);
    m_host = url.host();
    m_port = quint16(url.port(443));
}

PlatformClient::~PlatformClient() = default;

QString PlatformClient::connect()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->isEncrypted())
        return {};
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSslConfiguration(m_tls);
    m_socket->setPeerVerifyName(m_host);
    m_socket->connectToHostEncrypted(m_host, m_port);
    QSslSocket &s = *m_socket;
    if (!waitFor(s, m_settings.timeoutMs, [&s] { return s.isEncrypted(); })) {
        QString why = s.error() == QAbstractSocket::UnknownSocketError ? QStringLiteral("no answer within %1 s (timed out)")
                                                                             .arg(m_settings.timeoutMs / 1000.0)
                                                                       : s.errorString();
        if (!s.sslHandshakeErrors().isEmpty())
            why = QStringLiteral("the platform's certificate is refused: %1").arg(s.sslHandshakeErrors().first().errorString());
        m_socket.reset();
        return why;
    }
    const auto cert = pki::Certificate::fromDer(s.peerCertificate().toDer());
    const QString pin = cert ? pki::pinOf(*cert) : QString();
    if (!m_settings.pins.contains(pin)) {
        m_socket->abort();
        m_socket.reset();
        return QStringLiteral("the platform's key (%1) is not in the pinned set: connection closed before sending").arg(pin);
    }
    return {};
}

PlatformTransport::Reply PlatformClient::exchange(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                  const QByteArray &contentType, const Headers &headers)
{
    QByteArray request;
    request.reserve(body.size() + 512);
    request += verb + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + m_host.toUtf8() + ':' + QByteArray::number(m_port)
               + "\r\nConnection: keep-alive\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    request += "\r\n" + body;
    // A kept-alive connection the platform closed meanwhile fails before anything is read: once more on a new one
    // (every request is idempotent: uploads carry their Idempotency-Key).
    for (int attempt = 0;; ++attempt) {
        const bool reused = m_socket != nullptr;
        Reply r;
        if (const QString why = connect(); !why.isEmpty()) {
            r.error = why;
            r.pinMismatch = why.contains(QLatin1String("pinned"));
            return r;
        }
        bool answered = false;
        r = once(request, &answered);
        if (r.ok() || answered || !reused || attempt > 0)
            return r;
    }
}

PlatformTransport::Reply PlatformClient::once(const QByteArray &request, bool *answered)
{
    QSslSocket &s = *m_socket;
    Reply r;
    s.write(request);
    QByteArray in;
    qsizetype headerEnd = -1;
    qint64 length = -1;
    bool close = false;
    auto complete = [&] {
        in += s.readAll();
        if (headerEnd < 0) {
            headerEnd = in.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return false;
            const QList<QByteArray> lines = in.left(headerEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            r.status = statusLine.value(1).toInt();
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "content-type")
                    r.contentType = value;
                else if (name == "connection")
                    close = value.toLower() == "close";
            }
            if (length < 0)
                length = 0; // the platform always sends Content-Length
        }
        return in.size() - headerEnd - 4 >= length;
    };
    const bool whole = waitFor(s, m_settings.timeoutMs, complete);
    *answered = !in.isEmpty();
    if (!whole) {
        const bool timedOut = s.state() == QAbstractSocket::ConnectedState;
        r.error = !*answered && timedOut ? QStringLiteral("no answer within %1 s (timed out)").arg(m_settings.timeoutMs / 1000.0)
                  : headerEnd >= 0       ? QStringLiteral("the answer was cut off after %1 of %2 bytes").arg(in.size() - headerEnd - 4).arg(length)
                  : timedOut             ? QStringLiteral("no whole answer within %1 s (timed out)").arg(m_settings.timeoutMs / 1000.0)
                                         : QStringLiteral("the connection closed without an answer: %1").arg(s.errorString());
        r.status = 0;
        m_socket.reset(); // never reuse a connection in an unknown state
        return r;
    }
    r.body = in.mid(headerEnd + 4, length);
    if (close || in.size() - headerEnd - 4 > length)
        m_socket.reset();
    return r;
}

} // namespace hc::sync
