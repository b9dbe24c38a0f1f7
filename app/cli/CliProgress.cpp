#include "CliProgress.h"

#include <QLocale>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace hc::cli {

namespace {

QString count(qint64 n)
{
    QLocale l(QLocale::C);
    l.setNumberOptions({});
    return l.toString(n);
}

} // namespace

CliProgress::CliProgress()
{
    const QByteArray forced = qgetenv("HCCTL_PROGRESS");
    m_enabled = forced.isEmpty() ? isatty(STDERR_FILENO) == 1 : forced != "0";
    m_clock.start();
}

CliProgress::~CliProgress()
{
    finish();
}

ProgressFn CliProgress::fn()
{
    if (!m_enabled)
        return {};
    return [this](const ProgressStep &s) {
        show(s);
        return true;
    };
}

std::function<bool(int)> CliProgress::percentFn(const QString &phase)
{
    if (!m_enabled)
        return {};
    return [this, phase](int percent) {
        show(ProgressStep{phase, 0, 0, percent});
        return true;
    };
}

void CliProgress::show(const ProgressStep &s)
{
    if (!m_enabled)
        return;
    const qint64 ms = m_clock.elapsed();
    if (ms - m_lastDraw < 100 && s.percent < 100)
        return; // a terminal redrawn ten times a second is enough
    m_lastDraw = ms;
    constexpr int kWidth = 24;
    const int p = std::clamp(s.percent, 0, 100);
    const int filled = p * kWidth / 100;
    QString line = QStringLiteral("[") + QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QChar(0x00b7))
                   + QStringLiteral("] %1%  ").arg(p, 3) + s.phase;
    if (s.total > 0)
        line += QStringLiteral(" %1/%2").arg(count(s.done), count(s.total));
    else if (s.done > 0)
        line += QStringLiteral(" %1").arg(count(s.done));
    line += QStringLiteral("  %1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
    const int width = int(line.size());
    if (width < m_lastWidth)
        line += QString(m_lastWidth - width, QLatin1Char(' ')); // clear what a longer line left
    m_lastWidth = width;
    std::fputs("\r", stderr);
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
    m_drawn = true;
}

void CliProgress::finish()
{
    if (m_drawn) {
        std::fputs("\n", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace hc::cli
