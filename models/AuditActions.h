#pragma once
#include <QString>

namespace hc {

// The audit log stores stable action keys ("risk.declare"); people read them in words.
QString auditActionLabel(const QString &key);

} // namespace hc
