#include "RiskLevel.h"

#include <QCoreApplication>

namespace hc {

QString riskLevelKey(RiskLevel l)
{
    switch (l) {
    case RiskLevel::High: return QStringLiteral("high");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::Low: break;
    }
    return QStringLiteral("low");
}

std::optional<RiskLevel> riskLevelFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("high") || k == QStringLiteral("高"))
        return RiskLevel::High;
    if (k == QLatin1String("medium") || k == QStringLiteral("中"))
        return RiskLevel::Medium;
    if (k == QLatin1String("low") || k == QStringLiteral("低"))
        return RiskLevel::Low;
    return std::nullopt;
}

QString riskLevelLabel(RiskLevel l)
{
    switch (l) {
    case RiskLevel::High: return QCoreApplication::translate("hc::RiskLevel", "High");
    case RiskLevel::Medium: return QCoreApplication::translate("hc::RiskLevel", "Medium");
    case RiskLevel::Low: break;
    }
    return QCoreApplication::translate("hc::RiskLevel", "Low");
}

QString normaliseSubarea(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // Only full-width digits and letters are folded; full-width punctuation is kept as written.
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace() || u == 0x3000)
            continue;
        out.append(c);
    }
    return out;
}

} // namespace hc
