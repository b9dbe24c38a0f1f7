// A hand-off's personal data encrypted to the receiving commission (issue 19, PROTOCOL.md "Hand-offs"): CMS
// AuthEnvelopedData (ECDH P-256 + AES-256-GCM) and the SM envelope (SM2 + SM4-CBC + HMAC-SM3) round trip,
// every way opening must fail (any altered byte, cut off, another commission's certificate or key), no
// plaintext in the body, and interoperability with the openssl command both ways.
#include "Envelope.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hc;
using namespace hc::pki;
using codes::Profile;

namespace {

Issued makeOrDie(const Result<Issued> &r)
{
    if (!r)
        qFatal("issuing failed: %s", qPrintable(r.error().message));
    return r.value();
}

Subject subjectOf(const QString &cn, const QString &province = QStringLiteral("110000"))
{
    return {cn, province, QStringLiteral("HC Test"), {}};
}

Issued handoffOf(const Issued &ca, Profile profile, const QString &cn, Role role = Role::Handoff)
{
    return makeOrDie(issue(ca, IssueRequest::of(subjectOf(cn), role, profile)));
}

QByteArray randomBytes(qsizetype n, quint32 seed = 42)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(gen.generate() & 0xff);
    return b;
}

// What a hand-off carries: people with ID numbers, names, phones, addresses.
QByteArray peopleJson(int count)
{
    QByteArray out = "{\"people\":[";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        out += QStringLiteral(R"({"idNumber":"11010519900307%1","name":"张三%2","phone":"1380013%3",)"
                              R"("address":"北京市朝阳区建国路%2号"})")
                   .arg(1000 + i % 9000, 4, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 10000, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    out += "]}";
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int runOpenssl(const QStringList &args, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}

// Which part of an SM envelope byte i is in (for messages): the field whose key or value it belongs to.
QString smRegionOf(const QByteArray &body, qsizetype i)
{
    static const char *const keys[] = {"alg",    "recipient_cert_sha256", "key_enc_b64", "iv_b64", "ct_b64",
                                       "mac_b64"};
    QString region = QStringLiteral("header");
    qsizetype best = -1;
    for (const char *k : keys) {
        const qsizetype at = body.indexOf(QByteArray("\"") + k + "\"");
        if (at >= 0 && at <= i && at > best) {
            best = at;
            region = QString::fromLatin1(k);
        }
    }
    return region;
}

// Which part of a DER CMS byte i is in: the content bytes of the ciphertext ([0] primitive), of an OCTET
// STRING (wrapped key, GCM nonce, GCM tag), of the ephemeral key (BIT STRING), of the algorithm OIDs that
// decide the keys (ECDH KDF, key wrap, AES-256-GCM); anything else is "metadata" (tags, lengths, versions,
// the recipient's issuer name and serial, other OIDs), which the tag does not cover.
QString cmsRegionOf(const QByteArray &der, qsizetype i)
{
    static const QList<QByteArray> critical = {
        QByteArray::fromHex("2b81040b01"),         // dhSinglePass-stdDH-sha256kdf-scheme
        QByteArray::fromHex("60864801650304012d"), // id-aes256-wrap
        QByteArray::fromHex("60864801650304012e"), // aes-256-gcm
    };
    // A TLV walk: the innermost primitive element holding byte i.
    qsizetype pos = 0, end = der.size();
    while (pos < end) {
        const quint8 tag = quint8(der[pos]);
        if (pos + 1 >= end)
            return QStringLiteral("metadata");
        qsizetype len = quint8(der[pos + 1]), hdr = 2;
        if (len & 0x80) {
            const int count = int(len & 0x7f);
            len = 0;
            for (int k = 0; k < count && pos + 2 + k < end; ++k)
                len = (len << 8) | quint8(der[pos + 2 + k]);
            hdr = 2 + count;
        }
        const qsizetype contentAt = pos + hdr, next = contentAt + len;
        if (i < contentAt)
            return QStringLiteral("metadata"); // a tag or length byte
        if (i < next) {
            if (tag & 0x20) { // constructed: descend
                pos = contentAt;
                end = next;
                continue;
            }
            const QByteArray content = der.mid(contentAt, len);
            if (tag == 0x80)
                return QStringLiteral("ciphertext");
            if (tag == 0x04)
                return QStringLiteral("wrapped key, nonce, tag");
            if (tag == 0x03)
                return i == contentAt ? QStringLiteral("metadata") : QStringLiteral("ephemeral key");
            if (tag == 0x06 && critical.contains(content))
                return QStringLiteral("algorithm");
            return QStringLiteral("metadata");
        }
        pos = next;
    }
    return QStringLiteral("metadata");
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void smEnvelopeShape();
    void keysFromPem_data();
    void keysFromPem();
    void wrongKeyRefused_data();
    void wrongKeyRefused();
    void anotherCertificateRefused_data();
    void anotherCertificateRefused();
    void smReaddressedRefused();
    void everyAlteredByteRefused_data();
    void everyAlteredByteRefused();
    void largeBodyAlteredRefused_data();
    void largeBodyAlteredRefused();
    void truncatedRefused_data();
    void truncatedRefused();
    void plaintextAbsent_data();
    void plaintextAbsent();
    void contentTypeAndProfileChecked();
    void sizeBounds();
    void sealRefusals();
    void cmsPlainEnvelopedDataRefused();
    void opensslDecryptsOurs();
    void oursDecryptsOpenssl();
    void throughput_data();
    void throughput();

private:
    const Issued &own(Profile p) const { return p == Profile::Sm2Sm3 ? *m_sm : *m_intl; }
    const Issued &other(Profile p) const { return p == Profile::Sm2Sm3 ? *m_otherSm : *m_otherIntl; }
    void profileRows();
    bool haveOpenssl() const { return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(); }

    QTemporaryDir m_dir;
    std::optional<Issued> m_ca; // OpenSslKey has no default: set in initTestCase
    std::optional<Issued> m_intl, m_otherIntl, m_sm, m_otherSm;
};

void TestEnvelope::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = makeOrDie(makeCa(subjectOf(QStringLiteral("HC Demo CA"))));
    m_intl = handoffOf(*m_ca, Profile::EcdsaP256Sha256, QStringLiteral("console-bj-0001"));
    m_otherIntl = handoffOf(*m_ca, Profile::EcdsaP256Sha256, QStringLiteral("console-sd-0001"));
    m_sm = handoffOf(*m_ca, Profile::Sm2Sm3, QStringLiteral("console-bj-0002"));
    m_otherSm = handoffOf(*m_ca, Profile::Sm2Sm3, QStringLiteral("console-sd-0002"));
}

void TestEnvelope::profileRows()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("intl") << int(Profile::EcdsaP256Sha256);
    QTest::newRow("sm") << int(Profile::Sm2Sm3);
}

