#include "GuardedTlsServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTextStream>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <unistd.h>

namespace hc::platform {

using namespace limits;

namespace {

// One key per address: an IPv4 peer seen on a dual-stack socket (::ffff:a.b.c.d) counts as a.b.c.d.
QString peerKey(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : address.toString();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

// 1,024 descriptors (a common soft limit) hold the connection cap; raise the soft limit towards the hard one
// anyway, so that a full table never makes accept() fail (QTcpServer then stops accepting).
void raiseDescriptorLimit()
{
    rlimit l{};
    if (::getrlimit(RLIMIT_NOFILE, &l) != 0)
        return;
    const rlim_t wanted = rlim_t(kMaxConnections) * 2 + 256;
    if (l.rlim_cur != RLIM_INFINITY && l.rlim_cur < wanted) {
        l.rlim_cur = l.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, l.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &l);
    }
}

} // namespace

GuardedTlsServer::GuardedTlsServer(const QSslConfiguration &tls, QObject *parent) : QTcpServer(parent), m_tls(tls)
{
    raiseDescriptorLimit();
    // Handed-over connections leave the pending list at once (QAbstractHttpServer takes them in the signal).
    setMaxPendingConnections(kMaxConnections);
    // A burst of connections (a flood, or many consoles after an outage) waits in the kernel, not dropped: 6.4's
    // default backlog is 50 and a dropped SYN costs a console a second or more.
    setListenBacklogSize(kMaxConnections);
    m_clock.start();
    m_sweep.callOnTimeout(this, &GuardedTlsServer::sweep);
    m_sweep.start(250);
    m_trim.setSingleShot(true);
    m_trim.callOnTimeout(this, [] {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    });
    // Out of descriptors or memory, QTcpServer pauses accepting and never resumes by itself.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        log(QStringLiteral("*"), QStringLiteral("accept failed (%1); accepting again in 1 s").arg(errorString()));
        QTimer::singleShot(1000, this, [this] { resumeAccepting(); });
    });
}

GuardedTlsServer::~GuardedTlsServer()
{
    // The sockets are our children and die after this object's members: nothing of theirs may call back.
    for (const auto &[socket, c] : m_connections)
        QObject::disconnect(socket, nullptr, this, nullptr);
}

GuardedTlsServer::Connection *GuardedTlsServer::find(QObject *socket)
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : &it->second;
}

void GuardedTlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    const QString peer = peerKey(socket->peerAddress());
    const int fromPeer = m_perPeer.value(peer);
    if (int(m_connections.size()) >= kMaxConnections || fromPeer >= kMaxConnectionsPerPeer) {
        log(peer, fromPeer >= kMaxConnectionsPerPeer
                      ? QStringLiteral("refused a connection: %1 from this address are open (at most %1)").arg(kMaxConnectionsPerPeer)
                      : QStringLiteral("refused a connection: %1 are open (at most %1)").arg(kMaxConnections));
        socket->abort();
        delete socket;
        return;
    }
    ++m_perPeer[peer];
    const qint64 now = m_clock.elapsed();
    m_connections.emplace(socket, Connection{peer, Phase::Handshake, now + kHandshakeTimeoutMs, now,
                                             RequestFramer({kMaxHeaderBytes, kMaxBatchBodyBytes, kMaxOtherBodyBytes})});
    socket->setSslConfiguration(m_tls);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { onEncrypted(socket); });
    // Connected before QAbstractHttpServer connects its own (at the hand-over): this one sees every byte first.
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::encryptedBytesWritten, this, [this, socket] {
        if (Connection *c = find(socket))
            c->lastWritten = m_clock.elapsed();
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { onError(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        // After the hand-over QAbstractHttpServer deletes it (once it is no longer answering on it).
        if (const Connection *c = find(socket); c && c->phase != Phase::Http)
            socket->deleteLater();
    });
    connect(socket, &QObject::destroyed, this, [this](QObject *gone) { onGone(gone); });
    socket->startServerEncryption();
}

void GuardedTlsServer::onEncrypted(QSslSocket *socket)
{
    Connection *c = find(socket);
    if (!c || c->phase != Phase::Handshake)
        return;
    c->phase = Phase::Http;
    c->deadline = m_clock.elapsed() + kRequestTimeoutMs;
    addPendingConnection(socket); // QAbstractHttpServer takes it in this call
}

void GuardedTlsServer::onError(QSslSocket *socket)
{
    Connection *c = find(socket);
    if (!c || c->phase != Phase::Handshake)
        return; // after the hand-over the HTTP server deals with it
    log(c->peer, socket->error() == QAbstractSocket::RemoteHostClosedError
                     ? QStringLiteral("closed by the client before the TLS handshake ended")
                     : QStringLiteral("TLS handshake failed: %1").arg(socket->errorString()));
    cut(socket, *c, false);
}

