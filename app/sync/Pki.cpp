#include "Pki.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace hc::pki {

using codes::opensslError;

namespace {

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;
struct StackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); } // borrowed certificates: not freed
};
using X509Stack = std::unique_ptr<STACK_OF(X509), StackFree>;

QByteArray readBio(BIO *b)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    return QByteArray(data, qsizetype(n));
}

Bio memBuf(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QDateTime fromAsn1(const ASN1_TIME *t)
{
    std::tm tm{};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int i = X509_NAME_get_index_by_NID(name, nid, -1);
    if (i < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    if (n < 0) {
        ERR_clear_error();
        return {};
    }
    const QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return s;
}

// Names the certificate in messages: its CN, or "a certificate" when it has none.
QString describeCert(X509 *x)
{
    const QString cn = x ? nameEntry(X509_get_subject_name(x), NID_commonName) : QString();
    return cn.isEmpty() ? QCoreApplication::translate("hc::pki", "a certificate")
                        : QCoreApplication::translate("hc::pki", "certificate \"%1\"").arg(cn);
}

// The verification error in plain words first (what the user acts on), OpenSSL's own wording after it.
QString verifyErrorWords(int err)
{
    switch (err) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QCoreApplication::translate("hc::pki", "it has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QCoreApplication::translate("hc::pki", "it is not yet valid");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QCoreApplication::translate("hc::pki", "unknown issuer, it is not from a trusted CA");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QCoreApplication::translate("hc::pki", "bad signature on the certificate");
    case X509_V_ERR_INVALID_CA:
        return QCoreApplication::translate("hc::pki", "its issuer is not a CA");
    default:
        return QCoreApplication::translate("hc::pki", "it does not verify");
    }
}

time_t toTimeT(const QDateTime &t)
{
    return time_t(t.toSecsSinceEpoch());
}

bool addExt(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(x, ext.get(), -1) == 1;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

// 16 random bytes, top bit clear (a positive INTEGER) and next bit set (always 16 bytes long).
bool setRandomSerial(X509 *x)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    BnPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x)) != nullptr;
}