void TestEnvelope::roundTrip_data()
{
    QTest::addColumn<int>("profile");
    QTest::addColumn<QByteArray>("plain");
    for (const Profile p : {Profile::EcdsaP256Sha256, Profile::Sm2Sm3}) {
        const QByteArray name = codes::profileKey(p).toLatin1();
        QTest::newRow(name + " small") << int(p) << peopleJson(3);
        QTest::newRow(name + " binary") << int(p) << QByteArray("\0\x01\xff\r\n\0tail", 10);
        QTest::newRow(name + " one block") << int(p) << QByteArray(16, 'x'); // SM4: a whole padding block
        QTest::newRow(name + " empty") << int(p) << QByteArray();
        QTest::newRow(name + " 10 MB") << int(p) << randomBytes(10 * 1000 * 1000 + 3);
    }
}

void TestEnvelope::roundTrip()
{
    QFETCH(int, profile);
    QFETCH(QByteArray, plain);
    const Issued &id = own(Profile(profile));
    auto sealed = envelope::seal(plain, id.cert);
    QVERIFY2(sealed.ok(), sealed ? "" : qPrintable(sealed.error().message));
    const bool sm = Profile(profile) == Profile::Sm2Sm3;
    QCOMPARE(sealed->contentType, QString::fromLatin1(sm ? "application/json" : "application/cms"));
    QCOMPARE(sealed->recipientSha256, QString::fromLatin1(id.cert.sha256().toHex()));
    QCOMPARE(quint8(sealed->body.at(0)), quint8(sm ? '{' : 0x30));
    auto opened = envelope::open(sealed->body, sealed->contentType, id.cert, id.key);
    QVERIFY2(opened.ok(),
             opened ? "" : qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    QCOMPARE(opened->size(), plain.size());
    QVERIFY(opened.value() == plain);
    // Fresh randomness every time: the same plaintext never gives the same body.
    auto again = envelope::seal(plain, id.cert);
    QVERIFY(again.ok());
    QVERIFY(again->body != sealed->body);
}

void TestEnvelope::smEnvelopeShape()
{
    auto sealed = envelope::seal(peopleJson(2), m_sm->cert);
    QVERIFY(sealed.ok());
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(sealed->body, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.keys(),
             QStringList({"alg", "ct_b64", "iv_b64", "key_enc_b64", "mac_b64", "recipient_cert_sha256"}));
    QCOMPARE(o.value("alg").toString(), QStringLiteral("SM2-SM4-CBC-HMAC-SM3"));
    QCOMPARE(o.value("recipient_cert_sha256").toString(), QString::fromLatin1(m_sm->cert.sha256().toHex()));
    QCOMPARE(QByteArray::fromBase64(o.value("iv_b64").toString().toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(o.value("mac_b64").toString().toLatin1()).size(), 32);
    QCOMPARE(QByteArray::fromBase64(o.value("ct_b64").toString().toLatin1()).size() % 16, 0);
    // SM2 ciphertext of 32 bytes: DER SEQUENCE {x, y, SM3 hash, 32-byte ciphertext}
    const QByteArray keyEnc = QByteArray::fromBase64(o.value("key_enc_b64").toString().toLatin1());
    QCOMPARE(quint8(keyEnc.at(0)), quint8(0x30));
    QVERIFY(keyEnc.size() > 32 + 32 + 64);
}

void TestEnvelope::keysFromPem_data()
{
    profileRows();
}

// The console's key and the directory's certificate as they are stored: PEM, the key under a passphrase.
void TestEnvelope::keysFromPem()
{
    QFETCH(int, profile);
    const Issued &id = own(Profile(profile));
    auto cert = Certificate::fromPem(id.cert.toPem());
    QVERIFY(cert.ok());
    auto pem = id.key.privatePem("pass phrase");
    QVERIFY(pem.ok());
    auto key = codes::OpenSslKey::fromPrivatePem(pem.value(), "pass phrase");
    QVERIFY(key.ok());
    QCOMPARE(int(key->profile()), profile);
    auto sealed = envelope::seal(peopleJson(5), cert.value());
    QVERIFY2(sealed.ok(), sealed ? "" : qPrintable(sealed.error().message));
    auto opened = envelope::open(sealed->body, sealed->contentType, cert.value(), key.value());
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened.value(), peopleJson(5));
}

void TestEnvelope::wrongKeyRefused_data()
{
    profileRows();
}

void TestEnvelope::wrongKeyRefused()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    auto sealed = envelope::seal(peopleJson(3), own(p).cert);
    QVERIFY(sealed.ok());
    // Our certificate with another commission's key (same profile), and with a key of the other profile.
    auto opened = envelope::open(sealed->body, sealed->contentType, own(p).cert, other(p).key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().message.contains(QLatin1String("does not belong")),
             qPrintable(opened.error().message));
    const Profile q = p == Profile::Sm2Sm3 ? Profile::EcdsaP256Sha256 : Profile::Sm2Sm3;
    opened = envelope::open(sealed->body, sealed->contentType, own(p).cert, own(q).key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    // No key at all: the public half only.
    auto pub = own(p).cert.publicKey();
    QVERIFY(pub.ok());
    opened = envelope::open(sealed->body, sealed->contentType, own(p).cert, pub.value());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
}

void TestEnvelope::anotherCertificateRefused_data()
{
    profileRows();
}

void TestEnvelope::anotherCertificateRefused()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    auto sealed = envelope::seal(peopleJson(3), own(p).cert);
    QVERIFY(sealed.ok());
    auto opened = envelope::open(sealed->body, sealed->contentType, other(p).cert, other(p).key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().message.contains(QLatin1String("another commission's certificate")),
             qPrintable(opened.error().message));
}