void GuardedTlsServer::onReadyRead(QSslSocket *socket)
{
    Connection *c = find(socket);
    if (!c)
        return;
    if (c->phase == Phase::Draining) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    if (c->phase != Phase::Http)
        return;
    // Peeked, not read: the HTTP server's slot reads the same bytes next.
    const QByteArray bytes = socket->peek(socket->bytesAvailable());
    const qint64 headersBefore = c->framer.headersDone();
    const qint64 requestsBefore = c->framer.requestsDone();
    if (const RequestFramer::Refusal r = c->framer.feed(bytes)) {
        refuse(socket, *c, r);
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (c->framer.requestsDone() != requestsBefore) {
        release(*c);
        c->deadline = now + kRequestTimeoutMs;
        if (c->largeBody)
            trimSoon(); // after the HTTP server has handled it, in this same signal
    }
    if (c->framer.headersDone() != headersBefore && c->framer.contentLength() >= kTrimAfterBodyBytes)
        c->largeBody = true;
    if (c->framer.headersDone() != headersBefore && c->framer.inBody()) {
        const qint64 length = c->framer.contentLength();
        if (m_inFlight + length > kMaxBodyBytesInFlight) {
            refuse(socket, *c, {503, "the platform is receiving " + QByteArray::number(m_inFlight >> 20)
                                         + " MiB of other uploads; try again shortly"});
            return;
        }
        c->reserved = length;
        m_inFlight += length;
        c->deadline = now + kRequestTimeoutMs + c->framer.bodyLeft() * 1000 / kMinBodyBytesPerSecond;
    }
}

void GuardedTlsServer::release(Connection &c)
{
    m_inFlight -= c.reserved;
    c.reserved = 0;
}

void GuardedTlsServer::trimSoon()
{
    if (!m_trim.isActive())
        m_trim.start(100);
}

void GuardedTlsServer::refuse(QSslSocket *socket, Connection &c, const RequestFramer::Refusal &r)
{
    log(c.peer, QStringLiteral("refused a request with %1: %2").arg(r.status).arg(QString::fromUtf8(r.reason)));
    release(c);
    // The HTTP server reads nothing more of this connection (its parser would keep the body), and lets go of the
    // headers it read so far inside its read transaction.
    if (QObject *http = parent())
        QObject::disconnect(socket, &QIODevice::readyRead, http, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromUtf8(r.reason)}}).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status)
                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                  + (r.status == 503 ? "\r\nRetry-After: 10" : "") + "\r\nConnection: close\r\n\r\n" + body);
    c.phase = Phase::Draining;
    c.deadline = m_clock.elapsed() + kDrainMs;
}

void GuardedTlsServer::cut(QSslSocket *socket, Connection &c, bool gracefully)
{
    if (gracefully && socket->bytesToWrite() == 0 && socket->encryptedBytesToWrite() == 0) {
        // An idle kept-alive connection: close_notify and FIN; it is deleted on disconnected(). Should the close
        // hang, the next deadline cuts it.
        c.phase = Phase::Draining;
        c.deadline = m_clock.elapsed() + kDrainMs;
        socket->disconnectFromHost();
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void GuardedTlsServer::onGone(QObject *socket)
{
    // Only the address is used: the socket is being destroyed.
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (auto p = m_perPeer.find(it->second.peer); p != m_perPeer.end() && --p.value() <= 0)
        m_perPeer.erase(p);
    release(it->second);
    if (it->second.largeBody)
        trimSoon();
    m_connections.erase(it);
}

void GuardedTlsServer::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<QSslSocket *> due;
    for (const auto &[socket, c] : m_connections)
        if (c.deadline <= now)
            due.append(static_cast<QSslSocket *>(socket));
    for (QSslSocket *socket : std::as_const(due)) {
        Connection *c = find(socket);
        if (!c)
            continue;
        switch (c->phase) {
        case Phase::Handshake:
            log(c->peer, QStringLiteral("closed a connection: no TLS handshake within %1 s").arg(kHandshakeTimeoutMs / 1000));
            cut(socket, *c, false);
            break;
        case Phase::Http: {
            // A client still taking an answer (a large batch on a slow line) is not idle.
            const bool answering = socket->bytesToWrite() > 0 || socket->encryptedBytesToWrite() > 0;
            if (answering && now - c->lastWritten < kRequestTimeoutMs) {
                c->deadline = c->lastWritten + kRequestTimeoutMs;
                break;
            }
            if (!c->framer.idle())
                log(c->peer, c->framer.inBody()
                                 ? QStringLiteral("closed a connection: the body was not received in time (%1 bytes missing)").arg(c->framer.bodyLeft())
                                 : QStringLiteral("closed a connection: no complete request headers within %1 s").arg(kRequestTimeoutMs / 1000));
            cut(socket, *c, c->framer.idle() && !answering);
            break;
        }
        case Phase::Draining:
            cut(socket, *c, false);
            break;
        }
    }
    // Lines held back are summed up once the peer's second is over; quiet peers are forgotten.
    for (auto it = m_logged.begin(); it != m_logged.end();) {
        if (now - it->at < kLogIntervalMs) {
            ++it;
        } else if (it->quiet > 0) {
            QTextStream(stderr) << "hc-platform: " << it.key() << ": " << it->quiet << " more refused or cut connections or requests"
                                << Qt::endl;
            *it = {now, 0};
            ++it;
        } else {
            it = m_logged.erase(it);
        }
    }
}

void GuardedTlsServer::log(const QString &peer, const QString &what)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_logged.find(peer);
    if (it != m_logged.end() && now - it->at < kLogIntervalMs) {
        ++it->quiet;
        return;
    }
    m_logged.insert(peer, {now, 0});
    QTextStream(stderr) << "hc-platform: " << peer << ": " << what << Qt::endl;
}

} // namespace hc::platform
