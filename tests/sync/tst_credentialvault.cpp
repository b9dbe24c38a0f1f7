// The console's certificates and key passphrase in the real keychain (a fresh gnome-keyring, with-keyring.sh), and
// without one: the bundle stays in the database with its keys encrypted, the passphrase is asked each session.
#include "CredentialVault.h"
#include "PlatformSetup.h"
#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;
using namespace hc::sync;

class tst_CredentialVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QByteArray m_pass;

private slots:
    void initTestCase()
    {
        const auto consoles = platform::PlatformSetup::createDemo(m_tmp.filePath(QStringLiteral("plat")), QStringLiteral("https://127.0.0.1:1"));
        QVERIFY(consoles.ok());
        m_dir = consoles->first().dir;
        m_pass = consoles->first().passphrase.toLatin1();
    }

    void directoryIsChecked()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(CredentialVault::readDirectory(m_dir, m_pass, QStringLiteral("intl"), now).ok());
        const auto wrong = CredentialVault::readDirectory(m_dir, "wrong", QStringLiteral("intl"), now);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Refused);
        // Certificates are checked at the console's clock: years from now they have expired.
        const auto later = CredentialVault::readDirectory(m_dir, m_pass, QStringLiteral("intl"), now.addYears(5));
        QVERIFY(!later.ok());
        QVERIFY2(later.error().message.contains(QStringLiteral("expired")), qPrintable(later.error().message));
        // Another console's key in this console's directory.
        const QString mixed = m_tmp.filePath(QStringLiteral("mixed"));
        QDir().mkpath(mixed);
        for (const QString &f : QDir(m_dir).entryList(QDir::Files))
            QFile::copy(m_dir + QLatin1Char('/') + f, mixed + QLatin1Char('/') + f);
        const QString other = QFileInfo(m_dir).dir().filePath(QStringLiteral("console-110105"));
        QFile::remove(mixed + QStringLiteral("/upload.pem"));
        QFile::copy(other + QStringLiteral("/upload.pem"), mixed + QStringLiteral("/upload.pem"));
        const auto r = CredentialVault::readDirectory(mixed, m_pass, QStringLiteral("intl"), now);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("belongs to")), qPrintable(r.error().message));
    }

    void keychainKeepsBundleAndPassphrase()
    {
        if (qEnvironmentVariable("HC_TEST_KEYRING_HOME") != QDir::homePath())
            QSKIP("needs the private keyring of with-keyring.sh");
        KeychainSecretStore keychain(QStringLiteral("hc-console-test"));
        QVERIFY2(keychain.probe().ok(), "the keyring of with-keyring.sh answers");
        auto read = CredentialVault::readDirectory(m_dir, m_pass, QStringLiteral("sm"), QDateTime::currentDateTimeUtc());
        QVERIFY(read.ok());
        SyncSettings settings = read->first;
        CredentialVault vault(keychain);
        QVERIFY(vault.keep(settings, read->second, m_pass).ok());
        QVERIFY(settings.credentials.isEmpty()); // nothing of it in the database
        // A later session: a new store object over the same keychain opens the keys without asking.
        KeychainSecretStore again(QStringLiteral("hc-console-test"));
        CredentialVault later(again);
        QVERIFY(later.hasPassphrase(settings));
        const auto u = later.unlock(settings);
        QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
        QCOMPARE(u->upload.profile(), codes::Profile::Sm2Sm3);
        QVERIFY(!u->authKey.isNull());
        QVERIFY(u->report.has_value());
        // Neither the passphrase nor a key is anywhere under HOME in plaintext.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName().startsWith(m_tmp.path()) || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(m_pass), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains("BEGIN CERTIFICATE"), qPrintable(f.fileName()));
        }
    }

    void noKeychainAsksEachSession()
    {
        auto read = CredentialVault::readDirectory(m_dir, m_pass, QStringLiteral("intl"), QDateTime::currentDateTimeUtc());
        QVERIFY(read.ok());
        SyncSettings settings = read->first;
        MemorySecretStore session;
        QVERIFY(CredentialVault(session).keep(settings, read->second, m_pass).ok());
        // The bundle stays with the settings, its keys encrypted: no plaintext key, no passphrase.
        QVERIFY(!settings.credentials.isEmpty());
        QVERIFY(settings.credentials.contains("ENCRYPTED PRIVATE KEY"));
        QVERIFY(!settings.credentials.contains("BEGIN PRIVATE KEY"));
        QVERIFY(!settings.credentials.contains("BEGIN EC PRIVATE KEY"));
        QVERIFY(!settings.credentials.contains(m_pass));
        QVERIFY(CredentialVault(session).unlock(settings).ok()); // this session remembers it
        // The next session has forgotten it: asked again.
        MemorySecretStore next;
        CredentialVault vault(next);
        const auto locked = vault.unlock(settings);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QStringLiteral("passphrase is needed")));
        QVERIFY(!vault.unlock(settings, QByteArray("wrong")).ok());
        QVERIFY(vault.unlock(settings, m_pass).ok());
        // A bundle changed in the database is refused before any key is tried.
        SyncSettings tampered = settings;
        tampered.credentials.replace("auth", "AUTH");
        QVERIFY(!vault.unlock(tampered, m_pass).ok());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialVault)
#include "tst_credentialvault.moc"