// An SM envelope re-addressed to another commission (its recipient_cert_sha256 rewritten): that commission's
// key cannot open the keys, so nothing is decrypted.
void TestEnvelope::smReaddressedRefused()
{
    auto sealed = envelope::seal(peopleJson(3), m_sm->cert);
    QVERIFY(sealed.ok());
    QByteArray body = sealed->body;
    body.replace(m_sm->cert.sha256().toHex(), m_otherSm->cert.sha256().toHex());
    QVERIFY(body != sealed->body);
    auto opened = envelope::open(body, sealed->contentType, m_otherSm->cert, m_otherSm->key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().message.contains(QLatin1String("cannot be decrypted")),
             qPrintable(opened.error().message));
}

void TestEnvelope::everyAlteredByteRefused_data()
{
    profileRows();
}

// Each byte of a small body changed in two ways (low bit, case bit): each is refused as bad input, whatever
// region it falls in (SM: the header and key names, alg, recipient, key_enc, iv, ct, mac; CMS: every DER
// field).
void TestEnvelope::everyAlteredByteRefused()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    const QByteArray plain = peopleJson(2);
    auto sealed = envelope::seal(plain, own(p).cert);
    QVERIFY(sealed.ok());
    const QByteArray &body = sealed->body;
    QMap<QString, int> refusedByRegion;
    int harmless = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        for (const char mask : {char(0x01), char(0x20)}) {
            QByteArray altered = body;
            altered[i] = char(altered[i] ^ mask);
            auto opened = envelope::open(altered, sealed->contentType, own(p).cert, own(p).key);
            const QString where = p == Profile::Sm2Sm3 ? smRegionOf(body, i) : cmsRegionOf(body, i);
            const QString what = QStringLiteral("byte %1 of %2 (%3) ^ 0x%4")
                                     .arg(i)
                                     .arg(body.size())
                                     .arg(where)
                                     .arg(int(mask), 2, 16, QLatin1Char('0'));
            if (opened.ok()) {
                // Never garbage: at most CMS metadata the GCM tag does not cover (a version number, the case
                // of the recipient's issuer name, a tag byte OpenSSL reads leniently) and then the exact
                // plaintext.
                QVERIFY2(opened.value() == plain, qPrintable(what + QStringLiteral(" opened to GARBAGE")));
                QVERIFY2(p == Profile::EcdsaP256Sha256 && where == QLatin1String("metadata"),
                         qPrintable(what + QStringLiteral(" opened")));
                ++harmless;
                continue;
            }
            QVERIFY2(opened.error().kind == ErrorKind::BadInput, qPrintable(what));
            QVERIFY(!opened.error().message.isEmpty());
            ++refusedByRegion[where];
        }
    }
    qInfo() << codes::profileKey(p) << "altered bytes refused by region:" << refusedByRegion
            << "metadata changes that still opened to the same plaintext:" << harmless;
    if (p == Profile::Sm2Sm3) {
        QCOMPARE(harmless, 0);
        QCOMPARE(refusedByRegion.size(), 7); // header + the six fields
    } else {
        QCOMPARE(refusedByRegion.size(),
                 5); // metadata, algorithm, ephemeral key, wrapped key/nonce/tag, ciphertext
        QVERIFY(harmless < body.size() / 10);
    }
}

