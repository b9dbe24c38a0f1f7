#pragma once
#include <QString>
#include <functional>

namespace hc {

// What a long operation reports while it runs, so that whoever waits sees the work move: the phase it is in
// (interface text, already translated), the items of that phase done so far and their total, and how far the
// whole operation is. Reported at least every few hundred milliseconds of work.
struct ProgressStep
{
    QString phase;
    qint64 done = 0;
    qint64 total = 0;     // 0 when not known in advance
    int percent = 0;      // of the whole operation, 0–100
    bool cancellable = true; // false once something is written: a cancel is then ignored
};

// Returns false to cancel. An operation honours it only while nothing has been written, and then
// returns Error::refused saying nothing was changed.
using ProgressFn = std::function<bool(const ProgressStep &)>;

// Calls `fn` (when set) no more than every `everyMs` milliseconds, except for the first and the last step.
class ProgressThrottle
{
public:
    explicit ProgressThrottle(ProgressFn fn, int everyMs = 100) : m_fn(std::move(fn)), m_everyMs(everyMs) {}
    bool operator()(const ProgressStep &s, bool force = false);
    explicit operator bool() const { return bool(m_fn); }

private:
    ProgressFn m_fn;
    int m_everyMs;
    qint64 m_last = -1;
};

} // namespace hc
