// The signed report package: built, read back, accepted by stock unzip / openssl / sha256sum, and every
// tampered member caught both by ReportPackage::verify and by the stock commands of VERIFY.txt.
#include "CredentialVault.h"
#include "PlatformSetup.h"
#include "ReportPackage.h"
#include "SecretStore.h"
#include "StockTools.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include "TimeUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using namespace hc::pki;
using namespace hc::reports;
using codes::Profile;
using namespace stocktools;

namespace {

const QDateTime kAt(QDate(2022, 11, 1), QTime(18, 30), time::chinaZone());
const QString kTitle = QStringLiteral("淄博市张店区健康码日报（2022年11月1日）");

Issued makeOrDie(const Result<Issued> &r)
{
    if (!r)
        qFatal("issuing failed: %s", qPrintable(r.error().message));
    return r.value();
}

Subject consoleSubject(const QString &cn = QStringLiteral("console-370303"))
{
    return {cn, QStringLiteral("37"), QStringLiteral("淄博市张店区卫生健康局"), {}};
}

sync::SigningIdentity identity(const Issued &issuer, const QList<Certificate> &chain, Role role,
                               Profile profile)
{
    const Issued leaf = makeOrDie(issue(issuer, IssueRequest::of(consoleSubject(), role, profile)));
    return {leaf.cert, chain, leaf.key};
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(11);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(gen.generate() & 0xff);
    return b;
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class tst_ReportPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Issued> m_root, m_intermediate, m_otherRoot;
    std::optional<sync::SigningIdentity> m_cms, m_sm2, m_otherSm2, m_upload;
    QList<PackageFile> m_files;
    QString m_caFile, m_otherCaFile;

    PackageSigners signersFor(const QString &profile) const
    {
        if (profile == QLatin1String("intl"))
            return {m_cms, std::nullopt};
        if (profile == QLatin1String("sm"))
            return {m_cms, m_sm2};
        return {};
    }

    BuiltPackage buildOrDie(const QString &profile)
    {
        const auto built = ReportPackage::build(m_files, signersFor(profile), kAt, kTitle);
        if (!built)
            qFatal("build failed: %s", qPrintable(built.error().message));
        return built.value();
    }

    // Unzips with the unzip command into a fresh folder.
    QString extract(const QByteArray &zip, const QString &name)
    {
        const QString path = m_tmp.filePath(name + QStringLiteral(".zip"));
        const QString dir = m_tmp.filePath(name);
        QDir(dir).removeRecursively();
        if (!writeFile(path, zip) ||
            run(QStringLiteral("unzip"), {QStringLiteral("-q"), path, QStringLiteral("-d"), dir}) != 0)
            return {};
        return dir;
    }

    // The extracted files zipped again with ZipWriter, in the package's member order plus `extra`.
    static QByteArray rezip(const QString &dir, const QStringList &members, const QStringList &extra = {})
    {
        ZipWriter w(kAt);
        for (const QString &m : members + extra) {
            if (QFile::exists(dir + QLatin1Char('/') + m))
                w.add(m, readFile(dir + QLatin1Char('/') + m));
        }
        return w.finish();
    }

    Verification verifyOrDie(const QByteArray &zip, const QList<Certificate> &anchors,
                             const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        const auto v = ReportPackage::verify(zip, anchors, now);
        if (!v)
            qFatal("verify refused the package: %s", qPrintable(v.error().message));
        return v.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_root = makeOrDie(
            makeCa({QStringLiteral("HC Test Root"), {}, QStringLiteral("国家健康码平台（测试）"), {}}));
        m_otherRoot = makeOrDie(
            makeCa({QStringLiteral("HC Test Root"), {}, QStringLiteral("国家健康码平台（测试）"), {}}));
        m_intermediate = makeOrDie(issue(
            *m_root,
            IssueRequest::of(
                {QStringLiteral("HC Test Issuing CA"), {}, QStringLiteral("国家健康码平台（测试）"), {}},
                Role::Ca)));
        // The CMS signer under an intermediate: the chain travels in the CMS, the recipient has the root
        // only.
        m_cms = identity(*m_intermediate, {m_intermediate->cert}, Role::Report, Profile::EcdsaP256Sha256);
        m_sm2 = identity(*m_intermediate, {m_intermediate->cert}, Role::Report, Profile::Sm2Sm3);
        m_otherSm2 = identity(*m_otherRoot, {}, Role::Report, Profile::Sm2Sm3);
        m_upload = identity(*m_root, {}, Role::Upload, Profile::EcdsaP256Sha256);
        m_files = {
            {QStringLiteral("daily-2022-11-01.pdf"), "%PDF-1.4\n" + randomBytes(20000) + "\n%%EOF\n"},
            {QStringLiteral("daily-2022-11-01.csv"),
             QByteArray("区划,绿码,黄码,红码\n370303,81234,12,3\n").repeated(50)},
            {QStringLiteral("日报-2022-11-01.json"), QByteArray("{\"division\":\"370303\",\"red\":3}\n")}};
        m_caFile = m_tmp.filePath(QStringLiteral("ca.pem"));
        m_otherCaFile = m_tmp.filePath(QStringLiteral("other-ca.pem"));
        QVERIFY(writeFile(m_caFile, m_root->cert.toPem()));
        QVERIFY(writeFile(m_otherCaFile, m_otherRoot->cert.toPem()));
    }

    void buildAndReadBack_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("members");
        const QStringList reports{QStringLiteral("daily-2022-11-01.pdf"),
                                  QStringLiteral("daily-2022-11-01.csv"),
                                  QStringLiteral("日报-2022-11-01.json"), QStringLiteral("VERIFY.txt")};
        QTest::newRow("intl") << QStringLiteral("intl")
                              << reports + QStringList{QStringLiteral("SHA256SUMS"),
                                                       QStringLiteral("SHA256SUMS.p7s")};
        QTest::newRow("sm") << QStringLiteral("sm")
                            << reports + QStringList{QStringLiteral("SM3SUMS"), QStringLiteral("SM3SUMS.sig"),
                                                     QStringLiteral("signer-sm2.pem"),
                                                     QStringLiteral("SHA256SUMS"),
                                                     QStringLiteral("SHA256SUMS.p7s")};
        QTest::newRow("unsigned") << QStringLiteral("unsigned")
                                  << reports + QStringList{QStringLiteral("SHA256SUMS")};
    }