void TestEnvelope::largeBodyAlteredRefused_data()
{
    profileRows();
}

// A 1 MB body altered at the start, inside, at the end of its ciphertext, and in its last bytes (GCM tag /
// MAC).
void TestEnvelope::largeBodyAlteredRefused()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    auto sealed = envelope::seal(randomBytes(1000 * 1000), own(p).cert);
    QVERIFY(sealed.ok());
    const qsizetype n = sealed->body.size();
    for (const qsizetype at : {qsizetype(600), n / 3, n / 2, n - 200, n - 40, n - 5}) {
        QByteArray altered = sealed->body;
        altered[at] = char(altered[at] ^ 0x01);
        auto opened = envelope::open(altered, sealed->contentType, own(p).cert, own(p).key);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("offset %1 of %2 opened").arg(at).arg(n)));
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    }
}

void TestEnvelope::truncatedRefused_data()
{
    profileRows();
}

void TestEnvelope::truncatedRefused()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    auto sealed = envelope::seal(peopleJson(2), own(p).cert);
    QVERIFY(sealed.ok());
    // Every shorter prefix; and bytes appended.
    for (qsizetype len = 0; len < sealed->body.size(); ++len) {
        auto opened = envelope::open(sealed->body.left(len), sealed->contentType, own(p).cert, own(p).key);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("a prefix of %1 bytes opened").arg(len)));
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    }
    for (const QByteArray &tail : {QByteArray("x"), QByteArray(1, '\0'), QByteArray("}")}) {
        auto opened = envelope::open(sealed->body + tail, sealed->contentType, own(p).cert, own(p).key);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    }
    // A large body cut anywhere.
    auto large = envelope::seal(randomBytes(2 * 1000 * 1000), own(p).cert);
    QVERIFY(large.ok());
    for (const qsizetype len : {large->body.size() / 2, large->body.size() - 1, large->body.size() - 17}) {
        auto opened = envelope::open(large->body.left(len), large->contentType, own(p).cert, own(p).key);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    }
}

