// The platform's directory of HANDOFF certificates (issue 19): a console registers the certificate other commissions
// encrypt hand-offs to, for the division it answers for; the directory a console reads is signed by the platform and
// lists only certificates that chain to the platform CA as HANDOFF certificates of that province.
#include "CredentialVault.h"
#include "HandoffDirectory.h"
#include "PlatformClient.h"
#include "PlatformProcess.h"
#include "Protocol.h"
#include "SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hctest;
using hc::sync::HandoffDirectory;

namespace {
const QString kShandong = QStringLiteral("console-370303");
const QString kBeijing = QStringLiteral("console-110105");
} // namespace

class tst_HandoffDirectory : public QObject
{
    Q_OBJECT

    struct Console
    {
        hc::sync::SyncSettings settings;
        hc::sync::UnlockedCredentials credentials;
    };
    Console console(const QString &id, const QString &pass, const QString &profile)
    {
        auto read = hc::sync::CredentialVault::readDirectory(m_dir + QStringLiteral("/consoles/") + id, pass.toLatin1(), profile,
                                                             QDateTime::currentDateTimeUtc());
        if (!read)
            qFatal("%s", qPrintable(read.error().message));
        hc::MemorySecretStore store;
        hc::sync::CredentialVault vault(store);
        auto settings = read->first;
        vault.keep(settings, read->second, pass.toLatin1());
        auto unlocked = vault.unlock(settings);
        if (!unlocked)
            qFatal("%s", qPrintable(unlocked.error().message));
        return {settings, *unlocked};
    }
    QList<hc::pki::Certificate> anchors(const Console &c) const { return *hc::pki::Certificate::listFromPem(c.settings.caPem); }
    hc::sync::CertificateResolver resolver(hc::sync::PlatformClient &client) const
    {
        return [&client](const QByteArray &sha) -> std::optional<hc::pki::Certificate> {
            const auto r = client.get(QStringLiteral("/v1/certs/") + hc::sync::protocol::hex(sha));
            auto c = r.ok() && r.status == 200 ? hc::pki::Certificate::fromPem(r.body) : hc::Result<hc::pki::Certificate>(hc::Error::badInput({}));
            return c ? std::optional(*c) : std::nullopt;
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("plat"));
        const quint16 port = freePort();
        m_pass = PlatformProcess::createDemo(m_dir, port);
        QCOMPARE(m_pass.size(), 2);
        m_platform = std::make_unique<PlatformProcess>(m_dir, port);
        QVERIFY(m_platform->start());
    }

