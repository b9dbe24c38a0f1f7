#pragma once
#include "Progress.h"

#include <QElapsedTimer>

namespace hc::cli {

// Progress of a long command on stderr, only when stderr is a terminal (HCCTL_PROGRESS=1 forces it, 0 turns it
// off): one line redrawn in place, "[#####·····]  45%  阶段 12,345/100,000  0:12". Nothing else is written
// to stdout or stderr, so --json output and scripts that read stderr are unchanged.
class CliProgress
{
public:
    CliProgress();
    ~CliProgress(); // ends the line
    Q_DISABLE_COPY_MOVE(CliProgress)

    bool enabled() const { return m_enabled; }
    // The callback to hand to an operation (empty when disabled, so the operation skips its reports).
    ProgressFn fn();
    // For operations that still report a bare percentage.
    std::function<bool(int)> percentFn(const QString &phase);
    void show(const ProgressStep &s);
    void finish();

private:
    bool m_enabled = false;
    bool m_drawn = false;
    int m_lastWidth = 0;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1000;
};

} // namespace hc::cli
