// The reference platform's key passphrase (issue 16): the demo keeps it in plain text in platform/secret and says
// so; a real set-up gives it in HC_PLATFORM_PASSPHRASE, and no copy is written to disk.
#include "PlatformSetup.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestPlatformSecret : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("HC_PLATFORM_PASSPHRASE"); }

    void demoKeepsAPlainFile()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("plat"));
        QVERIFY(platform::PlatformSetup::createDemo(dir, QStringLiteral("https://127.0.0.1:1")).ok());
        QVERIFY(QFile::exists(dir + QStringLiteral("/platform/secret")));
        bool plain = false;
        QVERIFY(platform::PlatformSetup::passphrase(dir, &plain).ok());
        QVERIFY(plain);
        QVERIFY(platform::PlatformSetup::load(dir).ok());
    }

    void realSetUpKeepsNoCopy()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("plat"));
        qputenv("HC_PLATFORM_PASSPHRASE", "from the operator's vault 2022");
        QVERIFY(platform::PlatformSetup::createDemo(dir, QStringLiteral("https://127.0.0.1:1")).ok());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/platform/secret")));
        bool plain = true;
        QVERIFY(platform::PlatformSetup::passphrase(dir, &plain).ok());
        QVERIFY(!plain);
        QVERIFY(platform::PlatformSetup::load(dir).ok());
        QVERIFY(platform::PlatformSetup::issueConsole(dir, QStringLiteral("console-320102"), QStringLiteral("32"),
                                                      QStringLiteral("南京市玄武区卫生健康委员会"), QStringLiteral("https://127.0.0.1:1"))
                    .ok());
        // Without it the platform cannot start, and says what to give.
        qunsetenv("HC_PLATFORM_PASSPHRASE");
        const auto refused = platform::PlatformSetup::load(dir);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("HC_PLATFORM_PASSPHRASE")), qPrintable(refused.error().message));
        // A wrong one does not open the keys.
        qputenv("HC_PLATFORM_PASSPHRASE", "a wrong passphrase");
        QVERIFY(!platform::PlatformSetup::load(dir).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlatformSecret)
#include "tst_platformsecret.moc"