// subjectAltName built from GENERAL_NAMEs, not from a config string: names cannot inject other entries.
Status addSubjectAltName(X509 *x, const QStringList &dns, const QStringList &ips)
{
    if (dns.isEmpty() && ips.isEmpty())
        return Ok{};
    NamesPtr names(GENERAL_NAMES_new());
    for (const QString &d : dns) {
        const QByteArray a = d.toUtf8();
        ASN1_IA5STRING *s = ASN1_IA5STRING_new();
        GENERAL_NAME *g = GENERAL_NAME_new();
        if (!s || !g || ASN1_STRING_set(s, a.constData(), int(a.size())) != 1) {
            ASN1_IA5STRING_free(s);
            GENERAL_NAME_free(g);
            return Error::internal(opensslError());
        }
        GENERAL_NAME_set0_value(g, GEN_DNS, s);
        if (!sk_GENERAL_NAME_push(names.get(), g)) {
            GENERAL_NAME_free(g);
            return Error::internal(opensslError());
        }
    }
    for (const QString &ip : ips) {
        ASN1_OCTET_STRING *o = a2i_IPADDRESS(ip.toLatin1().constData());
        if (!o) {
            ERR_clear_error();
            return Error::badInput(QCoreApplication::translate("hc::pki", "not an IP address: %1").arg(ip));
        }
        GENERAL_NAME *g = GENERAL_NAME_new();
        if (!g) {
            ASN1_OCTET_STRING_free(o);
            return Error::internal(opensslError());
        }
        GENERAL_NAME_set0_value(g, GEN_IPADD, o);
        if (!sk_GENERAL_NAME_push(names.get(), g)) {
            GENERAL_NAME_free(g);
            return Error::internal(opensslError());
        }
    }
    if (X509_add1_ext_i2d(x, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return Error::internal(opensslError());
    return Ok{};
}

// Through DER and fromDer: Certificate keeps its X509 private, and the round trip is a few hundred bytes.
Certificate adoptX509(X509 *x)
{
    X509Ptr owned(x);
    unsigned char *der = nullptr;
    const int n = i2d_X509(x, &der);
    if (n <= 0)
        return {};
    auto c = Certificate::fromDer(QByteArray(reinterpret_cast<const char *>(der), n));
    OPENSSL_free(der);
    return c ? c.value() : Certificate();
}

struct CertSpec
{
    Subject subject;
    Role role = Role::Auth;
    QStringList dnsNames;
    QStringList ipAddresses;
    QDateTime notBefore;
    int days = 0;
};

// Builds and signs a certificate for `key`; issuer null means self-signed (the CA).
Result<Certificate> build(const CertSpec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    if (spec.days <= 0)
        return Error::badInput(QCoreApplication::translate("hc::pki", "a certificate must be valid for at least one day"));
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1 || !setRandomSerial(x.get()))
        return Error::internal(opensslError());

    X509_NAME *name = X509_get_subject_name(x.get());
    if (!addName(name, "CN", spec.subject.commonName) || !addName(name, "ST", spec.subject.province) ||
        !addName(name, "O", spec.subject.organisation) || !addName(name, "OU", spec.subject.role))
        return Error::badInput(QCoreApplication::translate("hc::pki", "invalid subject")).withDetail(opensslError());
    if (X509_set_issuer_name(x.get(), issuer ? X509_get_subject_name(issuer) : name) != 1)
        return Error::internal(opensslError());

    const QDateTime nb =
        spec.notBefore.isValid() ? spec.notBefore : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime na = nb.addDays(spec.days);
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), toTimeT(nb)) ||
        !ASN1_TIME_set(X509_getm_notAfter(x.get()), toTimeT(na)) || X509_set_pubkey(x.get(), key) != 1)
        return Error::internal(opensslError());

    // The SKI is added first: a self-signed AKI copies it from the issuer, which is the certificate itself.
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : x.get(), x.get(), nullptr, nullptr, 0);
    bool ok = addExt(x.get(), &ctx, NID_subject_key_identifier, "hash") &&
              addExt(x.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    switch (spec.role) {
    case Role::Ca:
        ok = ok && addExt(x.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE") &&
             addExt(x.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Role::Server:
        ok = ok && addExt(x.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(x.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyAgreement") &&
             addExt(x.get(), &ctx, NID_ext_key_usage, "serverAuth");
        break;
    case Role::Auth:
        ok = ok && addExt(x.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(x.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyAgreement") &&
             addExt(x.get(), &ctx, NID_ext_key_usage, "clientAuth");
        break;
    case Role::Upload:
    case Role::Receipt:
    case Role::Report:
        ok = ok && addExt(x.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(x.get(), &ctx, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        if (spec.role == Role::Report)
            ok = ok && addExt(x.get(), &ctx, NID_ext_key_usage, "codeSigning");
        break;
    case Role::Handoff: // ECDH (P-256) or SM2 public-key encryption of a content key; no signatures
        ok = ok && addExt(x.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
             addExt(x.get(), &ctx, NID_key_usage, "critical,keyAgreement,keyEncipherment");
        break;
    }
    if (!ok)
        return Error::internal(QCoreApplication::translate("hc::pki", "the certificate extensions cannot be set")).withDetail(opensslError());
    if (spec.role == Role::Server) {
        if (Status s = addSubjectAltName(x.get(), spec.dnsNames, spec.ipAddresses); !s)
            return s.error();
    }

    if (X509_sign(x.get(), issuerKey, EVP_sha256()) <= 0)
        return Error::internal(QCoreApplication::translate("hc::pki", "signing the certificate failed")).withDetail(opensslError());
    return adoptX509(x.release());
}

} // namespace

qint64 announcedDerLength(const QByteArray &body)
{
    if (body.size() < 2 || quint8(body[0]) != 0x30)
        return -1;
    const quint8 first = quint8(body[1]);
    if (first < 0x80)
        return 2 + first;
    const int count = first & 0x7f;
    if (count == 0 || count > 4 || body.size() < 2 + count)
        return -1;
    qint64 len = 0;
    for (int i = 0; i < count; ++i)
        len = (len << 8) | quint8(body[2 + i]);
    return 2 + count + len;
}

QString roleKey(Role r)
{
    switch (r) {
    case Role::Ca:
        return QStringLiteral("ca");
    case Role::Server:
        return QStringLiteral("server");
    case Role::Receipt:
        return QStringLiteral("receipt");
    case Role::Auth:
        return QStringLiteral("auth");
    case Role::Upload:
        return QStringLiteral("upload");
    case Role::Report:
        return QStringLiteral("report");
    case Role::Handoff:
        return QStringLiteral("handoff");
    }
    return {};
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    Bio b = memBuf(pem);
    X509 *x = PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr);
    if (!x) {
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate("hc::pki", "not a PEM certificate"));
    }
    Certificate c;
    c.m_x509.reset(x, X509_free);
    return c;
}

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *end = p + der.size();
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x || p != end) { // trailing bytes are refused too: a certificate is exactly its DER
        X509_free(x);
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate("hc::pki", "not a DER certificate"));
    }
    Certificate c;
    c.m_x509.reset(x, X509_free);
    return c;
}

Result<QList<Certificate>> Certificate::listFromPem(const QByteArray &pem)
{
    Bio b = memBuf(pem);
    QList<Certificate> out;
    while (X509 *x = PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr)) {
        Certificate c;
        c.m_x509.reset(x, X509_free);
        out.append(c);
    }
    // The loop ends at the end of the input (no start line) or at a damaged certificate.
    const unsigned long err = ERR_peek_last_error();
    ERR_clear_error();
    if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) {
        if (out.isEmpty())
            return Error::badInput(QCoreApplication::translate("hc::pki", "no certificate in the PEM data"));
        return out;
    }
    return Error::badInput(QCoreApplication::translate("hc::pki", "a certificate of the PEM bundle cannot be read"));
}

QByteArray Certificate::toPem() const
{
    if (!m_x509)
        return {};
    Bio b(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b.get(), m_x509.get());
    return readBio(b.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_x509)
        return {};
    const int n = i2d_X509(m_x509.get(), nullptr);
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(m_x509.get(), &p);
    return out;
}

QByteArray Certificate::sha256() const
{
    return m_x509 ? QCryptographicHash::hash(toDer(), QCryptographicHash::Sha256) : QByteArray();
}

QByteArray Certificate::spkiSha256() const
{
    if (!m_x509)
        return {};
    unsigned char *der = nullptr;
    const int n = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(m_x509.get()), &der);
    if (n <= 0)
        return {};
    const QByteArray out = QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(der), n),
                                                    QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return out;
}