void TestEnvelope::plaintextAbsent_data()
{
    profileRows();
}

// The platform relays the body: neither the people's bytes nor any long run of them (nor their base64) is in
// it.
void TestEnvelope::plaintextAbsent()
{
    QFETCH(int, profile);
    const QByteArray plain = peopleJson(200);
    auto sealed = envelope::seal(plain, own(Profile(profile)).cert);
    QVERIFY(sealed.ok());
    const QByteArray &body = sealed->body;
    QVERIFY(!body.contains(plain));
    QVERIFY(!body.contains("110105199003071000")); // an ID number
    QVERIFY(!body.contains("11010519900307"));
    QVERIFY(!body.contains(QStringLiteral("张三").toUtf8()));
    QVERIFY(!body.contains(QStringLiteral("北京市朝阳区").toUtf8()));
    QVERIFY(!body.contains("13800130"));
    QVERIFY(!body.contains("idNumber"));
    // No 12-byte run of the plaintext anywhere, in clear or in base64 (at any of the three alignments).
    for (qsizetype at = 0; at + 12 <= plain.size(); at += 97) {
        const QByteArray run = plain.mid(at, 12);
        QVERIFY2(!body.contains(run), qPrintable(QStringLiteral("plaintext run at %1 in the body").arg(at)));
    }
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray b64 = plain.mid(shift, 300).toBase64().left(40);
        QVERIFY(!body.contains(b64));
    }
}

