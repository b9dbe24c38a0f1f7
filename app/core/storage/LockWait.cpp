#include "LockWait.h"
#include "DriverHandles.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

namespace hc::lockwait {

namespace {

std::atomic<int> g_limit{kDefaultLimitSeconds};
QMutex g_mutex;
Notifier g_notify;

// One wait at a time per thread (a connection belongs to one thread): when it began and what was said.
thread_local QElapsedTimer t_waiting;
thread_local int t_told = 0;

int onBusy(void *, int count)
{
    if (count == 0) {
        t_waiting.start();
        t_told = 0;
    }
    const qint64 waited = t_waiting.elapsed();
    const int limit = g_limit.load();
    if (waited >= qint64(limit) * 1000)
        return 0; // give up: SQLITE_BUSY, which exec() turns into a sentence
    const int seconds = int(waited / 1000);
    if (seconds >= 1 && (t_told == 0 || seconds >= t_told + 10)) {
        t_told = seconds;
        QMutexLocker lock(&g_mutex);
        if (g_notify)
            g_notify(seconds, limit);
    }
    // Short sleeps first (most waits are a commit of a few milliseconds), then 50 ms.
    static const int steps[] = {1, 2, 5, 10, 20, 50};
    QThread::msleep(steps[std::min<size_t>(size_t(count), std::size(steps) - 1)]);
    return 1;
}

} // namespace

bool acquireAdvisory(const QSqlDatabase &db, qint64 key)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(?)")))
        return false;
    for (int count = 0;; ++count) {
        q.bindValue(0, key);
        if (!q.exec() || !q.next())
            return false;
        if (q.value(0).toBool())
            return true;
        q.finish();
        // The same waits and words as SQLite's busy handler; the lock is polled, not queued, so that the wait can be
        // told and given up like SQLite's.
        if (!onBusy(nullptr, count))
            return false;
    }
}

void setNotifier(Notifier notify)
{
    QMutexLocker lock(&g_mutex);
    g_notify = std::move(notify);
}

void setLimitSeconds(int seconds)
{
    g_limit.store(std::max(0, seconds));
}

int limitSeconds()
{
    return g_limit.load();
}

void install(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteConnection(db)) {
        sqlite3_busy_handler(handle, &onBusy, nullptr);
        // Extended codes tell a stale read snapshot (BUSY_SNAPSHOT, no use waiting) from a held lock.
        sqlite3_extended_result_codes(handle, 1);
    }
}

} // namespace hc::lockwait
