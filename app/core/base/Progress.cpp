#include "Progress.h"

#include <QDateTime>

namespace hc {

bool ProgressThrottle::operator()(const ProgressStep &s, bool force)
{
    if (!m_fn)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch(); // wall time: only paces reports, never recorded
    if (!force && m_last >= 0 && now - m_last < m_everyMs && s.percent < 100)
        return true;
    m_last = now;
    return m_fn(s);
}

} // namespace hc
