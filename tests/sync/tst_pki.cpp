// PKI: issuing (subject, serial, extensions per role, SAN), encodings, chain verification and pins, checked
// with OpenSSL itself and against the openssl command.
#include "Pki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <openssl/bn.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace hc;
using namespace hc::pki;

namespace {

Subject subjectOf(const QString &cn, const QString &role = {})
{
    return {cn, QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局"), role};
}

Issued makeOrDie(const Result<Issued> &r)
{
    if (!r)
        qFatal("issuing failed: %s", qPrintable(r.error().message));
    return r.value();
}

Issued leafOf(const Issued &ca, Role role, codes::Profile profile = codes::Profile::EcdsaP256Sha256)
{
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("console-0001"));
    req.role = role;
    req.profile = profile;
    if (role == Role::Server) {
        req.subject.commonName = QStringLiteral("platform");
        req.dnsNames = {QStringLiteral("localhost")};
        req.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    }
    return makeOrDie(issue(ca, req));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool hasKeyUsage(X509 *x, uint32_t bits)
{
    return (X509_get_extension_flags(x) & EXFLAG_KUSAGE) && (X509_get_key_usage(x) & bits) == bits;
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roleKeys();
    void caCertificate();
    void subjectSerialAndValidity();
    void keyIdentifiers();
    void extensionsPerRole_data();
    void extensionsPerRole();
    void serverSanAndEku();
    void opensslAcceptsServerCertificate();
    void sm2Leaf();
    void encodings();
    void rejectsBadEncodings();
    void issueRefusals();
    void chainGood();
    void chainWrongCa();
    void chainExpiredAndNotYetValid();
    void chainThroughIntermediate();
    void pinStableAndMatchesOpenssl_data();
    void pinStableAndMatchesOpenssl();

private:
    QTemporaryDir m_dir;
    std::optional<Issued> m_ca; // OpenSslKey has no default: set in initTestCase
    std::optional<Issued> m_otherCa;
};

void TestPki::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ca = makeOrDie(makeCa(subjectOf(QStringLiteral("HC Demo CA"))));
    m_otherCa = makeOrDie(makeCa(subjectOf(QStringLiteral("HC Demo CA")))); // same name, other key
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ca.pem")), m_ca->cert.toPem()));
}

void TestPki::roleKeys()
{
    QCOMPARE(roleKey(Role::Ca), QStringLiteral("ca"));
    QCOMPARE(roleKey(Role::Server), QStringLiteral("server"));
    QCOMPARE(roleKey(Role::Receipt), QStringLiteral("receipt"));
    QCOMPARE(roleKey(Role::Auth), QStringLiteral("auth"));
    QCOMPARE(roleKey(Role::Upload), QStringLiteral("upload"));
    QCOMPARE(roleKey(Role::Report), QStringLiteral("report"));
}

void TestPki::caCertificate()
{
    X509 *x = m_ca->cert.get();
    QVERIFY(x);
    QCOMPARE(m_ca->key.profile(), codes::Profile::EcdsaP256Sha256);
    QVERIFY(X509_check_ca(x) > 0);
    QVERIFY(X509_get_extension_flags(x) & EXFLAG_CA);
    QVERIFY(X509_get_extension_flags(x) & EXFLAG_SS); // self-signed
    int critical = 0;
    auto *bc =
        static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x, NID_basic_constraints, &critical, nullptr));
    QVERIFY(bc);
    QVERIFY(bc->ca);
    QCOMPARE(critical, 1);
    BASIC_CONSTRAINTS_free(bc);
    QVERIFY(hasKeyUsage(x, KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    QVERIFY(!(X509_get_key_usage(x) & KU_DIGITAL_SIGNATURE));
    QCOMPARE(m_ca->cert.subject().role, QStringLiteral("ca")); // OU defaults to the role key
    QCOMPARE(X509_get_signature_nid(x), NID_ecdsa_with_SHA256);
    QVERIFY(verifyChain(m_ca->cert, {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
    // The default validity: 3650 days from an hour ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(m_ca->cert.notBefore().secsTo(now.addSecs(-3600))) < 120);
    QVERIFY(qAbs(m_ca->cert.notAfter().secsTo(m_ca->cert.notBefore().addDays(3650))) < 2);
}

void TestPki::subjectSerialAndValidity()
{
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("console-0042"), QStringLiteral("upload"));
    req.role = Role::Upload;
    req.notBefore = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    req.days = 10;
    const Issued a = makeOrDie(issue(*m_ca, req));
    const Subject s = a.cert.subject();
    QCOMPARE(s.commonName, QStringLiteral("console-0042"));
    QCOMPARE(s.province, QStringLiteral("370303"));
    QCOMPARE(s.organisation, QStringLiteral("淄博市张店区卫生健康局"));
    QCOMPARE(s.role, QStringLiteral("upload"));
    QCOMPARE(a.cert.notBefore(), req.notBefore);
    QCOMPARE(a.cert.notAfter(), req.notBefore.addDays(10));
    QCOMPARE(X509_get_version(a.cert.get()), long(X509_VERSION_3));
    QCOMPARE(X509_NAME_cmp(X509_get_issuer_name(a.cert.get()), X509_get_subject_name(m_ca->cert.get())), 0);

    // Serials: positive, 16 bytes, different every time.
    const Issued b = makeOrDie(issue(*m_ca, req));
    const ASN1_INTEGER *sa = X509_get0_serialNumber(a.cert.get());
    const ASN1_INTEGER *sb = X509_get0_serialNumber(b.cert.get());
    QCOMPARE(ASN1_STRING_type(sa), V_ASN1_INTEGER); // not V_ASN1_NEG_INTEGER
    QCOMPARE(ASN1_STRING_length(sa), 16);
    QVERIFY(ASN1_INTEGER_cmp(sa, sb) != 0);
    QVERIFY(ASN1_INTEGER_cmp(sa, X509_get0_serialNumber(m_ca->cert.get())) != 0);
}

void TestPki::keyIdentifiers()
{
    const Issued leaf = leafOf(*m_ca, Role::Auth);
    const ASN1_OCTET_STRING *caSki = X509_get0_subject_key_id(m_ca->cert.get());
    const ASN1_OCTET_STRING *caAki = X509_get0_authority_key_id(m_ca->cert.get());
    const ASN1_OCTET_STRING *leafSki = X509_get0_subject_key_id(leaf.cert.get());
    const ASN1_OCTET_STRING *leafAki = X509_get0_authority_key_id(leaf.cert.get());
    QVERIFY(caSki && caAki && leafSki && leafAki);
    QCOMPARE(ASN1_OCTET_STRING_cmp(caSki, caAki), 0);
    QCOMPARE(ASN1_OCTET_STRING_cmp(leafAki, caSki), 0);
    QVERIFY(ASN1_OCTET_STRING_cmp(leafSki, caSki) != 0);
}

void TestPki::extensionsPerRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<uint>("keyUsage");
    QTest::addColumn<uint>("extendedKeyUsage"); // UINT32_MAX: no EKU extension
    QTest::newRow("server") << int(Role::Server) << uint(KU_DIGITAL_SIGNATURE) << uint(XKU_SSL_SERVER);
    QTest::newRow("auth") << int(Role::Auth) << uint(KU_DIGITAL_SIGNATURE) << uint(XKU_SSL_CLIENT);
    QTest::newRow("upload") << int(Role::Upload) << uint(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)
                            << UINT32_MAX;
    QTest::newRow("receipt") << int(Role::Receipt) << uint(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)
                             << UINT32_MAX;
    QTest::newRow("report") << int(Role::Report) << uint(KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)
                            << uint(XKU_CODE_SIGN);
}

void TestPki::extensionsPerRole()
{
    QFETCH(int, role);
    QFETCH(uint, keyUsage);
    QFETCH(uint, extendedKeyUsage);
    const Issued leaf = leafOf(*m_ca, Role(role));
    X509 *x = leaf.cert.get();
    QCOMPARE(leaf.cert.subject().role, roleKey(Role(role)));
    QCOMPARE(X509_check_ca(x), 0);
    int critical = 0;
    auto *bc =
        static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x, NID_basic_constraints, &critical, nullptr));
    QVERIFY(bc);
    QVERIFY(!bc->ca);
    BASIC_CONSTRAINTS_free(bc);
    QVERIFY(hasKeyUsage(x, keyUsage));
    QVERIFY(!(X509_get_key_usage(x) & (KU_KEY_CERT_SIGN | KU_CRL_SIGN)));
    QCOMPARE(uint(X509_get_extended_key_usage(x)), extendedKeyUsage);
    QCOMPARE(X509_get_ext_by_NID(x, NID_subject_alt_name, -1) >= 0, Role(role) == Role::Server);
    QVERIFY(verifyChain(leaf.cert, {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
}

void TestPki::serverSanAndEku()
{
    const Issued server = leafOf(*m_ca, Role::Server);
    X509 *x = server.cert.get();
    QCOMPARE(X509_check_host(x, "localhost", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_host(x, "example.org", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_ip_asc(x, "127.0.0.1", 0), 1);
    QCOMPARE(X509_check_ip_asc(x, "::1", 0), 1);
    QCOMPARE(X509_check_ip_asc(x, "127.0.0.2", 0), 0);
    QCOMPARE(X509_check_purpose(x, X509_PURPOSE_SSL_SERVER, 0), 1);

    // The same as the openssl command shows it.
    const QString pem = m_dir.filePath(QStringLiteral("server.pem"));
    QVERIFY(writeFile(pem, server.cert.toPem()));
    const Run r = run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pem,
                                                  QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("DNS:localhost"));
    QVERIFY(r.out.contains("IP Address:127.0.0.1"));
    QVERIFY(r.out.contains("TLS Web Server Authentication"));
    QVERIFY(r.out.contains("CA:FALSE"));
    QVERIFY(r.out.contains("Version: 3 (0x2)"));
    QVERIFY(r.out.contains("ecdsa-with-SHA256"));
    QVERIFY(!r.out.contains("TLS Web Client Authentication"));
}

void TestPki::opensslAcceptsServerCertificate()
{
    const Issued server = leafOf(*m_ca, Role::Server);
    const QString pem = m_dir.filePath(QStringLiteral("server2.pem"));
    QVERIFY(writeFile(pem, server.cert.toPem()));
    const QString ca = m_dir.filePath(QStringLiteral("ca.pem"));
    Run r = run(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, QStringLiteral("-purpose"),
                 QStringLiteral("sslserver"), QStringLiteral("-verify_hostname"), QStringLiteral("localhost"),
                 pem});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca,
                                        QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1"), pem});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(QStringLiteral("openssl"),
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), ca, QStringLiteral("-verify_hostname"),
             QStringLiteral("example.org"), pem});
    QVERIFY(r.exitCode != 0);
}

