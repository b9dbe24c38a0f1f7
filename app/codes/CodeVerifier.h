#pragma once
#include "CodeFormat.h"
#include "TrustList.h"
#include <QCoreApplication>

namespace hc::codes {

// Checks a code as a terminal would: form, issuer in the trust list, signature, validity at `now`.
class CodeVerifier
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::CodeVerifier)
public:
    explicit CodeVerifier(const TrustList &trust) : m_trust(trust) {}
    // Every failure is Refused with the reason in words; the code is returned only when all checks pass.
    Result<HealthCode> verify(const QString &text, qint64 now) const;

    static constexpr qint64 kClockSkew = 300; // a code "issued" up to 5 minutes ahead is accepted

private:
    const TrustList &m_trust;
};

} // namespace hc::codes
