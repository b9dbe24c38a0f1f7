#pragma once
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;

namespace hc::codes {

// The two signature profiles of DOMAIN.md: national (SM2 with SM3, GB/T 33560) and international.
enum class Profile : quint8 { Sm2Sm3 = 1, EcdsaP256Sha256 = 2 };
QString profileKey(Profile p); // "sm2-sm3" / "ecdsa-p256-sha256"
std::optional<Profile> profileFromKey(const QString &key);

// The SM2 distinguishing ID, set explicitly on both sides: OpenSSL 3.0's default is empty, GB/T 32918's is this.
inline constexpr char kSm2DistId[] = "1234567812345678";

// An OpenSSL key (private or public) with its profile; owns the EVP_PKEY.
class OpenSslKey
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::OpenSslKey)
public:
    // PBKDF2 iterations for a stored private key: at least the cost of an official's password (AccountStore).
    static constexpr int kKeyIterations = 310000;
    static Result<OpenSslKey> generate(Profile p);
    // PKCS#8 PEM, encrypted with AES-256 under the passphrase (PBES2): never written in plaintext.
    static Result<OpenSslKey> fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase);
    static Result<OpenSslKey> fromPublicPem(const QByteArray &pem);

    Profile profile() const { return m_profile; }
    bool hasPrivate() const { return m_private; }
    Result<QByteArray> privatePem(const QByteArray &passphrase) const;
    QByteArray publicPem() const;
    QByteArray publicKeyDigest() const; // SHA-256 of the DER SubjectPublicKeyInfo (a key fingerprint)

    Result<QByteArray> sign(const QByteArray &message) const;        // DER signature
    // Not for concurrent use of one object: ECDSA keeps a verification context (copies get their own).
    bool verify(const QByteArray &message, const QByteArray &signature) const;

    EVP_PKEY *get() const { return m_key.get(); }

private:
    struct Free
    {
        void operator()(EVP_PKEY *k) const;
    };
    OpenSslKey(EVP_PKEY *k, Profile p, bool priv) : m_key(k, Free{}), m_profile(p), m_private(priv) {}
    static Result<OpenSslKey> adopt(EVP_PKEY *k, bool priv);
    // A verification context made once per key object: a terminal verifies many codes of few issuers.
    struct VerifyContext
    {
        VerifyContext() = default;
        VerifyContext(const VerifyContext &) {}
        VerifyContext &operator=(const VerifyContext &) { ctx.reset(); return *this; }
        std::shared_ptr<EVP_PKEY_CTX> ctx;
    };
    std::shared_ptr<EVP_PKEY> m_key;
    Profile m_profile;
    bool m_private;
    mutable VerifyContext m_verify;
};

QString opensslError(); // the last OpenSSL error in words, for messages

} // namespace hc::codes
