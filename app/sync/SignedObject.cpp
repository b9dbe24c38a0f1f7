#include "SignedObject.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <ctime>
#include <limits>

namespace hc::sync {

using codes::opensslError;
using codes::Profile;

namespace {

constexpr char kSmAlg[] = "SM2-SM3";

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
struct BorrowedStackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); }
};
struct OwnedStackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using BorrowedStack = std::unique_ptr<STACK_OF(X509), BorrowedStackFree>;
using OwnedStack = std::unique_ptr<STACK_OF(X509), OwnedStackFree>;

QString takeError()
{
    return opensslError(); // also clears the queue
}

pki::Certificate certOf(X509 *x)
{
    unsigned char *der = nullptr;
    const int n = i2d_X509(x, &der);
    if (n <= 0)
        return {};
    auto c = pki::Certificate::fromDer(QByteArray(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
    return c ? c.value() : pki::Certificate();
}

Status checkIdentity(const SigningIdentity &signer)
{
    if (signer.cert.isNull() || !signer.key.hasPrivate())
        return Error::badInput(SignedObject::tr("signing needs a certificate and its private key"));
    if (X509_check_private_key(signer.cert.get(), signer.key.get()) != 1) {
        ERR_clear_error();
        return Error::badInput(SignedObject::tr("the signing key does not belong to the signer's certificate"));
    }
    return Ok{};
}

// CMS SignedData over content with SHA-256, the signer certificate and its chain included; DER.
Result<QByteArray> cmsSign(const SigningIdentity &signer, const QByteArray &content, unsigned int flags)
{
    if (Status s = checkIdentity(signer); !s)
        return s.error();
    if (signer.profile() != Profile::EcdsaP256Sha256)
        return Error::badInput(
            SignedObject::tr("CMS needs an ECDSA P-256 key: OpenSSL 3.0's CMS cannot sign with SM2"));
    BorrowedStack chain(sk_X509_new_null());
    for (const pki::Certificate &c : signer.chain) {
        if (!c.isNull())
            sk_X509_push(chain.get(), c.get()); // CMS_sign takes its own references
    }
    Bio in(BIO_new_mem_buf(content.constData(), int(content.size())));
    // PARTIAL, then the signer with an explicit SHA-256 (not the key's default), then the content.
    CmsPtr cms(CMS_sign(nullptr, nullptr, chain.get(), nullptr, flags | CMS_PARTIAL));
    if (!in || !cms ||
        !CMS_add1_signer(cms.get(), signer.cert.get(), signer.key.get(), EVP_sha256(), flags) ||
        CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return Error::internal(SignedObject::tr("CMS signing failed")).withDetail(takeError());
    // Straight into the QByteArray: one copy of a large payload, not two through a BIO.
    const int n = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (n <= 0)
        return Error::internal(SignedObject::tr("CMS encoding failed")).withDetail(takeError());
    QByteArray out(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (i2d_CMS_ContentInfo(cms.get(), &p) != n)
        return Error::internal(SignedObject::tr("CMS encoding failed")).withDetail(takeError());
    return out;
}

Result<QByteArray> smSign(const SigningIdentity &signer, const QByteArray &payload)
{
    if (Status s = checkIdentity(signer); !s)
        return s.error();
    if (signer.profile() != Profile::Sm2Sm3)
        return Error::badInput(SignedObject::tr("the SM envelope needs an SM2 key"));
    auto sig = signer.key.sign(payload); // SM3 with distid 1234567812345678 (OpenSslKey)
    if (!sig)
        return sig.error();
    QJsonObject o;
    o.insert(QLatin1String("payload_b64"), QString::fromLatin1(payload.toBase64()));
    o.insert(QLatin1String("alg"), QLatin1String(kSmAlg));
    o.insert(QLatin1String("distid"), QLatin1String(SignedObject::kSmDistId));
    o.insert(QLatin1String("signer_cert_sha256"), QString::fromLatin1(signer.cert.sha256().toHex()));
    o.insert(QLatin1String("sig_b64"), QString::fromLatin1(sig->toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}


// Parses a whole DER CMS SignedData (nothing trailing, not cut off).
Result<CmsPtr> parseSignedData(const QByteArray &body)
{
    const qint64 announced = pki::announcedDerLength(body);
    if (announced > body.size())
        return Error::badInput(
            SignedObject::tr("the signed object is cut off (%1 of %2 bytes)").arg(body.size()).arg(announced));
    // Parsed in place (no BIO copy of a large body); the end tells whether bytes trail the object.
    const auto *p = reinterpret_cast<const unsigned char *>(body.constData());
    const auto *end = p + body.size();
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, long(body.size())));
    if (!cms) {
        ERR_clear_error();
        return Error::badInput(SignedObject::tr("not a CMS signed object"));
    }
    if (p != end)
        return Error::badInput(SignedObject::tr("bytes trail the CMS signed object"));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error::badInput(SignedObject::tr("not a CMS SignedData"));
    return cms;
}

// The one signer of a CMS SignedData, hashed with SHA-256, with an ECDSA P-256 certificate it carries.
struct CmsSigner
{
    CMS_SignerInfo *info = nullptr; // borrowed from the CMS object
    pki::Certificate cert;
    QList<pki::Certificate> carried; // every certificate the object carries (the chain)
};

Result<CmsSigner> signerOf(CMS_ContentInfo *cms)
{
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    if (sk_CMS_SignerInfo_num(infos) != 1)
        return Error::refused(SignedObject::tr("the signed object must have exactly one signer"));
    CmsSigner s;
    s.info = sk_CMS_SignerInfo_value(infos, 0);
    // The signer certificate comes from the certificates the object carries.
    CMS_set1_signers_certs(cms, nullptr, 0);
    ERR_clear_error();
    X509 *signerX509 = nullptr;
    X509_ALGOR *digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(s.info, nullptr, &signerX509, &digestAlg, nullptr);
    if (!signerX509)
        return Error::refused(
            SignedObject::tr("unknown signer: the signer's certificate is not in the signed object"));
    const ASN1_OBJECT *digestObj = nullptr;
    X509_ALGOR_get0(&digestObj, nullptr, nullptr, digestAlg);
    if (OBJ_obj2nid(digestObj) != NID_sha256)
        return Error::refused(SignedObject::tr("the signed object is not hashed with SHA-256"));
    s.cert = certOf(signerX509);
    auto key = s.cert.publicKey();
    if (!key || key->profile() != Profile::EcdsaP256Sha256)
        return Error::refused(SignedObject::tr("the signer's key is not ECDSA P-256"));
    OwnedStack certs(CMS_get1_certs(cms));
    for (int i = 0; i < sk_X509_num(certs.get()); ++i)
        s.carried.append(certOf(sk_X509_value(certs.get(), i)));
    return s;
}

// CMS_verify: signature, content digest and (again) the chain, against the anchors only at `at`, any purpose
// (its default, S/MIME signing, is not what these certificates are for). `detached` is the content of a
// detached object, null for an embedded one.
Status cmsVerify(CMS_ContentInfo *cms, BIO *detached, const QList<pki::Certificate> &anchors,
                 const QDateTime &at)
{
    StorePtr store(X509_STORE_new());
    if (!store)
        return Error::internal(takeError());
    for (const pki::Certificate &a : anchors) {
        if (!a.isNull() && X509_STORE_add_cert(store.get(), a.get()) != 1)
            ERR_clear_error();
    }
    X509_VERIFY_PARAM *param = X509_STORE_get0_param(store.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_ANY);
    // No output BIO: the content is hashed from the parsed object (or read from `detached`).
    if (CMS_verify(cms, nullptr, store.get(), detached, nullptr, CMS_BINARY) != 1) {
        if (ERR_GET_REASON(ERR_peek_error()) == CMS_R_CERTIFICATE_VERIFY_ERROR) // our own check let it pass
            return Error::refused(SignedObject::tr("the signer's certificate does not verify")).withDetail(takeError());
        return Error::refused(SignedObject::tr("bad signature: the payload or its signature was altered")).withDetail(takeError());
    }
    return Ok{};
}

// The signingTime signed attribute (UTCTime or GeneralizedTime), invalid when the signer has none.
QDateTime signingTimeOf(CMS_SignerInfo *si)
{
    const int i = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (i < 0)
        return {};
    ASN1_TYPE *t = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, i), 0);
    if (!t || (t->type != V_ASN1_UTCTIME && t->type != V_ASN1_GENERALIZEDTIME))
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(reinterpret_cast<const ASN1_TIME *>(t->value.asn1_string), &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

Result<Opened> openCms(const QByteArray &body, const QList<pki::Certificate> &anchors, const QDateTime &at)
{
    auto cms = parseSignedData(body);
    if (!cms)
        return cms.error();
    ASN1_OCTET_STRING **content = CMS_get0_content(cms->get());
    if (!content || !*content)
        return Error::badInput(SignedObject::tr("the CMS signed object has no embedded payload (detached)"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms->get())) != NID_pkcs7_data)
        return Error::badInput(SignedObject::tr("the CMS payload is not plain data"));
    auto signer = signerOf(cms->get());
    if (!signer)
        return signer.error();
    Opened opened;
    opened.signer = signer->cert;
    opened.profile = Profile::EcdsaP256Sha256;

    // The chain first with our own check: its error says why in words (expired, not from the CA).
    if (Status s = pki::verifyChain(opened.signer, signer->carried, anchors, at); !s)
        return Error::refused(SignedObject::tr("the signer's %1").arg(s.error().message)).withDetail(s.error().detail);
    if (Status s = cmsVerify(cms->get(), nullptr, anchors, at); !s)
        return s.error();

    opened.payload = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(*content)),
                                ASN1_STRING_length(*content));
    return opened;
}

std::optional<QByteArray> base64Field(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

Result<Opened> openSm(const QByteArray &body, const QList<pki::Certificate> &anchors, const QDateTime &at,
                      const CertificateResolver &resolve)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(SignedObject::tr("not an SM envelope: the JSON is invalid or cut off"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("alg")).toString() != QLatin1String(kSmAlg))
        return Error::refused(SignedObject::tr("unsupported signature algorithm \"%1\" (only %2)")
                                  .arg(o.value(QLatin1String("alg")).toString(), QLatin1String(kSmAlg)));
    if (o.value(QLatin1String("distid")).toString() != QLatin1String(SignedObject::kSmDistId))
        return Error::refused(SignedObject::tr("unsupported SM2 distinguishing ID (only %1)")
                                  .arg(QLatin1String(SignedObject::kSmDistId)));
    auto payload = base64Field(o, QLatin1String("payload_b64"));
    auto sig = base64Field(o, QLatin1String("sig_b64"));
    if (!payload || !sig || sig->isEmpty())
        return Error::badInput(SignedObject::tr("the SM envelope's payload or signature is not valid base64"));
    const QString hex = o.value(QLatin1String("signer_cert_sha256")).toString();
    const QByteArray hash = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() != 64 || hash.size() != 32 || QString::fromLatin1(hash.toHex()) != hex.toLower())
        return Error::badInput(
            SignedObject::tr("the SM envelope's signer_cert_sha256 is not a SHA-256 in hex"));

    const std::optional<pki::Certificate> cert = resolve ? resolve(hash) : std::nullopt;
    if (!cert || cert->isNull())
        return Error::refused(SignedObject::tr("unknown signer: no certificate with SHA-256 %1").arg(hex));
    if (cert->sha256() != hash)
        return Error::refused(
            SignedObject::tr("unknown signer: the certificate found does not have SHA-256 %1").arg(hex));
    // The envelope carries no chain: the signer must be issued by an anchor directly.
    if (Status s = pki::verifyChain(*cert, {}, anchors, at); !s)
        return Error::refused(SignedObject::tr("the signer's %1").arg(s.error().message)).withDetail(s.error().detail);
    auto key = cert->publicKey();
    if (!key || key->profile() != Profile::Sm2Sm3)
        return Error::refused(SignedObject::tr("the signer's key is not SM2"));
    if (!key->verify(*payload, *sig))
        return Error::refused(SignedObject::tr("bad signature: the payload or its signature was altered"));
    return Opened{std::move(*payload), *cert, Profile::Sm2Sm3};
}

} // namespace