void TestEnvelope::contentTypeAndProfileChecked()
{
    auto cms = envelope::seal(peopleJson(1), m_intl->cert);
    auto sm = envelope::seal(peopleJson(1), m_sm->cert);
    QVERIFY(cms.ok() && sm.ok());
    // A body under the other content type, and an unknown one.
    auto opened = envelope::open(cms->body, QStringLiteral("application/json"), m_intl->cert, m_intl->key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    opened = envelope::open(sm->body, QStringLiteral("application/cms"), m_sm->cert, m_sm->key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    opened = envelope::open(cms->body, QStringLiteral("application/octet-stream"), m_intl->cert, m_intl->key);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QLatin1String("unknown content type")));
    // Empty.
    opened = envelope::open({}, QStringLiteral("application/cms"), m_intl->cert, m_intl->key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    // SM envelope with an extra field, another alg, an uppercase recipient, a non-canonical base64.
    const QJsonObject o = QJsonDocument::fromJson(sm->body).object();
    auto variant = [&](const char *key, const QJsonValue &v) {
        QJsonObject c = o;
        if (v.isUndefined())
            c.remove(QLatin1String(key));
        else
            c.insert(QLatin1String(key), v);
        return envelope::open(QJsonDocument(c).toJson(QJsonDocument::Compact), sm->contentType, m_sm->cert,
                              m_sm->key);
    };
    QVERIFY(variant("extra", 1).error().message.contains(QLatin1String("exactly")));
    QVERIFY(variant("mac_b64", QJsonValue::Undefined).error().message.contains(QLatin1String("exactly")));
    QVERIFY(
        variant("alg", QStringLiteral("SM2-SM4-GCM")).error().message.contains(QLatin1String("unsupported")));
    QVERIFY(variant("recipient_cert_sha256", o.value("recipient_cert_sha256").toString().toUpper())
                .error()
                .message.contains(QLatin1String("lowercase hex")));
    QString iv = o.value("iv_b64").toString(); // 16 bytes: "…==", the char before "==" carries 4 padding bits
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    iv[21] = QLatin1Char(
        alphabet.at(alphabet.indexOf(iv[21].toLatin1()) ^ 1)); // a padding bit: same bytes in lax decoders
    QVERIFY(variant("iv_b64", iv).error().message.contains(QLatin1String("base64")));
    QVERIFY(variant("iv_b64", o.value("iv_b64").toString().chopped(2))
                .error()
                .message.contains(QLatin1String("base64")));
    QVERIFY(
        variant("iv_b64", QStringLiteral("AAAA")).error().message.contains(QLatin1String("wrong length")));
    // A re-serialised but otherwise identical envelope still opens (whitespace, key order are not the
    // content).
    QVERIFY(envelope::open(QJsonDocument(o).toJson(QJsonDocument::Indented), sm->contentType, m_sm->cert,
                           m_sm->key)
                .ok());
}

void TestEnvelope::sizeBounds()
{
    // Refused before parsing: a body just over the limit, whatever it holds.
    const QByteArray huge(envelope::kMaxBodyBytes + 1, '{');
    QElapsedTimer t;
    t.start();
    auto opened = envelope::open(huge, QStringLiteral("application/json"), m_sm->cert, m_sm->key);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().message.contains(QLatin1String("too large")), qPrintable(opened.error().message));
    QVERIFY(t.elapsed() < 1000);
    auto sealed = envelope::seal(QByteArray(envelope::kMaxPlainBytes + 1, 'x'), m_intl->cert);
    QVERIFY(!sealed.ok());
    QVERIFY(sealed.error().message.contains(QLatin1String("too large")));
}

void TestEnvelope::sealRefusals()
{
    QVERIFY(!envelope::seal("x", Certificate()).ok());
    // A signing-only certificate (UPLOAD: digitalSignature) is not for encryption.
    for (const Profile p : {Profile::EcdsaP256Sha256, Profile::Sm2Sm3}) {
        const Issued upload = handoffOf(*m_ca, p, QStringLiteral("console-up"), Role::Upload);
        auto sealed = envelope::seal("x", upload.cert);
        QVERIFY(!sealed.ok());
        QVERIFY2(sealed.error().message.contains(QLatin1String("not for encryption")),
                 qPrintable(sealed.error().message));
    }
    // An expired certificate.
    IssueRequest req = IssueRequest::of(subjectOf(QStringLiteral("console-old")), Role::Handoff);
    req.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    req.days = 10;
    const Issued old = makeOrDie(issue(*m_ca, req));
    auto sealed = envelope::seal("x", old.cert);
    QVERIFY(!sealed.ok());
    QVERIFY2(sealed.error().message.contains(QLatin1String("not valid now")),
             qPrintable(sealed.error().message));
}

// A CMS EnvelopedData with AES-CBC (no tag) made by openssl is refused: it would decrypt altered bodies to
// garbage.
void TestEnvelope::cmsPlainEnvelopedDataRefused()
{
    if (!haveOpenssl())
        QSKIP("openssl is not on PATH");
    const QString in = m_dir.filePath("cbc.in"), out = m_dir.filePath("cbc.p7e"),
                  cert = m_dir.filePath("cbc.pem");
    QVERIFY(writeFile(in, peopleJson(2)) && writeFile(cert, m_intl->cert.toPem()));
    QByteArray err;
    QCOMPARE(runOpenssl({"cms", "-encrypt", "-binary", "-aes-256-cbc", "-outform", "DER", "-in", in, "-out",
                         out, cert},
                        &err),
             0);
    auto opened = envelope::open(readFile(out), QStringLiteral("application/cms"), m_intl->cert, m_intl->key);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QLatin1String("AuthEnvelopedData")),
             qPrintable(opened.error().message));
}

