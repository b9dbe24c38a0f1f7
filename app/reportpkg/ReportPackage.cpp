#include "ReportPackage.h"

#include "TimeUtil.h"
#include "VerifyInstructions.h"
#include "ZipReader.h"
#include "ZipWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

#include <openssl/evp.h>

namespace hc::reports {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("hc::reports::ReportPackage", s);
}

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Members the package writes itself: report files may not take these names (in any case).
const QStringList &reservedNames()
{
    static const QStringList names{str(ReportPackage::kVerifyName), str(ReportPackage::kSha256Sums),
                                   str(ReportPackage::kSha256Sig),  str(ReportPackage::kSm3Sums),
                                   str(ReportPackage::kSm3Sig),     str(ReportPackage::kSm2Cert)};
    return names;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray sm3(const QByteArray &data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), md, &n, EVP_sm3(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(n));
}

// sha256sum's text format: "<hex>  <name>\n" (two spaces: text mode, which is binary on every current
// system).
QByteArray sumsOf(const QList<PackageFile> &members, QByteArray (*hash)(const QByteArray &))
{
    QByteArray out;
    for (const PackageFile &m : members)
        out += hash(m.data).toHex() + "  " + m.name.toUtf8() + '\n';
    return out;
}

struct SumLine
{
    QString name;
    QByteArray hash; // raw
};

// The lines of a sums file as written by sumsOf (or by sha256sum, whose binary mode " *" is accepted too).
Result<QList<SumLine>> parseSums(const QByteArray &text, const QString &file)
{
    QList<SumLine> out;
    QSet<QString> seen;
    const QList<QByteArray> lines = text.split('\n');
    if (text.isEmpty() || !text.endsWith('\n'))
        return Error::badInput(QCoreApplication::translate("hc::reports::ReportPackage", "%1 is empty or does not end with a line break.").arg(file));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const QByteArray hex = line.left(64);
        const QByteArray raw = QByteArray::fromHex(hex);
        const bool sep = line.size() > 66 && line[64] == ' ' && (line[65] == ' ' || line[65] == '*');
        const QString name = sep ? QString::fromUtf8(line.mid(66)) : QString();
        if (!sep || raw.size() != 32 || raw.toHex() != hex.toLower() || name.toUtf8() != line.mid(66) ||
            !ZipReader::checkName(name).ok())
            return Error::badInput(QCoreApplication::translate("hc::reports::ReportPackage", "Line %1 of %2 is not a checksum line.").arg(i + 1).arg(file));
        if (seen.contains(name))
            return Error::badInput(QCoreApplication::translate("hc::reports::ReportPackage", "%1 lists %2 twice.").arg(file, name));
        seen.insert(name);
        out.append({name, raw});
    }
    return out;
}

QString signerName(const pki::Certificate &c)
{
    const pki::Subject s = c.subject();
    return QStringList{s.organisation, s.commonName}.join(QLatin1Char(' ')).trimmed();
}

bool isReportCert(const pki::Certificate &c)
{
    return c.subject().role == pki::roleKey(pki::Role::Report);
}

Status checkSigner(const sync::SigningIdentity &id, codes::Profile profile, const QString &what)
{
    if (id.cert.isNull() || !id.key.hasPrivate() || id.key.publicKeyDigest() != id.cert.spkiSha256())
        return Error::badInput(QCoreApplication::translate("hc::reports::ReportPackage", "The %1 signer needs a certificate and its own private key.").arg(what));
    if (id.profile() != profile)
        return Error::badInput(QCoreApplication::translate("hc::reports::ReportPackage", "The %1 signer has the wrong kind of key.").arg(what));
    if (!isReportCert(id.cert))
        return Error::badInput(
            QCoreApplication::translate("hc::reports::ReportPackage", "The %1 signer's certificate is a %2 certificate, not a report certificate.")
                .arg(what, id.cert.subject().role));
    return Ok{};
}

// One member's first problem wins: the SHA-256 check runs before the SM ones.
void setProblem(QHash<QString, QString> &problems, const QString &name, const QString &problem)
{
    if (!problems.contains(name))
        problems.insert(name, problem);
}

} // namespace

