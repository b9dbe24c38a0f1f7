#pragma once
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace hc {

// How long the event loop of the thread it lives in (the console's GUI thread) was held: a precise timer of a
// few milliseconds measures its own lateness. Off by default; the console starts it when HC_STALL_WATCHDOG is
// set (1: log each stall over the threshold; a number: that threshold in ms), the GUI benchmark always.
//
// Traced, it also records what was happening: the event the loop was delivering when it was held (receiver
// class, object name, event type) and the longest Activity scope (a name the code gives a piece of GUI-thread
// work).
class StallWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatchdog)
public:
    struct Stall
    {
        double ms = 0;     // how much later than due the timer fired
        double cpuMs = -1; // of that, the time the GUI thread ran (the rest it waited for a CPU); -1 unknown
        double atMs = 0;   // when it ended, since start()
        QString during;    // traced only: the longest activities and the event that held the loop
    };

    explicit StallWatchdog(QObject *parent = nullptr);
    ~StallWatchdog() override;

    // A watchdog started from HC_STALL_WATCHDOG (traced, logging each stall over the threshold), or nullptr.
    static StallWatchdog *fromEnvironment(QObject *parent = nullptr);

    void start(bool traced = false);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    bool isTraced() const { return m_traced; }
    // Forgets what was measured; keeps running.
    void reset();

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    void setThresholdMs(double ms) { m_threshold = ms; }
    double thresholdMs() const { return m_threshold; }
    void setLogging(bool on) { m_logging = on; }

    // Measures what is due now (a caller about to read the figures after a long block may not have let the
    // timer fire yet).
    void check();

    double longestMs() const { return m_longest.ms; }
    const Stall &longest() const { return m_longest; }
    // The stall in which the GUI thread itself ran longest (its work, not a wait for a CPU).
    const Stall &longestBusy() const { return m_longestBusy; }
    // Stalls over the threshold, oldest first (the first kMaxKept).
    const QList<Stall> &stalls() const { return m_stalls; }
    static constexpr int kMaxKept = 256;

    // Names the GUI-thread work inside its scope for a traced watchdog; costs one test of a flag otherwise.
    class Activity final
    {
        Q_DISABLE_COPY_MOVE(Activity)
    public:
        explicit Activity(const char *what);
        ~Activity();

    private:
        const char *m_what;
        qint64 m_startNs = -1;
    };

signals:
    void stalled(const hc::StallWatchdog::Stall &stall); // each stall over the threshold

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void noteActivity(const char *what, qint64 startNs, qint64 endNs);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_threshold = 50;
    bool m_traced = false;
    bool m_logging = false;
    Stall m_longest;
    Stall m_longestBusy;
    QList<Stall> m_stalls;
    qint64 m_lastCpuNs = -1;

    // Traced: the event being delivered, and in this tick's window the event after which the loop was held
    // longest and the longest activity.
    struct EventNote
    {
        const char *className = nullptr;
        QString objectName;
        int type = 0;
    };
    qint64 m_eventNs = 0;
    EventNote m_event;
    qint64 m_windowGapNs = 0;
    EventNote m_windowEvent;
    struct ActivityNote
    {
        const char *what = nullptr;
        qint64 ns = 0;
    };
    ActivityNote m_windowActivities[3]; // the longest three, longest first
};

} // namespace hc
