#include "Clock.h"

namespace hc {
QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}
} // namespace hc
