// Signed objects of PROTOCOL.md: CMS (INTL) and the SM envelope round trip, every way opening must fail,
// and interoperability with the openssl command (cms -verify, dgst -sm3 with the distinguishing ID).
#include "SignedObject.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace hc;
using namespace hc::pki;
using namespace hc::sync;
using codes::Profile;

namespace {

Issued makeOrDie(const Result<Issued> &r)
{
    if (!r)
        qFatal("issuing failed: %s", qPrintable(r.error().message));
    return r.value();
}

Subject subjectOf(const QString &cn)
{
    return {cn, QStringLiteral("370303"), QStringLiteral("HC Test"), {}};
}

SigningIdentity identityOf(const Issued &ca, Profile profile,
                           const QString &cn = QStringLiteral("console-0001"))
{
    IssueRequest req;
    req.subject = subjectOf(cn);
    req.role = Role::Upload;
    req.profile = profile;
    const Issued leaf = makeOrDie(issue(ca, req));
    return {leaf.cert, {}, leaf.key};
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(gen.generate() & 0xff);
    return b;
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

// Fixed command words (no spaces inside any) followed by file paths.
QStringList words(const char *fixed, const QStringList &rest = {})
{
    return QString::fromLatin1(fixed).split(QLatin1Char(' ')) + rest;
}

int runOpenssl(const QStringList &args, QByteArray *err = nullptr, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (err)
        *err = p.readAllStandardError();
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

QByteArray withField(const QByteArray &envelope, const char *key, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(envelope).object();
    o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSignedObject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contentTypes();
    void roundTrip_data();
    void roundTrip();
    void cmsCarriesChain();
    void cmsRejections();
    void cmsRejectsOtherCaAndTime();
    void smEnvelopeShape();
    void smRejections();
    void smRejectsOtherCaAndTime();
    void signRefusals();
    void opensslVerifiesDetached();
    void opensslVerifiesEmbedded();
    void opensslVerifiesSmSignature();
    void largePayloadIsFast();

private:
    Result<Opened> openBody(const QByteArray &body,
                            const QDateTime &at = QDateTime::currentDateTimeUtc()) const;

    QTemporaryDir m_dir;
    std::optional<Issued> m_ca; // OpenSslKey has no default: set in initTestCase
    std::optional<Issued> m_otherCa;
    std::optional<SigningIdentity> m_intl;
    std::optional<SigningIdentity> m_sm;
    std::optional<SigningIdentity> m_otherSm; // SM2, from the other CA
    QList<Certificate> m_known;               // what the resolver knows
};

void TestSignedObject::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = makeOrDie(makeCa(subjectOf(QStringLiteral("HC Demo CA"))));
    m_otherCa = makeOrDie(makeCa(subjectOf(QStringLiteral("HC Demo CA"))));
    m_intl = identityOf(*m_ca, Profile::EcdsaP256Sha256);
    m_sm = identityOf(*m_ca, Profile::Sm2Sm3);
    m_otherSm = identityOf(*m_otherCa, Profile::Sm2Sm3);
    m_known = {m_sm->cert, m_otherSm->cert, m_intl->cert};
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ca.pem")), m_ca->cert.toPem()));
}

Result<Opened> TestSignedObject::openBody(const QByteArray &body, const QDateTime &at) const
{
    const QList<Certificate> known = m_known;
    return SignedObject::open(body, {m_ca->cert}, at,
                              [known](const QByteArray &sha256) -> std::optional<Certificate> {
                                  for (const Certificate &c : known) {
                                      if (c.sha256() == sha256)
                                          return c;
                                  }
                                  return std::nullopt;
                              });
}

void TestSignedObject::contentTypes()
{
    QCOMPARE(QByteArray(SignedObject::contentType(Profile::EcdsaP256Sha256)), QByteArray("application/cms"));
    QCOMPARE(QByteArray(SignedObject::contentType(Profile::Sm2Sm3)), QByteArray("application/json"));
    QVERIFY(SignedObject::isSmEnvelope(" \r\n\t{\"a\":1}"));
    QVERIFY(!SignedObject::isSmEnvelope("\x30\x82"));
    QVERIFY(!SignedObject::isSmEnvelope("   "));
    QVERIFY(!SignedObject::isSmEnvelope({}));
}

void TestSignedObject::roundTrip_data()
{
    QTest::addColumn<int>("profile");
    QTest::addColumn<QByteArray>("payload");
    const QByteArray json = R"({"batch":"b-0001","cases":[{"id":1,"name":"张三"}]})";
    const QByteArray binary("\0\x01\xff\r\n\0tail", 10);
    for (const Profile p : {Profile::EcdsaP256Sha256, Profile::Sm2Sm3}) {
        const QByteArray name = codes::profileKey(p).toLatin1();
        QTest::newRow(name + " json") << int(p) << json;
        QTest::newRow(name + " binary") << int(p) << binary;
        QTest::newRow(name + " empty") << int(p) << QByteArray();
        QTest::newRow(name + " 3 MB") << int(p) << randomBytes(3 * 1024 * 1024 + 7);
    }
}

void TestSignedObject::roundTrip()
{
    QFETCH(int, profile);
    QFETCH(QByteArray, payload);
    const SigningIdentity &id = Profile(profile) == Profile::Sm2Sm3 ? *m_sm : *m_intl;
    auto body = SignedObject::sign(id, payload);
    QVERIFY2(body.ok(), body ? "" : qPrintable(body.error().message));
    QCOMPARE(SignedObject::isSmEnvelope(body.value()), Profile(profile) == Profile::Sm2Sm3);
    if (Profile(profile) == Profile::EcdsaP256Sha256)
        QCOMPARE(quint8(body->at(0)), quint8(0x30));
    auto opened = openBody(body.value());
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->payload.size(), payload.size());
    QVERIFY(opened->payload == payload);
    QCOMPARE(opened->signer.sha256(), id.cert.sha256());
    QCOMPARE(int(opened->profile), profile);
}

void TestSignedObject::cmsCarriesChain()
{
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("HC Province CA"));
    req.role = Role::Ca;
    const Issued intermediate = makeOrDie(issue(*m_ca, req));
    SigningIdentity id = identityOf(intermediate, Profile::EcdsaP256Sha256, QStringLiteral("console-0009"));
    // Without the intermediate in the object, the signer does not chain to the anchor.
    auto body = SignedObject::sign(id, "payload");
    QVERIFY(body.ok());
    QVERIFY(!openBody(body.value()).ok());
    id.chain = {intermediate.cert};
    body = SignedObject::sign(id, "payload");
    QVERIFY(body.ok());
    auto opened = openBody(body.value());
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->signer.subject().commonName, QStringLiteral("console-0009"));
    QCOMPARE(opened->payload, QByteArray("payload"));
}

