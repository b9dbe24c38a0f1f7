#pragma once
#include <QSqlDatabase>
#include <functional>

namespace hc::lockwait {

// How long a write waits for another writer (an official's change in another console, hcctl, the sync worker)
// before it gives up with a sentence: documented in docs/operations.md. A long import holds the lock for its whole
// transaction (a million-holder batch: about a minute on 10 M holders), so the wait is generous.
constexpr int kDefaultLimitSeconds = 120;

// Called once per wait, after it has lasted a second, and then every 10 s: hcctl says on stderr what it waits for.
using Notifier = std::function<void(int waitedSeconds, int limitSeconds)>;
void setNotifier(Notifier notify);
void setLimitSeconds(int seconds);
int limitSeconds();

// Installs the waiting busy handler on the SQLite connection under db (replaces QSQLITE_BUSY_TIMEOUT).
void install(const QSqlDatabase &db);

// PostgreSQL: takes the transaction-scoped advisory lock `key` inside the open transaction of db, waiting as the
// SQLite handler does (same limit, same words after a second). False when the limit passed or the server failed.
bool acquireAdvisory(const QSqlDatabase &db, qint64 key);

} // namespace hc::lockwait
