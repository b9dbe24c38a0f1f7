#include "PlatformServer.h"

#include "Crypto.h"
#include "GuardedTlsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace hc::platform {

namespace {

QByteArray errorJson(const QString &message, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("error"), message);
    return QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types{QStringLiteral("CONDITION"),        QStringLiteral("HOLDER"),
                                     QStringLiteral("HOLDER_CORRECTION"), QStringLiteral("APPEAL_DECISION"),
                                     QStringLiteral("APPEAL_FORWARD"),   QStringLiteral("APPEAL_ANSWER"),
                                     QStringLiteral("CASE_BATCH"),       QStringLiteral("RISK_AREA"),
                                     QStringLiteral("HANDOFF"),          QStringLiteral("HANDOFF_ANSWER"),
                                     QStringLiteral("HANDOFF_WITHDRAWN"), QStringLiteral("OTHER")};
    return types;
}

} // namespace

Result<Faults> Faults::parse(const QStringList &specs)
{
    Faults f;
    for (const QString &spec : specs) {
        const QString name = spec.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        const int n = spec.section(QLatin1Char(':'), 1).toInt(&ok);
        if (!ok || n < 0)
            return Error::badInput(QStringLiteral("fault \"%1\" needs a count: name:N").arg(spec));
        if (name == QLatin1String("status500"))
            f.status500 = n;
        else if (name == QLatin1String("slow"))
            f.slowMs = n;
        else if (name == QLatin1String("truncate"))
            f.truncate = n;
        else if (name == QLatin1String("replay-receipt"))
            f.replayReceipt = n;
        else if (name == QLatin1String("die-before-receipt"))
            f.dieBeforeReceipt = n;
        else
            return Error::badInput(QStringLiteral("unknown fault \"%1\"").arg(name));
    }
    return f;
}

PlatformServer::PlatformServer(PlatformStore &store, PlatformConfig config, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_config(std::move(config))
{
}

quint16 PlatformServer::start(const QHostAddress &address, quint16 port)
{
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setLocalCertificate(m_config.serverCert);
    cfg.setPrivateKey(m_config.serverKey);
    cfg.setPeerVerifyMode(QSslSocket::VerifyPeer); // a console without a certificate from the CA gets nothing
    cfg.setCaCertificates(m_config.caCerts);
    cfg.setProtocol(QSsl::TlsV1_3OrLater);
    // Our own listening socket instead of listen() and sslSetup(): 6.4's QSslServer stops accepting after 30
    // failed handshakes, and its HTTP server would read any body whole (GuardedTlsServer.h).
    auto *server = new GuardedTlsServer(cfg, this);
    if (!server->listen(address, port)) {
        qCritical("hc-platform: %s", qPrintable(server->errorString()));
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool PlatformServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The answer goes out as status line, headers and body in separate writes: without TCP_NODELAY, Nagle holds
    // the body back until the client's delayed ACK (40 ms a request).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *tls = qobject_cast<QSslSocket *>(socket);
    const QSslCertificate cert = tls ? tls->peerCertificate() : QSslCertificate();
    if (cert.isNull()) {
        respond(request, socket, {403, errorJson(QStringLiteral("a client certificate is required"))}, false, 0);
        return true;
    }
    const Peer peer{cert.subjectInfo(QSslCertificate::CommonName).value(0),
                    cert.subjectInfo(QSslCertificate::StateOrProvinceName).value(0)};
    if (cert.subjectInfo(QSslCertificate::OrganizationalUnitName).value(0) != QLatin1String("auth") || peer.consoleId.isEmpty()) {
        respond(request, socket, {403, errorJson(QStringLiteral("the TLS certificate is not a console AUTH certificate"))}, false, 0);
        return true;
    }
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (post && path == QLatin1String("/v1/batches")) {
        const bool fail500 = m_uploads < m_config.faults.status500;
        const bool cut = m_uploads < m_config.faults.truncate;
        ++m_uploads;
        if (fail500) {
            respond(request, socket, {500, errorJson(QStringLiteral("internal error (injected)"))}, false, m_config.faults.slowMs);
            return true;
        }
        bool die = false;
        QElapsedTimer spent;
        spent.start();
        const Answer a = upload(request, peer, &die);
        if (qEnvironmentVariableIsSet("HC_PLATFORM_TRACE"))
            qInfo("upload %d bytes handled in %lld ms", int(request.body().size()), spent.elapsed());
        if (die) {
            // The batch is stored; the receipt never leaves. The console must get it on its retry.
            ::kill(::getpid(), SIGKILL);
        }
        respond(request, socket, a, cut, m_config.faults.slowMs);
        return true;
    }
    if (get && path.startsWith(QLatin1String("/v1/feeds/"))) {
        respond(request, socket, feed(path.mid(10), request, peer), false, 0);
        return true;
    }
    if (get && path.startsWith(QLatin1String("/v1/batches/"))) {
        respond(request, socket, getBatch(path.mid(12), peer), false, 0);
        return true;
    }
    if (post && path == QLatin1String("/v1/certs")) {
        respond(request, socket, registerCertificate(request.body(), peer), false, 0);
        return true;
    }
    if (get && path == QLatin1String("/v1/certs")) {
        respond(request, socket, directory(QUrlQuery(request.url()).queryItemValue(QStringLiteral("province"))), false, 0);
        return true;
    }
    if (get && path.startsWith(QLatin1String("/v1/certs/"))) {
        respond(request, socket, getCertificate(path.mid(10)), false, 0);
        return true;
    }
    if (get && path == QLatin1String("/v1/status")) {
        respond(request, socket,
                {200, QJsonDocument(QJsonObject{{QStringLiteral("platform"), QStringLiteral("hc-platform")},
                                                {QStringLiteral("time"), isoNow()},
                                                {QStringLiteral("console"), peer.consoleId},
                                                {QStringLiteral("highestSeq"), m_store.head(peer.consoleId).highestSeq}})
                          .toJson(QJsonDocument::Compact)},
                false, 0);
        return true;
    }
    return false;
}

void PlatformServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, {404, errorJson(QStringLiteral("no such resource"))}, false, 0);
}