void TestPki::sm2Leaf()
{
    const Issued leaf = leafOf(*m_ca, Role::Upload, codes::Profile::Sm2Sm3);
    QCOMPARE(leaf.key.profile(), codes::Profile::Sm2Sm3);
    auto pub = leaf.cert.publicKey();
    QVERIFY2(pub.ok(), pub ? "" : qPrintable(pub.error().message));
    QCOMPARE(pub->profile(), codes::Profile::Sm2Sm3);
    QCOMPARE(pub->publicPem(), leaf.key.publicPem());
    QCOMPARE(X509_get_signature_nid(leaf.cert.get()), NID_ecdsa_with_SHA256); // signed by the ECDSA CA
    QVERIFY(verifyChain(leaf.cert, {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
    // A signature by the issued key verifies with the certificate's key.
    auto sig = leaf.key.sign("message");
    QVERIFY(sig.ok());
    QVERIFY(pub->verify("message", sig.value()));
    QVERIFY(!pub->verify("massage", sig.value()));

    const QString pem = m_dir.filePath(QStringLiteral("sm2leaf.pem"));
    QVERIFY(writeFile(pem, leaf.cert.toPem()));
    const Run r = run(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                  m_dir.filePath(QStringLiteral("ca.pem")), pem});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestPki::encodings()
{
    const Issued leaf = leafOf(*m_ca, Role::Auth);
    const QByteArray der = leaf.cert.toDer();
    QVERIFY(der.size() > 200);
    QCOMPARE(leaf.cert.sha256(), QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    QCOMPARE(leaf.cert.spkiSha256(), leaf.key.publicKeyDigest());
    QCOMPARE(leaf.cert.spkiSha256().size(), 32);

    auto fromPem = Certificate::fromPem(leaf.cert.toPem());
    QVERIFY(fromPem.ok());
    QCOMPARE(fromPem->toDer(), der);
    auto fromDer = Certificate::fromDer(der);
    QVERIFY(fromDer.ok());
    QCOMPARE(fromDer->sha256(), leaf.cert.sha256());
    QCOMPARE(fromDer->notAfter(), leaf.cert.notAfter());
    QCOMPARE(fromDer->subject().commonName, QStringLiteral("console-0001"));

    auto list = Certificate::listFromPem(leaf.cert.toPem() + "\n" + m_ca->cert.toPem());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).toDer(), der);
    QCOMPARE(list->at(1).toDer(), m_ca->cert.toDer());

    const Certificate null;
    QVERIFY(null.isNull());
    QVERIFY(null.toDer().isEmpty());
    QVERIFY(null.sha256().isEmpty());
    QVERIFY(!null.publicKey().ok());
}

void TestPki::rejectsBadEncodings()
{
    const QByteArray der = m_ca->cert.toDer();
    QVERIFY(!Certificate::fromDer(der.left(der.size() / 2)).ok());
    QVERIFY(!Certificate::fromDer(der + "x").ok());
    QVERIFY(!Certificate::fromDer("garbage").ok());
    QVERIFY(!Certificate::fromDer({}).ok());
    QVERIFY(!Certificate::fromPem("garbage").ok());
    QVERIFY(!Certificate::listFromPem("garbage").ok());
    QVERIFY(!Certificate::listFromPem({}).ok());
    QByteArray broken = m_ca->cert.toPem();
    broken.replace(40, 8, "AAAAAAAA");
    QVERIFY(!Certificate::listFromPem(m_ca->cert.toPem() + broken).ok());
}

void TestPki::issueRefusals()
{
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("console-0001"));
    // A leaf cannot issue.
    const Issued leaf = leafOf(*m_ca, Role::Upload);
    QVERIFY(!issue(leaf, req).ok());
    // The CA certificate with a key that is not its own.
    QVERIFY(!issue(Issued{m_ca->cert, m_otherCa->key}, req).ok());
    // An SM2 key cannot sign certificates here.
    QVERIFY(
        !issue(Issued{m_ca->cert, codes::OpenSslKey::generate(codes::Profile::Sm2Sm3).value()}, req).ok());
    QVERIFY(!issue(Issued{Certificate(), m_ca->key}, req).ok());
    // A bad IP address in the SAN.
    req.role = Role::Server;
    req.ipAddresses = {QStringLiteral("not-an-ip")};
    QVERIFY(!issue(*m_ca, req).ok());
    req.ipAddresses.clear();
    req.days = 0;
    QVERIFY(!issue(*m_ca, req).ok());
}

void TestPki::chainGood()
{
    const Issued leaf = leafOf(*m_ca, Role::Upload);
    QVERIFY(verifyChain(leaf.cert, {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(verifyChain(leaf.cert, {}, {m_otherCa->cert, m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(verifyChain(leaf.cert, {}, {m_ca->cert}, {}).ok()); // no time: now
    QVERIFY(!verifyChain(leaf.cert, {}, {}, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(!verifyChain(Certificate(), {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
}

void TestPki::chainWrongCa()
{
    const Issued leaf = leafOf(*m_ca, Role::Upload);
    const Status s = verifyChain(leaf.cert, {}, {m_otherCa->cert}, QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("issuer")), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QLatin1String("console-0001")), qPrintable(s.error().message));
    QCOMPARE(s.error().kind, ErrorKind::Refused);
    // A self-signed leaf that is not an anchor.
    QVERIFY(!verifyChain(m_otherCa->cert, {}, {m_ca->cert}, QDateTime::currentDateTimeUtc()).ok());
}

void TestPki::chainExpiredAndNotYetValid()
{
    const Issued leaf = leafOf(*m_ca, Role::Upload);
    Status s = verifyChain(leaf.cert, {}, {m_ca->cert}, leaf.cert.notAfter().addDays(1));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("expired")), qPrintable(s.error().message));
    s = verifyChain(leaf.cert, {}, {m_ca->cert}, leaf.cert.notBefore().addDays(-1));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("not yet valid")), qPrintable(s.error().message));
    QVERIFY(verifyChain(leaf.cert, {}, {m_ca->cert}, leaf.cert.notAfter().addDays(-1)).ok());

    // An expired CA fails its leaves too.
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-30);
    const Issued oldCa = makeOrDie(makeCa(subjectOf(QStringLiteral("Old CA")), 10, past));
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("console-0001"));
    req.notBefore = past;
    const Issued oldLeaf = makeOrDie(issue(oldCa, req));
    s = verifyChain(oldLeaf.cert, {}, {oldCa.cert}, QDateTime::currentDateTimeUtc());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("expired")), qPrintable(s.error().message));
    QVERIFY(verifyChain(oldLeaf.cert, {}, {oldCa.cert}, past.addDays(1)).ok());
}

void TestPki::chainThroughIntermediate()
{
    IssueRequest req;
    req.subject = subjectOf(QStringLiteral("HC Province CA"));
    req.role = Role::Ca;
    const Issued intermediate = makeOrDie(issue(*m_ca, req));
    QVERIFY(X509_check_ca(intermediate.cert.get()) > 0);
    const Issued leaf = leafOf(intermediate, Role::Upload);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(verifyChain(leaf.cert, {intermediate.cert}, {m_ca->cert}, now).ok());
    const Status missing = verifyChain(leaf.cert, {}, {m_ca->cert}, now);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("issuer")), qPrintable(missing.error().message));
    QVERIFY(!verifyChain(leaf.cert, {intermediate.cert}, {m_otherCa->cert}, now).ok());
    // Untrusted intermediates do not become anchors.
    QVERIFY(!verifyChain(leaf.cert, {intermediate.cert, m_otherCa->cert}, {m_otherCa->cert}, now).ok());
}

