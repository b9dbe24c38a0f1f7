// The platform's request parser: what hc-platform does with an uploaded batch body before its store
// (PlatformServer::accept and ::importFile, app/platform), without a server. The input's first byte says what
// the rest is:
//   'R' (and any other byte): the body as uploaded (a DER CMS SignedData, or an SM envelope in JSON);
//   'C': a batch payload, signed here as the console's UPLOAD key signs it (INTL profile: CMS);
//   'S': a batch payload, signed here with the console's SM2 UPLOAD key (SM envelope).
// The last two get past the signature, so that the payload's parsing is fuzzed too; they also check that a
// body signed by SignedObject opens to exactly the payload that was signed.
//
// The body goes through SignedObject::open (CMS or SM envelope, the signer's chain to the platform's anchor
// at a fixed time, the SM signer resolved by its SHA-256 as the platform's store resolves it), the signer's
// subject against the connected console, the payload's JSON, protocol::BatchHeader::parse, and the checks of
// the events PlatformServer::accept makes before it stores a batch. Those checks live only inside
// PlatformServer::accept, mixed with its store: they are copied below (parseBatch), not called, and what only
// the store knows (the console's head, batches and events received before) is left out. The receipt the
// platform would sign goes through Receipt::toJson and back through Receipt::parse (the console's parser of
// it).
//
// The PKI is fixed (tests/fuzz/platformrequest-pki, test keys only) so that the seeds' signatures verify;
// HC_FUZZ_MAKE_SEEDS=<corpus dir> makes it (when missing) and writes the 'R' seeds signed with it.
#include "Crypto.h"
#include "Pki.h"
#include "Protocol.h"
#include "SignedObject.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace hc;
namespace protocol = hc::sync::protocol;

