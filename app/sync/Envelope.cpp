#include "Envelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/cms.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <memory>
#include <optional>

namespace hc::envelope {

using codes::opensslError;
using codes::Profile;

namespace {

constexpr int kSm4KeyBytes = 16;
constexpr int kMacKeyBytes = 16;
constexpr int kSecretBytes = kSm4KeyBytes + kMacKeyBytes; // what key_enc_b64 carries
constexpr int kIvBytes = 16;
constexpr int kMacBytes = 32; // HMAC-SM3

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX, EVP_CIPHER_CTX_free>>;
using Mac = std::unique_ptr<EVP_MAC, Deleter<EVP_MAC, EVP_MAC_free>>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, Deleter<EVP_MAC_CTX, EVP_MAC_CTX_free>>;
struct BorrowedStackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); }
};
using BorrowedStack = std::unique_ptr<STACK_OF(X509), BorrowedStackFree>;

// The SM4 and HMAC keys, wiped when they go out of scope.
struct Secret
{
    std::array<unsigned char, kSecretBytes> bytes{};
    ~Secret() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    const unsigned char *sm4Key() const { return bytes.data(); }
    const unsigned char *macKey() const { return bytes.data() + kSm4KeyBytes; }
};

const unsigned char *uc(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QString hexOf(const pki::Certificate &c)
{
    return QString::fromLatin1(c.sha256().toHex());
}

Error altered()
{
    return Error::badInput(QCoreApplication::translate(
        "hc::envelope", "the hand-off cannot be decrypted: it was altered, cut off or is not for this key"));
}

// ---- checks shared by both forms

Status checkRecipient(const pki::Certificate &recipient, Profile profile)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (recipient.notBefore() > now || recipient.notAfter() < now)
        return Error::badInput(
            QCoreApplication::translate(
                "hc::envelope", "the receiving commission's certificate is not valid now (valid %1 to %2)")
                .arg(recipient.notBefore().toString(Qt::ISODate),
                     recipient.notAfter().toString(Qt::ISODate)));
    // Without a keyUsage extension X509_get_key_usage answers "everything".
    const uint32_t usage = X509_get_key_usage(recipient.get());
    const uint32_t needed = profile == Profile::Sm2Sm3 ? KU_KEY_ENCIPHERMENT : KU_KEY_AGREEMENT;
    if (!(usage & needed))
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the receiving commission's certificate is not for encryption (its key usage)"));
    return Ok{};
}

// ---- INTL: CMS AuthEnvelopedData, ECDH + AES-256-GCM

