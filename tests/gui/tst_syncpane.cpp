// The sync pane against the real hc-platform on loopback: connect with the issued directory, sync, see the batches
// with receipts and the platform online; the platform gone, see it offline and why the changes wait.
#include "../TestWorkspace.h"
#include "../sync/PlatformProcess.h"
#include "Database.h"
#include "ForwardedAppeals.h"
#include "Outbox.h"
#include "SecretStore.h"
#include "SyncBatchModel.h"
#include "SyncPane.h"
#include "SyncRunner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace hctest;

class tst_SyncPane : public QObject
{
    Q_OBJECT

    void addEvents(hc::Workspace &ws, int n)
    {
        hc::Transaction tx(ws.db());
        hc::Outbox outbox(ws.db(), ws.clock().now().toSecsSinceEpoch(), QStringLiteral("admin"));
        for (int i = 0; i < n; ++i)
            QVERIFY(outbox.append(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(i), {{QStringLiteral("color"), QStringLiteral("red")}}).ok());
        QVERIFY(tx.commit().ok());
    }
    bool runAndWait(hc::SyncPane &pane, hc::sync::SyncRunner &runner)
    {
        QSignalSpy done(&runner, &hc::sync::SyncRunner::finished);
        return pane.syncNow() && done.wait(30000);
    }

private slots:
    void connectSyncAndShowWhyItWaits()
    {
        TestWorkspace t(QDateTime::currentDateTime());
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        const QString platformDir = t.dir.filePath(QStringLiteral("plat"));
        const quint16 port = freePort();
        const QString passphrase = PlatformProcess::createDemo(platformDir, port).value(0);
        QVERIFY(!passphrase.isEmpty());
        PlatformProcess platform(platformDir, port);
        QVERIFY(platform.start());

        hc::MemorySecretStore secrets;
        hc::sync::SyncRunner runner(*t.ws, secrets, QStringLiteral("no D-Bus session bus"));
        hc::SyncPane pane(*t.ws, runner);
        pane.resize(1200, 700);
        QAbstractItemModelTester tester(pane.batchesView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncOnline"))->text().contains(hc::SyncPane::tr("Not connected")));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncKeychain"))->text().contains(QStringLiteral("no D-Bus")));

        // A wrong passphrase: refused in words, nothing configured.
        QVERIFY(!pane.setup(platformDir + QStringLiteral("/consoles/console-370303"), QStringLiteral("intl"), "wrong"));
        QVERIFY(pane.message().contains(QStringLiteral("passphrase")));
        QVERIFY(pane.setup(platformDir + QStringLiteral("/consoles/console-370303"), QStringLiteral("intl"), passphrase.toLatin1()));

        addEvents(*t.ws, 120);
        pane.refresh();
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncDepth"))->text().contains(QStringLiteral("120")));
        QVERIFY(runAndWait(pane, runner));
        QVERIFY2(runner.lastReport()->error.isEmpty(), qPrintable(runner.lastReport()->error));
        QVERIFY(platform.exactlyOnce(QStringLiteral("console-370303"), 120));
        QCOMPARE(pane.batchesView()->model()->rowCount(), 1);
        QCOMPARE(pane.batchesView()->model()->index(0, hc::SyncBatchModel::StateColumn).data(hc::SyncBatchModel::StateRole).toString(),
                 QStringLiteral("delivered"));
        QVERIFY(!pane.batchesView()->model()->index(0, hc::SyncBatchModel::ReceiptColumn).data().toString().isEmpty());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncOnline"))->text().contains(hc::SyncPane::tr("Online")));
        QCOMPARE(pane.feedsTable()->rowCount(), 4);

        // The platform goes away: offline, the changes wait, and the pane says why.
        platform.kill();
        addEvents(*t.ws, 7);
        QVERIFY(runAndWait(pane, runner));
        QVERIFY(!runner.lastReport()->error.isEmpty());
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncOnline"))->text().contains(hc::SyncPane::tr("Offline")));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncLastError"))->text().contains(QStringLiteral("refused"), Qt::CaseInsensitive));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("syncDepth"))->text().contains(QStringLiteral("7")));
        QVERIFY(pane.message().contains(hc::SyncPane::tr("Sync stopped: %1").arg(QString()).trimmed()));
        // Back: delivered, exactly once.
        QVERIFY(platform.start());
        QVERIFY(runAndWait(pane, runner));
        QVERIFY(platform.exactlyOnce(QStringLiteral("console-370303"), 127));
        QCOMPARE(runner.lastReport()->delivered, 1);
        QCOMPARE(pane.batchesView()->model()->rowCount(), 2);

        // A ticket Beijing forwarded here: the official confirms it, and the answer goes back as a push to 11.
        QVERIFY(hc::ForwardedAppeals(t.ws->db(), t.ws->clock())
                    .receive(0, QStringLiteral("console-110105"), QStringLiteral("11"), QStringLiteral("12345-BJ-7"),
                             {{QStringLiteral("kind"), QStringLiteral("wrong_color")}, {QStringLiteral("reason"), QStringLiteral("山东推送的密接有误")}})
                    .ok());
        pane.refresh();
        QCOMPARE(pane.forwardedTable()->rowCount(), 1);
        QVERIFY(!pane.answerSelected(true, QStringLiteral("核实为误判")) && pane.message().contains(hc::SyncPane::tr("Select a forwarded ticket first.")));
        pane.forwardedTable()->selectRow(0);
        QVERIFY(!pane.answerSelected(true, QStringLiteral("短")));
        QVERIFY2(pane.answerSelected(true, QStringLiteral("核实为误判，撤销")), qPrintable(pane.message()));
        QVERIFY(pane.forwardedTable()->item(0, 6)->text().contains(QStringLiteral("核实为误判")));
        QVERIFY(runAndWait(pane, runner));
        QCOMPARE(platform.count(QStringLiteral("SELECT COUNT(*) FROM event WHERE type = 'APPEAL_ANSWER' AND to_province = '11'")), 1);
        QCOMPARE(platform.count(QStringLiteral("SELECT COUNT(*) FROM feed_item WHERE feed = 'pushes' AND province = '11'")), 1);
        pane.findChild<QTabWidget *>(QStringLiteral("syncTabs"))->setCurrentIndex(2);
        if (qEnvironmentVariableIsSet("HC_SCREENSHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("HC_SCREENSHOT_DIR") + QStringLiteral("/pane-sync-forwarded.png"));
        pane.findChild<QTabWidget *>(QStringLiteral("syncTabs"))->setCurrentIndex(0);
        if (qEnvironmentVariableIsSet("HC_SCREENSHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("HC_SCREENSHOT_DIR") + QStringLiteral("/pane-sync-test.png"));
    }

    void officialsWriteWhileTheWorkerSyncs()
    {
        // The worker thread freezes, uploads and records receipts while the GUI thread keeps writing changes:
        // neither waits forever nor fails with "database is locked", and every change arrives once.
        TestWorkspace t(QDateTime::currentDateTime());
        QVERIFY(t.ws->signIn(QStringLiteral("admin"), QStringLiteral("password-123")).ok());
        const QString platformDir = t.dir.filePath(QStringLiteral("plat"));
        const quint16 port = freePort();
        const QString passphrase = PlatformProcess::createDemo(platformDir, port).value(0);
        QVERIFY(!passphrase.isEmpty());
        PlatformProcess platform(platformDir, port);
        QVERIFY(platform.start());
        hc::MemorySecretStore secrets;
        hc::sync::SyncRunner runner(*t.ws, secrets);
        hc::SyncPane pane(*t.ws, runner);
        QVERIFY(pane.setup(platformDir + QStringLiteral("/consoles/console-370303"), QStringLiteral("intl"), passphrase.toLatin1()));
        addEvents(*t.ws, 40000);
        QSignalSpy done(&runner, &hc::sync::SyncRunner::finished);
        QVERIFY(pane.syncNow());
        int writes = 0;
        while (runner.running()) {
            addEvents(*t.ws, 5);
            ++writes;
            QTest::qWait(2);
        }
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY2(runner.lastReport()->error.isEmpty(), qPrintable(runner.lastReport()->error));
        QVERIFY(writes > 0);
        QVERIFY(runAndWait(pane, runner));
        QVERIFY2(runner.lastReport()->error.isEmpty(), qPrintable(runner.lastReport()->error));
        QVERIFY(platform.exactlyOnce(QStringLiteral("console-370303"), 40000 + 5 * writes));
    }

    void modelPagesByKey()
    {
        TestWorkspace t(QDateTime::currentDateTime());
        QSqlQuery q(t.ws->db());
        for (int i = 1; i <= 250; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_batch(batch_uuid, seq_from, seq_to, events, body, content_type, sha256,"
                                          " prev_hash, created_at, oldest_at, state, next_attempt_at) VALUES ('b%1', %1, %1, 1, x'00',"
                                          " 'application/cms', 'x', '', 0, 0, 'frozen', 0)").arg(i)));
        hc::SyncBatchModel model(*t.ws, nullptr, 100);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.batchAt(0).batchId, QStringLiteral("b250")); // newest first
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest); // it fetches too
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.batchAt(249).batchId, QStringLiteral("b1"));
    }
};

QTEST_MAIN(tst_SyncPane)
#include "tst_syncpane.moc"