QJsonObject Verification::toJson() const
{
    QJsonArray list;
    for (const MemberCheck &f : files)
        list.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("ok"), f.ok}});
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    return QJsonObject{
        {QStringLiteral("valid"), valid},
        {QStringLiteral("signer"), orNull(signer)},
        {QStringLiteral("signed_at"), signedAt.isValid()
                                          ? QJsonValue(time::format(signedAt.toSecsSinceEpoch()))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("files"), list},
        {QStringLiteral("error"), orNull(error)},
    };
}

Result<BuiltPackage> ReportPackage::build(const QList<PackageFile> &files, const PackageSigners &signers,
                                          const QDateTime &at, const QString &title)
{
    if (!at.isValid())
        return Error::badInput(tr("A report package needs the time it is made."));
    if (files.isEmpty())
        return Error::badInput(tr("A report package needs at least one report file."));
    const ZipLimits limits; // what verify() will accept, so nothing built here is refused there
    if (files.size() + 6 > limits.maxEntries)
        return Error::badInput(
            tr("A report package holds at most %1 report files.").arg(limits.maxEntries - 6));
    QSet<QString> folded;
    qint64 total = 0;
    for (const PackageFile &f : files) {
        if (Status s = ZipReader::checkName(f.name); !s)
            return s.error();
        if (f.name.contains(QLatin1Char('/')))
            return Error::badInput(tr("The report file name \"%1\" is not a plain file name.").arg(f.name));
        if (reservedNames().contains(f.name, Qt::CaseInsensitive))
            return Error::badInput(
                tr("A report file may not be called \"%1\": the package writes that file.").arg(f.name));
        if (folded.contains(f.name.toCaseFolded()))
            return Error::badInput(tr("Two report files are called \"%1\".").arg(f.name));
        folded.insert(f.name.toCaseFolded());
        total += f.data.size();
        if (f.data.size() > limits.maxEntryBytes || total > limits.maxTotalBytes / 2)
            return Error::badInput(
                tr("The report files are too large for a package (%1 bytes each, %2 in all at most).")
                    .arg(limits.maxEntryBytes)
                    .arg(limits.maxTotalBytes / 2));
    }
    if (signers.sm2 && !signers.cms)
        return Error::refused(
            tr("An SM2 signature alone is refused: a signed report package needs the CMS signature."));
    if (signers.cms) {
        if (Status s = checkSigner(*signers.cms, codes::Profile::EcdsaP256Sha256, QStringLiteral("CMS")); !s)
            return s.error();
    }
    if (signers.sm2) {
        if (Status s = checkSigner(*signers.sm2, codes::Profile::Sm2Sm3, QStringLiteral("SM2")); !s)
            return s.error();
        if (signers.sm2->cert.subject().commonName != signers.cms->cert.subject().commonName)
            return Error::badInput(tr("The SM2 and CMS signers are different consoles."));
    }

    BuiltPackage built;
    built.profile = !signers.cms  ? QStringLiteral("unsigned")
                    : signers.sm2 ? QStringLiteral("sm")
                                  : QStringLiteral("intl");
    built.signedBy = signers.cms ? signerName(signers.cms->cert) : QString();
    QStringList reportNames;
    for (const PackageFile &f : files)
        reportNames.append(f.name);
    const auto kind = !signers.cms  ? VerifyInstructions::Kind::Unsigned
                      : signers.sm2 ? VerifyInstructions::Kind::Sm
                                    : VerifyInstructions::Kind::Intl;
    QList<PackageFile> members = files;
    members.append(
        {str(kVerifyName), VerifyInstructions::text(kind, title, built.signedBy, at, reportNames)});
    if (signers.sm2) {
        const QByteArray sums = sumsOf(members, &sm3);
        auto sig = signers.sm2->key.sign(sums); // SM3 with distid 1234567812345678, DER (OpenSslKey)
        if (!sig)
            return sig.error();
        QByteArray pem = signers.sm2->cert.toPem();
        for (const pki::Certificate &c : signers.sm2->chain)
            pem += c.toPem();
        members.append({str(kSm3Sums), sums});
        members.append({str(kSm3Sig), *sig});
        members.append({str(kSm2Cert), pem});
    }
    const QByteArray sums = sumsOf(members, &sha256);
    members.append({str(kSha256Sums), sums});
    if (signers.cms) {
        auto p7s = sync::SignedObject::signDetached(*signers.cms, sums);
        if (!p7s)
            return p7s.error();
        members.append({str(kSha256Sig), *p7s});
    }
    ZipWriter zip(at);
    for (const PackageFile &m : std::as_const(members)) {
        zip.add(m.name, m.data);
        built.members.append(m.name);
    }
    built.zip = zip.finish();
    if (built.zip.isEmpty())
        return Error::internal(zip.error());
    return built;
}

