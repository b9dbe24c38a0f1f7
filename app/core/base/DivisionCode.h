#pragma once
#include <QString>
#include <optional>

namespace hc::divcode {

// Levels by code length: 2 province, 4 city, 6 county, 9 street, 12 village/community.
int levelOf(const QString &code); // 0 when the length is none of those
bool isDigits(const QString &s);
// Accepts 2/4/6/9/12 digits; the GB/T 2260 six-digit forms 370000 and 370300 mean the province and the city.
std::optional<QString> normalise(const QString &text);
QString parentOf(const QString &code);
QStringList ancestorsOf(const QString &code); // from the province down, excluding code itself
// The smallest string greater than every string starting with prefix (for index range scans).
inline QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace hc::divcode
