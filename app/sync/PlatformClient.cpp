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

QString PlatformClient::where() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

// A socket failure in words the official can act on; Qt's own text goes to the details line.
QString PlatformClient::socketErrorWords(const QSslSocket &s) const
{
    switch (s.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("The platform at %1 refused the connection: it is not running there or the address is wrong. "
                  "Check the platform address in the sync settings, or ask the platform's operator.")
            .arg(where());
    case QAbstractSocket::HostNotFoundError:
        return tr("The platform's address %1 cannot be found: check the platform address in the sync settings and "
                  "that this computer can resolve names (DNS).")
            .arg(m_host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("The platform at %1 does not answer (timed out): check the network or ask the platform's operator.")
            .arg(where());
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::TemporaryError:
        return tr("The platform at %1 cannot be reached: the network is down or does not lead there. Check this "
                  "computer's network connection, or ask the network administrator.")
            .arg(where());
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The platform at %1 closed the connection: it may be restarting, or it does not accept this console's "
                  "certificate. Try again later; if it stays so, ask the platform's operator.")
            .arg(where());
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::UnsupportedSocketOperationError:
    case QAbstractSocket::SocketResourceError:
        return tr("This computer does not let the console connect to %1: ask the administrator to check the firewall "
                  "and security software.")
            .arg(where());
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return tr("The proxy server does not let the connection to the platform at %1 through: check the proxy "
                  "settings, or ask the network administrator.")
            .arg(where());
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("The secure connection (TLS) to the platform at %1 failed: the platform and the console do not accept "
                  "each other's certificates. Run sync setup again with the files from the platform's operator, or "
                  "ask the operator.")
            .arg(where());
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("The console's certificate or key cannot be used for the secure connection: run sync setup again.");
    default:
        return tr("The connection to the platform at %1 failed: check the network or ask the platform's operator.")
            .arg(where());
    }
}

bool PlatformClient::connect(Reply &failure)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->isEncrypted())
        return true;
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSslConfiguration(m_tls);
    m_socket->setPeerVerifyName(m_host);
    m_socket->connectToHostEncrypted(m_host, m_port);
    QSslSocket &s = *m_socket;
    if (!waitFor(s, m_settings.timeoutMs, [&s] { return s.isEncrypted(); })) {
        if (!s.sslHandshakeErrors().isEmpty()) {
            failure.error = tr("The platform at %1 showed a certificate the console does not trust: it may not be the "
                               "platform, or its certificate has expired. Nothing was sent; ask the platform's operator.")
                                .arg(where());
            QStringList texts;
            for (const QSslError &e : s.sslHandshakeErrors())
                texts << e.errorString();
            failure.detail = texts.join(QStringLiteral("; "));
        } else if (s.error() == QAbstractSocket::UnknownSocketError) {
            failure.error = tr("The platform at %1 does not answer within %2 s (timed out): check the network or ask "
                               "the platform's operator.")
                                .arg(where())
                                .arg(m_settings.timeoutMs / 1000.0);
        } else {
            failure.error = socketErrorWords(s);
            failure.detail = s.errorString();
        }
        m_socket.reset();
        return false;
    }
    const auto cert = pki::Certificate::fromDer(s.peerCertificate().toDer());
    const QString pin = cert ? pki::pinOf(*cert) : QString();
    if (!m_settings.pins.contains(pin)) {
        m_socket->abort();
        m_socket.reset();
        failure.error = tr("The platform's key (%1) is not in the pinned set: the connection was closed before sending. "
                           "The server may not be the platform; ask the platform's operator whether its key changed.")
                            .arg(pin);
        failure.pinMismatch = true;
        return false;
    }
    return true;
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
        if (!connect(r))
            return r;
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
        const double seconds = m_settings.timeoutMs / 1000.0;
        if (!*answered && timedOut) {
            r.error = tr("The platform at %1 does not answer within %2 s (timed out): check the network or ask the "
                         "platform's operator.")
                          .arg(where())
                          .arg(seconds);
        } else if (headerEnd >= 0) {
            r.error = tr("The platform's answer was cut off after %1 of %2 bytes: the connection broke. The console "
                         "tries again; if it stays so, check the network.")
                          .arg(in.size() - headerEnd - 4)
                          .arg(length);
            if (!timedOut)
                r.detail = s.errorString();
        } else if (timedOut) {
            r.error = tr("The platform's answer did not arrive whole within %1 s (timed out): check the network or ask "
                         "the platform's operator.")
                          .arg(seconds);
        } else {
            r.error = tr("The platform at %1 closed the connection without an answer: try again later; if it stays "
                         "so, ask the platform's operator.")
                          .arg(where());
            r.detail = s.errorString();
        }
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