Result<Verification> ReportPackage::verify(const QByteArray &zip, const QList<pki::Certificate> &anchors,
                                           const QDateTime &now)
{
    const auto entries = ZipReader::read(zip);
    if (!entries)
        return Error::badInput(tr("This is not a report package: %1").arg(entries.error().message));
    QHash<QString, QByteArray> byName;
    QStringList order;
    for (const ZipEntry &e : *entries) {
        byName.insert(e.name, e.data);
        order.append(e.name);
    }
    const QString sumsName = str(kSha256Sums), sigName = str(kSha256Sig);
    const QString sm3Name = str(kSm3Sums), sm3SigName = str(kSm3Sig), certName = str(kSm2Cert);
    if (!byName.contains(sumsName))
        return Error::badInput(tr("This is not a report package: it has no SHA256SUMS."));

    Verification v;
    const bool hasSig = byName.contains(sigName);
    const bool hasSm = byName.contains(sm3Name) || byName.contains(sm3SigName) || byName.contains(certName);
    v.profile = !hasSig ? QStringLiteral("unsigned") : hasSm ? QStringLiteral("sm") : QStringLiteral("intl");

    // 1. The CMS signature over SHA256SUMS: what every recipient can check.
    QString sigProblem;
    std::optional<sync::DetachedSignature> cms;
    if (!hasSig) {
        sigProblem =
            tr("This package is an unsigned draft (it has no SHA256SUMS.p7s): it must not be trusted.");
    } else if (auto d = sync::SignedObject::verifyDetached(byName[sigName], byName[sumsName], anchors, now);
               !d) {
        sigProblem =
            tr("The signature SHA256SUMS.p7s over SHA256SUMS does not verify: %1").arg(d.error().message);
    } else if (!isReportCert(d->signer)) {
        sigProblem =
            tr("The signature SHA256SUMS.p7s is made with a %1 certificate, not a report certificate.")
                .arg(d->signer.subject().role);
    } else {
        cms = *d;
        v.signer = signerName(d->signer);
        v.signedAt = d->signingTime;
    }

    // 2. Every member against SHA256SUMS, and nothing unlisted.
    QHash<QString, QString> problems;
    QList<MemberCheck> missing; // names the checks expect but the zip lacks
    const auto addMissing = [&](const QString &name, const QString &problem) {
        if (std::none_of(missing.cbegin(), missing.cend(),
                         [&](const MemberCheck &m) { return m.name == name; }))
            missing.append({name, false, problem});
    };
    const QString listedButMissing = tr("%1 is listed in the checksums but missing from the package.");
    const auto sums = parseSums(byName[sumsName], sumsName);
    QString sumsProblem = sums ? QString() : sums.error().message;
    QSet<QString> listed;
    if (sums) {
        for (const SumLine &l : *sums) {
            listed.insert(l.name);
            if (l.name == sumsName || l.name == sigName)
                sumsProblem = tr("SHA256SUMS lists %1, which it cannot cover.").arg(l.name);
            else if (!byName.contains(l.name))
                addMissing(l.name, listedButMissing.arg(l.name));
            else if (sha256(byName[l.name]) != l.hash)
                setProblem(problems, l.name,
                           tr("%1 has been altered: its SHA-256 does not match SHA256SUMS.").arg(l.name));
        }
    }
    for (const QString &name : std::as_const(order)) {
        if (name == sumsName || name == sigName)
            continue;
        if (!sums)
            setProblem(problems, name, tr("%1 cannot be checked: SHA256SUMS is not readable.").arg(name));
        else if (!listed.contains(name))
            setProblem(problems, name,
                       tr("%1 is not listed in SHA256SUMS: it was added after signing.").arg(name));
    }

    // 3. The SM profile: SM3SUMS signed with the SM2 key of signer-sm2.pem, which chains to the anchors too.
    if (hasSm) {
        for (const QString &name : {sm3Name, sm3SigName, certName}) {
            if (!byName.contains(name))
                addMissing(name,
                           tr("%1 is missing: the SM profile needs SM3SUMS, SM3SUMS.sig and signer-sm2.pem.")
                               .arg(name));
        }
        // An SM file that already failed its SHA-256 check is the cause: checks built on it would blame
        // others.
        const bool intact =
            !problems.contains(sm3Name) && !problems.contains(sm3SigName) && !problems.contains(certName);
        if (intact && byName.contains(sm3Name) && byName.contains(sm3SigName) && byName.contains(certName)) {
            const auto certs = pki::Certificate::listFromPem(byName[certName]);
            const auto key = certs ? certs->first().publicKey() : Result<codes::OpenSslKey>(certs.error());
            const QDateTime at = cms && cms->signingTime.isValid() ? cms->signingTime : now;
            if (!certs || !key || key->profile() != codes::Profile::Sm2Sm3) {
                setProblem(problems, certName, tr("signer-sm2.pem does not start with an SM2 certificate."));
            } else if (!isReportCert(certs->first())) {
                setProblem(problems, certName,
                           tr("signer-sm2.pem holds a %1 certificate, not a report certificate.")
                               .arg(certs->first().subject().role));
            } else if (cms && certs->first().subject().commonName != cms->signer.subject().commonName) {
                setProblem(problems, certName,
                           tr("signer-sm2.pem belongs to %1, not to the CMS signer %2.")
                               .arg(certs->first().subject().commonName, cms->signer.subject().commonName));
            } else if (Status s = pki::verifyChain(certs->first(), certs->mid(1), anchors, at); !s) {
                setProblem(problems, certName,
                           tr("The SM2 signer in signer-sm2.pem is not trusted: %1").arg(s.error().message));
            } else if (!key->verify(byName[sm3Name], byName[sm3SigName])) {
                setProblem(problems, sm3SigName,
                           tr("The SM2 signature SM3SUMS.sig over SM3SUMS does not verify."));
            }
            const auto smSums = parseSums(byName[sm3Name], sm3Name);
            QSet<QString> smListed;
            if (!smSums) {
                setProblem(problems, sm3Name, smSums.error().message);
            } else {
                for (const SumLine &l : *smSums) {
                    smListed.insert(l.name);
                    if (l.name == sumsName || l.name == sigName || l.name == sm3Name ||
                        l.name == sm3SigName || l.name == certName)
                        setProblem(problems, sm3Name,
                                   tr("SM3SUMS lists %1, which it cannot cover.").arg(l.name));
                    else if (!byName.contains(l.name))
                        addMissing(l.name, listedButMissing.arg(l.name));
                    else if (sm3(byName[l.name]) != l.hash)
                        setProblem(problems, l.name,
                                   tr("%1 has been altered: its SM3 does not match SM3SUMS.").arg(l.name));
                }
                for (const QString &name : std::as_const(order)) {
                    const bool covered = name == str(kVerifyName) || !reservedNames().contains(name);
                    if (covered && !smListed.contains(name)) // the report files and VERIFY.txt
                        setProblem(problems, name, tr("%1 is not listed in SM3SUMS.").arg(name));
                }
            }
        }
    }

    // The verdict: the signature first, then SHA256SUMS itself, then the members in the order of the zip.
    for (const QString &name : std::as_const(order)) {
        QString problem = problems.value(name);
        if (name == sigName)
            problem = sigProblem;
        else if (name == sumsName)
            problem = !sumsProblem.isEmpty() ? sumsProblem
                      : !cms                 ? tr("SHA256SUMS is not covered by a valid signature.")
                                             : QString();
        v.files.append({name, problem.isEmpty(), problem});
    }
    v.files += missing;
    if (!sigProblem.isEmpty())
        v.error = sigProblem;
    else if (!sumsProblem.isEmpty())
        v.error = sumsProblem;
    for (const MemberCheck &f : std::as_const(v.files)) {
        if (v.error.isEmpty() && !f.ok)
            v.error = f.problem;
    }
    v.valid = v.error.isEmpty();
    return v;
}

} // namespace hc::reports
