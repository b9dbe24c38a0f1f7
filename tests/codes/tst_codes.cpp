// Codes: the A · B · S format against the test vectors of docs/code-format.md, both signature profiles,
// interoperability with the openssl command, and every way a code must fail.
#include "CodeIssuer.h"
#include "CodeVerifier.h"
#include "TestConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using namespace hc::codes;

namespace {

const QString kDir = QStringLiteral(HC_TEST_DATA_DIR "/codes/");
constexpr qint64 kIssued = 1667354400; // 2022-11-02T10:00:00+08:00
constexpr qint64 kExpires = kIssued + 24 * 3600;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray identitySecret()
{
    QByteArray s;
    for (int i = 0; i < 32; ++i)
        s.append(char(i));
    return s;
}

QString fileStem(Profile p)
{
    return p == Profile::Sm2Sm3 ? QStringLiteral("sm2") : QStringLiteral("ecdsa-p256");
}

CodeIssuer::Request vectorRequest()
{
    CodeIssuer::Request r;
    r.idType = QStringLiteral("resident");
    r.idNumber = QStringLiteral("370303199001011239");
    r.color = policy::Color::Yellow;
    r.issuedAt = kIssued;
    r.expiresAt = kExpires;
    r.authorisationDigest = QCryptographicHash::hash("authorisation-record-0001", QCryptographicHash::Sha256);
    r.maskedHolder = QStringLiteral("张*三 3703**********1239");
    return r;
}

CodeIssuer issuerFor(Profile p)
{
    auto key = OpenSslKey::fromPrivatePem(readFile(kDir + fileStem(p) + QStringLiteral(".key.pem")), "vector-passphrase");
    Q_ASSERT(key.ok());
    return CodeIssuer(key.value(), QStringLiteral("370303"), QStringLiteral("k1"), QStringLiteral("淄博市张店区卫生健康局"),
                      identitySecret());
}

TrustList trustFor(Profile p)
{
    TrustList t;
    t.add({QStringLiteral("370303000000"), QStringLiteral("k1"), QStringLiteral("淄博市张店区卫生健康局"),
           OpenSslKey::fromPublicPem(readFile(kDir + fileStem(p) + QStringLiteral(".pub.pem"))).value()});
    return t;
}

QJsonObject vectors()
{
    return QJsonDocument::fromJson(readFile(kDir + QStringLiteral("vectors.json"))).object();
}

} // namespace

