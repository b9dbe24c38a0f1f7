// The stall watchdog: a deliberate 120 ms block of the event loop is measured (and, traced, named); a quiet
// loop is not; the console's switch is the HC_STALL_WATCHDOG variable.
#include "StallWatchdog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <ctime>

using namespace hc;

class TestStallWatchdog : public QObject
{
    Q_OBJECT
private slots:
    void blockIsMeasured()
    {
        StallWatchdog w;
        QObject worker;
        worker.setObjectName(QStringLiteral("blocker"));
        QSignalSpy stalled(&w, &StallWatchdog::stalled);
        w.start(true);
        QTest::qWait(60);
        QTimer::singleShot(0, &worker, [] {
            StallWatchdog::Activity a("deliberate block");
            QThread::msleep(120);
        });
        QTest::qWait(100);
        QVERIFY2(w.longestMs() >= 100, qPrintable(QString::number(w.longestMs())));
        QVERIFY2(w.longestMs() < 1000, qPrintable(QString::number(w.longestMs())));
        QCOMPARE(w.stalls().size(), 1);
        QCOMPARE(stalled.size(), 1);
        if (w.longest().cpuMs >= 0) // asleep: the GUI thread held the loop without running
            QVERIFY2(w.longest().cpuMs < 60, qPrintable(QString::number(w.longest().cpuMs)));
        QVERIFY2(w.longest().during.contains(QLatin1String("deliberate block")),
                 qPrintable(w.longest().during));
        QVERIFY2(w.longest().during.contains(QLatin1String("QObject \"blocker\"")),
                 qPrintable(w.longest().during));
        w.reset();
        QCOMPARE(w.longestMs(), 0.0);
        QVERIFY(w.stalls().isEmpty());
    }

    // A block that computes is told from one that waits for a CPU (or sleeps): the thread's own time in it.
    void busyBlockRunsTheThread()
    {
        StallWatchdog w;
        w.start();
        QTest::qWait(20);
        // Spins until the thread itself has run 120 ms: on a loaded machine 120 ms of wall time can be far less.
        QTimer::singleShot(0, &w, [] {
            auto cpuMs = [] {
                timespec ts{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
                return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
            };
            const double start = cpuMs();
            QElapsedTimer t;
            t.start();
            volatile quint64 x = 0;
            while (cpuMs() - start < 120 && t.elapsed() < 5000)
                x = x + 1;
        });
        QTest::qWait(100);
        QVERIFY2(w.longestMs() >= 100, qPrintable(QString::number(w.longestMs())));
        if (w.longestBusy().cpuMs < 0)
            QSKIP("no thread CPU clock here");
        QVERIFY2(w.longestBusy().cpuMs >= 60, qPrintable(QString::number(w.longestBusy().cpuMs)));
    }

    void quietLoopIsNot()
    {
        StallWatchdog w;
        w.start();
        QTest::qWait(500);
        QVERIFY2(w.longestMs() < w.thresholdMs(), qPrintable(QString::number(w.longestMs())));
        QVERIFY(w.stalls().isEmpty());
        QVERIFY(w.longest().during.isEmpty()); // untraced: no record of what happened
    }

    // A block the loop has not come back from yet is measured on demand.
    void checkMeasuresWhatIsDue()
    {
        StallWatchdog w;
        w.start();
        QTest::qWait(20);
        QThread::msleep(120);
        w.check();
        QVERIFY2(w.longestMs() >= 100, qPrintable(QString::number(w.longestMs())));
    }

    void offUnlessAsked()
    {
        qunsetenv("HC_STALL_WATCHDOG");
        QVERIFY(!StallWatchdog::fromEnvironment(this));
        qputenv("HC_STALL_WATCHDOG", "0");
        QVERIFY(!StallWatchdog::fromEnvironment(this));
        qputenv("HC_STALL_WATCHDOG", "80");
        StallWatchdog *w = StallWatchdog::fromEnvironment(this);
        QVERIFY(w);
        QVERIFY(w->isRunning());
        QVERIFY(w->isTraced());
        QCOMPARE(w->thresholdMs(), 80.0);
        delete w;
        qunsetenv("HC_STALL_WATCHDOG");
    }
};

QTEST_GUILESS_MAIN(TestStallWatchdog)
#include "tst_stallwatchdog.moc"
