#pragma once
#include "Condition.h"

#include <QColor>
#include <QString>

namespace hc {

// The health code colors as holders see them, and their names in the interface language.
QColor codeBackground(policy::Color c);
QColor codeForeground(policy::Color c);
QString colorLabel(policy::Color c);
QString conditionKindLabel(policy::ConditionKind k);
QString basisKindLabel(const QString &key);

} // namespace hc