class TestCodes : public QObject
{
    Q_OBJECT
private slots:
    void profiles_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::newRow("sm2-sm3") << Profile::Sm2Sm3;
        QTest::newRow("ecdsa-p256-sha256") << Profile::EcdsaP256Sha256;
    }

    void vectorsAreStable_data() { profiles_data(); }
    void vectorsAreStable()
    {
        QFETCH(Profile, profile);
        const auto code = issuerFor(profile).issue(vectorRequest());
        QVERIFY2(code.ok(), code ? "" : qPrintable(code.error().message));
        if (qEnvironmentVariableIsSet("HC_WRITE_VECTORS")) { // regenerate: see docs/code-format.md
            QJsonObject v = vectors();
            v.insert(QStringLiteral("segment_a_hex"), QString::fromLatin1(code->segmentA().toHex()));
            QJsonObject b = v.value(QStringLiteral("segment_b_hex")).toObject();
            b.insert(profileKey(profile), QString::fromLatin1(code->segmentB().toHex()));
            v.insert(QStringLiteral("segment_b_hex"), b);
            QJsonObject codes = v.value(QStringLiteral("codes")).toObject();
            codes.insert(profileKey(profile), code->toText());
            v.insert(QStringLiteral("codes"), codes);
            QFile f(kDir + QStringLiteral("vectors.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(v).toJson());
        }
        const QJsonObject v = vectors();
        QCOMPARE(QString::fromLatin1(code->segmentA().toHex()), v.value(QStringLiteral("segment_a_hex")).toString());
        QCOMPARE(QString::fromLatin1(code->segmentB().toHex()),
                 v.value(QStringLiteral("segment_b_hex")).toObject().value(profileKey(profile)).toString());
        // The shipped code string, signed once with the fixed key, still verifies; so does a fresh one.
        const TrustList trust = trustFor(profile);
        const CodeVerifier verifier(trust);
        const QString shipped = v.value(QStringLiteral("codes")).toObject().value(profileKey(profile)).toString();
        const auto ok = verifier.verify(shipped, kIssued + 60);
        QVERIFY2(ok.ok(), ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->body.color, policy::Color::Yellow);
        QCOMPARE(ok->body.maskedHolder, QStringLiteral("张*三 3703**********1239"));
        QCOMPARE(ok->body.issuerDivision, QStringLiteral("370303000000"));
        QVERIFY(verifier.verify(code->toText(), kIssued).ok());
    }

    void opensslCommandAgrees_data() { profiles_data(); }
    void opensslCommandAgrees()
    {
        QFETCH(Profile, profile);
        const auto code = issuerFor(profile).issue(vectorRequest());
        QVERIFY(code.ok());
        QTemporaryDir dir;
        QFile msg(dir.filePath(QStringLiteral("msg"))), sig(dir.filePath(QStringLiteral("sig")));
        QVERIFY(msg.open(QIODevice::WriteOnly) && sig.open(QIODevice::WriteOnly));
        msg.write(code->signedBytes());
        sig.write(code->signature);
        msg.close();
        sig.close();
        QStringList args{QStringLiteral("dgst"), profile == Profile::Sm2Sm3 ? QStringLiteral("-sm3") : QStringLiteral("-sha256"),
                         QStringLiteral("-verify"), kDir + fileStem(profile) + QStringLiteral(".pub.pem")};
        if (profile == Profile::Sm2Sm3)
            args << QStringLiteral("-sigopt") << QStringLiteral("distid:1234567812345678");
        args << QStringLiteral("-signature") << sig.fileName() << msg.fileName();
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        QVERIFY(p.waitForFinished());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("Verified OK"));
        if (profile == Profile::Sm2Sm3) { // without the distinguishing ID (OpenSSL's empty default) it must fail
            args.removeAt(args.indexOf(QStringLiteral("-sigopt")) + 1);
            args.removeAt(args.indexOf(QStringLiteral("-sigopt")));
            p.start(QStringLiteral("openssl"), args);
            QVERIFY(p.waitForFinished());
            QVERIFY(p.exitCode() != 0);
        }
    }

    void everyTamperedByteFails_data() { profiles_data(); }
    void everyTamperedByteFails()
    {
        QFETCH(Profile, profile);
        const auto code = issuerFor(profile).issue(vectorRequest());
        const TrustList trust = trustFor(profile);
        const CodeVerifier verifier(trust);
        const QByteArray a = code->segmentA(), b = code->segmentB();
        for (int i = 0; i < a.size() + b.size() + code->signature.size(); ++i) {
            QByteArray all = a + b + code->signature;
            all[i] = char(all[i] ^ 0x01);
            const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
            const QString text = QString::fromLatin1(all.left(a.size()).toBase64(b64) + '.' + all.mid(a.size(), b.size()).toBase64(b64)
                                                     + '.' + all.mid(a.size() + b.size()).toBase64(b64));
            const auto r = verifier.verify(text, kIssued + 60);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 flipped still verifies").arg(i)));
            // A flip that breaks the format is bad input (not a code); any other fails a check (refused).
            QVERIFY2(r.error().kind == ErrorKind::Refused
                         || (r.error().kind == ErrorKind::BadInput && r.error().message.startsWith(QLatin1String("not a valid health code"))),
                     qPrintable(r.error().message));
        }
    }

    void refusals()
    {
        const auto code = issuerFor(Profile::EcdsaP256Sha256).issue(vectorRequest());
        const QString text = code->toText();
        TrustList trust = trustFor(Profile::EcdsaP256Sha256);
        const CodeVerifier verifier(trust);
        auto reason = [&](const QString &t, qint64 now) {
            const auto r = verifier.verify(t, now);
            return r.ok() ? QString() : r.error().message;
        };
        QVERIFY(reason(text, kExpires).startsWith(QLatin1String("expired at 2022-11-03T10:00:00+08:00")));
        QVERIFY(reason(text, kIssued - 3600).startsWith(QLatin1String("issued in the future")));
        QVERIFY(reason(text, kIssued - 60).isEmpty()); // within the clock skew

        TrustList empty;
        QVERIFY(CodeVerifier(empty).verify(text, kIssued).error().message.startsWith(QLatin1String("unknown issuer 370303000000")));
        TrustList wrongKey; // the SM2 key under the same issuer and key id
        wrongKey.add({QStringLiteral("370303000000"), QStringLiteral("k1"), {},
                      OpenSslKey::fromPublicPem(readFile(kDir + QStringLiteral("sm2.pub.pem"))).value()});
        QVERIFY(CodeVerifier(wrongKey).verify(text, kIssued).error().message.contains(QLatin1String("issuer key is sm2-sm3")));
        TrustList revoked = trustFor(Profile::EcdsaP256Sha256);
        TrustEntry e = revoked.entries().first();
        e.revoked = true;
        revoked.add(e);
        QVERIFY(CodeVerifier(revoked).verify(text, kIssued).error().message.contains(QLatin1String("revoked")));
        // A fresh key pair under the trusted name: the signature does not match.
        TrustList other;
        other.add({QStringLiteral("370303000000"), QStringLiteral("k1"), {}, OpenSslKey::generate(Profile::EcdsaP256Sha256).value()});
        QVERIFY(CodeVerifier(other).verify(text, kIssued).error().message.startsWith(QLatin1String("the signature does not match")));

        for (const QString &garbage : {QString(), QStringLiteral("hello"), QStringLiteral("a.b"), QStringLiteral("a.b.c.d"),
                                       QStringLiteral("AAAA.AAAA.AAAA"), text + QLatin1Char('='),
                                       QString(text).replace(QLatin1Char('.'), QLatin1Char(',')), QStringLiteral("张三.李四.王五")}) {
            const auto r = verifier.verify(garbage, kIssued);
            QVERIFY2(!r.ok(), qPrintable(garbage));
            QVERIFY2(r.error().kind == ErrorKind::BadInput, qPrintable(garbage + QLatin1String(": ") + r.error().message)); // exit 2
        }
        // A cut signature: depending on where the cut falls it no longer decodes (bad input) or fails the check.
        const auto cut = verifier.verify(text.left(text.size() - 3), kIssued);
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().kind == ErrorKind::Refused || cut.error().message.startsWith(QLatin1String("not a valid health code")),
                 qPrintable(cut.error().message));
    }

    void keysRoundTripEncrypted_data() { profiles_data(); }
    void keysRoundTripEncrypted()
    {
        QFETCH(Profile, profile);
        const auto key = OpenSslKey::generate(profile);
        QVERIFY(key.ok());
        QCOMPARE(key->profile(), profile);
        const auto pem = key->privatePem("a long passphrase");
        QVERIFY(pem.ok());
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // PBKDF2 at the password's cost (issue 16: OpenSSL's PEM default was 2,048): the first INTEGER of the
        // PBES2 parameters is the iteration count.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("k.pem")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pem.value()) > 0);
        f.close();
        QProcess asn1;
        asn1.start(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-in"), f.fileName()});
        QVERIFY(asn1.waitForFinished(10000) && asn1.exitCode() == 0);
        const QString dump = QString::fromLatin1(asn1.readAllStandardOutput());
        QVERIFY2(dump.contains(QLatin1String("PBKDF2")) && dump.contains(QLatin1String("hmacWithSHA256")), qPrintable(dump));
        const QString integer = dump.section(QLatin1String("INTEGER"), 1, 1).section(QLatin1Char(':'), 1, 1).section(QLatin1Char('\n'), 0, 0).trimmed();
        bool hex = false;
        QVERIFY2(integer.toLongLong(&hex, 16) >= 310000 && hex, qPrintable(dump));
        QVERIFY(!key->privatePem("short").ok());
        QCOMPARE(OpenSslKey::fromPrivatePem(pem.value(), "wrong passphrase").error().kind, ErrorKind::Refused);
        const auto back = OpenSslKey::fromPrivatePem(pem.value(), "a long passphrase");
        QVERIFY(back.ok());
        QCOMPARE(back->publicKeyDigest(), key->publicKeyDigest());
        const auto pub = OpenSslKey::fromPublicPem(key->publicPem());
        QVERIFY(pub.ok());
        QCOMPARE(pub->profile(), profile);
        const auto sig = back->sign("message");
        QVERIFY(sig.ok() && pub->verify("message", sig.value()) && !pub->verify("messagf", sig.value()));
    }

    void identityIsKeyedAndStable()
    {
        const QByteArray s = identitySecret();
        QCOMPARE(CodeIssuer::identityOf(s, QStringLiteral("resident"), QStringLiteral("37030319900101123x")),
                 CodeIssuer::identityOf(s, QStringLiteral("resident"), QStringLiteral("37030319900101123X")));
        QVERIFY(CodeIssuer::identityOf(s, QStringLiteral("resident"), QStringLiteral("370303199001011239"))
                != CodeIssuer::identityOf(QByteArray(32, 'k'), QStringLiteral("resident"), QStringLiteral("370303199001011239")));
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