Subject Certificate::subject() const
{
    if (!m_x509)
        return {};
    const X509_NAME *n = X509_get_subject_name(m_x509.get());
    return {nameEntry(n, NID_commonName), nameEntry(n, NID_stateOrProvinceName),
            nameEntry(n, NID_organizationName), nameEntry(n, NID_organizationalUnitName)};
}

QDateTime Certificate::notBefore() const
{
    return m_x509 ? fromAsn1(X509_get0_notBefore(m_x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_x509 ? fromAsn1(X509_get0_notAfter(m_x509.get())) : QDateTime();
}

Result<codes::OpenSslKey> Certificate::publicKey() const
{
    EVP_PKEY *k = m_x509 ? X509_get0_pubkey(m_x509.get()) : nullptr;
    if (!k) {
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate("hc::pki", "the certificate has no usable public key"));
    }
    // Through PEM: OpenSslKey adopts keys only from its own constructors (it works out the profile).
    Bio b(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(b.get(), k) != 1)
        return Error::internal(opensslError());
    return codes::OpenSslKey::fromPublicPem(readBio(b.get()));
}

QString pinOf(const Certificate &c)
{
    return QStringLiteral("sha256/") + QString::fromLatin1(c.spkiSha256().toBase64());
}

QString pinOfSpkiDer(const QByteArray &spkiDer)
{
    return QStringLiteral("sha256/") +
           QString::fromLatin1(QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256).toBase64());
}

