#pragma once
#include "OpenSslKey.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>

typedef struct x509_st X509;

namespace hc::pki {

// What a certificate is for. Separate keys per role (PROTOCOL.md): AUTH (TLS client), UPLOAD (signs batches),
// REPORT (signs exported reports); the platform has SERVER (TLS) and RECEIPT (signs receipts and feeds).
// Handoff: the key other commissions encrypt contact hand-offs (协查) to; it never signs (issue 19).
enum class Role { Ca, Server, Receipt, Auth, Upload, Report, Handoff };
QString roleKey(Role r); // "ca", "server", "receipt", "auth", "upload", "report", "handoff"

// The length a DER SEQUENCE header announces (header included), or -1 when it cannot tell (not a SEQUENCE, an
// indefinite BER length, an absurd size): a CMS body cut off or with bytes behind it is told apart before parsing.
qint64 announcedDerLength(const QByteArray &body);

// The subject fields the protocol relies on: CN = console id (or "platform"), ST = province code (6 digits),
// O = organisation, OU = role key.
struct Subject
{
    QString commonName;
    QString province;
    QString organisation;
    QString role;
};

// An X.509 certificate; owns the X509 (shared, cheap to copy).
class Certificate
{
public:
    static Result<Certificate> fromPem(const QByteArray &pem);
    static Result<Certificate> fromDer(const QByteArray &der);
    static Result<QList<Certificate>> listFromPem(const QByteArray &pem); // every certificate of a PEM bundle

    bool isNull() const { return !m_x509; }
    QByteArray toPem() const;
    QByteArray toDer() const;
    QByteArray sha256() const;     // SHA-256 of the DER certificate (its fingerprint), raw 32 bytes
    QByteArray spkiSha256() const; // SHA-256 of the DER SubjectPublicKeyInfo (the pin), raw 32 bytes
    Subject subject() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    Result<codes::OpenSslKey> publicKey() const;
    X509 *get() const { return m_x509.get(); }

private:
    std::shared_ptr<X509> m_x509;
};

// "sha256/<base64>" of a certificate's SubjectPublicKeyInfo, the form pin sets are written in.
QString pinOf(const Certificate &c);
QString pinOfSpkiDer(const QByteArray &spkiDer);

// Verifies that leaf chains to one of anchors (through intermediates) at time `at`, any purpose.
// The error says why in words (expired, unknown issuer, bad signature).
Status verifyChain(const Certificate &leaf, const QList<Certificate> &intermediates, const QList<Certificate> &anchors,
                   const QDateTime &at);

// Issuing certificates: the demo CA of hc-platform and the tests. Keys are ECDSA P-256 unless the profile says SM2.
struct Issued
{
    Certificate cert;
    codes::OpenSslKey key;
};
struct IssueRequest
{
    Subject subject;
    Role role = Role::Auth;
    codes::Profile profile = codes::Profile::EcdsaP256Sha256;
    QStringList dnsNames;    // subjectAltName DNS (server)
    QStringList ipAddresses; // subjectAltName IP (server)
    QDateTime notBefore;     // default: now - 1 hour
    int days = 825;

    static IssueRequest of(Subject subject, Role role, codes::Profile profile = codes::Profile::EcdsaP256Sha256)
    {
        IssueRequest r;
        r.subject = std::move(subject);
        r.role = role;
        r.profile = profile;
        return r;
    }
};
Result<Issued> makeCa(const Subject &subject, int days = 3650, const QDateTime &notBefore = {});
// Signed by the CA's key (ECDSA/SHA-256). Extensions by role: Server → serverAuth + SAN; Auth → clientAuth;
// Upload/Receipt → digitalSignature only; Report → digitalSignature + codeSigning EKU; Ca → CA:TRUE.
Result<Issued> issue(const Issued &ca, const IssueRequest &request);

} // namespace hc::pki