void TestSignedObject::cmsRejections()
{
    const QByteArray payload = "{\"batch\":\"b-0001\",\"count\":3}";
    auto body = SignedObject::sign(*m_intl, payload);
    QVERIFY(body.ok());
    const QByteArray good = body.value();
    QVERIFY(openBody(good).ok());

    auto refused = [this](const QByteArray &b, const char *words) {
        auto r = openBody(b);
        if (r.ok())
            return QStringLiteral("opened");
        return r.error().message.contains(QLatin1String(words), Qt::CaseInsensitive) ? QString()
                                                                                     : r.error().message;
    };
    QCOMPARE(refused("garbage that is not DER", "not a CMS"), QString());
    QCOMPARE(refused(QByteArray(1, '\x30'), "not a CMS"), QString());
    QCOMPARE(refused(good.left(good.size() / 2), "cut off"), QString());
    QCOMPARE(refused(good.left(good.size() - 1), "cut off"), QString());
    QCOMPARE(refused(good + "x", "trail"), QString());

    // The payload altered inside the object (same length): the digest no longer matches.
    const qsizetype at = good.indexOf(payload);
    QVERIFY(at > 0);
    QByteArray altered = good;
    altered[at + 10] = char(altered[at + 10] ^ 0x01);
    QCOMPARE(refused(altered, "bad signature"), QString());
    // The signature value altered (its last byte is in the SignerInfo, at the end of the DER).
    altered = good;
    altered[altered.size() - 1] = char(altered[altered.size() - 1] ^ 0x01);
    QVERIFY(!openBody(altered).ok());

    // A detached object carries no payload to open.
    auto detached = SignedObject::signDetached(*m_intl, payload);
    QVERIFY(detached.ok());
    QCOMPARE(refused(detached.value(), "detached"), QString());
    // No anchors: nothing is trusted.
    QVERIFY(!SignedObject::open(good, {}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(!SignedObject::open({}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
}

void TestSignedObject::cmsRejectsOtherCaAndTime()
{
    const SigningIdentity other = identityOf(*m_otherCa, Profile::EcdsaP256Sha256);
    auto body = SignedObject::sign(other, "payload");
    QVERIFY(body.ok());
    auto r = openBody(body.value());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("issuer")), qPrintable(r.error().message));
    QVERIFY(SignedObject::open(body.value(), {m_otherCa->cert}, QDateTime::currentDateTimeUtc()).ok());

    body = SignedObject::sign(*m_intl, "payload");
    QVERIFY(body.ok());
    r = openBody(body.value(), m_intl->cert.notAfter().addSecs(60));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("expired")), qPrintable(r.error().message));
    r = openBody(body.value(), m_intl->cert.notBefore().addSecs(-60));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("not yet valid")), qPrintable(r.error().message));
    QVERIFY(openBody(body.value(), m_intl->cert.notAfter().addSecs(-60)).ok());
}

