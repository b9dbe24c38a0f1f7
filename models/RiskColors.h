#pragma once
#include "RiskLevel.h"

#include <QColor>

namespace hc {

// The colours officials know from the national list: red for high, orange-yellow for medium.
QColor riskBackground(RiskLevel l);
QColor riskForeground(RiskLevel l);

} // namespace hc