Result<QByteArray> SignedObject::sign(const SigningIdentity &signer, const QByteArray &payload)
{
    if (signer.profile() == Profile::Sm2Sm3)
        return smSign(signer, payload);
    return cmsSign(signer, payload, CMS_BINARY | CMS_NOSMIMECAP);
}

const char *SignedObject::contentType(Profile p)
{
    return p == Profile::Sm2Sm3 ? kSmContentType : kCmsContentType;
}

bool SignedObject::isSmEnvelope(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

Result<Opened> SignedObject::open(const QByteArray &body, const QList<pki::Certificate> &anchors,
                                  const QDateTime &at, const CertificateResolver &resolve)
{
    if (body.isEmpty())
        return Error::badInput(SignedObject::tr("empty signed object"));
    if (isSmEnvelope(body))
        return openSm(body, anchors, at, resolve);
    return openCms(body, anchors, at);
}

Result<QByteArray> SignedObject::signDetached(const SigningIdentity &signer, const QByteArray &content)
{
    return cmsSign(signer, content, CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP);
}

Result<DetachedSignature> SignedObject::verifyDetached(const QByteArray &signature, const QByteArray &content,
                                                       const QList<pki::Certificate> &anchors,
                                                       const QDateTime &now)
{
    if (signature.isEmpty())
        return Error::badInput(SignedObject::tr("empty signature"));
    auto cms = parseSignedData(signature);
    if (!cms)
        return cms.error();
    if (CMS_is_detached(cms->get()) != 1)
        return Error::badInput(SignedObject::tr("the CMS signature is not detached: it embeds its content"));
    if (OBJ_obj2nid(CMS_get0_eContentType(cms->get())) != NID_pkcs7_data)
        return Error::badInput(SignedObject::tr("the CMS content is not plain data"));
    auto signer = signerOf(cms->get());
    if (!signer)
        return signer.error();
    DetachedSignature out{signer->cert, signer->carried, signingTimeOf(signer->info)};
    out.chain.removeIf([&](const pki::Certificate &c) { return c.sha256() == out.signer.sha256(); });
    // A report is checked long after it was signed: the chain at its signingTime (the signer's word for it,
    // bounded by now), at now when it has none.
    const QDateTime at = out.signingTime.isValid() ? out.signingTime : now;
    if (now.isValid() && out.signingTime.isValid() && out.signingTime > now.addSecs(kClockSkewSecs))
        return Error::refused(SignedObject::tr("the signature claims to be made in the future (%1)")
                                  .arg(out.signingTime.toString(Qt::ISODate)));
    if (Status s = pki::verifyChain(out.signer, signer->carried, anchors, at); !s)
        return Error::refused(SignedObject::tr("the signer's %1").arg(s.error().message)).withDetail(s.error().detail);
    if (content.size() > std::numeric_limits<int>::max())
        return Error::badInput(SignedObject::tr("the signed content is too large"));
    Bio in(BIO_new_mem_buf(content.constData(), int(content.size())));
    if (!in)
        return Error::internal(takeError());
    if (Status s = cmsVerify(cms->get(), in.get(), anchors, at); !s)
        return s.error();
    return out;
}

} // namespace hc::sync