Result<QByteArray> sealCms(const QByteArray &plain, const pki::Certificate &recipient)
{
    BorrowedStack recips(sk_X509_new_null());
    if (!recips || !sk_X509_push(recips.get(), recipient.get()))
        return Error::internal(opensslError());
    Bio in(BIO_new_mem_buf(plain.constData(), int(plain.size())));
    // PARTIAL: the recipient's key agreement context exists now, and gets SHA-256 for its KDF (OpenSSL's
    // default is SHA-1) before CMS_final derives and wraps the content key.
    CmsPtr cms(CMS_encrypt(recips.get(), nullptr, EVP_aes_256_gcm(), CMS_BINARY | CMS_PARTIAL));
    if (!in || !cms)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    STACK_OF(CMS_RecipientInfo) *infos = CMS_get0_RecipientInfos(cms.get());
    for (int i = 0; i < sk_CMS_RecipientInfo_num(infos); ++i) {
        EVP_PKEY_CTX *pctx = CMS_RecipientInfo_get0_pkey_ctx(sk_CMS_RecipientInfo_value(infos, i));
        if (pctx && EVP_PKEY_CTX_set_ecdh_kdf_md(pctx, EVP_sha256()) <= 0)
            return Error::internal(
                       QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
                .withDetail(opensslError());
    }
    if (CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    // Straight into the QByteArray: one copy of a large body, not two through a BIO.
    const int n = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (n <= 0)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    QByteArray out(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (i2d_CMS_ContentInfo(cms.get(), &p) != n)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    return out;
}


bool addressedTo(CMS_ContentInfo *cms, const pki::Certificate &cert)
{
    STACK_OF(CMS_RecipientInfo) *infos = CMS_get0_RecipientInfos(cms);
    for (int i = 0; i < sk_CMS_RecipientInfo_num(infos); ++i) {
        CMS_RecipientInfo *ri = sk_CMS_RecipientInfo_value(infos, i);
        switch (CMS_RecipientInfo_type(ri)) {
        case CMS_RECIPINFO_AGREE: {
            STACK_OF(CMS_RecipientEncryptedKey) *reks = CMS_RecipientInfo_kari_get0_reks(ri);
            for (int k = 0; k < sk_CMS_RecipientEncryptedKey_num(reks); ++k) {
                if (CMS_RecipientEncryptedKey_cert_cmp(sk_CMS_RecipientEncryptedKey_value(reks, k),
                                                       cert.get()) == 0)
                    return true;
            }
            break;
        }
        case CMS_RECIPINFO_TRANS:
            if (CMS_RecipientInfo_ktri_cert_cmp(ri, cert.get()) == 0)
                return true;
            break;
        default:
            break;
        }
    }
    ERR_clear_error();
    return false;
}

Result<QByteArray> openCms(const QByteArray &body, const pki::Certificate &cert, const codes::OpenSslKey &key)
{
    if (key.profile() != Profile::EcdsaP256Sha256)
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "a CMS hand-off is opened with a P-256 key, this key is SM2"));
    const qint64 announced = pki::announcedDerLength(body);
    if (announced > body.size())
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "the encrypted hand-off is cut off (%1 of %2 bytes)")
                .arg(body.size())
                .arg(announced));
    // Parsed in place, linear in the size; the end tells whether bytes trail the object.
    const auto *p = uc(body);
    const auto *end = p + body.size();
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(body.size())));
    if (!cms) {
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate("hc::envelope", "not a CMS encrypted object"));
    }
    if (p != end)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "bytes trail the CMS encrypted object"));
    // Authenticated encryption only: the GCM tag is what makes any altered byte an error instead of garbage.
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_id_smime_ct_authEnvelopedData)
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope",
            "not a CMS AuthEnvelopedData: only authenticated encryption (AES-GCM) is accepted"));
    // The content type is not covered by the tag: at least it must be what seal() writes.
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "the CMS encrypted content is not plain data"));
    if (!addressedTo(cms.get(), cert))
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the hand-off is encrypted to another commission's certificate, not to ours"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!out)
        return Error::internal(opensslError());
    // The output is only handed back when CMS_decrypt succeeds, i.e. after the GCM tag checked.
    if (CMS_decrypt(cms.get(), key.get(), cert.get(), nullptr, out.get(), CMS_BINARY) != 1)
        return altered().withDetail(opensslError());
    BUF_MEM *mem = nullptr;
    BIO_get_mem_ptr(out.get(), &mem);
    return mem ? QByteArray(mem->data, qsizetype(mem->length)) : QByteArray();
}

// ---- SM: SM2 key transport, SM4-CBC, HMAC-SM3

std::optional<QByteArray> hmacSm3(const unsigned char *key, const QByteArray &iv, const QByteArray &ct)
{
    Mac mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    MacCtx ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!ctx)
        return std::nullopt;
    char digest[] = "SM3";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    QByteArray out(kMacBytes, Qt::Uninitialized);
    size_t len = 0;
    if (EVP_MAC_init(ctx.get(), key, kMacKeyBytes, params) != 1 ||
        EVP_MAC_update(ctx.get(), uc(iv), size_t(iv.size())) != 1 ||
        EVP_MAC_update(ctx.get(), uc(ct), size_t(ct.size())) != 1 ||
        EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, size_t(out.size())) !=
            1 ||
        len != size_t(kMacBytes))
        return std::nullopt;
    return out;
}

// SM4-CBC with PKCS#7 padding, either way.
std::optional<QByteArray> sm4Cbc(bool encrypt, const unsigned char *key, const QByteArray &iv,
                                 const QByteArray &in)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_sm4_cbc(), nullptr, key, uc(iv), encrypt ? 1 : 0) != 1)
        return std::nullopt;
    QByteArray out(in.size() + kIvBytes, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    int n = 0, tail = 0;
    if (EVP_CipherUpdate(ctx.get(), o, &n, uc(in), int(in.size())) != 1 ||
        EVP_CipherFinal_ex(ctx.get(), o + n, &tail) != 1) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return std::nullopt;
    }
    out.truncate(n + tail);
    return out;
}