void TestSignedObject::smEnvelopeShape()
{
    const QByteArray payload = "{\"receipt\":\"r-1\"}";
    auto body = SignedObject::sign(*m_sm, payload);
    QVERIFY(body.ok());
    QVERIFY(!body->contains('\n')); // compact
    const QJsonObject o = QJsonDocument::fromJson(body.value()).object();
    QCOMPARE(o.size(), 5);
    QCOMPARE(o.value(QLatin1String("alg")).toString(), QStringLiteral("SM2-SM3"));
    QCOMPARE(o.value(QLatin1String("distid")).toString(), QStringLiteral("1234567812345678"));
    QCOMPARE(QByteArray::fromBase64(o.value(QLatin1String("payload_b64")).toString().toLatin1()), payload);
    QCOMPARE(o.value(QLatin1String("signer_cert_sha256")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(m_sm->cert.toDer(), QCryptographicHash::Sha256).toHex()));
    const QByteArray sig = QByteArray::fromBase64(o.value(QLatin1String("sig_b64")).toString().toLatin1());
    QVERIFY(sig.size() > 60);
    QVERIFY(m_sm->key.verify(payload, sig)); // SM3 with the distinguishing ID over the exact bytes
    QVERIFY(!m_sm->key.verify(payload + " ", sig));
}

void TestSignedObject::smRejections()
{
    const QByteArray payload = "{\"receipt\":\"r-1\"}";
    auto body = SignedObject::sign(*m_sm, payload);
    QVERIFY(body.ok());
    const QByteArray good = body.value();
    QVERIFY(openBody(good).ok());

    auto refused = [this](const QByteArray &b, const char *words) {
        auto r = openBody(b);
        if (r.ok())
            return QStringLiteral("opened");
        return r.error().message.contains(QLatin1String(words), Qt::CaseInsensitive) ? QString()
                                                                                     : r.error().message;
    };
    QCOMPARE(refused(withField(good, "alg", QStringLiteral("SM2-SHA256")), "algorithm"), QString());
    QCOMPARE(refused(withField(good, "alg", QJsonValue()), "algorithm"), QString());
    QCOMPARE(refused(withField(good, "distid", QStringLiteral("")), "distinguishing"), QString());
    QCOMPARE(refused(withField(good, "distid", QStringLiteral("1234567812345679")), "distinguishing"),
             QString());
    QCOMPARE(refused(withField(good, "payload_b64",
                               QString::fromLatin1(QByteArray("{\"receipt\":\"r-2\"}").toBase64())),
                     "bad signature"),
             QString());
    QCOMPARE(refused(withField(good, "payload_b64", QStringLiteral("!!not base64!!")), "base64"), QString());
    const QJsonObject o = QJsonDocument::fromJson(good).object();
    QByteArray sig = QByteArray::fromBase64(o.value(QLatin1String("sig_b64")).toString().toLatin1());
    sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x01);
    QVERIFY(!openBody(withField(good, "sig_b64", QString::fromLatin1(sig.toBase64()))).ok());
    QCOMPARE(refused(good.left(good.size() / 2), "JSON"), QString());
    QCOMPARE(refused("{}", "algorithm"), QString());
    QCOMPARE(refused("{\"alg\":", "JSON"), QString());
    QCOMPARE(refused(" [1,2]", "not a CMS"), QString());

    // The signer: unknown hash, no resolver, a resolver that answers with another certificate.
    QCOMPARE(refused(withField(good, "signer_cert_sha256", QString(64, QLatin1Char('0'))), "unknown signer"),
             QString());
    QCOMPARE(refused(withField(good, "signer_cert_sha256", QStringLiteral("abc")), "SHA-256"), QString());
    auto r = SignedObject::open(good, {m_ca->cert}, QDateTime::currentDateTimeUtc());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("unknown signer")), qPrintable(r.error().message));
    const Certificate wrong = m_intl->cert;
    r = SignedObject::open(good, {m_ca->cert}, QDateTime::currentDateTimeUtc(),
                           [wrong](const QByteArray &) { return std::optional<Certificate>(wrong); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("unknown signer")), qPrintable(r.error().message));
    r = SignedObject::open(good, {m_ca->cert}, QDateTime::currentDateTimeUtc(),
                           [](const QByteArray &) { return std::optional<Certificate>(); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("unknown signer")), qPrintable(r.error().message));

    // An SM envelope signed by an ECDSA-keyed certificate's hash is refused (the key is not SM2).
    QCOMPARE(
        refused(withField(good, "signer_cert_sha256", QString::fromLatin1(m_intl->cert.sha256().toHex())),
                "not SM2"),
        QString());
}

