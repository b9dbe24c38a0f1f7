#include "OpenSslKey.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

namespace hc::codes {

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
struct MdFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdFree>;

QByteArray readBio(BIO *b)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    return QByteArray(data, int(n));
}

struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};

// A digest-sign/verify context; SM2 gets its distinguishing ID on its own EVP_PKEY_CTX before init
// (3.0.19 refuses it as an init parameter), which the MD context then borrows.
struct SigningContext
{
    MdCtx md{EVP_MD_CTX_new()};
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> pkey;

    bool init(EVP_PKEY *key, Profile profile, bool forSigning)
    {
        const EVP_MD *digest = profile == Profile::Sm2Sm3 ? EVP_sm3() : EVP_sha256();
        if (profile == Profile::Sm2Sm3) {
            pkey.reset(EVP_PKEY_CTX_new(key, nullptr));
            if (!pkey || EVP_PKEY_CTX_set1_id(pkey.get(), kSm2DistId, sizeof(kSm2DistId) - 1) != 1)
                return false;
            EVP_MD_CTX_set_pkey_ctx(md.get(), pkey.get());
        }
        return forSigning ? EVP_DigestSignInit(md.get(), nullptr, digest, nullptr, key) == 1
                          : EVP_DigestVerifyInit(md.get(), nullptr, digest, nullptr, key) == 1;
    }
    ~SigningContext() { md.reset(); } // before the borrowed EVP_PKEY_CTX
};

} // namespace

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QStringLiteral("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

QString profileKey(Profile p)
{
    return p == Profile::Sm2Sm3 ? QStringLiteral("sm2-sm3") : QStringLiteral("ecdsa-p256-sha256");
}

std::optional<Profile> profileFromKey(const QString &key)
{
    if (key == QLatin1String("sm2-sm3") || key == QLatin1String("sm"))
        return Profile::Sm2Sm3;
    if (key == QLatin1String("ecdsa-p256-sha256") || key == QLatin1String("intl"))
        return Profile::EcdsaP256Sha256;
    return std::nullopt;
}

void OpenSslKey::Free::operator()(EVP_PKEY *k) const
{
    EVP_PKEY_free(k);
}

Result<OpenSslKey> OpenSslKey::adopt(EVP_PKEY *k, bool priv)
{
    if (!k)
        return Error::badInput(tr("not a usable key")).withDetail(opensslError());
    char group[64] = {};
    size_t len = 0;
    const bool hasGroup = EVP_PKEY_get_group_name(k, group, sizeof group, &len) == 1;
    const QByteArray g(group, int(len));
    if (EVP_PKEY_is_a(k, "SM2") || (hasGroup && g == "SM2"))
        return OpenSslKey(k, Profile::Sm2Sm3, priv);
    if (EVP_PKEY_is_a(k, "EC") && hasGroup && (g == "prime256v1" || g == "P-256"))
        return OpenSslKey(k, Profile::EcdsaP256Sha256, priv);
    EVP_PKEY_free(k);
    return Error::badInput(tr("the key is neither SM2 nor ECDSA P-256"));
}

Result<OpenSslKey> OpenSslKey::generate(Profile p)
{
    EVP_PKEY *k = p == Profile::Sm2Sm3 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")
                                       : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!k)
        return Error::internal(tr("key generation failed")).withDetail(opensslError());
    return adopt(k, true);
}

Result<OpenSslKey> OpenSslKey::fromPrivatePem(const QByteArray &pem, const QByteArray &passphrase)
{
    Bio b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    QByteArray pass = passphrase; // NUL-terminated for OpenSSL's default callback
    EVP_PKEY *k = PEM_read_bio_PrivateKey(b.get(), nullptr, nullptr, pass.data());
    if (!k) {
        ERR_clear_error();
        return Error::refused(tr("the private key cannot be read: wrong passphrase or not a key"));
    }
    return adopt(k, true);
}

Result<OpenSslKey> OpenSslKey::fromPublicPem(const QByteArray &pem)
{
    Bio b(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return adopt(PEM_read_bio_PUBKEY(b.get(), nullptr, nullptr, nullptr), false);
}

Result<QByteArray> OpenSslKey::privatePem(const QByteArray &passphrase) const
{
    if (!m_private)
        return Error::internal(tr("not a private key"));
    if (passphrase.size() < 8)
        return Error::badInput(tr("the key passphrase must have at least 8 characters"));
    // PKCS#8 with PBES2: PBKDF2-HMAC-SHA256 at the officials' password cost (OpenSSL's PEM default is 2,048
    // iterations, which a stolen database file would let anyone try a billion passphrases against per hour).
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(EVP_PKEY2PKCS8(m_key.get()), &PKCS8_PRIV_KEY_INFO_free);
    if (!info)
        return Error::internal(opensslError());
    std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> sealed(
        PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase.constData(), int(passphrase.size()), nullptr, 0, kKeyIterations, info.get(),
                         nullptr, nullptr),
        &X509_SIG_free);
    if (!sealed)
        return Error::internal(opensslError());
    Bio b(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8(b.get(), sealed.get()) != 1)
        return Error::internal(opensslError());
    return readBio(b.get());
}

QByteArray OpenSslKey::publicPem() const
{
    Bio b(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(b.get(), m_key.get());
    return readBio(b.get());
}

QByteArray OpenSslKey::publicKeyDigest() const
{
    unsigned char *der = nullptr;
    const int n = i2d_PUBKEY(m_key.get(), &der);
    QByteArray out(32, '\0');
    unsigned int len = 0;
    EVP_Digest(der, size_t(n), reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    return out;
}

Result<QByteArray> OpenSslKey::sign(const QByteArray &message) const
{
    SigningContext ctx;
    size_t len = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(message.constData());
    if (!m_private || !ctx.init(m_key.get(), m_profile, true)
        || EVP_DigestSign(ctx.md.get(), nullptr, &len, data, size_t(message.size())) != 1)
        return Error::internal(tr("signing failed")).withDetail(opensslError());
    QByteArray sig(int(len), '\0');
    if (EVP_DigestSign(ctx.md.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, data, size_t(message.size())) != 1)
        return Error::internal(tr("signing failed")).withDetail(opensslError());
    sig.resize(int(len));
    return sig;
}

bool OpenSslKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (m_profile == Profile::EcdsaP256Sha256) {
        // Hash once, then a context initialised once: the per-code cost is the curve arithmetic.
        if (!m_verify.ctx) {
            EVP_PKEY_CTX *c = EVP_PKEY_CTX_new(m_key.get(), nullptr);
            if (!c || EVP_PKEY_verify_init(c) != 1) {
                EVP_PKEY_CTX_free(c);
                ERR_clear_error();
                return false;
            }
            m_verify.ctx.reset(c, EVP_PKEY_CTX_free);
        }
        unsigned char digest[32];
        SHA256(reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), digest);
        const bool ok = EVP_PKEY_verify(m_verify.ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                        size_t(signature.size()), digest, sizeof digest) == 1;
        ERR_clear_error();
        return ok;
    }
    SigningContext ctx;
    const bool ok = ctx.init(m_key.get(), m_profile, false)
        && EVP_DigestVerify(ctx.md.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace hc::codes
