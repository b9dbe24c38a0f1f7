#include "StallWatchdog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QThread>
#include <atomic>
#ifdef Q_OS_UNIX
#include <time.h>
#endif

Q_LOGGING_CATEGORY(lcStall, "hc.stall")

namespace hc {

namespace {

// The traced watchdog, if one runs: activities report to it.
std::atomic<StallWatchdog *> s_traced{nullptr};

// CPU time of the calling thread, or -1.
qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return -1;
}

} // namespace

StallWatchdog::StallWatchdog(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

StallWatchdog::~StallWatchdog()
{
    stop();
}

StallWatchdog *StallWatchdog::fromEnvironment(QObject *parent)
{
    const QByteArray v = qgetenv("HC_STALL_WATCHDOG").trimmed();
    if (v.isEmpty() || v == "0" || v.toLower() == "off")
        return nullptr;
    auto *w = new StallWatchdog(parent);
    bool number = false;
    const double threshold = v.toDouble(&number);
    if (number && threshold > 1)
        w->setThresholdMs(threshold);
    w->setLogging(true);
    w->start(true);
    return w;
}

void StallWatchdog::start(bool traced)
{
    stop();
    m_traced = traced;
    m_clock.start();
    reset();
    if (traced) {
        StallWatchdog *expected = nullptr;
        s_traced.compare_exchange_strong(expected,
                                         this); // one traced watchdog at a time; later ones untraced
        if (QCoreApplication *app = QCoreApplication::instance())
            app->installEventFilter(this);
    }
    m_timer.start();
}

void StallWatchdog::stop()
{
    m_timer.stop();
    if (m_traced) {
        StallWatchdog *self = this;
        s_traced.compare_exchange_strong(self, nullptr);
        if (QCoreApplication *app = QCoreApplication::instance())
            app->removeEventFilter(this);
    }
    m_traced = false;
}

void StallWatchdog::reset()
{
    m_longest = {};
    m_longestBusy = {};
    m_stalls.clear();
    m_lastCpuNs = threadCpuNs();
    m_lastNs = m_clock.isValid() ? m_clock.nsecsElapsed() : 0;
    m_eventNs = m_lastNs;
    m_event = {};
    m_windowGapNs = 0;
    m_windowEvent = {};
    for (ActivityNote &a : m_windowActivities)
        a = {};
}

void StallWatchdog::check()
{
    if (m_clock.isValid())
        tick();
}

bool StallWatchdog::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_traced)
        return false;
    // The loop was busy with the previous event (or idle, at most one timer interval) since it began.
    const qint64 now = m_clock.nsecsElapsed();
    if (now - m_eventNs > m_windowGapNs) {
        m_windowGapNs = now - m_eventNs;
        m_windowEvent = m_event;
    }
    m_eventNs = now;
    m_event.className = watched->metaObject()->className();
    m_event.objectName = watched->objectName();
    m_event.type = int(event->type());
    return false;
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const double late = double(now - m_lastNs) / 1e6 - m_timer.interval();
    const double cpuMs = cpu >= 0 && m_lastCpuNs >= 0 ? std::min(late, double(cpu - m_lastCpuNs) / 1e6) : -1;
    m_lastNs = now;
    m_lastCpuNs = cpu;
    if (late > m_longest.ms || late > m_threshold || cpuMs > m_longestBusy.cpuMs) {
        Stall s{late, cpuMs, double(now) / 1e6, {}};
        if (m_traced) {
            QStringList parts;
            for (const ActivityNote &a : m_windowActivities)
                if (a.what)
                    parts << QStringLiteral("%1 (%2 ms)")
                                 .arg(QLatin1String(a.what))
                                 .arg(double(a.ns) / 1e6, 0, 'f', 1);
            if (m_windowEvent.className) {
                const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(m_windowEvent.type);
                parts << QStringLiteral("after %1 to %2%3")
                             .arg(type ? QString::fromLatin1(type)
                                       : QStringLiteral("event %1").arg(m_windowEvent.type),
                                  QLatin1String(m_windowEvent.className),
                                  m_windowEvent.objectName.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" \"%1\"").arg(m_windowEvent.objectName));
            }
            s.during = parts.join(QStringLiteral("; "));
        }
        if (late > m_longest.ms)
            m_longest = s;
        if (cpuMs > m_longestBusy.cpuMs)
            m_longestBusy = s;
        if (late > m_threshold) {
            if (m_stalls.size() < kMaxKept)
                m_stalls << s;
            if (m_logging)
                qCWarning(lcStall, "event loop held %.1f ms (GUI thread ran %.1f ms)%s%s", late, cpuMs,
                          s.during.isEmpty() ? "" : " during ", qPrintable(s.during));
            emit stalled(s);
        }
    }
    m_windowGapNs = 0;
    m_windowEvent = {};
    for (ActivityNote &a : m_windowActivities)
        a = {};
}

void StallWatchdog::noteActivity(const char *what, qint64 startNs, qint64 endNs)
{
    ActivityNote n{what, endNs - startNs};
    for (ActivityNote &a : m_windowActivities)
        if (n.ns > a.ns)
            std::swap(n, a);
}

StallWatchdog::Activity::Activity(const char *what) : m_what(what)
{
    StallWatchdog *w = s_traced.load(std::memory_order_acquire);
    if (w && QThread::currentThread() == w->thread())
        m_startNs = w->m_clock.nsecsElapsed();
}

StallWatchdog::Activity::~Activity()
{
    if (m_startNs < 0)
        return;
    StallWatchdog *w = s_traced.load(std::memory_order_acquire);
    if (w && QThread::currentThread() == w->thread())
        w->noteActivity(m_what, m_startNs, w->m_clock.nsecsElapsed());
}

} // namespace hc