    void registerAndList()
    {
        Console sd = console(kShandong, m_pass[0], QStringLiteral("intl"));
        Console bj = console(kBeijing, m_pass[1], QStringLiteral("sm"));
        QVERIFY(sd.credentials.handoff && bj.credentials.handoff);
        QCOMPARE(sd.credentials.handoff->cert.subject().role, QStringLiteral("handoff"));
        hc::sync::PlatformClient toSd(sd.settings, sd.credentials), toBj(bj.settings, bj.credentials);

        // Nobody registered yet: an empty, signed directory.
        auto empty = HandoffDirectory::fetch(toSd, QStringLiteral("11"), anchors(sd), QDateTime::currentDateTimeUtc());
        QVERIFY2(empty, qPrintable(empty ? QString() : empty.error().message));
        QVERIFY(empty->isEmpty());

        QVERIFY(HandoffDirectory::registerOwn(toSd, sd.credentials.handoff->cert, QStringLiteral("370303")));
        QVERIFY(HandoffDirectory::registerOwn(toBj, bj.credentials.handoff->cert, QStringLiteral("110105")));
        QVERIFY(HandoffDirectory::registerOwn(toBj, bj.credentials.handoff->cert, QStringLiteral("110105"))); // idempotent
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE role = 'handoff'")), 2);

        // Refused: a division outside the console's province, no division, another console's certificate, an
        // AUTH certificate, a certificate from a CA the platform does not know.
        QVERIFY(!HandoffDirectory::registerOwn(toBj, bj.credentials.handoff->cert, QStringLiteral("370303")));
        QVERIFY(!HandoffDirectory::registerOwn(toBj, bj.credentials.handoff->cert, QString()));
        QVERIFY(!HandoffDirectory::registerOwn(toSd, bj.credentials.handoff->cert, QStringLiteral("110105")));
        // An UPLOAD certificate is registered as before (SM envelopes name their signer by hash), never listed.
        QVERIFY(HandoffDirectory::registerOwn(toSd, sd.credentials.upload.cert, QStringLiteral("370303")));
        // The SM console's UPLOAD certificate as a PEM alone, as the sync engine registers it, resolves by its hash.
        const auto pemPost = toBj.post(QStringLiteral("/v1/certs"), bj.credentials.upload.cert.toPem(), "application/x-pem-file");
        QVERIFY2(pemPost.status == 200, pemPost.body.constData());
        QCOMPARE(toSd.get(QStringLiteral("/v1/certs/") + hc::sync::protocol::hex(bj.credentials.upload.cert.sha256())).status, 200);
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE role = 'upload'")), 2);
        auto ca = hc::pki::makeCa({QStringLiteral("Rogue CA"), {}, QStringLiteral("rogue"), QStringLiteral("ca")});
        auto rogue = hc::pki::issue(*ca, hc::pki::IssueRequest::of({kShandong, QStringLiteral("37"), QStringLiteral("rogue"),
                                                                    QStringLiteral("handoff")}, hc::pki::Role::Handoff));
        QVERIFY(!HandoffDirectory::registerOwn(toSd, rogue->cert, QStringLiteral("370303")));
        QCOMPARE(m_platform->count(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE role = 'handoff'")), 2);

        // 山东 reads 北京's directory: 北京's SM2 certificate for 110105, signed by the platform (ECDSA receipt key).
        auto bjDir = HandoffDirectory::fetch(toSd, QStringLiteral("11"), anchors(sd), QDateTime::currentDateTimeUtc(), resolver(toSd));
        QVERIFY2(bjDir, qPrintable(bjDir ? QString() : bjDir.error().message));
        QCOMPARE(bjDir->size(), 1);
        QCOMPARE(bjDir->first().consoleId, kBeijing);
        QCOMPARE(bjDir->first().division, QStringLiteral("110105"));
        QCOMPARE(bjDir->first().organisation, bj.settings.organisation);
        QCOMPARE(bjDir->first().cert.sha256(), bj.credentials.handoff->cert.sha256());
        auto sdDir = HandoffDirectory::fetch(toBj, QStringLiteral("37"), anchors(bj), QDateTime::currentDateTimeUtc(), resolver(toBj));
        QVERIFY(sdDir && sdDir->size() == 1 && sdDir->first().consoleId == kShandong);
        QVERIFY(!HandoffDirectory::fetch(toSd, QStringLiteral("1"), anchors(sd), QDateTime::currentDateTimeUtc()));

        // The receiver of a person: the console answering for the longest prefix of the home division, else the
        // province's broadest.
        QCOMPARE(HandoffDirectory::receiverFor(*bjDir, QStringLiteral("110105011"))->consoleId, kBeijing);
        QCOMPARE(HandoffDirectory::receiverFor(*bjDir, QStringLiteral("110108"))->consoleId, kBeijing);
        QVERIFY(!HandoffDirectory::receiverFor({}, QStringLiteral("110108")));

        // A directory body changed in one byte, or signed by a console rather than the platform, is refused.
        const auto raw = toSd.get(QStringLiteral("/v1/certs?province=11"));
        QCOMPARE(raw.status, 200);
        QByteArray tampered = raw.body;
        const qsizetype at = tampered.indexOf("110105");
        QVERIFY(at > 0);
        tampered[at + 5] = '8';
        QVERIFY(!HandoffDirectory::read(tampered, QStringLiteral("11"), anchors(sd), QDateTime::currentDateTimeUtc()));
        QVERIFY(HandoffDirectory::read(raw.body, QStringLiteral("11"), anchors(sd), QDateTime::currentDateTimeUtc()));
        QVERIFY(!HandoffDirectory::read(raw.body, QStringLiteral("37"), anchors(sd), QDateTime::currentDateTimeUtc()));
        const QJsonObject forged{{QStringLiteral("schema"), QLatin1String(hc::sync::protocol::kDirectorySchema)},
                                 {QStringLiteral("province"), QStringLiteral("11")},
                                 {QStringLiteral("certificates"), QJsonArray()}};
        auto byConsole = hc::sync::SignedObject::sign(sd.credentials.upload, QJsonDocument(forged).toJson(QJsonDocument::Compact));
        QVERIFY(byConsole);
        QVERIFY(!HandoffDirectory::read(*byConsole, QStringLiteral("11"), anchors(sd), QDateTime::currentDateTimeUtc()));
    }

    void cleanupTestCase()
    {
        if (m_platform)
            m_platform->kill();
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QStringList m_pass;
    std::unique_ptr<PlatformProcess> m_platform;
};

QTEST_GUILESS_MAIN(tst_HandoffDirectory)
#include "tst_handoffdirectory.moc"
