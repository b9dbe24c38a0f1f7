#include "Holder.h"

#include <array>

namespace hc {

namespace {
const std::array<const char *, 6> kBasis = {"case_report", "risk_declaration", "exposure_record",
                                            "appeal_decision", "manual_order", "health_declaration"};
} // namespace

QString basisKindKey(BasisKind b)
{
    return QString::fromLatin1(kBasis[size_t(b)]);
}

std::optional<BasisKind> basisKindFromKey(const QString &key)
{
    for (size_t i = 0; i < kBasis.size(); ++i)
        if (key == QLatin1String(kBasis[i]))
            return BasisKind(i);
    return std::nullopt;
}

} // namespace hc