PlatformServer::Answer PlatformServer::refuse(const Peer &peer, int status, const QString &reason, const QByteArray &body,
                                              QJsonObject extra)
{
    m_store.refuse(peer.consoleId, status, reason, protocol::hex(crypto::sha256(body)));
    return {status, errorJson(reason, std::move(extra))};
}

PlatformServer::Answer PlatformServer::upload(const QHttpServerRequest &request, const Peer &peer, bool *dieAfter)
{
    return accept(request.body(), QString::fromUtf8(request.value("Idempotency-Key")), request.value("Content-Type"), peer, dieAfter);
}

std::pair<int, QByteArray> PlatformServer::importFile(const QByteArray &body)
{
    // Delivered by hand: no TLS identity, so the signer's certificate names the console; the rules are the upload's.
    const auto opened = sync::SignedObject::open(body, m_config.anchors, QDateTime::currentDateTimeUtc(),
                                                 [this](const QByteArray &sha) -> std::optional<pki::Certificate> {
                                                     const auto pem = m_store.certificate(protocol::hex(sha));
                                                     auto c = pem ? pki::Certificate::fromPem(*pem) : Result<pki::Certificate>(Error::badInput({}));
                                                     return c ? std::optional(*c) : std::nullopt;
                                                 });
    if (!opened)
        return {403, errorJson(QStringLiteral("signature refused: %1").arg(opened.error().message))};
    const Peer peer{opened->signer.subject().commonName, opened->signer.subject().province};
    const QString key = QJsonDocument::fromJson(opened->payload).object().value(QLatin1String("batchId")).toString();
    bool die = false;
    const Answer a = accept(body, key, sync::SignedObject::isSmEnvelope(body) ? "application/json" : "application/cms", peer, &die);
    return {a.status, a.status >= 400 ? a.body : QByteArray()};
}

