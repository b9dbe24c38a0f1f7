// Sync against the real hc-platform on loopback (PROTOCOL.md, issue 7): the platform down, 500s, slow, cut off,
// the wrong server certificate, a pin mismatch, a replayed receipt, forged and wrongly signed batches, 409, the
// console killed mid-upload and the platform killed before its receipt. After recovery every event is stored by
// the platform exactly once, checked in its own store, and the console says why it waited.
#include "../core/HcctlProcess.h"
#include "CredentialVault.h"
#include "Database.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "PlatformProcess.h"
#include "SyncService.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hctest;

namespace {
const QString kPassword = QStringLiteral("sync-test-password");
const QString kConsoleA = QStringLiteral("console-370303");
} // namespace

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QString m_platformDir;
    QString m_passA, m_passB;
    quint16 m_port = 0;
    std::unique_ptr<PlatformProcess> m_platform;
    qint64 m_events = 0; // events written to the console's outbox so far

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    Run hcctl(const QStringList &args, const QByteArray &stdinData = {})
    {
        return runHcctl(m_tmp.path(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin")} + args,
                        kPassword, stdinData);
    }
    Run syncNow()
    {
        return hcctl({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"), path(QStringLiteral("pass-a")),
                      QStringLiteral("--json")});
    }
    QJsonObject status() { return hcctl({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")}).json(); }
    Run setup(const QString &dir, const QStringList &extra = {})
    {
        return hcctl(QStringList{QStringLiteral("sync"), QStringLiteral("setup"), dir, QStringLiteral("--passphrase-file"),
                                 path(QStringLiteral("pass-a")), QStringLiteral("--batch-events"), QStringLiteral("40"),
                                 QStringLiteral("--timeout-ms"), QStringLiteral("2000"), QStringLiteral("--json")}
                     + extra);
    }
    QString consoleDir(const QString &id) const { return m_platformDir + QStringLiteral("/consoles/") + id; }

    // Changes as the core writes them: each one an outbox row in its own transaction.
    void addEvents(int n)
    {
        hc::Workspace ws(m_db);
        QVERIFY(ws.open().ok());
        hc::Transaction tx(ws.db());
        hc::Outbox outbox(ws.db(), QDateTime::currentSecsSinceEpoch(), QStringLiteral("tester"));
        for (int i = 0; i < n; ++i)
            QVERIFY(outbox.append(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(m_events + i + 1),
                                  {{QStringLiteral("identity"), QString::number(m_events + i + 1, 16)},
                                   {QStringLiteral("color"), QStringLiteral("yellow")},
                                   {QStringLiteral("cause"), QStringLiteral("测试 \"引号\" \\ 与换行\n")}})
                        .ok());
        QVERIFY(tx.commit().ok());
        m_events += n;
    }
    void deliverAll()
    {
        const Run r = syncNow();
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("depth")).toInteger(), 0);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }
    std::pair<hc::sync::SyncSettings, hc::sync::UnlockedCredentials> credentials(const QString &id, const QString &pass)
    {
        auto read = hc::sync::CredentialVault::readDirectory(consoleDir(id), pass.toLatin1(), QStringLiteral("intl"),
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
    // A hand-made batch for console A: events seqFrom..seqTo.
    QByteArray payload(const QString &batchId, qint64 seqFrom, qint64 seqTo, const QString &prevHash)
    {
        QJsonArray events;
        for (qint64 s = seqFrom; s <= seqTo; ++s)
            events.append(QJsonObject{{QStringLiteral("eventId"), QStringLiteral("%1:%2").arg(kConsoleA).arg(s)},
                                      {QStringLiteral("seq"), s},
                                      {QStringLiteral("type"), QStringLiteral("CONDITION")},
                                      {QStringLiteral("subject"), QStringLiteral("holder:1")},
                                      {QStringLiteral("value"), QJsonObject()}});
        return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("hc.batch/1")},
                                         {QStringLiteral("batchId"), batchId},
                                         {QStringLiteral("consoleId"), kConsoleA},
                                         {QStringLiteral("province"), QStringLiteral("37")},
                                         {QStringLiteral("seqFrom"), seqFrom},
                                         {QStringLiteral("seqTo"), seqTo},
                                         {QStringLiteral("prevBatchHash"), prevHash},
                                         {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00Z")},
                                         {QStringLiteral("events"), events}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = path(QStringLiteral("a.sqlite"));
        m_platformDir = path(QStringLiteral("plat"));
        m_port = freePort();
        const QStringList passphrases = PlatformProcess::createDemo(m_platformDir, m_port);
        QCOMPARE(passphrases.size(), 2);
        m_passA = passphrases[0];
        m_passB = passphrases[1];
        QFile f(path(QStringLiteral("pass-a")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_passA.toLatin1() + '\n');
        f.close();
        QCOMPARE(runHcctl(m_tmp.path(), {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                          kPassword).code, 0);
        const Run s = setup(consoleDir(kConsoleA));
        QVERIFY2(s.code == 0, s.describe());
        QCOMPARE(s.json().value(QStringLiteral("console")).toString(), kConsoleA);
        QCOMPARE(s.json().value(QStringLiteral("province")).toString(), QStringLiteral("37"));
        m_platform = std::make_unique<PlatformProcess>(m_platformDir, m_port);
        QVERIFY(m_platform->start());
    }

    void setupChecksTheDirectory()
    {
        // A wrong passphrase opens nothing and changes nothing.
        QFile bad(path(QStringLiteral("pass-bad")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not-the-passphrase\n");
        bad.close();
        const Run r = hcctl({QStringLiteral("sync"), QStringLiteral("setup"), consoleDir(kConsoleA), QStringLiteral("--passphrase-file"),
                             path(QStringLiteral("pass-bad")), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("passphrase"), r.err.constData());
        // The other province's certificates with this console's passphrase: refused.
        const Run other = hcctl({QStringLiteral("sync"), QStringLiteral("setup"), consoleDir(QStringLiteral("console-110105")),
                                 QStringLiteral("--passphrase-file"), path(QStringLiteral("pass-a"))});
        QCOMPARE(other.code, 1);
        QCOMPARE(status().value(QStringLiteral("console")).toString(), kConsoleA);
    }

    void deliversOnceAndReplays()
    {
        addEvents(130);
        deliverAll();
        QCOMPARE(m_platform->batches(), 4); // 40 events a batch
        const Run again = syncNow();
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("delivered")).toInt(), 0);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
        const QJsonObject st = status();
        QCOMPARE(st.value(QStringLiteral("queue_depth")).toInteger(), 0);
        QCOMPARE(st.value(QStringLiteral("online")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("alert")).toString(), QStringLiteral("ok"));
        // Receipts are kept as proof of delivery.
        const Run batches = hcctl({QStringLiteral("sync"), QStringLiteral("batches"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(batches.out).array();
        QCOMPARE(list.size(), 4);
        for (const QJsonValue &b : list) {
            QCOMPARE(b[QStringLiteral("state")].toString(), QStringLiteral("delivered"));
            QVERIFY(!b[QStringLiteral("receipt_at")].toString().isEmpty());
        }
    }

    void platformDown()
    {
        m_platform->kill();
        addEvents(50);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive), r.describe());
        const QJsonObject st = status();
        QCOMPARE(st.value(QStringLiteral("online")).toBool(), false);
        QCOMPARE(st.value(QStringLiteral("queue_depth")).toInteger(), 50);
        QVERIFY(!st.value(QStringLiteral("last_error")).toString().isEmpty());
        QVERIFY(!st.value(QStringLiteral("next_attempt_at")).isNull());
        QVERIFY(m_platform->start());
        deliverAll();
    }

    void serverErrors()
    {
        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("status500:2")}));
        addEvents(45);
        for (int i = 0; i < 2; ++i) {
            const Run r = syncNow();
            QCOMPARE(r.code, 1);
            QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("500")), r.describe());
        }
        const QJsonObject st = status();
        QVERIFY(st.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("500")));
        QCOMPARE(st.value(QStringLiteral("online")).toBool(), true); // it answered, with an error
        deliverAll();
    }

    void slowPlatform()
    {
        // The platform stores the batch but answers after 4 s; the console gives up after 2 s.
        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("slow:4000")}));
        addEvents(30);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("timed out")), r.describe());
        QTRY_COMPARE_WITH_TIMEOUT(m_platform->events(), m_events, 5000);
        QVERIFY(m_platform->start());
        const Run again = syncNow();
        QVERIFY2(again.code == 0, again.describe());
        QCOMPARE(again.json().value(QStringLiteral("replayed")).toInt(), 1); // the stored receipt, answered 200
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }

    void answerCutOff()
    {
        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("truncate:1")}));
        addEvents(20);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QCOMPARE(status().value(QStringLiteral("queue_depth")).toInteger(), 20); // not delivered without a whole receipt
        deliverAll();
    }

    void replayedReceipt()
    {
        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("replay-receipt:1")}));
        addEvents(10);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("replayed receipt")), r.describe());
        QCOMPARE(status().value(QStringLiteral("queue_depth")).toInteger(), 10);
        deliverAll();
    }

    void wrongServerCertificate()
    {
        // Another CA's platform on the same address: the handshake fails, nothing reaches it.
        const QString other = path(QStringLiteral("other"));
        PlatformProcess::createDemo(other, m_port);
        m_platform->kill();
        PlatformProcess impostor(other, m_port);
        QVERIFY(impostor.start());
        addEvents(5);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("certificate"), Qt::CaseInsensitive), r.describe());
        QCOMPARE(impostor.batches(), 0);
        impostor.kill();
        QVERIFY(m_platform->start());
        deliverAll();
    }

    void pinMismatch()
    {
        // The same CA, but the pinned keys are not the server's: aborted before any byte of the batch is sent.
        const QString copy = path(QStringLiteral("pinned"));
        QDir().mkpath(copy);
        for (const QString &f : QDir(consoleDir(kConsoleA)).entryList(QDir::Files))
            QFile::copy(consoleDir(kConsoleA) + QLatin1Char('/') + f, copy + QLatin1Char('/') + f);
        QFile pins(copy + QStringLiteral("/pins.txt"));
        QVERIFY(pins.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pins.write("sha256/" + QByteArray(32, 'x').toBase64() + "\n");
        pins.close();
        QCOMPARE(setup(copy).code, 0);
        addEvents(5);
        const qint64 refusedBefore = m_platform->refused();
        const qint64 batchesBefore = m_platform->batches();
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("pinned")), r.describe());
        QCOMPARE(m_platform->batches(), batchesBefore);
        QCOMPARE(m_platform->refused(), refusedBefore);
        QCOMPARE(setup(consoleDir(kConsoleA)).code, 0);
        deliverAll();
    }

    void forgedBatches()
    {
        auto [settingsA, a] = credentials(kConsoleA, m_passA);
        auto [settingsB, b] = credentials(QStringLiteral("console-110105"), m_passB);
        hc::sync::PlatformClient client(settingsA, a);
        const qint64 next = m_events + 1;
        const qint64 before = m_platform->events();
        auto post = [&](const QByteArray &body, const QString &key) {
            return client.post(QStringLiteral("/v1/batches"), body, "application/cms", {{"Idempotency-Key", key.toLatin1()}});
        };
        const QString id1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Signed by the other province's console, sent over this console's connection.
        auto byB = hc::sync::SignedObject::sign(b.upload, payload(id1, next, next, {}));
        QVERIFY(byB.ok());
        QCOMPARE(post(*byB, id1).status, 403);
        // Signed by a key from a CA the platform does not know.
        auto ca = hc::pki::makeCa({QStringLiteral("Rogue CA"), {}, QStringLiteral("rogue"), QStringLiteral("ca")});
        auto rogue = hc::pki::issue(*ca, hc::pki::IssueRequest::of({kConsoleA, QStringLiteral("37"), QStringLiteral("rogue"),
                                                                    QStringLiteral("upload")}, hc::pki::Role::Upload));
        auto forged = hc::sync::SignedObject::sign({rogue->cert, {}, rogue->key}, payload(id1, next, next, {}));
        QCOMPARE(post(*forged, id1).status, 403);
        // Signed properly, then one byte of the payload changed.
        auto good = hc::sync::SignedObject::sign(a.upload, payload(id1, next, next, {}));
        QByteArray tampered = *good;
        const qsizetype at = tampered.indexOf("holder:1");
        QVERIFY(at > 0);
        tampered[at + 7] = '2';
        QCOMPARE(post(tampered, id1).status, 403);
        // The Idempotency-Key must be the batchId.
        QCOMPARE(post(*good, QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 400);
        // Out of sequence: 409 naming the sequence the platform expects.
        const QString id2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto ahead = hc::sync::SignedObject::sign(a.upload, payload(id2, next + 5, next + 6, {}));
        const auto r409 = post(*ahead, id2);
        QCOMPARE(r409.status, 409);
        QCOMPARE(QJsonDocument::fromJson(r409.body).object().value(QStringLiteral("expectedSeq")).toInteger(), next);
        // A batchId the platform already holds, with other contents: 422.
        const Run list = hcctl({QStringLiteral("sync"), QStringLiteral("batches"), QStringLiteral("--json")});
        const QString deliveredId = QJsonDocument::fromJson(list.out).array().first()[QStringLiteral("batch_id")].toString();
        auto clash = hc::sync::SignedObject::sign(a.upload, payload(deliveredId, 1, 2, {}));
        QCOMPARE(post(*clash, deliveredId).status, 422);
        QCOMPARE(m_platform->events(), before);
        QVERIFY(m_platform->refused() >= 6);
        deliverAll();
    }

    void platformLostBatches()
    {
        // The platform is restored from a backup taken before the last two batches: it answers 409 and the console
        // sends the receipted batches again, identical bytes.
        m_platform->kill();
        const QString store = m_platformDir + QStringLiteral("/platform/platform.sqlite");
        // The backup is the database file with its write-ahead log (the killed server never checkpointed).
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile::remove(store + suffix + QStringLiteral(".bak"));
            if (QFile::exists(store + suffix))
                QVERIFY(QFile::copy(store + suffix, store + suffix + QStringLiteral(".bak")));
        }
        QVERIFY(m_platform->start());
        addEvents(80);
        deliverAll();
        m_platform->kill();
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
        QFile::remove(store);
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            if (QFile::exists(store + suffix + QStringLiteral(".bak")))
                QVERIFY(QFile::copy(store + suffix + QStringLiteral(".bak"), store + suffix));
        QVERIFY(m_platform->start());
        addEvents(10);
        const Run r = syncNow();
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("resent")).toInt(), 2);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }

    void consoleKilledMidUpload()
    {
        int killedMidway = 0;
        for (int round = 0; round < 3; ++round) {
            addEvents(2000); // 50 batches
            const qint64 stored = m_platform->batches();
            const int killAfter = 1 + QRandomGenerator::global()->bounded(40);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HCCTL_PASSWORD"), kPassword);
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("HCCTL"), {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                                                    QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"),
                                                    path(QStringLiteral("pass-a"))});
            QVERIFY(p.waitForStarted());
            QElapsedTimer t;
            t.start();
            while (m_platform->batches() < stored + killAfter && p.state() == QProcess::Running && t.elapsed() < 60000)
                QTest::qWait(5);
            const bool wasRunning = p.state() == QProcess::Running;
            p.kill(); // SIGKILL, wherever it is
            p.waitForFinished();
            if (wasRunning && m_platform->batches() < stored + 50)
                ++killedMidway;
            deliverAll();
        }
        QVERIFY2(killedMidway > 0, "no round was killed in the middle of its upload");
    }

    void platformKilledBeforeReceipt()
    {
        QVERIFY(m_platform->start({QStringLiteral("--fault"), QStringLiteral("die-before-receipt:2")}));
        addEvents(200);
        const Run r = syncNow();
        QCOMPARE(r.code, 1);
        QVERIFY(m_platform->waitForExit(5000));
        QVERIFY(!status().value(QStringLiteral("last_error")).toString().isEmpty());
        QVERIFY(m_platform->start());
        const Run again = syncNow();
        QVERIFY2(again.code == 0, again.describe());
        QCOMPARE(again.json().value(QStringLiteral("replayed")).toInt(), 1);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }

    void offlineExportAndHandDelivery()
    {
        // Offline: the frozen batches leave on a USB stick; the platform takes them with the upload's rules.
        m_platform->kill();
        addEvents(90);
        const QString out = path(QStringLiteral("export"));
        const Run e = hcctl({QStringLiteral("sync"), QStringLiteral("export"), out, QStringLiteral("--passphrase-file"),
                             path(QStringLiteral("pass-a")), QStringLiteral("--json")});
        QVERIFY2(e.code == 0, e.describe());
        QCOMPARE(e.json().value(QStringLiteral("exported")).toInt(), 3);
        QStringList files;
        for (const QString &f : QDir(out).entryList({QStringLiteral("*.cms")}, QDir::Files, QDir::Name))
            files << QStringLiteral("--import") << out + QLatin1Char('/') + f;
        QCOMPARE(files.size(), 6);
        QProcess import;
        import.start(qEnvironmentVariable("HC_PLATFORM"), QStringList{QStringLiteral("--dir"), m_platformDir} + files);
        QVERIFY(import.waitForFinished(60000));
        QVERIFY2(import.exitCode() == 0, import.readAll().constData());
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
        // A tampered file is refused; the same files again are already held.
        QFile first(out + QLatin1Char('/') + files[1].section(QLatin1Char('/'), -1));
        QVERIFY(first.open(QIODevice::ReadWrite));
        QByteArray bytes = first.readAll();
        bytes[bytes.indexOf("holder:") + 7] = '9';
        QFile bad(path(QStringLiteral("tampered.cms")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(bytes);
        bad.close();
        import.start(qEnvironmentVariable("HC_PLATFORM"), {QStringLiteral("--dir"), m_platformDir, QStringLiteral("--import"), bad.fileName()});
        QVERIFY(import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 1);
        import.start(qEnvironmentVariable("HC_PLATFORM"), QStringList{QStringLiteral("--dir"), m_platformDir} + files);
        QVERIFY(import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 0);
        QVERIFY(import.readAllStandardOutput().contains("already held"));
        // Back online, the console gets the stored receipts for what went by hand.
        QVERIFY(m_platform->start());
        const Run r = syncNow();
        QVERIFY2(r.code == 0, r.describe());
        QCOMPARE(r.json().value(QStringLiteral("replayed")).toInt(), 3);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }

    void automaticRunsWaitOutTheBackoff()
    {
        QCOMPARE(hc::sync::SyncEngine::backoffSeconds(1, 0.5), 5);   // 5 s ± 50 %
        QCOMPARE(hc::sync::SyncEngine::backoffSeconds(1, 0.0), 2);
        QCOMPARE(hc::sync::SyncEngine::backoffSeconds(3, 0.5), 20);
        QCOMPARE(hc::sync::SyncEngine::backoffSeconds(9, 0.99), 300); // capped at about 5 minutes
        QCOMPARE(hc::sync::SyncEngine::backoffSeconds(40, 0.5), 300);
        // After a failure, an automatic run (not forced) sends nothing until the next attempt is due, and says so.
        m_platform->kill();
        addEvents(3);
        QCOMPARE(syncNow().code, 1);
        QVERIFY(m_platform->start());
        hc::Workspace ws(m_db);
        QVERIFY(ws.open().ok());
        hc::MemorySecretStore secrets;
        hc::sync::SyncService service(ws.db(), ws.clock(), secrets);
        const auto credentials = service.unlock(m_passA.toLatin1());
        QVERIFY(credentials.ok());
        const hc::sync::SyncReport waiting = service.run(*credentials, false);
        QVERIFY(waiting.waiting);
        QVERIFY2(waiting.error.contains(QStringLiteral("waiting for the next attempt")), qPrintable(waiting.error));
        QCOMPARE(waiting.delivered, 0);
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events - 3));
        const hc::sync::SyncReport forced = service.run(*credentials, true);
        QVERIFY2(forced.error.isEmpty(), qPrintable(forced.error));
        QVERIFY(m_platform->exactlyOnce(kConsoleA, m_events));
    }

    void cleanupTestCase() { m_platform.reset(); }
};

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_syncfaults.moc"