namespace {

const QByteArray kPassphrase = "fuzz-test-key-not-secret";
const QString kConsole = QStringLiteral("console-fuzz");
const QString kProvince = QStringLiteral("370000");
// The platform checks chains at the time of the request: fixed here, so that every run decides alike.
const QDateTime kAt(QDate(2022, 11, 2), QTime(2, 0), Qt::UTC);

[[noreturn]] void fail(const char *what, const QString &why)
{
    std::fprintf(stderr, "fuzz_platformrequest: %s: %s\n", what, qPrintable(why));
    std::abort();
}

struct Pki
{
    pki::Certificate ca;
    sync::SigningIdentity upload;              // ECDSA P-256: CMS
    sync::SigningIdentity uploadSm2;           // SM2: SM envelope
    QHash<QByteArray, pki::Certificate> store; // the platform's store of console certificates, by SHA-256
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail("read", path + QStringLiteral(": ") + f.errorString());
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail("write", path + QStringLiteral(": ") + f.errorString());
}

void makePki(const QString &dir)
{
    const QDateTime from(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
    const auto ca =
        pki::makeCa({QStringLiteral("fuzz CA"), kProvince, QStringLiteral("fuzz"), {}}, 36500, from);
    if (!ca)
        fail("CA", ca.error().message);
    QDir().mkpath(dir);
    writeFile(dir + QStringLiteral("/ca.pem"), ca->cert.toPem());
    for (const auto profile : {codes::Profile::EcdsaP256Sha256, codes::Profile::Sm2Sm3}) {
        auto request = pki::IssueRequest::of({kConsole, kProvince, QStringLiteral("fuzz"), {}},
                                             pki::Role::Upload, profile);
        request.notBefore = from;
        request.days = 36500;
        const auto leaf = pki::issue(*ca, request);
        if (!leaf)
            fail("upload certificate", leaf.error().message);
        const QString name =
            profile == codes::Profile::Sm2Sm3 ? QStringLiteral("upload-sm2") : QStringLiteral("upload");
        const auto key = leaf->key.privatePem(kPassphrase);
        if (!key)
            fail("key", key.error().message);
        writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem"), leaf->cert.toPem());
        writeFile(dir + QLatin1Char('/') + name + QStringLiteral(".key.pem"), *key);
    }
}

sync::SigningIdentity identity(const QString &dir, const QString &name, const pki::Certificate &ca)
{
    const auto cert =
        pki::Certificate::fromPem(readFile(dir + QLatin1Char('/') + name + QStringLiteral(".pem")));
    const auto key = codes::OpenSslKey::fromPrivatePem(
        readFile(dir + QLatin1Char('/') + name + QStringLiteral(".key.pem")), kPassphrase);
    if (!cert || !key)
        fail("identity", name);
    return {*cert, {ca}, *key};
}

const Pki &thePki()
{
    static const Pki *p = [] {
        const QString dir = QStringLiteral(HC_FUZZ_PKI_DIR);
        const auto ca = pki::Certificate::fromPem(readFile(dir + QStringLiteral("/ca.pem")));
        if (!ca)
            fail("CA", ca.error().message);
        // Never destroyed: the fuzzer exits without unwinding.
        auto *x = new Pki{*ca,
                          identity(dir, QStringLiteral("upload"), *ca),
                          identity(dir, QStringLiteral("upload-sm2"), *ca),
                          {}};
        x->uploadSm2.chain.clear(); // an SM envelope carries no chain
        for (const pki::Certificate &c : {x->upload.cert, x->uploadSm2.cert})
            x->store.insert(c.sha256(), c);
        return x;
    }();
    return *p;
}

// A copy of the store-free part of PlatformServer::accept (app/platform/PlatformServer.cpp, from the signer
// check to the receipt's outcomes): the status it would answer, 0 when it would go on to store the batch.
struct Parsed
{
    int status = 0;
    QString reason;
    protocol::Receipt receipt;
};

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types{QStringLiteral("CONDITION"),
                                     QStringLiteral("HOLDER"),
                                     QStringLiteral("HOLDER_CORRECTION"),
                                     QStringLiteral("APPEAL_DECISION"),
                                     QStringLiteral("APPEAL_FORWARD"),
                                     QStringLiteral("APPEAL_ANSWER"),
                                     QStringLiteral("CASE_BATCH"),
                                     QStringLiteral("RISK_AREA"),
                                     QStringLiteral("OTHER")};
    return types;
}

Parsed parseBatch(const sync::Opened &opened, const QByteArray &body)
{
    Parsed out;
    const pki::Subject signer = opened.signer.subject();
    if (signer.role != QLatin1String("upload") || signer.commonName != kConsole ||
        signer.province != kProvince)
        return {403, QStringLiteral("not the console's UPLOAD key"), {}};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(opened.payload, &err);
    if (!doc.isObject())
        return {400, QStringLiteral("the payload is not JSON: %1").arg(err.errorString()), {}};
    const QJsonObject payload = doc.object();
    const auto header = protocol::BatchHeader::parse(payload);
    if (!header)
        return {400, header.error().message, {}};
    if (header->schema != QLatin1String(protocol::kBatchSchema) || header->batchId.isEmpty() ||
        header->seqFrom < 1 || header->seqTo < header->seqFrom)
        std::abort(); // BatchHeader::parse let through what it refuses
    if (header->consoleId != kConsole || header->province != kProvince)
        return {403, QStringLiteral("another console"), {}};
    // The Idempotency-Key is the batchId (importFile reads it from the payload the same way).
    if (QJsonDocument::fromJson(opened.payload).object().value(QLatin1String("batchId")).toString() !=
        header->batchId)
        std::abort();
    // The store's head is not modelled: PlatformServer::accept answers 409 unless seqFrom is the console's
    // highestSeq + 1, and highestSeq only grows by the events the platform accepted, so no batch there ends
    // at 2^63 - 1 (where the `expected++` below would overflow).
    if (header->seqTo == std::numeric_limits<qint64>::max())
        return {409, QStringLiteral("out of sequence"), {}};
    const QJsonArray events = payload.value(QLatin1String("events")).toArray();
    if (events.size() != header->seqTo - header->seqFrom + 1)
        return {400,
                QStringLiteral("the batch has %1 events for the range %2–%3")
                    .arg(events.size())
                    .arg(header->seqFrom)
                    .arg(header->seqTo),
                {}};
    protocol::Receipt receipt{header->batchId,
                              kConsole,
                              header->seqFrom,
                              header->seqTo,
                              protocol::hex(crypto::sha256(body)),
                              QStringLiteral("2022-11-02T10:00:00+08:00"),
                              {},
                              header->auditHead}; // the platform countersigns the batch's head
    receipt.events.reserve(events.size());
    QSet<QString> seen;
    qint64 expected = header->seqFrom;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString eventId = e.value(QLatin1String("eventId")).toString();
        const qint64 seq = e.value(QLatin1String("seq")).toInteger();
        const QString type = e.value(QLatin1String("type")).toString();
        const QString subject = e.value(QLatin1String("subject")).toString();
        if (seq != expected++)
            return {400, QStringLiteral("event sequence numbers are not consecutive at %1").arg(seq), {}};
        protocol::EventOutcome outcome{eventId, seq, QStringLiteral("accepted"), {}};
        if (eventId.isEmpty() || subject.isEmpty())
            outcome = {eventId, seq, QStringLiteral("rejected"),
                       QStringLiteral("event without eventId or subject")};
        else if (!knownTypes().contains(type))
            outcome = {eventId, seq, QStringLiteral("rejected"),
                       QStringLiteral("unknown event type %1").arg(type)};
        else if (seen.contains(eventId))
            outcome.status = QStringLiteral("duplicate");
        else
            seen.insert(eventId);
        receipt.events.append(outcome);
    }
    out.receipt = receipt;
    return out;
}