void TestPki::pinStableAndMatchesOpenssl_data()
{
    QTest::addColumn<int>("profile");
    QTest::newRow("ecdsa-p256") << int(codes::Profile::EcdsaP256Sha256);
    QTest::newRow("sm2") << int(codes::Profile::Sm2Sm3);
}

void TestPki::pinStableAndMatchesOpenssl()
{
    QFETCH(int, profile);
    const Issued leaf = leafOf(*m_ca, Role::Auth, codes::Profile(profile));
    const QString pin = pinOf(leaf.cert);
    QVERIFY(pin.startsWith(QLatin1String("sha256/")));
    QCOMPARE(pin.size(), 7 + 44);
    QCOMPARE(pinOf(leaf.cert), pin);
    QCOMPARE(pinOf(Certificate::fromPem(leaf.cert.toPem()).value()), pin);
    QVERIFY(pin != pinOf(m_ca->cert));

    const QString pem = m_dir.filePath(QStringLiteral("pin-%1.pem").arg(profile));
    QVERIFY(writeFile(pem, leaf.cert.toPem()));
    const Run r = run(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                                              "-outform DER | openssl dgst -sha256 -binary | base64")
                                   .arg(pem)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QStringLiteral("sha256/") + QString::fromLatin1(r.out.trimmed()), pin);

    // The same pin from the DER SubjectPublicKeyInfo the command prints.
    const Run spki =
        run(QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey "
                                                  "-pubin -outform DER")
                                       .arg(pem)});
    QCOMPARE(spki.exitCode, 0);
    QCOMPARE(pinOfSpkiDer(spki.out), pin);
}

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
