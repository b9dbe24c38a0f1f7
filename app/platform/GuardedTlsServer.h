#pragma once
#include "RequestFramer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <unordered_map>

class QSslSocket;

namespace hc::platform {

// What the platform holds still for, and how long (docs/hardening.md, "The reference platform under load").
namespace limits {
// From accept to the end of the TLS handshake. Bytes do not extend it: a ClientHello trickled a byte at a time is
// cut at 10 s like a silent connection.
inline constexpr int kHandshakeTimeoutMs = 10'000;
// From the handshake's end, or from the end of the previous request, until the next request's headers are
// complete; also how long a kept-alive connection may sit idle. Bytes do not extend it (slowloris).
inline constexpr int kRequestTimeoutMs = 30'000;
// While a body arrives the deadline is kRequestTimeoutMs plus a second per this many bytes: a 64 MiB batch may
// take 34 minutes (a 256 kbit/s line).
inline constexpr qint64 kMinBodyBytesPerSecond = 32 * 1024;
// A console holds one connection (PlatformClient keeps it alive); 32 leaves room for a few consoles behind one
// NAT address and for QNetworkAccessManager-style clients (6 a host) without letting one address fill the server.
inline constexpr int kMaxConnectionsPerPeer = 32;
// Well under the descriptors a process gets by default (1,024), with room for the store and the logs.
inline constexpr int kMaxConnections = 512;
// A batch body. The console freezes at most `batch_events` events a batch (5,000 by default, at most 100,000 in
// `sync setup`), about 450 bytes each (3.4 KB at most: a 500-character reason, with `basis` repeating it). 5,000
// events: 2.3 MB usual, 17 MB (CMS) / 23 MB (SM, base64) at worst; 100,000 usual events: 45 MB / 60 MB. The console
// also cuts a batch at 16 MiB of events (BatchFreezer::kMaxEventBytes), so no batch it freezes comes near this.
inline constexpr qint64 kMaxBatchBodyBytes = 64 * 1024 * 1024;
// Bodies announced and still arriving, all connections together: QAbstractHttpServer 6.4 holds a body about four
// times over while it arrives (a 60 MB upload peaks at 280 MB), so this bounds the platform near 1 GB. Over it a
// request is answered 503 with Retry-After; the console retries with its back-off. 100 usual batches at once fit.
inline constexpr qint64 kMaxBodyBytesInFlight = 256 * 1024 * 1024;
// Every other request: a certificate PEM (POST /v1/certs, about 1 KB) or no body at all.
inline constexpr qint64 kMaxOtherBodyBytes = 64 * 1024;
// Request line and headers: the console sends about 250 bytes.
inline constexpr qint64 kMaxHeaderBytes = 64 * 1024;
// After a refusal (413, 411, 431, 400) the client's further bytes are read and dropped for this long, so that it
// reads the answer instead of a reset, then the connection is cut.
inline constexpr int kDrainMs = 2'000;
// Refusals and cut connections are said on stderr in one line, at most once a second per peer address.
inline constexpr int kLogIntervalMs = 1'000;
// After a body this large the freed heap is given back to the system (glibc keeps it otherwise: four 60 MB
// uploads at once left 200 MB resident for good).
inline constexpr qint64 kTrimAfterBodyBytes = 1024 * 1024;
} // namespace limits

// The platform's listening socket, bound to the QAbstractHttpServer in place of 6.4's QSslServer. 6.4's
// QSslServer stops accepting for good once 30 connections (maxPendingConnections) failed their handshake without
// one succeeding (it counts them and only nextPendingConnection() resumes), and the HTTP server reads every body
// whole. Here every connection is counted and timed from accept: the caps and timeouts above, the TLS handshake
// (mutual, from the configuration given), and the request headers read before QAbstractHttpServer reads them.
// A connection is handed to the HTTP server (pendingConnectionAvailable) once encrypted.
class GuardedTlsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTlsServer)
public:
    explicit GuardedTlsServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~GuardedTlsServer() override;

    int connections() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class Phase { Handshake, Http, Draining };
    struct Connection
    {
        QString peer;
        Phase phase = Phase::Handshake;
        qint64 deadline = 0;    // on m_clock
        qint64 lastWritten = 0; // when the client last took bytes of an answer
        RequestFramer framer;
        bool largeBody = false; // QAbstractHttpServer may still hold one (until the next request or the end)
        qint64 reserved = 0;    // of kMaxBodyBytesInFlight, while its body arrives
    };

    void onEncrypted(QSslSocket *socket);
    void onReadyRead(QSslSocket *socket);
    void onError(QSslSocket *socket);
    void onGone(QObject *socket);
    void refuse(QSslSocket *socket, Connection &c, const RequestFramer::Refusal &r);
    void cut(QSslSocket *socket, Connection &c, bool gracefully);
    void sweep();
    void log(const QString &peer, const QString &what);
    void trimSoon();
    void release(Connection &c);
    Connection *find(QObject *socket);

    QSslConfiguration m_tls;
    std::unordered_map<QObject *, Connection> m_connections; // node-based: a Connection& stays valid
    QHash<QString, int> m_perPeer;
    qint64 m_inFlight = 0; // body bytes reserved
    struct Logged
    {
        qint64 at = 0;
        int quiet = 0; // lines not said since
    };
    QHash<QString, Logged> m_logged;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QTimer m_trim;
};

} // namespace hc::platform