bool utf16Clean(const QString &s)
{
    return QString::fromUtf8(s.toUtf8()) == s; // no lone surrogate, which JSON output cannot carry
}

// The receipt as the console reads it back: the same batch, range, digest and outcomes.
void roundTrip(const protocol::Receipt &r)
{
    const auto back = protocol::Receipt::parse(r.toJson());
    if (!back)
        fail("Receipt::parse refused Receipt::toJson", back.error().message);
    if (back->seqFrom != r.seqFrom || back->seqTo != r.seqTo || back->sha256 != r.sha256 ||
        back->events.size() != r.events.size())
        fail("receipt round trip", QStringLiteral("range, digest or count"));
    if (back->auditHead.has_value() != r.auditHead.has_value()
        || (r.auditHead && (back->auditHead->seq != r.auditHead->seq || back->auditHead->hash != r.auditHead->hash)))
        fail("receipt round trip", QStringLiteral("auditHead"));
    if (utf16Clean(r.batchId) && back->batchId != r.batchId)
        fail("receipt round trip", QStringLiteral("batchId"));
    for (qsizetype i = 0; i < r.events.size(); ++i) {
        const auto &a = r.events[i];
        const auto &b = back->events[i];
        if (a.seq != b.seq || a.status != b.status || (utf16Clean(a.eventId) && a.eventId != b.eventId) ||
            (utf16Clean(a.reason) && a.reason != b.reason))
            fail("receipt round trip", QStringLiteral("event %1").arg(i));
    }
    for (const char *status : {"accepted", "duplicate", "rejected"})
        if (back->count(QLatin1String(status)) != r.count(QLatin1String(status)))
            fail("receipt round trip", QStringLiteral("counts"));
}