    void buildAndReadBack()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, members);
        const BuiltPackage built = buildOrDie(profile);
        QCOMPARE(built.members, members);
        QCOMPARE(built.profile, profile);
        QCOMPARE(built.signedBy, profile == QLatin1String("unsigned")
                                     ? QString()
                                     : QStringLiteral("淄博市张店区卫生健康局 console-370303"));
        const auto read = ZipReader::read(built.zip);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QStringList names;
        for (const ZipEntry &e : *read)
            names.append(e.name);
        QCOMPARE(names, members);
        for (qsizetype i = 0; i < m_files.size(); ++i)
            QCOMPARE(read->at(i).data, m_files[i].data);
        const QString verifyText = QString::fromUtf8(read->at(3).data);
        QVERIFY(verifyText.startsWith(kTitle));
        // SHA256SUMS in sha256sum's format over every member before it.
        const QByteArray sums = read->at(members.indexOf(QStringLiteral("SHA256SUMS"))).data;
        QCOMPARE(sums.count('\n'), members.indexOf(QStringLiteral("SHA256SUMS")));
        QVERIFY(
            sums.startsWith(QCryptographicHash::hash(m_files[0].data, QCryptographicHash::Sha256).toHex() +
                            "  daily-2022-11-01.pdf\n"));

        const QString zipPath = m_tmp.filePath(QStringLiteral("built-%1.zip").arg(profile));
        QVERIFY(writeFile(zipPath, built.zip));
        QByteArray out;
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-t"), zipPath}, {}, &out), 0);
        QVERIFY2(out.contains("No errors detected"), out.constData());

        const Verification v = verifyOrDie(built.zip, {m_root->cert});
        QCOMPARE(v.profile, profile);
        if (profile == QLatin1String("unsigned")) {
            QVERIFY(!v.valid);
            QVERIFY(verifyText.contains(QStringLiteral("未签名草稿")));
            QVERIFY(!verifyText.contains(QStringLiteral("openssl cms")));
            return;
        }
        QVERIFY2(v.valid, qPrintable(v.error));
        QVERIFY(v.error.isEmpty());
        QCOMPARE(v.signer, built.signedBy);
        QVERIFY(qAbs(v.signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(v.files.size(), members.size());
        for (const MemberCheck &f : v.files)
            QVERIFY2(f.ok, qPrintable(f.name + QStringLiteral(": ") + f.problem));
        QVERIFY(
            verifyText.contains(QStringLiteral("openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s "
                                               "-content SHA256SUMS -CAfile 平台根证书.pem "
                                               "-purpose any -out /dev/null && sha256sum -c SHA256SUMS")));
        QCOMPARE(verifyText.contains(
                     QStringLiteral("-sigopt distid:1234567812345678 -signature SM3SUMS.sig SM3SUMS")),
                 profile == QLatin1String("sm"));
    }

    void stockToolsAcceptIt_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("intl") << QStringLiteral("intl");
        QTest::newRow("sm") << QStringLiteral("sm");
    }

    void stockToolsAcceptIt()
    {
        QFETCH(QString, profile);
        const BuiltPackage built = buildOrDie(profile);
        const QString dir = extract(built.zip, QStringLiteral("accept-") + profile);
        QVERIFY(!dir.isEmpty());
        QByteArray out;
        QVERIFY2(stockToolsAccept(dir, m_caFile, &out), out.constData());
        QVERIFY2(out.contains("Verification successful") && out.contains("daily-2022-11-01.pdf: OK") &&
                     out.contains("日报-2022-11-01.json: OK"),
                 out.constData());
        QVERIFY(!stockToolsAccept(dir, m_otherCaFile)); // the root of another platform
        // VERIFY.txt's advice for an expired report certificate: -attime at the signingTime.
        const QDateTime signedAt = verifyOrDie(built.zip, {m_root->cert}).signedAt;
        const auto cmsAt = [&](const QDateTime &t) {
            return run(QStringLiteral("openssl"),
                       cmsVerifyArgs(m_caFile)
                           << QStringLiteral("-attime") << QString::number(t.toSecsSinceEpoch()),
                       dir, &out);
        };
        QCOMPARE(cmsAt(signedAt), 0);
        QVERIFY(cmsAt(signedAt.addYears(20)) != 0);
        QVERIFY2(out.contains("expired"), out.constData());
        if (profile == QLatin1String("sm")) {
            QVERIFY2(smToolsAccept(dir, &out), out.constData());
            QVERIFY(out.contains("Verified OK"));
            // The SM2 certificate chains to the root, its intermediate taken from signer-sm2.pem.
            // Options before the certificate file: openssl verify reads every later word as a file.
            const QStringList verify =
                QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), m_caFile} +
                words("-untrusted signer-sm2.pem -purpose any signer-sm2.pem");
            QCOMPARE(run(QStringLiteral("openssl"), verify, dir, &out), 0);
        }
    }

    void everyTamperedMemberIsCaught_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("member");
        for (const QString &profile : {QStringLiteral("intl"), QStringLiteral("sm")}) {
            for (const QString &m : buildOrDie(profile).members)
                QTest::newRow(qPrintable(profile + QLatin1Char(' ') + m)) << profile << m;
        }
    }

    void everyTamperedMemberIsCaught()
    {
        QFETCH(QString, profile);
        QFETCH(QString, member);
        const BuiltPackage built = buildOrDie(profile);
        const QString dir = extract(built.zip, QStringLiteral("tamper"));
        QVERIFY(!dir.isEmpty());
        QVERIFY(stockToolsAccept(dir, m_caFile)); // before: fine
        const QString path = dir + QLatin1Char('/') + member;
        QByteArray bytes = readFile(path);
        QVERIFY(!bytes.isEmpty());
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QVERIFY(writeFile(path, bytes));

        // (a) the verifier, over the altered files zipped again: invalid, naming the member or the signature.
        const Verification v = verifyOrDie(rezip(dir, built.members), {m_root->cert});
        QVERIFY(!v.valid);
        // A member is named first; SHA256SUMS and its signature by the signature check.
        const bool named = member.startsWith(QLatin1String("SHA256SUMS"))
                               ? v.error.contains(QLatin1String("The signature SHA256SUMS.p7s"))
                               : v.error.startsWith(member + QLatin1Char(' '));
        QVERIFY2(named, qPrintable(v.error));
        const auto check = std::find_if(v.files.cbegin(), v.files.cend(),
                                        [&](const MemberCheck &f) { return f.name == member; });
        QVERIFY(check != v.files.cend());
        QVERIFY(!check->ok);
        QVERIFY(!v.toJson().value(QLatin1String("valid")).toBool());

        // (b) the stock commands of VERIFY.txt, on the extracted folder: they fail too.
        QByteArray out;
        QVERIFY2(!stockToolsAccept(dir, m_caFile, &out), out.constData());
        if (member == QLatin1String("SM3SUMS") || member == QLatin1String("SM3SUMS.sig"))
            QVERIFY(!smToolsAccept(dir));
    }

    void wrongCa()
    {
        const Verification v = verifyOrDie(buildOrDie(QStringLiteral("intl")).zip, {m_otherRoot->cert});
        QVERIFY(!v.valid);
        QVERIFY2(v.error.contains(QLatin1String("SHA256SUMS.p7s")) &&
                     v.error.contains(QLatin1String("not from a trusted CA")),
                 qPrintable(v.error));
        QVERIFY(v.signer.isEmpty());
        const QJsonObject json = v.toJson();
        QVERIFY(json.value(QLatin1String("signer")).isNull());
        QVERIFY(json.value(QLatin1String("signed_at")).isNull());
        // No anchors at all.
        QVERIFY(!verifyOrDie(buildOrDie(QStringLiteral("intl")).zip, {}).valid);
    }

    void smSignerFromAnotherCa()
    {
        // Built with an SM2 certificate the recipient's root never issued: SHA256SUMS covers it, yet it is
        // refused.
        const auto built = ReportPackage::build(m_files, {m_cms, m_otherSm2}, kAt, kTitle);
        QVERIFY(built.ok());
        const Verification v = verifyOrDie(built->zip, {m_root->cert});
        QVERIFY(!v.valid);
        QVERIFY2(v.error.contains(QLatin1String("signer-sm2.pem")), qPrintable(v.error));
    }

    void smLayerCheckedOnItsOwn()
    {
        // Whoever holds the CMS key re-signs SHA256SUMS after changing the SM layer: the SM checks still
        // catch it.
        const BuiltPackage built = buildOrDie(QStringLiteral("sm"));
        const auto resigned = [&](const QString &dir) {
            QByteArray sums;
            for (const QString &m : built.members.mid(0, built.members.indexOf(QStringLiteral("SHA256SUMS"))))
                if (QFile::exists(dir + QLatin1Char('/') + m))
                    sums += QCryptographicHash::hash(readFile(dir + QLatin1Char('/') + m),
                                                     QCryptographicHash::Sha256)
                                .toHex() +
                            "  " + m.toUtf8() + '\n';
            writeFile(dir + QStringLiteral("/SHA256SUMS"), sums);
            writeFile(dir + QStringLiteral("/SHA256SUMS.p7s"),
                      sync::SignedObject::signDetached(*m_cms, sums).value());
            return rezip(dir, built.members);
        };
        // SM3SUMS.sig made with another SM2 key.
        QString dir = extract(built.zip, QStringLiteral("sm-sig"));
        QVERIFY(writeFile(dir + QStringLiteral("/SM3SUMS.sig"),
                          m_otherSm2->key.sign(readFile(dir + QStringLiteral("/SM3SUMS"))).value()));
        Verification v = verifyOrDie(resigned(dir), {m_root->cert});
        QVERIFY(!v.valid);
        QVERIFY2(v.error.contains(QLatin1String("SM3SUMS.sig")) &&
                     v.error.contains(QLatin1String("does not verify")),
                 qPrintable(v.error));
        QVERIFY(stockToolsAccept(dir, m_caFile)); // the CMS layer is whole...
        QVERIFY(!smToolsAccept(dir));             // ...the SM one is not
        // A report file changed after SM3SUMS was signed.
        dir = extract(built.zip, QStringLiteral("sm-stale"));
        QVERIFY(writeFile(dir + QStringLiteral("/daily-2022-11-01.csv"), "370303,0,0,0\n"));
        v = verifyOrDie(resigned(dir), {m_root->cert});
        QVERIFY(!v.valid);
        QVERIFY2(v.error.startsWith(QLatin1String("daily-2022-11-01.csv has been altered: its SM3")),
                 qPrintable(v.error));
        // The SM files left out: SM3SUMS missing though SM3SUMS.sig is there.
        dir = extract(built.zip, QStringLiteral("sm-missing"));
        QVERIFY(QFile::remove(dir + QStringLiteral("/SM3SUMS")));
        v = verifyOrDie(resigned(dir), {m_root->cert});
        QVERIFY(!v.valid);
        QVERIFY2(v.error.startsWith(QLatin1String("SM3SUMS is missing")), qPrintable(v.error));
    }

    void signingTimeDecides()
    {
        const QByteArray zip = buildOrDie(QStringLiteral("intl")).zip;
        // Checked years later, after the certificates expired: still valid at the time it was signed.
        const Verification later =
            verifyOrDie(zip, {m_root->cert}, QDateTime::currentDateTimeUtc().addYears(20));
        QVERIFY2(later.valid, qPrintable(later.error));
        // A clock behind the signature: the signature claims a time in the future.
        const Verification before =
            verifyOrDie(zip, {m_root->cert}, QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(!before.valid);
        QVERIFY2(before.error.contains(QLatin1String("future")), qPrintable(before.error));
    }

    void unsignedDraft()
    {
        const Verification v = verifyOrDie(buildOrDie(QStringLiteral("unsigned")).zip, {m_root->cert});
        QVERIFY(!v.valid);
        QCOMPARE(v.profile, QStringLiteral("unsigned"));
        QVERIFY2(v.error.contains(QLatin1String("unsigned draft")), qPrintable(v.error));
        QVERIFY(v.signer.isEmpty());
        // A signed package with its signature taken away is a draft too.
        const BuiltPackage built = buildOrDie(QStringLiteral("intl"));
        const QString dir = extract(built.zip, QStringLiteral("stripped"));
        QVERIFY(QFile::remove(dir + QStringLiteral("/SHA256SUMS.p7s")));
        const Verification stripped = verifyOrDie(rezip(dir, built.members), {m_root->cert});
        QVERIFY(!stripped.valid);
        QVERIFY(stripped.error.contains(QLatin1String("unsigned draft")));
    }

    void extraAndMissingMembers()
    {
        const BuiltPackage built = buildOrDie(QStringLiteral("sm"));
        const QString dir = extract(built.zip, QStringLiteral("extra"));
        QVERIFY(writeFile(dir + QStringLiteral("/extra.csv"), "370303,0,0,999\n"));
        const Verification extra =
            verifyOrDie(rezip(dir, built.members, {QStringLiteral("extra.csv")}), {m_root->cert});
        QVERIFY(!extra.valid);
        QVERIFY2(extra.error.contains(QLatin1String("extra.csv")), qPrintable(extra.error));
        QVERIFY(!extra.files.last().ok);
        // (sha256sum -c ignores unlisted files: the verifier is what names them.)
        QVERIFY(QFile::remove(dir + QStringLiteral("/extra.csv")));
        QVERIFY(QFile::remove(dir + QStringLiteral("/daily-2022-11-01.csv")));
        const Verification missing = verifyOrDie(rezip(dir, built.members), {m_root->cert});
        QVERIFY(!missing.valid);
        QVERIFY2(missing.error.contains(QLatin1String("daily-2022-11-01.csv")) &&
                     missing.error.contains(QLatin1String("missing")),
                 qPrintable(missing.error));
        QVERIFY(!stockToolsAccept(dir, m_caFile));
    }

    void notAPackage()
    {
        const auto garbage =
            ReportPackage::verify(randomBytes(3000), {m_root->cert}, QDateTime::currentDateTimeUtc());
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, ErrorKind::BadInput);
        ZipWriter w(kAt);
        w.add(QStringLiteral("daily.csv"), "1,2\n");
        const auto noSums =
            ReportPackage::verify(w.finish(), {m_root->cert}, QDateTime::currentDateTimeUtc());
        QVERIFY(!noSums.ok());
        QCOMPARE(noSums.error().kind, ErrorKind::BadInput);
        QVERIFY(noSums.error().message.contains(QLatin1String("SHA256SUMS")));
    }

    void jsonShape()
    {
        const Verification v = verifyOrDie(buildOrDie(QStringLiteral("sm")).zip, {m_root->cert});
        const QJsonObject json = v.toJson();
        QCOMPARE(keysOf(json),
                 (QStringList{QStringLiteral("error"), QStringLiteral("files"), QStringLiteral("signed_at"),
                              QStringLiteral("signer"), QStringLiteral("valid")}));
        QCOMPARE(json.value(QLatin1String("valid")), QJsonValue(true));
        QVERIFY(json.value(QLatin1String("error")).isNull());
        QCOMPARE(json.value(QLatin1String("signer")).toString(),
                 QStringLiteral("淄博市张店区卫生健康局 console-370303"));
        const QString at = json.value(QLatin1String("signed_at")).toString();
        QVERIFY2(at.endsWith(QLatin1String("+08:00")) && time::parse(at).has_value(), qPrintable(at));
        const QJsonArray files = json.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 9);
        for (const QJsonValue &f : files) {
            QCOMPARE(keysOf(f.toObject()), (QStringList{QStringLiteral("name"), QStringLiteral("ok")}));
            QVERIFY(f.toObject().value(QLatin1String("ok")).isBool());
        }
        const QJsonObject draft =
            verifyOrDie(buildOrDie(QStringLiteral("unsigned")).zip, {m_root->cert}).toJson();
        QCOMPARE(keysOf(draft), keysOf(json));
        QVERIFY(draft.value(QLatin1String("error")).isString());
    }

    void consoleCredentialsSignSmPackage()
    {
        // hc-platform --demo issues report and report-sm2; the vault unlocks both for an SM console.
        const auto consoles = platform::PlatformSetup::createDemo(m_tmp.filePath(QStringLiteral("plat")),
                                                                  QStringLiteral("https://127.0.0.1:1"));
        QVERIFY(consoles.ok());
        const platform::DemoConsole &console = consoles->first();
        QVERIFY(QFile::exists(console.dir + QStringLiteral("/report-sm2.pem")));
        const QByteArray pass = console.passphrase.toLatin1();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &profile : {QStringLiteral("sm"), QStringLiteral("intl")}) {
            auto read = sync::CredentialVault::readDirectory(console.dir, pass, profile, now);
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
            sync::SyncSettings settings = read->first;
            MemorySecretStore session;
            sync::CredentialVault vault(session);
            QVERIFY(vault.keep(settings, read->second, pass).ok());
            const auto u = vault.unlock(settings);
            QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
            QVERIFY(u->report.has_value());
            QCOMPARE(u->reportSm2.has_value(), profile == QLatin1String("sm")); // the SM profile's key only
            if (!u->reportSm2)
                continue;
            QCOMPARE(u->reportSm2->profile(), Profile::Sm2Sm3);
            QCOMPARE(u->reportSm2->cert.subject().role, QStringLiteral("report"));
            const auto built = ReportPackage::build(m_files, {u->report, u->reportSm2}, kAt, kTitle);
            QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
            const auto anchors = Certificate::listFromPem(readFile(console.dir + QStringLiteral("/ca.pem")));
            QVERIFY(anchors.ok());
            const Verification v = verifyOrDie(built->zip, *anchors);
            QVERIFY2(v.valid, qPrintable(v.error));
            QCOMPARE(v.profile, QStringLiteral("sm"));
            QCOMPARE(v.signer, console.organisation + QLatin1Char(' ') + console.consoleId);
        }
        // An older console directory without report-sm2 still reads (the key is optional).
        QVERIFY(QFile::remove(console.dir + QStringLiteral("/report-sm2.pem")));
        const auto older = sync::CredentialVault::readDirectory(console.dir, pass, QStringLiteral("sm"), now);
        QVERIFY(older.ok());
        sync::SyncSettings settings = older->first;
        MemorySecretStore session;
        sync::CredentialVault vault(session);
        QVERIFY(vault.keep(settings, older->second, pass).ok());
        QVERIFY(!vault.unlock(settings)->reportSm2.has_value());
    }

    void buildRefusals()
    {
        const auto smOnly = ReportPackage::build(m_files, {std::nullopt, m_sm2}, kAt, kTitle);
        QVERIFY(!smOnly.ok());
        QCOMPARE(smOnly.error().kind, ErrorKind::Refused);
        QVERIFY(!ReportPackage::build({}, signersFor(QStringLiteral("intl")), kAt, kTitle).ok());
        QVERIFY(
            !ReportPackage::build(m_files + QList<PackageFile>{{QStringLiteral("DAILY-2022-11-01.csv"), "x"}},
                                  signersFor(QStringLiteral("intl")), kAt, kTitle)
                 .ok());
        for (const QString &bad :
             {QStringLiteral("SHA256SUMS"), QStringLiteral("verify.txt"), QStringLiteral("../evil.csv"),
              QStringLiteral("sub/daily.csv"), QStringLiteral("a\\b.csv")})
            QVERIFY2(!ReportPackage::build({{bad, "x"}}, {}, kAt, kTitle).ok(), qPrintable(bad));
        QVERIFY(
            !ReportPackage::build(m_files, {m_upload, std::nullopt}, kAt, kTitle).ok());  // not a REPORT key
        QVERIFY(!ReportPackage::build(m_files, {m_sm2, std::nullopt}, kAt, kTitle).ok()); // SM2 cannot do CMS
        QVERIFY(!ReportPackage::build(m_files, {m_cms, m_cms}, kAt, kTitle).ok());        // not an SM2 key
        QVERIFY(!ReportPackage::build(m_files, {m_cms, std::nullopt}, QDateTime(), kTitle).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ReportPackage)
#include "tst_reportpackage.moc"
