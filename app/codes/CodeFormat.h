#pragma once
#include "OpenSslKey.h"
#include "Policy.h"

#include <QByteArray>
#include <QString>

namespace hc::codes {

inline constexpr int kMaxCodeText = 96; // bytes of UTF-8 for the organisation and the masked holder

// Segment B, the business data of a code (DOMAIN.md "The code"). Byte layout: docs/code-format.md.
struct CodeBody
{
    Profile profile = Profile::EcdsaP256Sha256;
    QString issuerDivision; // 12-digit statistical code of the issuing commission
    qint64 issuedAt = 0;    // epoch seconds
    qint64 expiresAt = 0;   // of the code, not of the ID document
    policy::Color color = policy::Color::Gray;
    QByteArray authorisationDigest; // SHA-256 of the personal-information subject's authorisation record
    QString keyId;                  // which of the issuer's keys signed it (1–32 ASCII characters)
    QString organisation;           // 发码方, the issuer's name (≤ 96 bytes UTF-8)
    QString maskedHolder;           // 张*三 3703**********1234: what a verifier may show (≤ 96 bytes UTF-8)
};

// A · B · S as bytes; the signature covers A ‖ B.
struct HealthCode
{
    QByteArray identity; // 32 bytes: HMAC-SHA256 under the issuer's identity secret of "type:number"
    CodeBody body;
    QByteArray signature; // DER, as OpenSSL writes it for ECDSA and SM2
    QByteArray received;  // A ‖ B exactly as parsed: what a verifier checks the signature on

    QByteArray segmentA() const;
    QByteArray segmentB() const;
    QByteArray signedBytes() const { return received.isEmpty() ? segmentA() + segmentB() : received; }
    // "A.B.S", each segment base64url without padding: fits a QR code in byte mode.
    QString toText() const;
};

// Parses the text form strictly: three canonical base64url segments, exact lengths, known values.
// Says what is wrong; does not check the signature (CodeVerifier does).
Result<HealthCode> parseCode(const QString &text);

// Packs a 2–12 digit division code into the 12-digit statistical form (right-padded with zeros).
std::optional<QString> statisticalCode(const QString &division);

} // namespace hc::codes