Result<QByteArray> sealSm(const QByteArray &plain, const pki::Certificate &recipient,
                          const codes::OpenSslKey &pub)
{
    Secret secret;
    QByteArray iv(kIvBytes, Qt::Uninitialized);
    if (RAND_bytes(secret.bytes.data(), kSecretBytes) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), kIvBytes) != 1)
        return Error::internal(
                   QCoreApplication::translate("hc::envelope", "no random bytes for the hand-off's key"))
            .withDetail(opensslError());
    // The receiver's SM2 key encrypts the two keys (SM2 ciphertext, DER, with SM3).
    PkeyCtx pctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pub.get(), nullptr));
    size_t encLen = 0;
    if (!pctx || EVP_PKEY_encrypt_init(pctx.get()) != 1 ||
        EVP_PKEY_encrypt(pctx.get(), nullptr, &encLen, secret.bytes.data(), kSecretBytes) != 1)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    QByteArray keyEnc(qsizetype(encLen), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(pctx.get(), reinterpret_cast<unsigned char *>(keyEnc.data()), &encLen,
                         secret.bytes.data(), kSecretBytes) != 1)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    keyEnc.truncate(qsizetype(encLen));
    const auto ct = sm4Cbc(true, secret.sm4Key(), iv, plain);
    const auto mac = ct ? hmacSm3(secret.macKey(), iv, *ct) : std::nullopt;
    if (!ct || !mac)
        return Error::internal(QCoreApplication::translate("hc::envelope", "encrypting the hand-off failed"))
            .withDetail(opensslError());
    // Written by hand: every value is base64 or hex (nothing to escape), and a large body is not copied
    // again.
    const QByteArray ctB64 = ct->toBase64();
    QByteArray out;
    out.reserve(ctB64.size() + keyEnc.size() * 2 + 400);
    out += "{\"alg\":\"";
    out += kSmAlg;
    out += "\",\"recipient_cert_sha256\":\"";
    out += recipient.sha256().toHex();
    out += "\",\"key_enc_b64\":\"";
    out += keyEnc.toBase64();
    out += "\",\"iv_b64\":\"";
    out += iv.toBase64();
    out += "\",\"ct_b64\":\"";
    out += ctB64;
    out += "\",\"mac_b64\":\"";
    out += mac->toBase64();
    out += "\"}";
    return out;
}

// Canonical base64 only (standard alphabet, padded, zero padding bits): a changed character never decodes to
// the same bytes. Interior groups map one-to-one; the length and the last group settle the rest.
std::optional<QByteArray> canonicalBase64(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QByteArray text = v.toString().toLatin1(); // a character outside Latin-1 becomes '?', not base64
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype n = decoded.decoded.size();
    if (text.size() != (n + 2) / 3 * 4)
        return std::nullopt;
    const qsizetype lastGroup = n % 3 ? n % 3 : qMin<qsizetype>(3, n);
    if (n > 0 && decoded.decoded.right(lastGroup).toBase64() != text.right(4))
        return std::nullopt;
    return std::move(decoded.decoded);
}

bool isLowerHexSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