PlatformServer::Answer PlatformServer::accept(const QByteArray &body, const QString &key, const QByteArray &contentType,
                                              const Peer &peer, bool *dieAfter)
{
    if (key.isEmpty())
        return refuse(peer, 400, QStringLiteral("Idempotency-Key header missing"), body);
    const auto opened = sync::SignedObject::open(body, m_config.anchors, QDateTime::currentDateTimeUtc(),
                                                 [this](const QByteArray &sha) -> std::optional<pki::Certificate> {
                                                     const auto pem = m_store.certificate(protocol::hex(sha));
                                                     if (!pem)
                                                         return std::nullopt;
                                                     auto c = pki::Certificate::fromPem(*pem);
                                                     return c ? std::optional(*c) : std::nullopt;
                                                 });
    if (!opened)
        return refuse(peer, 403, QStringLiteral("signature refused: %1").arg(opened.error().message), body);
    const pki::Subject signer = opened->signer.subject();
    if (signer.role != QLatin1String("upload") || signer.commonName != peer.consoleId || signer.province != peer.province)
        return refuse(peer, 403,
                      QStringLiteral("the batch is signed by %1 (%2, province %3), not by the UPLOAD key of the connected console %4")
                          .arg(signer.commonName, signer.role, signer.province, peer.consoleId),
                      body);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(opened->payload, &err);
    if (!doc.isObject())
        return refuse(peer, 400, QStringLiteral("the payload is not JSON: %1").arg(err.errorString()), body);
    const QJsonObject payload = doc.object();
    const auto header = protocol::BatchHeader::parse(payload);
    if (!header)
        return refuse(peer, 400, header.error().message, body);
    if (header->consoleId != peer.consoleId || header->province != peer.province)
        return refuse(peer, 403, QStringLiteral("the batch names console %1 of province %2, the connection is %3 of %4")
                                     .arg(header->consoleId, header->province, peer.consoleId, peer.province), body);
    if (key != header->batchId)
        return refuse(peer, 400, QStringLiteral("Idempotency-Key %1 is not the batchId %2").arg(key, header->batchId), body);

    const QString digest = protocol::hex(crypto::sha256(body));
    if (const auto stored = m_store.batch(header->batchId)) {
        if (stored->sha256 != digest)
            return refuse(peer, 422, QStringLiteral("batch %1 was received before with other contents").arg(header->batchId), body);
        return {200, stored->receipt, sync::SignedObject::contentType(m_config.signer.profile())};
    }
    const PlatformStore::Head head = m_store.head(peer.consoleId);
    if (header->seqTo <= head.highestSeq) {
        if (const auto covering = m_store.batchCovering(peer.consoleId, header->seqTo))
            return {200, covering->receipt, sync::SignedObject::contentType(m_config.signer.profile())};
    }
    if (header->seqFrom != head.highestSeq + 1)
        return refuse(peer, 409, QStringLiteral("out of sequence: batch starts at %1, the platform expects %2")
                                     .arg(header->seqFrom).arg(head.highestSeq + 1),
                      body, {{QStringLiteral("expectedSeq"), head.highestSeq + 1}});
    if (header->prevBatchHash != head.lastHash)
        return refuse(peer, 409, QStringLiteral("prevBatchHash does not match the last accepted batch"), body,
                      {{QStringLiteral("expectedSeq"), head.highestSeq + 1}, {QStringLiteral("expectedPrevBatchHash"), head.lastHash}});

    const QJsonArray events = payload.value(QLatin1String("events")).toArray();
    if (events.size() != header->seqTo - header->seqFrom + 1)
        return refuse(peer, 400, QStringLiteral("the batch has %1 events for the range %2–%3")
                                     .arg(events.size()).arg(header->seqFrom).arg(header->seqTo), body);
    // The console's audit head at freezing is repeated inside the signed receipt: countersigned, it anchors the
    // console's audit log outside the workstation. A batch without one (a console before v12) gets a receipt without.
    protocol::Receipt receipt{header->batchId, peer.consoleId, header->seqFrom, header->seqTo, digest, isoNow(), {},
                              header->auditHead};
    receipt.events.reserve(events.size());
    QList<PlatformStore::NewEvent> accepted;
    accepted.reserve(events.size());
    QSet<QString> seen;
    qint64 expected = header->seqFrom;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        PlatformStore::NewEvent n{e.value(QLatin1String("eventId")).toString(), e.value(QLatin1String("seq")).toInteger(),
                                  e.value(QLatin1String("type")).toString(), e.value(QLatin1String("subject")).toString(),
                                  e.value(QLatin1String("to")).toString()};
        if (n.seq != expected++)
            return refuse(peer, 400, QStringLiteral("event sequence numbers are not consecutive at %1").arg(n.seq), body);
        protocol::EventOutcome outcome{n.eventId, n.seq, QStringLiteral("accepted"), {}};
        if (n.eventId.isEmpty() || n.subject.isEmpty())
            outcome = {n.eventId, n.seq, QStringLiteral("rejected"), QStringLiteral("event without eventId or subject")};
        else if (!knownTypes().contains(n.type))
            outcome = {n.eventId, n.seq, QStringLiteral("rejected"), QStringLiteral("unknown event type %1").arg(n.type)};
        else if (seen.contains(n.eventId) || m_store.eventExists(n.eventId))
            outcome.status = QStringLiteral("duplicate");
        else {
            seen.insert(n.eventId);
            accepted.append(n);
        }
        receipt.events.append(outcome);
    }
    const auto signedReceipt = signReceipt(receipt);
    if (!signedReceipt)
        return {500, errorJson(signedReceipt.error().message)};
    PlatformStore::StoredBatch stored{header->batchId, peer.consoleId, header->seqFrom, header->seqTo, digest, body,
                                      contentType, *signedReceipt, header->auditHead};
    if (stored.contentType.isEmpty())
        stored.contentType = sync::SignedObject::isSmEnvelope(body) ? "application/json" : "application/cms";
    if (Status s = m_store.accept(stored, peer.province, accepted); !s)
        return {500, errorJson(QStringLiteral("could not store the batch: %1").arg(s.error().message))};
    ++m_newBatches;
    if (m_config.faults.dieBeforeReceipt > 0 && m_newBatches == m_config.faults.dieBeforeReceipt)
        *dieAfter = true;
    if (m_newBatches <= m_config.faults.replayReceipt) {
        // A faulty or malicious platform answering with an old receipt: genuinely signed, for another batch.
        const auto previous = m_store.batchCovering(peer.consoleId, header->seqFrom - 1);
        if (previous)
            return {201, previous->receipt, sync::SignedObject::contentType(m_config.signer.profile())};
    }
    return {201, *signedReceipt, sync::SignedObject::contentType(m_config.signer.profile())};
}

