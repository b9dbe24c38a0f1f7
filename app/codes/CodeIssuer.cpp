#include "CodeIssuer.h"

#include <openssl/evp.h>

namespace hc::codes {

CodeIssuer::CodeIssuer(OpenSslKey key, QString issuerDivision, QString keyId, QString organisation, QByteArray identitySecret)
    : m_key(std::move(key)), m_division(std::move(issuerDivision)), m_keyId(std::move(keyId)),
      m_organisation(std::move(organisation)), m_secret(std::move(identitySecret))
{
}

QByteArray CodeIssuer::identityOf(const QByteArray &secret, const QString &idType, const QString &idNumber)
{
    const QByteArray data = idType.toUtf8() + ':' + idNumber.toUpper().toUtf8();
    QByteArray out(32, '\0');
    size_t len = 0;
    EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, secret.constData(), size_t(secret.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
              reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), &len);
    return out;
}

QByteArray CodeIssuer::identityOf(const QString &idType, const QString &idNumber) const
{
    return identityOf(m_secret, idType, idNumber);
}

Result<HealthCode> CodeIssuer::issue(const Request &r) const
{
    const auto division = statisticalCode(m_division);
    if (!division)
        return Error::badInput(tr("the issuer division %1 is not a division code").arg(m_division));
    if (m_keyId.isEmpty() || m_keyId.size() > 32 || m_keyId.toLatin1() != m_keyId.toUtf8())
        return Error::badInput(tr("the key id must be 1–32 ASCII characters"));
    if (m_organisation.toUtf8().size() > kMaxCodeText || r.maskedHolder.toUtf8().size() > kMaxCodeText)
        return Error::badInput(tr("the organisation or the masked holder is longer than %1 bytes").arg(kMaxCodeText));
    if (r.authorisationDigest.size() != 32)
        return Error::badInput(tr("the authorisation digest must be 32 bytes (SHA-256)"));
    if (r.expiresAt <= r.issuedAt)
        return Error::badInput(tr("a code must expire after it is issued"));
    HealthCode code;
    code.identity = identityOf(r.idType, r.idNumber);
    code.body.profile = m_key.profile();
    code.body.issuerDivision = *division;
    code.body.issuedAt = r.issuedAt;
    code.body.expiresAt = r.expiresAt;
    code.body.color = r.color;
    code.body.authorisationDigest = r.authorisationDigest;
    code.body.keyId = m_keyId;
    code.body.organisation = m_organisation;
    code.body.maskedHolder = r.maskedHolder;
    auto sig = m_key.sign(code.signedBytes());
    if (!sig)
        return sig.error();
    code.signature = sig.value();
    return code;
}

} // namespace hc::codes