void TestEnvelope::opensslDecryptsOurs()
{
    if (!haveOpenssl())
        QSKIP("openssl is not on PATH");
    const QByteArray plain = peopleJson(50);
    auto sealed = envelope::seal(plain, m_intl->cert);
    QVERIFY(sealed.ok());
    auto keyPem = m_intl->key.privatePem("secret-pass");
    QVERIFY(keyPem.ok());
    const QString body = m_dir.filePath("ours.p7e"), cert = m_dir.filePath("ours.pem"),
                  key = m_dir.filePath("ours.key"), out = m_dir.filePath("ours.out");
    QVERIFY(writeFile(body, sealed->body) && writeFile(cert, m_intl->cert.toPem()) &&
            writeFile(key, keyPem.value()));
    QByteArray err;
    const int rc = runOpenssl({"cms", "-decrypt", "-binary", "-inform", "DER", "-in", body, "-recip", cert,
                               "-inkey", key, "-passin", "pass:secret-pass", "-out", out},
                              &err);
    QVERIFY2(rc == 0, err.constData());
    QCOMPARE(readFile(out), plain);
    // The structure openssl sees: AuthEnvelopedData, AES-256-GCM, ECDH with the SHA-256 KDF.
    QByteArray printed;
    QProcess p;
    p.start("openssl", {"cms", "-cmsout", "-print", "-inform", "DER", "-in", body});
    QVERIFY(p.waitForFinished(60000));
    printed = p.readAllStandardOutput();
    QVERIFY2(printed.contains("id-smime-ct-authEnvelopedData"), printed.left(400).constData());
    QVERIFY(printed.contains("aes-256-gcm"));
    QVERIFY(printed.contains("dhSinglePass-stdDH-sha256kdf-scheme"));
}

void TestEnvelope::oursDecryptsOpenssl()
{
    if (!haveOpenssl())
        QSKIP("openssl is not on PATH");
    const QByteArray plain = peopleJson(50);
    const QString in = m_dir.filePath("theirs.in"), body = m_dir.filePath("theirs.p7e"),
                  cert = m_dir.filePath("theirs.pem");
    QVERIFY(writeFile(in, plain) && writeFile(cert, m_intl->cert.toPem()));
    QByteArray err;
    const int rc = runOpenssl({"cms", "-encrypt", "-binary", "-aes-256-gcm", "-outform", "DER", "-in", in,
                               "-out", body, "-recip", cert},
                              &err);
    QVERIFY2(rc == 0, err.constData());
    auto opened =
        envelope::open(readFile(body), QStringLiteral("application/cms"), m_intl->cert, m_intl->key);
    QVERIFY2(opened.ok(),
             opened ? "" : qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
    QCOMPARE(opened.value(), plain);
    // Made for another commission: refused.
    opened = envelope::open(readFile(body), QStringLiteral("application/cms"), m_otherIntl->cert,
                            m_otherIntl->key);
    QVERIFY(!opened.ok());
}

void TestEnvelope::throughput_data()
{
    profileRows();
}

// Measured, not asserted: seal + open of 10 MB.
void TestEnvelope::throughput()
{
    QFETCH(int, profile);
    const Profile p = Profile(profile);
    const QByteArray plain = randomBytes(10 * 1000 * 1000, 7);
    QElapsedTimer t;
    t.start();
    auto sealed = envelope::seal(plain, own(p).cert);
    const qint64 sealMs = t.restart();
    QVERIFY(sealed.ok());
    auto opened = envelope::open(sealed->body, sealed->contentType, own(p).cert, own(p).key);
    const qint64 openMs = t.elapsed();
    QVERIFY(opened.ok());
    QVERIFY(opened.value() == plain);
    auto mbps = [](qint64 ms) {
        return ms > 0 ? QString::number(10.0 * 1000 / ms, 'f', 0) : QStringLiteral("∞");
    };
    qInfo().noquote() << QStringLiteral("%1: 10 MB seal %2 ms (%3 MB/s), open %4 ms (%5 MB/s), body %6 bytes")
                             .arg(codes::profileKey(p))
                             .arg(sealMs)
                             .arg(mbps(sealMs))
                             .arg(openMs)
                             .arg(mbps(openMs))
                             .arg(sealed->body.size());
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
