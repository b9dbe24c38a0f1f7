#include "CodeVerifier.h"

#include "TimeUtil.h"

namespace hc::codes {

Result<HealthCode> CodeVerifier::verify(const QString &text, qint64 now) const
{
    auto parsed = parseCode(text);
    if (!parsed)
        return parsed.error();
    const HealthCode &code = parsed.value();
    const TrustEntry *issuer = m_trust.find(code.body.issuerDivision, code.body.keyId);
    if (!issuer)
        return Error::refused(tr("unknown issuer %1 (key %2): not in the trust list")
                                  .arg(code.body.issuerDivision, code.body.keyId));
    if (issuer->revoked)
        return Error::refused(tr("the issuer key %1/%2 is revoked").arg(code.body.issuerDivision, code.body.keyId));
    if (issuer->key.profile() != code.body.profile)
        return Error::refused(tr("the code claims %1 but the issuer key is %2")
                                  .arg(profileKey(code.body.profile), profileKey(issuer->key.profile())));
    if (!issuer->key.verify(code.signedBytes(), code.signature))
        return Error::refused(tr("the signature does not match: the code was altered or not signed by its issuer"));
    if (code.body.issuedAt < issuer->validFrom || code.body.issuedAt >= issuer->validTo)
        return Error::refused(tr("issued outside the validity of the issuer key"));
    if (code.body.issuedAt > now + kClockSkew)
        return Error::refused(tr("issued in the future (%1)").arg(time::format(code.body.issuedAt)));
    if (now >= code.body.expiresAt)
        return Error::refused(tr("expired at %1").arg(time::format(code.body.expiresAt)));
    return parsed;
}

} // namespace hc::codes
