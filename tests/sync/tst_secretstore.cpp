#include "SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>
#include <QtTest>

using namespace hc;

namespace {

// All 256 byte values, NUL first: what a binary secret (a raw key, a DER blob) may contain.
QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b.append(char(i));
    return b;
}

// Sets or unsets an environment variable for one scope; restores it even when a check fails.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name)
        : m_name(name), m_was(qEnvironmentVariableIsSet(name)), m_value(qgetenv(name))
    {
    }
    ~EnvGuard()
    {
        if (m_was)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_was;
    QByteArray m_value;
};

} // namespace

#define HC_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (false)

// Helpers' QVERIFY only leaves the helper: stop the caller as well.
#define HC_CHECK(call)                                                                                       \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

// QSKIP must be in the test function itself.
#define HC_REQUIRE_KEYRING()                                                                                 \
    do {                                                                                                     \
        if (qEnvironmentVariable("HC_TEST_KEYRING_HOME") != QDir::homePath())                                \
            QSKIP("needs a private keyring: dbus-run-session -- sh tests/sync/with-keyring.sh "              \
                  "./tst_secretstore");                                                                      \
    } while (false)

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // The keychain cases (HC_REQUIRE_KEYRING) write to whatever keychain the session offers, so they only run
    // inside with-keyring.sh (a private bus, a fresh HOME), which names that HOME in HC_TEST_KEYRING_HOME.

    // Read must succeed and yield exactly `expected` (nullopt = no entry).
    static void checkRead(SecretStore &store, const QString &key, const std::optional<QByteArray> &expected)
    {
        const Result<std::optional<QByteArray>> r = store.read(key);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*r.value(), *expected);
    }

    // The shared contract of every store: round trip, overwrite, binary data, remove, missing entries.
    static void roundTrip(SecretStore &store)
    {
        const QString key = QStringLiteral("pki/passphrase/round-trip");
        HC_CHECK(checkRead(store, key, std::nullopt));

        HC_VERIFY_OK(store.write(key, QByteArrayLiteral("first passphrase")));
        HC_CHECK(checkRead(store, key, QByteArrayLiteral("first passphrase")));

        HC_VERIFY_OK(store.write(key, QByteArrayLiteral("second")));
        HC_CHECK(checkRead(store, key, QByteArrayLiteral("second")));

        const QByteArray binary = allBytes();
        HC_VERIFY_OK(store.write(key, binary));
        HC_CHECK(checkRead(store, key, binary));

        const QByteArray nulOnly("\0\0\0", 3);
        HC_VERIFY_OK(store.write(QStringLiteral("nul-only"), nulOnly));
        HC_CHECK(checkRead(store, QStringLiteral("nul-only"), nulOnly));

        HC_VERIFY_OK(store.write(QStringLiteral("empty"), QByteArray()));
        HC_CHECK(checkRead(store, QStringLiteral("empty"), QByteArray()));

        HC_VERIFY_OK(store.remove(key));
        HC_CHECK(checkRead(store, key, std::nullopt));
        HC_CHECK(checkRead(store, QStringLiteral("nul-only"), nulOnly)); // other keys untouched
        // Removing again (or what never existed) is not an error.
        HC_VERIFY_OK(store.remove(key));
        HC_VERIFY_OK(store.remove(QStringLiteral("never-written")));
        HC_CHECK(checkRead(store, QStringLiteral("never-written"), std::nullopt));

        HC_VERIFY_OK(store.remove(QStringLiteral("nul-only")));
        HC_VERIFY_OK(store.remove(QStringLiteral("empty")));

        QCOMPARE(store.write(QString(), QByteArrayLiteral("x")).ok(), false);
        QCOMPARE(store.read(QString()).ok(), false);
    }

    static QString uniqueService(const char *what)
    {
        return QStringLiteral("hc-tst-%1-%2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128));
    }

private slots:
    void memoryRoundTrip()
    {
        MemorySecretStore store;
        QCOMPARE(store.persistent(), false);
        QCOMPARE(store.backendName(), QStringLiteral("memory"));
        HC_CHECK(roundTrip(store));
    }

    void keychainProbe()
    {
        HC_REQUIRE_KEYRING();
        KeychainSecretStore store(uniqueService("probe"));
        QCOMPARE(store.persistent(), true);
        QCOMPARE(store.backendName(), QStringLiteral("Secret Service (QtKeychain)"));
        QElapsedTimer t;
        t.start();
        HC_VERIFY_OK(store.probe());
        qInfo("probe (write, read, remove) took %lld ms", t.elapsed());
    }

    void keychainRoundTrip()
    {
        HC_REQUIRE_KEYRING();
        KeychainSecretStore store(uniqueService("roundtrip"));
        QElapsedTimer t;
        t.start();
        HC_CHECK(roundTrip(store));
        qInfo("keychain round trip (19 jobs) took %lld ms", t.elapsed());
    }

    void keychainMissingIsNullopt()
    {
        HC_REQUIRE_KEYRING();
        KeychainSecretStore store(uniqueService("missing"));
        HC_CHECK(checkRead(store, QStringLiteral("token/absent"), std::nullopt));
    }

    void keychainServicesAreSeparate()
    {
        HC_REQUIRE_KEYRING();
        KeychainSecretStore a(uniqueService("a"));
        KeychainSecretStore b(uniqueService("b"));
        const QString key = QStringLiteral("token/shared-name");

        HC_VERIFY_OK(a.write(key, QByteArrayLiteral("secret of a")));
        HC_CHECK(checkRead(b, key, std::nullopt));

        HC_VERIFY_OK(b.write(key, QByteArrayLiteral("secret of b")));
        HC_CHECK(checkRead(a, key, QByteArrayLiteral("secret of a")));
        HC_CHECK(checkRead(b, key, QByteArrayLiteral("secret of b")));

        HC_VERIFY_OK(b.remove(key));
        HC_CHECK(checkRead(a, key, QByteArrayLiteral("secret of a")));
        HC_CHECK(checkRead(b, key, std::nullopt));
        HC_VERIFY_OK(a.remove(key));
    }

    void openUsesKeychainInSession()
    {
        HC_REQUIRE_KEYRING();
        const OpenedSecretStore opened = openSecretStore(uniqueService("open"));
        QVERIFY(opened.store);
        QVERIFY2(opened.fallbackReason.isEmpty(), qPrintable(opened.fallbackReason));
        QCOMPARE(opened.store->persistent(), true);
        QCOMPARE(opened.store->backendName(), QStringLiteral("Secret Service (QtKeychain)"));
        HC_VERIFY_OK(opened.store->write(QStringLiteral("k"), QByteArrayLiteral("v")));
        HC_CHECK(checkRead(*opened.store, QStringLiteral("k"), QByteArrayLiteral("v")));
        HC_VERIFY_OK(opened.store->remove(QStringLiteral("k")));
    }

    void openFallsBackToMemoryWithoutBus()
    {
        // Both ways GDBus finds a session bus, removed for this case only.
        EnvGuard address("DBUS_SESSION_BUS_ADDRESS");
        EnvGuard runtime("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");

        QElapsedTimer t;
        t.start();
        const OpenedSecretStore opened = openSecretStore(uniqueService("nobus"));
        QVERIFY2(t.elapsed() < 2000, "the fallback must not wait for a keychain");
        QVERIFY(opened.store);
        QCOMPARE(opened.store->persistent(), false);
        QCOMPARE(opened.store->backendName(), QStringLiteral("memory"));
        QVERIFY(!opened.fallbackReason.isEmpty());
        QVERIFY2(opened.fallbackReason.contains(QLatin1String("no D-Bus session bus")),
                 qPrintable(opened.fallbackReason));
        QVERIFY2(opened.fallbackReason.contains(QLatin1String("memory only")),
                 qPrintable(opened.fallbackReason));
        // Still usable for the session.
        HC_VERIFY_OK(opened.store->write(QStringLiteral("k"), QByteArrayLiteral("v")));
        HC_CHECK(checkRead(*opened.store, QStringLiteral("k"), QByteArrayLiteral("v")));
    }

    // The stored secret must not be readable from disk: gnome-keyring encrypts the login keyring with its
    // password.
    void secretNotInPlaintextUnderHome()
    {
        HC_REQUIRE_KEYRING();
        const QString home = QDir::homePath();
        const QString keyringFile = home + QStringLiteral("/.local/share/keyrings/login.keyring");
        QVERIFY2(QFileInfo::exists(keyringFile), qPrintable(keyringFile));
        const qint64 sizeBefore = QFileInfo(keyringFile).size();

        KeychainSecretStore store(uniqueService("plaintext"));
        // Distinctive and printable (found by a plain grep), plus QtKeychain's base64 of it, which is what it
        // stores.
        const QByteArray secret =
            QByteArrayLiteral("hc-canary-") + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        const QString key = QStringLiteral("pki/passphrase/canary");
        HC_VERIFY_OK(store.write(key, secret));
        HC_CHECK(checkRead(store, key, secret));

        // The keyring file must have been rewritten with the item, else the walk proves nothing.
        QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(keyringFile).size() > sizeBefore, "login.keyring did not grow",
                                  5000);

        const QList<QByteArray> needles{secret, secret.toBase64(), secret.toHex()};
        int scanned = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray content = f.readAll();
            ++scanned;
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle),
                         qPrintable(QStringLiteral("secret in plaintext in ") + path));
        }
        QVERIFY2(scanned > 0, "no file under HOME was scanned");
        qInfo("scanned %d files under %s", scanned, qPrintable(home));
        HC_VERIFY_OK(store.remove(key));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
