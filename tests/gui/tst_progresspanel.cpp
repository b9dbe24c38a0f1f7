// The progress an official sees while long work runs, by objectName, offscreen: the phase, the counts
// ("12,345 / 100,000"), the elapsed time and a bar; 取消 only while nothing is written; a cancelled national
// list import changes nothing; the GUI thread is free meanwhile.
#include "BackgroundTask.h"
#include "NationalImportPane.h"
#include "ProgressPanel.h"
#include "FourEyes.h"
#include "TestConfig.h"
#include "TestWorkspace.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSqlQuery>
#include <atomic>

using namespace hc;

namespace {

qint64 rows(hc::Workspace &ws, const QString &table)
{
    QSqlQuery q(ws.db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

} // namespace

class TestProgressPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { ProgressPanel::setWorkerHook({}); }

    // Steps from a worker are shown as they come: phase, grouped counts, bar; 取消 off once writing began.
    void showsPhaseCountsAndWhenItCanCancel()
    {
        QWidget host;
        auto *panel = new ProgressPanel(&host);
        host.resize(600, 120);
        host.show();
        QSemaphore shown, go;
        std::atomic_int step{0};
        ProgressPanel::setWorkerHook([&](const ProgressStep &) {
            step.fetch_add(1);
            go.acquire(); // one step at a time: the GUI thread looks at each
        });
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_COMPARE_WITH_TIMEOUT(panel->findChild<QLabel *>(QStringLiteral("progressPhase"))->text(),
                                      QStringLiteral("阶段一"), 5000);
            QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("progressCounts"))->text(),
                     QStringLiteral("12,345 / 100,000"));
            QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("progressTitle"))->text(),
                     QStringLiteral("测试任务"));
            QCOMPARE(panel->findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 12);
            QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("progressCancel"))->isEnabled());
            QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("progressElapsed"))->text().isEmpty());
            QVERIFY(panel->isVisible());
            go.release();
            QTRY_COMPARE_WITH_TIMEOUT(panel->phaseText(), QStringLiteral("阶段二"), 5000);
            QCOMPARE(panel->countText(), QStringLiteral("7")); // total unknown
            QVERIFY(
                !panel->findChild<QPushButton *>(QStringLiteral("progressCancel"))->isEnabled()); // writing
            panel->cancel(); // ignored: no longer cancellable
            QVERIFY(!panel->isCancelRequested());
            checked = true;
            go.release();
        });
        const auto out =
            BackgroundTask::run(panel, QStringLiteral("测试任务"), [](const ProgressFn &progress) -> Status {
                if (!progress(ProgressStep{QStringLiteral("阶段一"), 12345, 100000, 12, true}))
                    return Error::refused(QStringLiteral("cancelled"));
                progress(ProgressStep{QStringLiteral("阶段二"), 7, 0, 60, false});
                return Ok{};
            });
        QVERIFY(checked);
        QVERIFY(out.status.ok());
        QVERIFY(!out.cancelled);
        QVERIFY(!panel->isVisible()); // hidden once the work is over
        QCOMPARE(step.load(), 2);
    }

    // 取消 during the matching of the list's entries: the import stops before anything is written, the pane
    // says so, and the database holds no trace of it. The GUI thread kept turning while the worker was held.
    void cancelledImportChangesNothing()
    {
        TestWorkspace t;
        const qint64 auditBefore = rows(*t.ws, QStringLiteral("audit_log"));
        NationalImportPane pane(*t.ws);
        pane.resize(1024, 700);
        pane.show();
        QSemaphore gate;
        std::atomic_bool held{false};
        ProgressPanel::setWorkerHook([&](const ProgressStep &s) {
            if (s.total > 0 && !held.exchange(true))
                gate.acquire(); // the worker waits here until the test has pressed 取消
        });
        QString phase, counts, title;
        bool cancelEnabled = false, dialogShown = false;
        int turns = 0;
        QTimer ticker; // counts the event loop's turns while the import runs
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
        ticker.start();
        QTimer poll;
        poll.setInterval(5);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *panel = pane.findChild<ProgressPanel *>(QStringLiteral("progressPanel"));
            if (!panel || !held || panel->step().total == 0 || !phase.isEmpty())
                return;
            phase = panel->findChild<QLabel *>(QStringLiteral("progressPhase"))->text();
            counts = panel->findChild<QLabel *>(QStringLiteral("progressCounts"))->text();
            title = panel->findChild<QLabel *>(QStringLiteral("progressTitle"))->text();
            auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("progressCancel"));
            cancelEnabled = cancel->isEnabled();
            QTest::qWait(400); // the dialog appears after 300 ms
            dialogShown = pane.findChild<QWidget *>(QStringLiteral("progressDialog"))->isVisible();
            cancel->click();
            gate.release();
        });
        poll.start();
        QVERIFY(!pane.importFile(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110108-3db87774.json")));
        poll.stop();
        ticker.stop();
        QVERIFY2(!phase.isEmpty() && phase != ProgressPanel::tr("Starting…"), qPrintable(phase));
        QVERIFY2(counts.endsWith(QStringLiteral(" / 737")),
                 qPrintable(counts)); // entries matched of the list's 737
        QVERIFY2(title.contains(QStringLiteral("2022110108-3db87774.json")), qPrintable(title));
        QVERIFY(cancelEnabled);
        QVERIFY(dialogShown);
        QVERIFY2(turns > 20,
                 qPrintable(QString::number(turns))); // the event loop ran while the worker worked
        QVERIFY2(pane.message().contains(QStringLiteral("nothing was changed")), qPrintable(pane.message()));
        QCOMPARE(rows(*t.ws, QStringLiteral("national_import")), 0);
        QCOMPARE(rows(*t.ws, QStringLiteral("risk_period")), 0);
        QCOMPARE(rows(*t.ws, QStringLiteral("audit_log")), auditBefore);
        QVERIFY(!t.ws->nationalImporter().lastImport());

        // The same list imported to the end: the pane shows it, the panel is gone.
        ProgressPanel::setWorkerHook({});
        QVERIFY2(pane.importFile(QStringLiteral(HC_TEST_DATA_DIR "/risk-lists/2022110108-3db87774.json")),
                 qPrintable(pane.message()));
        QVERIFY(!pane.findChild<ProgressPanel *>(QStringLiteral("progressPanel")));
        // A list from a file waits for a second supervisor: recorded, no area yet; the approval writes them.
        QCOMPARE(rows(*t.ws, QStringLiteral("risk_period")), 0);
        const auto last = t.ws->nationalImporter().lastImport();
        QVERIFY(last && last->report.state == QLatin1String("pending") && last->report.requestId > 0);
        QVERIFY(hctest::addOfficial(t.ws->db(), QStringLiteral("second"), {QStringLiteral("supervisor")}));
        AuditLog audit = t.ws->audit();
        const auto approved = ApprovalService(t.ws->db(), t.ws->clock()).approve(last->report.requestId, QStringLiteral("second"), audit);
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QVERIFY(rows(*t.ws, QStringLiteral("risk_period")) > 0);
    }
};

QTEST_MAIN(TestProgressPanel)
#include "tst_progresspanel.moc"