Result<QByteArray> openSm(const QByteArray &body, const pki::Certificate &cert, const codes::OpenSslKey &key)
{
    if (key.profile() != Profile::Sm2Sm3)
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "an SM hand-off envelope is opened with an SM2 key, this key is P-256"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "not an SM hand-off envelope: the JSON is invalid or cut off"));
    const QJsonObject o = doc.object();
    static const QStringList kFields = {
        QStringLiteral("alg"),         QStringLiteral("recipient_cert_sha256"),
        QStringLiteral("key_enc_b64"), QStringLiteral("iv_b64"),
        QStringLiteral("ct_b64"),      QStringLiteral("mac_b64")};
    bool exact = o.size() == kFields.size();
    for (const QString &f : kFields)
        exact = exact && o.contains(f);
    if (!exact)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "the SM hand-off envelope must have exactly alg, "
                                                        "recipient_cert_sha256, key_enc_b64, iv_b64, ct_b64 "
                                                        "and mac_b64"));
    const QString alg = o.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String(kSmAlg))
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "unsupported encryption algorithm \"%1\" (only %2)")
                .arg(alg, QLatin1String(kSmAlg)));
    const QString hex = o.value(QLatin1String("recipient_cert_sha256")).toString();
    if (!isLowerHexSha256(hex))
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the envelope's recipient_cert_sha256 is not a SHA-256 in lowercase hex"));
    if (hex != hexOf(cert))
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the hand-off is encrypted to another commission's certificate, not to ours"));
    const auto keyEnc = canonicalBase64(o.value(QLatin1String("key_enc_b64")));
    const auto iv = canonicalBase64(o.value(QLatin1String("iv_b64")));
    const auto ct = canonicalBase64(o.value(QLatin1String("ct_b64")));
    const auto mac = canonicalBase64(o.value(QLatin1String("mac_b64")));
    if (!keyEnc || !iv || !ct || !mac)
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the SM hand-off envelope has a field that is not valid base64"));
    if (keyEnc->isEmpty() || iv->size() != kIvBytes || mac->size() != kMacBytes || ct->isEmpty() ||
        ct->size() % kIvBytes != 0)
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the SM hand-off envelope's key, IV, ciphertext or MAC has the wrong length"));

    // The two keys, with our SM2 private key (its ciphertext carries an SM3 check of its own).
    Secret secret;
    PkeyCtx pctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    size_t len = 0;
    if (!pctx || EVP_PKEY_decrypt_init(pctx.get()) != 1 ||
        EVP_PKEY_decrypt(pctx.get(), nullptr, &len, uc(*keyEnc), size_t(keyEnc->size())) != 1)
        return altered().withDetail(opensslError());
    QByteArray plainKey(qsizetype(len), Qt::Uninitialized);
    const int rc = EVP_PKEY_decrypt(pctx.get(), reinterpret_cast<unsigned char *>(plainKey.data()), &len,
                                    uc(*keyEnc), size_t(keyEnc->size()));
    const bool keyOk = rc == 1 && len == size_t(kSecretBytes);
    if (keyOk)
        memcpy(secret.bytes.data(), plainKey.constData(), kSecretBytes);
    OPENSSL_cleanse(plainKey.data(), size_t(plainKey.size()));
    if (!keyOk)
        return altered().withDetail(opensslError());

    // The MAC first, in constant time: nothing is decrypted from an altered body.
    const auto expected = hmacSm3(secret.macKey(), *iv, *ct);
    if (!expected)
        return Error::internal(opensslError());
    if (CRYPTO_memcmp(expected->constData(), mac->constData(), kMacBytes) != 0)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "the hand-off was altered: its MAC does not match"));
    auto plain = sm4Cbc(false, secret.sm4Key(), *iv, *ct);
    if (!plain)
        return altered().withDetail(opensslError());
    return std::move(*plain);
}

} // namespace

Result<Sealed> seal(const QByteArray &plain, const pki::Certificate &recipient)
{
    if (recipient.isNull())
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the hand-off has no receiving commission's certificate"));
    if (plain.size() > kMaxPlainBytes)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope",
                                        "the hand-off is too large to encrypt (%1 bytes, at most %2)")
                .arg(plain.size())
                .arg(kMaxPlainBytes));
    auto pub = recipient.publicKey(); // refuses keys that are neither SM2 nor P-256
    if (!pub)
        return pub.error();
    if (Status s = checkRecipient(recipient, pub->profile()); !s)
        return s.error();
    auto body =
        pub->profile() == Profile::Sm2Sm3 ? sealSm(plain, recipient, *pub) : sealCms(plain, recipient);
    if (!body)
        return body.error();
    const bool sm = pub->profile() == Profile::Sm2Sm3;
    return Sealed{std::move(body.value()), QLatin1String(sm ? kSmContentType : kCmsContentType),
                  hexOf(recipient)};
}

Result<QByteArray> open(const QByteArray &body, const QString &contentType, const pki::Certificate &ownCert,
                        const codes::OpenSslKey &ownKey)
{
    if (body.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("hc::envelope", "the encrypted hand-off is empty"));
    if (body.size() > kMaxBodyBytes)
        return Error::badInput(
            QCoreApplication::translate("hc::envelope",
                                        "the encrypted hand-off is too large (%1 bytes, at most %2)")
                .arg(body.size())
                .arg(kMaxBodyBytes));
    const bool cms = contentType == QLatin1String(kCmsContentType);
    if (!cms && contentType != QLatin1String(kSmContentType))
        return Error::badInput(QCoreApplication::translate(
                                   "hc::envelope", "unknown content type of an encrypted hand-off: \"%1\"")
                                   .arg(contentType));
    if (ownCert.isNull() || !ownKey.hasPrivate())
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "opening a hand-off needs our hand-off certificate and its private key"));
    if (X509_check_private_key(ownCert.get(), ownKey.get()) != 1) {
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate(
            "hc::envelope", "the private key does not belong to our hand-off certificate"));
    }
    return cms ? openCms(body, ownCert, ownKey) : openSm(body, ownCert, ownKey);
}

} // namespace hc::envelope
