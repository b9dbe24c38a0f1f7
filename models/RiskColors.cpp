#include "RiskColors.h"

namespace hc {

QColor riskBackground(RiskLevel l)
{
    switch (l) {
    case RiskLevel::High: return QColor(0xd3, 0x2f, 0x2f);
    case RiskLevel::Medium: return QColor(0xf9, 0xa8, 0x25);
    case RiskLevel::Low: break;
    }
    return QColor(0x38, 0x8e, 0x3c);
}

QColor riskForeground(RiskLevel l)
{
    return l == RiskLevel::Medium ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace hc