void handle(const QByteArray &body, const QByteArray *signedPayload)
{
    const Pki &p = thePki();
    const auto opened = sync::SignedObject::open(
        body, {p.ca}, kAt, [&](const QByteArray &sha) -> std::optional<pki::Certificate> {
            if (sha.size() != 32)
                std::abort(); // openSm hands the resolver a raw SHA-256 only
            const auto it = p.store.constFind(sha);
            return it == p.store.cend() ? std::nullopt : std::optional(*it);
        });
    if (signedPayload) {
        // Signed here a moment ago with a key the anchor issued: it opens, to exactly what was signed.
        if (!opened)
            fail("a body signed here does not open", opened.error().message);
        if (opened->payload != *signedPayload)
            fail("a body signed here opens to another payload", QString());
    }
    static const bool verbose =
        qEnvironmentVariableIsSet("HC_FUZZ_VERBOSE"); // what each input did, on stderr
    if (verbose && !opened)
        std::fprintf(stderr, "not opened: %s\n", qPrintable(opened.error().message));
    if (!opened) {
        if (opened.error().message.isEmpty() ||
            (opened.error().kind != ErrorKind::BadInput && opened.error().kind != ErrorKind::Refused))
            fail("open",
                 QStringLiteral("kind %1: %2").arg(int(opened.error().kind)).arg(opened.error().message));
        return;
    }
    if (opened->profile !=
        (sync::SignedObject::isSmEnvelope(body) ? codes::Profile::Sm2Sm3 : codes::Profile::EcdsaP256Sha256))
        std::abort();
    const Parsed parsed = parseBatch(*opened, body);
    if (verbose)
        std::fprintf(stderr, "opened (%s): %d %s; receipt: %s\n",
                     sync::SignedObject::isSmEnvelope(body) ? "SM" : "CMS", parsed.status,
                     qPrintable(parsed.reason), parsed.status ? "" : parsed.receipt.toJson().constData());
    if (parsed.status == 0)
        roundTrip(parsed.receipt);
}

void makeSeeds(const QString &corpus)
{
    const QString dir = QStringLiteral(HC_FUZZ_PKI_DIR);
    if (!QFile::exists(dir + QStringLiteral("/ca.pem")))
        makePki(dir);
    const Pki &p = thePki();
    // The payload seeds ('C…', 'S…') are written by hand; the bodies as uploaded are signed here.
    for (const QString &name : QDir(corpus).entryList({QStringLiteral("payload-*")}, QDir::Files)) {
        const QByteArray payload = readFile(corpus + QLatin1Char('/') + name).mid(1);
        const auto cms = sync::SignedObject::sign(p.upload, payload);
        const auto sm = sync::SignedObject::sign(p.uploadSm2, payload);
        if (!cms || !sm)
            fail("sign", (cms ? sm.error() : cms.error()).message);
        const QString base = name.mid(int(qstrlen("payload-")));
        writeFile(corpus + QStringLiteral("/body-cms-") + base, 'R' + *cms);
        writeFile(corpus + QStringLiteral("/body-sm-") + base, 'R' + *sm);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QByteArray corpus = qgetenv("HC_FUZZ_MAKE_SEEDS"); !corpus.isEmpty()) {
        makeSeeds(QString::fromLocal8Bit(corpus));
        std::exit(0);
    }
    thePki(); // the keys' PBKDF2 once, before the clock of the first input starts
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The platform's cap on a batch body: kMaxBatchBodyBytes (64 MiB) of app/platform/GuardedTlsServer.h,
    // which answers 413 on the headers before a larger body is read. Copied, not included: that file is being
    // written.
    constexpr qint64 kMaxBatchBodyBytes = 64 * 1024 * 1024;
    if (size < 1 || qint64(size - 1) > kMaxBatchBodyBytes)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Pki &p = thePki();
    if (data[0] == 'C' || data[0] == 'S') {
        const auto body = sync::SignedObject::sign(data[0] == 'C' ? p.upload : p.uploadSm2, rest);
        if (!body)
            fail("sign", body.error().message);
        handle(*body, &rest);
    } else {
        handle(rest, nullptr);
    }
    return 0;
}