Result<QByteArray> PlatformServer::signReceipt(const protocol::Receipt &r) const
{
    return sync::SignedObject::sign(m_config.signer, r.toJson());
}

PlatformServer::Answer PlatformServer::feed(const QString &name, const QHttpServerRequest &request, const Peer &peer)
{
    if (!protocol::feeds().contains(name))
        return {404, errorJson(QStringLiteral("no feed %1").arg(name))};
    const QUrlQuery query = request.query();
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    // Items before the floor are gone: a console behind it starts again from the snapshot (the newest item).
    if (const qint64 floor = m_store.floor(name); floor > 0 && after < floor - 1)
        return {410, errorJson(QStringLiteral("items of %1 before %2 were compacted: resynchronise from the snapshot").arg(name).arg(floor),
                               {{QStringLiteral("snapshotAfter"), floor - 1}})};
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit <= 0 || limit > 1000)
        limit = 1000;
    protocol::FeedPage page;
    page.items = m_store.feed(name, peer.province, after, limit, &page.more);
    return {200, page.toJson()};
}

PlatformServer::Answer PlatformServer::getBatch(const QString &batchId, const Peer &peer)
{
    const auto b = m_store.batch(batchId);
    if (!b || (b->consoleId != peer.consoleId && !m_store.feedItemFor(batchId, peer.province)))
        return {404, errorJson(QStringLiteral("no batch %1 for this console").arg(batchId))};
    return {200, b->body, b->contentType};
}

PlatformServer::Answer PlatformServer::registerCertificate(const QByteArray &body, const Peer &peer)
{
    // A PEM alone (the UPLOAD certificate SM envelopes name), or {"pem", "division"} for a HANDOFF certificate: the
    // division the console answers for, inside its own province.
    QByteArray pem = body;
    QString division;
    if (!body.trimmed().startsWith("-----")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        pem = o.value(QLatin1String("pem")).toString().toLatin1();
        division = o.value(QLatin1String("division")).toString();
    }
    const auto cert = pki::Certificate::fromPem(pem);
    if (!cert)
        return refuse(peer, 400, cert.error().message, body);
    if (Status s = pki::verifyChain(*cert, {}, m_config.anchors, QDateTime::currentDateTimeUtc()); !s)
        return refuse(peer, 403, QStringLiteral("certificate refused: %1").arg(s.error().message), body);
    const pki::Subject subject = cert->subject();
    const bool handoff = subject.role == pki::roleKey(pki::Role::Handoff);
    if (subject.commonName != peer.consoleId || subject.province != peer.province ||
        (subject.role != pki::roleKey(pki::Role::Upload) && !handoff))
        return refuse(peer, 403, QStringLiteral("only the connected console's own UPLOAD or HANDOFF certificate can be registered"), body);
    if (handoff) {
        const bool digits = std::all_of(division.cbegin(), division.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || division.size() < 2 || division.size() > 12 || !division.startsWith(peer.province))
            return refuse(peer, 400, QStringLiteral("a HANDOFF certificate needs the division the console answers for,"
                                                    " 2 to 12 digits inside province %1").arg(peer.province), body);
    } else {
        division.clear();
    }
    const QString sha = protocol::hex(cert->sha256());
    if (Status s = m_store.registerCertificate(sha, subject.commonName, subject.province, subject.role, cert->toPem(),
                                               division, subject.organisation);
        !s)
        return {500, errorJson(s.error().message)};
    return {200, QJsonDocument(QJsonObject{{QStringLiteral("sha256"), sha}}).toJson(QJsonDocument::Compact)};
}

