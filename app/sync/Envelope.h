#pragma once
#include "Pki.h"

#include <QByteArray>
#include <QString>

// Personal data of a contact hand-off (协查) encrypted to the receiving commission's Handoff certificate
// (PROTOCOL.md, "Hand-offs between commissions"): the platform relays the body and can read none of it.
//
// INTL (the certificate's key is EC P-256): a DER CMS AuthEnvelopedData (RFC 5083) made by CMS_encrypt with
// AES-256-GCM; the content key is wrapped by ECDH key agreement (ephemeral-static, X9.63 KDF with SHA-256,
// AES-256 key wrap). Stock `openssl cms -decrypt -binary -inform DER -recip cert.pem -inkey key.pem` opens
// it. Only AuthEnvelopedData is opened: a plain EnvelopedData (CBC, no tag) would decrypt a tampered body to
// garbage.
//
// SM (the certificate's key is SM2): OpenSSL 3.0's CMS cannot encrypt to SM2 and has no SM4-GCM, so a compact
// JSON envelope {"alg":"SM2-SM4-CBC-HMAC-SM3", "recipient_cert_sha256": lowercase hex, "key_enc_b64",
// "iv_b64", "ct_b64", "mac_b64"}: 32 random bytes encrypted with the receiver's SM2 public key
// (EVP_PKEY_encrypt, SM2 ciphertext DER, SM3), of which bytes 0..15 are the SM4 key and bytes 16..31 the
// HMAC-SM3 key; a random 16-byte IV; SM4-CBC with PKCS#7 padding; HMAC-SM3 over iv‖ct (32 bytes), checked
// first and in constant time. Base64 must be canonical (standard alphabet, padded, no other bytes), so every
// changed byte is refused.
namespace hc::envelope {

inline constexpr char kCmsContentType[] = "application/cms";
inline constexpr char kSmContentType[] = "application/json";
inline constexpr char kSmAlg[] = "SM2-SM4-CBC-HMAC-SM3";
// A body larger than this is refused before it is parsed (the platform's request cap is 64 MiB as well).
inline constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
// The most plaintext seal() takes: its SM envelope (base64, 4/3) still fits kMaxBodyBytes.
inline constexpr qsizetype kMaxPlainBytes = 47 * 1024 * 1024;

struct Sealed
{
    QByteArray body;         // CMS DER or the SM envelope's JSON
    QString contentType;     // kCmsContentType or kSmContentType
    QString recipientSha256; // SHA-256 of the recipient certificate's DER, lowercase hex
};

// Encrypts `plain` to the recipient's certificate; its key decides the form (P-256 → CMS, SM2 → SM envelope).
// Refused: a null or expired certificate, one whose key usage excludes encryption (keyAgreement for P-256,
// keyEncipherment for SM2), more than kMaxPlainBytes.
Result<Sealed> seal(const QByteArray &plain, const pki::Certificate &recipient);

// Decrypts with the recipient's own certificate and private key. Never returns partial or garbage plaintext;
// a BadInput error in words for a body of another content type or too large, cut off, altered (any byte of
// the SM envelope; any byte of a CMS body the GCM tag, key wrap or ECDH depend on, while unprotected CMS
// metadata such as a version number may change and still open to the same plaintext), encrypted to another
// certificate, or a key that is not the certificate's. Internal only when OpenSSL itself fails.
Result<QByteArray> open(const QByteArray &body, const QString &contentType, const pki::Certificate &ownCert,
                        const codes::OpenSslKey &ownKey);

} // namespace hc::envelope
