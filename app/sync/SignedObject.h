#pragma once
#include "Pki.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace hc::sync {

// Who signs: a certificate with its chain (up to, not including, the anchor) and the private key.
struct SigningIdentity
{
    pki::Certificate cert;
    QList<pki::Certificate> chain;
    codes::OpenSslKey key;
    codes::Profile profile() const { return key.profile(); }
};

// A signed object of PROTOCOL.md. INTL profile (ECDSA P-256): a DER CMS SignedData (RFC 5652) with the payload
// embedded, signer certificate and chain included, SHA-256. SM profile (SM2 + SM3, distid 1234567812345678):
// the JSON envelope {payload_b64, alg:"SM2-SM3", distid, signer_cert_sha256 (hex), sig_b64}, the signature
// detached over the exact payload bytes.
struct Opened
{
    QByteArray payload; // the exact signed bytes
    pki::Certificate signer;
    codes::Profile profile = codes::Profile::EcdsaP256Sha256;
};

// A detached CMS signature that verified: who signed (with the chain the signature carries) and when.
struct DetachedSignature
{
    pki::Certificate signer;
    QList<pki::Certificate> chain; // the other certificates carried (intermediates), signer excluded
    QDateTime signingTime;         // the signed signingTime attribute (UTC); invalid when the signer left it out
};

// Finds a signer certificate by its SHA-256 (raw 32 bytes): SM envelopes carry only the hash.
using CertificateResolver = std::function<std::optional<pki::Certificate>(const QByteArray &sha256)>;

class SignedObject
{
    Q_DECLARE_TR_FUNCTIONS(hc::sync::SignedObject)
public:
    static constexpr const char *kCmsContentType = "application/cms";
    static constexpr const char *kSmContentType = "application/json";
    static constexpr const char *kSmDistId = "1234567812345678";

    // INTL → CMS DER; SM → envelope JSON (compact).
    static Result<QByteArray> sign(const SigningIdentity &signer, const QByteArray &payload);
    static const char *contentType(codes::Profile p);
    static bool isSmEnvelope(const QByteArray &body); // first non-space byte is '{'

    // Verifies the signature over the payload and the signer's chain to one of anchors at `at` (any purpose).
    // SM envelopes resolve the signer through `resolve`; CMS bodies carry the signer. Errors say why in words
    // (not CMS, cut off, bad signature, unknown signer, certificate expired or not from the CA).
    static Result<Opened> open(const QByteArray &body, const QList<pki::Certificate> &anchors, const QDateTime &at,
                               const CertificateResolver &resolve = {});

    // Detached DER CMS over content (signed reports, issue 8): `openssl cms -verify -binary -content` checks it.
    static Result<QByteArray> signDetached(const SigningIdentity &signer, const QByteArray &content);
    // Checks a detached DER CMS (one signer, SHA-256, ECDSA P-256) over content: the signature and the signer's
    // chain to one of anchors at its signingTime (at `now` when it has none), any purpose. A signingTime more
    // than kClockSkewSecs after `now` is refused. Errors say why in words, like open().
    static Result<DetachedSignature> verifyDetached(const QByteArray &signature, const QByteArray &content,
                                                    const QList<pki::Certificate> &anchors, const QDateTime &now);
    static constexpr int kClockSkewSecs = 300;
};

} // namespace hc::sync