Status verifyChain(const Certificate &leaf, const QList<Certificate> &intermediates,
                   const QList<Certificate> &anchors, const QDateTime &at)
{
    if (leaf.isNull())
        return Error::badInput(QCoreApplication::translate("hc::pki", "no certificate to verify"));
    if (anchors.isEmpty())
        return Error::refused(QCoreApplication::translate("hc::pki", "no trusted CA to verify the certificate against"));
    // Only the given anchors: never the system store.
    StorePtr store(X509_STORE_new());
    X509Stack untrusted(sk_X509_new_null());
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !untrusted || !ctx)
        return Error::internal(opensslError());
    for (const Certificate &a : anchors) {
        if (!a.isNull() && X509_STORE_add_cert(store.get(), a.get()) != 1)
            ERR_clear_error(); // the same anchor twice is harmless
    }
    for (const Certificate &i : intermediates) {
        if (!i.isNull())
            sk_X509_push(untrusted.get(), i.get());
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return Error::internal(opensslError());
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, toTimeT(at));
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_ANY);
    if (X509_verify_cert(ctx.get()) == 1)
        return Ok{};
    const int err = X509_STORE_CTX_get_error(ctx.get());
    const QString who = describeCert(X509_STORE_CTX_get_current_cert(ctx.get()));
    ERR_clear_error();
    return Error::refused(QCoreApplication::translate("hc::pki", "%1 is not valid: %2").arg(who, verifyErrorWords(err)))
        .withDetail(QString::fromLatin1(X509_verify_cert_error_string(err)));
}

Result<Issued> makeCa(const Subject &subject, int days, const QDateTime &notBefore)
{
    auto key = codes::OpenSslKey::generate(codes::Profile::EcdsaP256Sha256);
    if (!key)
        return key.error();
    CertSpec spec{subject, Role::Ca, {}, {}, notBefore, days};
    if (spec.subject.role.isEmpty())
        spec.subject.role = roleKey(Role::Ca);
    auto cert = build(spec, key->get(), nullptr, key->get());
    if (!cert)
        return cert.error();
    if (cert->isNull())
        return Error::internal(QCoreApplication::translate("hc::pki", "the CA certificate cannot be encoded"));
    return Issued{cert.value(), key.value()};
}

Result<Issued> issue(const Issued &ca, const IssueRequest &request)
{
    if (ca.cert.isNull() || !ca.key.hasPrivate())
        return Error::badInput(QCoreApplication::translate("hc::pki", "the issuer needs a certificate and its private key"));
    // Certificates are signed with ECDSA/SHA-256 only: SM2-signed certificates need the distid on every
    // verifier.
    if (ca.key.profile() != codes::Profile::EcdsaP256Sha256)
        return Error::badInput(QCoreApplication::translate("hc::pki", "the CA key must be ECDSA P-256"));
    if (X509_check_ca(ca.cert.get()) == 0)
        return Error::badInput(QCoreApplication::translate("hc::pki", "the issuer certificate is not a CA"));
    if (X509_check_private_key(ca.cert.get(), ca.key.get()) != 1) {
        ERR_clear_error();
        return Error::badInput(QCoreApplication::translate("hc::pki", "the CA key does not belong to the CA certificate"));
    }
    auto key = codes::OpenSslKey::generate(request.profile);
    if (!key)
        return key.error();
    CertSpec spec{request.subject,     request.role,      request.dnsNames,
                  request.ipAddresses, request.notBefore, request.days};
    if (spec.subject.role.isEmpty())
        spec.subject.role = roleKey(request.role);
    auto cert = build(spec, key->get(), ca.cert.get(), ca.key.get());
    if (!cert)
        return cert.error();
    if (cert->isNull())
        return Error::internal(QCoreApplication::translate("hc::pki", "the certificate cannot be encoded"));
    return Issued{cert.value(), key.value()};
}

} // namespace hc::pki