PlatformServer::Answer PlatformServer::directory(const QString &province)
{
    if (province.size() != 2 || !province.at(0).isDigit() || !province.at(1).isDigit())
        return {400, errorJson(QStringLiteral("province must be 2 digits"))};
    QJsonArray certs;
    for (const PlatformStore::DirectoryEntry &e : m_store.handoffCertificates(province))
        certs.append(QJsonObject{{QStringLiteral("consoleId"), e.consoleId},
                                 {QStringLiteral("division"), e.division},
                                 {QStringLiteral("organisation"), e.organisation},
                                 {QStringLiteral("sha256"), e.sha256},
                                 {QStringLiteral("pem"), QString::fromLatin1(e.pem)}});
    // Signed like a feed item: a console encrypts personal data only to certificates the platform vouches for here,
    // and checks each one chains to the platform CA as a HANDOFF certificate of that province.
    const QJsonObject payload{{QStringLiteral("schema"), QLatin1String(protocol::kDirectorySchema)},
                              {QStringLiteral("province"), province},
                              {QStringLiteral("createdAt"), isoNow()},
                              {QStringLiteral("certificates"), certs}};
    const auto body = sync::SignedObject::sign(m_config.signer, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!body)
        return {500, errorJson(body.error().message)};
    return {200, *body, sync::SignedObject::contentType(m_config.signer.profile())};
}

PlatformServer::Answer PlatformServer::getCertificate(const QString &sha256Hex)
{
    const auto pem = m_store.certificate(sha256Hex.toLower());
    if (!pem)
        return {404, errorJson(QStringLiteral("no certificate %1").arg(sha256Hex))};
    return {200, *pem, "application/x-pem-file"};
}

Result<qint64> PlatformServer::publish(const QString &feed, const QJsonObject &content, const QString &key)
{
    QJsonObject payload{{QStringLiteral("schema"), QLatin1String(protocol::kFeedSchema)},
                        {QStringLiteral("batchId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("feed"), feed},
                        {QStringLiteral("originator"), QLatin1String(protocol::kPlatformId)},
                        {QStringLiteral("createdAt"), isoNow()},
                        {QStringLiteral("content"), content}};
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const auto body = sync::SignedObject::sign(m_config.signer, json);
    if (!body)
        return body.error();
    const QString digest = protocol::hex(crypto::sha256(*body));
    return m_store.publish(feed, {payload.value(QLatin1String("batchId")).toString(), QLatin1String(protocol::kPlatformId), 0, 0,
                                  digest, *body, sync::SignedObject::contentType(m_config.signer.profile()), {}, std::nullopt},
                            key);
}

void PlatformServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &a, bool truncate, int delayMs)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket); // a slow answer may outlive a client that gave up
    auto send = [responder, alive, a, truncate]() {
        if (!alive)
            return;
        const auto status = QHttpServerResponder::StatusCode(a.status);
        if (!truncate) {
            responder->write(a.body, a.contentType, status);
            return;
        }
        // Headers promise the whole body; half of it arrives before the connection closes.
        responder->writeStatusLine(status);
        responder->writeHeader("Content-Type", a.contentType);
        responder->writeHeader("Content-Length", QByteArray::number(a.body.size()));
        responder->writeBody(a.body.left(a.body.size() / 2));
        if (QTcpSocket *s = responder->socket()) {
            s->flush();
            s->disconnectFromHost();
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, send);
    else
        send();
}

} // namespace hc::platform
