#pragma once
#include <QString>
#include <optional>

namespace hc {

// Low means "not declared": a low declaration lifts an area.
enum class RiskLevel { Low = 0, Medium = 1, High = 2 };

QString riskLevelKey(RiskLevel l); // "high" / "medium" / "low": stable, used in JSON and the database
std::optional<RiskLevel> riskLevelFromKey(const QString &key);
QString riskLevelLabel(RiskLevel l); // translated, for display

// Normalises a sub-area text as SCENARIOS.md says: full-width digits/letters to half-width, spaces removed.
QString normaliseSubarea(const QString &text);

} // namespace hc
