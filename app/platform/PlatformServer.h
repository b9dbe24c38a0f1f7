#pragma once
#include "PlatformStore.h"
#include "SignedObject.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>

namespace hc::platform {

// Faults the fault tests switch on from the command line (counts are per process: a restart starts afresh).
struct Faults
{
    int status500 = 0;        // answer the first N uploads with 500 before looking at them
    int slowMs = 0;           // delay every upload answer
    int truncate = 0;         // cut off the first N upload answers in the middle of the body
    int replayReceipt = 0;    // store the first N new batches but answer with the console's previous receipt
    int dieBeforeReceipt = 0; // SIGKILL itself after storing the Nth new batch, before answering
    static Result<Faults> parse(const QStringList &specs); // "status500:2", "slow:3000", …
};

struct PlatformConfig
{
    QList<pki::Certificate> anchors; // the platform CA: consoles' AUTH and UPLOAD certificates chain to it
    QSslCertificate serverCert;
    QSslKey serverKey;
    QList<QSslCertificate> caCerts;
    sync::SigningIdentity signer; // RECEIPT: signs receipts and the platform's own feed batches
    Faults faults;
};

// The reference central platform of PROTOCOL.md on QHttpServer 6.4: TLS 1.3 only, a client certificate from its CA
// required. QAbstractHttpServer rather than QHttpServer's router, because a 6.4 route cannot see the client
// certificate. Connections come through GuardedTlsServer: handshake and request timeouts, connection caps, and
// the body cap (413) checked on the headers before any body is read.
class PlatformServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformServer)
public:
    PlatformServer(PlatformStore &store, PlatformConfig config, QObject *parent = nullptr);
    // 0 when the port cannot be bound.
    quint16 start(const QHostAddress &address, quint16 port);

    // Signs and stores a feed batch of the platform's own (national risk list, trust list, policy).
    // `key` names the content (a list's SHA-256) so it is published once.
    Result<qint64> publish(const QString &feed, const QJsonObject &content, const QString &key = {});
    // A batch a console exported for delivery by hand (hcctl sync export): the upload's rules, the signer as the
    // console. Returns the status the upload would have got and, for a refusal, its reason (JSON).
    std::pair<int, QByteArray> importFile(const QByteArray &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Peer
    {
        QString consoleId;
        QString province;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    Answer upload(const QHttpServerRequest &request, const Peer &peer, bool *dieAfter);
    Answer accept(const QByteArray &body, const QString &key, const QByteArray &contentType, const Peer &peer, bool *dieAfter);
    Answer feed(const QString &name, const QHttpServerRequest &request, const Peer &peer);
    Answer getBatch(const QString &batchId, const Peer &peer);
    Answer registerCertificate(const QByteArray &body, const Peer &peer);
    Answer getCertificate(const QString &sha256Hex);
    Answer directory(const QString &province); // GET /v1/certs?province=P: the HANDOFF certificates, signed
    Answer refuse(const Peer &peer, int status, const QString &reason, const QByteArray &body, QJsonObject extra = {});
    Result<QByteArray> signReceipt(const protocol::Receipt &r) const;
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &a, bool truncate, int delayMs);

    PlatformStore &m_store;
    PlatformConfig m_config;
    int m_uploads = 0;
    int m_newBatches = 0;
};

} // namespace hc::platform