void TestSignedObject::smRejectsOtherCaAndTime()
{
    auto body = SignedObject::sign(*m_otherSm, "payload");
    QVERIFY(body.ok());
    auto r = openBody(body.value()); // the resolver knows it, but it is not from the anchor
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("issuer")), qPrintable(r.error().message));

    body = SignedObject::sign(*m_sm, "payload");
    QVERIFY(body.ok());
    r = openBody(body.value(), m_sm->cert.notAfter().addDays(1));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("expired")), qPrintable(r.error().message));
    QVERIFY(openBody(body.value(), m_sm->cert.notAfter().addDays(-1)).ok());
}

void TestSignedObject::signRefusals()
{
    // A key that is not the certificate's.
    SigningIdentity mismatched = *m_intl;
    mismatched.key = identityOf(*m_ca, Profile::EcdsaP256Sha256).key;
    QVERIFY(!SignedObject::sign(mismatched, "x").ok());
    QVERIFY(!SignedObject::signDetached(mismatched, "x").ok());
    mismatched = *m_sm;
    mismatched.key = codes::OpenSslKey::generate(Profile::Sm2Sm3).value();
    QVERIFY(!SignedObject::sign(mismatched, "x").ok());
    // No certificate; a public key only; detached CMS with SM2 (OpenSSL 3.0's CMS cannot).
    QVERIFY(!SignedObject::sign(SigningIdentity{Certificate(), {}, m_intl->key}, "x").ok());
    QVERIFY(
        !SignedObject::sign(SigningIdentity{m_intl->cert, {}, m_intl->cert.publicKey().value()}, "x").ok());
    QVERIFY(!SignedObject::signDetached(*m_sm, "x").ok());
}

void TestSignedObject::opensslVerifiesDetached()
{
    const QByteArray content = "%PDF-1.4 report\n" + randomBytes(100000);
    auto sig = SignedObject::signDetached(*m_intl, content);
    QVERIFY(sig.ok());
    QVERIFY(!sig->contains(content.left(64))); // detached: the content is not in it
    const QString p7s = m_dir.filePath(QStringLiteral("report.p7s"));
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeFile(p7s, sig.value()));
    QVERIFY(writeFile(file, content));
    const QStringList args = words("cms -verify -binary -inform DER -purpose any -out /dev/null",
                                   {QStringLiteral("-in"), p7s, QStringLiteral("-content"), file,
                                    QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("ca.pem"))});
    QByteArray err;
    QCOMPARE(runOpenssl(args, &err), 0);
    QVERIFY2(err.contains("Verification successful"), err.constData());

    QByteArray altered = content;
    altered[5] = 'X';
    QVERIFY(writeFile(file, altered));
    QVERIFY(runOpenssl(args) != 0);
}

