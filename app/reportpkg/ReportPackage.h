#pragma once
#include "Result.h"
#include "SignedObject.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace hc::reports {

struct PackageFile
{
    QString name; // a plain file name, e.g. daily-2022-11-01.pdf, .csv, .json
    QByteArray data;
};

// The CMS signer (ECDSA P-256 REPORT key) is what makes a package signed; the SM2 REPORT key adds the SM
// profile.
struct PackageSigners
{
    std::optional<sync::SigningIdentity> cms;
    std::optional<sync::SigningIdentity> sm2;
};

struct BuiltPackage
{
    QByteArray zip;
    QStringList members;
    QString profile;  // "intl", "sm" or "unsigned"
    QString signedBy; // the signer certificate's O and CN, empty when unsigned
};

struct MemberCheck
{
    QString name;
    bool ok = false;
    QString problem; // English source string (tr), empty when ok
};

struct Verification
{
    bool valid = false;
    QString signer;     // "O CN" of the CMS signer, empty when the signature did not verify
    QDateTime signedAt; // the CMS signingTime, invalid when unknown
    QString profile;    // "intl", "sm" or "unsigned"
    QList<MemberCheck> files;
    QString error; // the first file or signature that fails, in words (tr); empty when valid

    // Exactly {"valid", "signer" (or null), "signed_at" (ISO 8601, +08:00, or null), "files": [{"name",
    // "ok"}], "error" (or null)}.
    QJsonObject toJson() const;
};

// The signed report package of PROTOCOL.md ("Signed reports"): a zip anyone checks with stock tools. Members
// in order: the report files, VERIFY.txt (how to check, in Chinese), for the SM profile SM3SUMS, SM3SUMS.sig
// (raw DER SM2/SM3 signature, distid 1234567812345678) and signer-sm2.pem (certificate and chain), then
// SHA256SUMS (sha256sum's format, over every member before it) and SHA256SUMS.p7s (detached DER CMS).
class ReportPackage
{
public:
    static constexpr const char *kVerifyName = "VERIFY.txt";
    static constexpr const char *kSha256Sums = "SHA256SUMS";
    static constexpr const char *kSha256Sig = "SHA256SUMS.p7s";
    static constexpr const char *kSm3Sums = "SM3SUMS";
    static constexpr const char *kSm3Sig = "SM3SUMS.sig";
    static constexpr const char *kSm2Cert = "signer-sm2.pem";

    // Without a CMS signer: an unsigned draft (no signature, no SM files), said so in VERIFY.txt. An SM2
    // signer without the CMS one is refused: the CMS signature is what every recipient can check. Signers
    // must be REPORT certificates (OU "report"); `at` stamps the zip members, `title` heads VERIFY.txt.
    static Result<BuiltPackage> build(const QList<PackageFile> &files, const PackageSigners &signers,
                                      const QDateTime &at, const QString &title);

    // An Error (BadInput) only when the bytes are not a report package (not a readable zip, no SHA256SUMS);
    // otherwise the verdict with every member's check. Signers must chain to anchors at their signingTime.
    static Result<Verification> verify(const QByteArray &zip, const QList<pki::Certificate> &anchors,
                                       const QDateTime &now);
};

} // namespace hc::reports