void TestSignedObject::opensslVerifiesEmbedded()
{
    const QByteArray payload =
        QByteArrayLiteral("{\"batch\":\"b-0002\"}\n\0binary"); // exact bytes, no canonicalisation
    auto body = SignedObject::sign(*m_intl, payload);
    QVERIFY(body.ok());
    const QString in = m_dir.filePath(QStringLiteral("batch.p7m"));
    const QString out = m_dir.filePath(QStringLiteral("batch.out"));
    QVERIFY(writeFile(in, body.value()));
    QByteArray err;
    QCOMPARE(runOpenssl(words("cms -verify -binary -inform DER -purpose any",
                              {QStringLiteral("-in"), in, QStringLiteral("-CAfile"),
                               m_dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-out"), out}),
                        &err),
             0);
    QCOMPARE(readFile(out), payload);

    // The reverse: an object the openssl command signs opens here.
    const QString cert = m_dir.filePath(QStringLiteral("intl.pem"));
    const QString key = m_dir.filePath(QStringLiteral("intl.key"));
    const QString content = m_dir.filePath(QStringLiteral("cli.json"));
    const QString signedByCli = m_dir.filePath(QStringLiteral("cli.p7m"));
    QVERIFY(writeFile(cert, m_intl->cert.toPem()));
    QVERIFY(writeFile(key, m_intl->key.privatePem("test-passphrase").value()));
    QVERIFY(writeFile(content, payload));
    QCOMPARE(
        runOpenssl(words("cms -sign -binary -nodetach -md sha256 -outform DER -passin pass:test-passphrase",
                         {QStringLiteral("-in"), content, QStringLiteral("-signer"), cert,
                          QStringLiteral("-inkey"), key, QStringLiteral("-out"), signedByCli}),
                   &err),
        0);
    auto opened = openBody(readFile(signedByCli));
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->payload, payload);
}

void TestSignedObject::opensslVerifiesSmSignature()
{
    const QByteArray payload = "{\"receipt\":\"r-9\",\"accepted\":12}";
    auto body = SignedObject::sign(*m_sm, payload);
    QVERIFY(body.ok());
    const QJsonObject o = QJsonDocument::fromJson(body.value()).object();
    const QString pub = m_dir.filePath(QStringLiteral("sm.pub.pem"));
    const QString sig = m_dir.filePath(QStringLiteral("sm.sig"));
    const QString msg = m_dir.filePath(QStringLiteral("sm.msg"));
    QVERIFY(writeFile(pub, m_sm->cert.publicKey().value().publicPem()));
    QVERIFY(writeFile(sig, QByteArray::fromBase64(o.value(QLatin1String("sig_b64")).toString().toLatin1())));
    QVERIFY(
        writeFile(msg, QByteArray::fromBase64(o.value(QLatin1String("payload_b64")).toString().toLatin1())));
    QStringList args = words("dgst -sm3 -sigopt distid:1234567812345678",
                             {QStringLiteral("-verify"), pub, QStringLiteral("-signature"), sig, msg});
    QByteArray err, out;
    QCOMPARE(runOpenssl(args, &err, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("Verified OK"));
    // Without the distinguishing ID (OpenSSL's empty default) it must not verify.
    args.removeAt(2);
    args.removeAt(2);
    QCOMPARE(args.at(2), QStringLiteral("-verify"));
    QVERIFY(runOpenssl(args) != 0);
}

void TestSignedObject::largePayloadIsFast()
{
    // ~3 MB opened repeatedly: linear work only (a quadratic copy would take seconds, not milliseconds).
    const QByteArray payload = randomBytes(3 * 1024 * 1024);
    for (const SigningIdentity *id : {&*m_intl, &*m_sm}) {
        auto body = SignedObject::sign(*id, payload);
        QVERIFY(body.ok());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) {
            auto opened = openBody(body.value());
            QVERIFY(opened.ok());
            QCOMPARE(opened->payload.size(), payload.size());
        }
        qInfo("%s: %lld ms per open of 3 MB", qPrintable(codes::profileKey(id->profile())),
              qint64(timer.elapsed() / 5));
        QVERIFY(timer.elapsed() < 5 * 2000);
    }
}

QTEST_GUILESS_MAIN(TestSignedObject)
#include "tst_signedobject.moc"
