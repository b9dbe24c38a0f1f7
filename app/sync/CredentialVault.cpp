#include "CredentialVault.h"

#include "Crypto.h"
#include "Protocol.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::sync {

namespace {

QString bundleKey(const QString &consoleId)
{
    return consoleId + QStringLiteral("/credentials");
}

QString passphraseKey(const QString &consoleId)
{
    return consoleId + QStringLiteral("/passphrase");
}

Result<QByteArray> readFile(const QDir &dir, const QString &name)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(CredentialVault::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
    return f.readAll();
}

struct Part
{
    const char *file;
    const char *role;
};
const Part kParts[] = {{"auth", "auth"},     {"upload", "upload"},   {"upload-sm2", "upload"},  {"report", "report"},
                       {"report-sm2", "report"}, {"handoff", "handoff"}, {"handoff-sm2", "handoff"}};

Result<SigningIdentity> identity(const QJsonObject &bundle, const QString &name, const QByteArray &passphrase)
{
    auto cert = pki::Certificate::fromPem(bundle.value(name + QStringLiteral("Cert")).toString().toLatin1());
    if (!cert)
        return Error::badInput(CredentialVault::tr("%1 certificate: %2").arg(name, cert.error().message));
    auto key = codes::OpenSslKey::fromPrivatePem(bundle.value(name + QStringLiteral("Key")).toString().toLatin1(), passphrase);
    if (!key)
        return Error::refused(CredentialVault::tr("the %1 key does not open with this passphrase").arg(name));
    return SigningIdentity{*cert, {}, *key};
}

} // namespace

Result<std::pair<SyncSettings, QByteArray>> CredentialVault::readDirectory(const QString &path, const QByteArray &passphrase,
                                                                            const QString &profile, const QDateTime &now)
{
    if (profile != QLatin1String("intl") && profile != QLatin1String("sm"))
        return Error::badInput(CredentialVault::tr("the profile is intl or sm, not \"%1\"").arg(profile));
    const QDir dir(path);
    const auto caPem = readFile(dir, QStringLiteral("ca.pem"));
    if (!caPem)
        return caPem.error();
    const auto anchors = pki::Certificate::listFromPem(*caPem);
    if (!anchors || anchors->isEmpty())
        return Error::badInput(CredentialVault::tr("%1/ca.pem holds no certificate").arg(path));
    const auto pinsText = readFile(dir, QStringLiteral("pins.txt"));
    if (!pinsText)
        return pinsText.error();
    SyncSettings s;
    for (const QByteArray &line : pinsText->split('\n'))
        if (const QString pin = QString::fromLatin1(line.trimmed()); !pin.isEmpty()) {
            if (!pin.startsWith(QLatin1String("sha256/")) || QByteArray::fromBase64(pin.mid(7).toLatin1()).size() != 32)
                return Error::badInput(CredentialVault::tr("pins.txt: \"%1\" is not a sha256/<base64> pin").arg(pin));
            s.pins.append(pin);
        }
    if (s.pins.isEmpty())
        return Error::badInput(CredentialVault::tr("pins.txt names no pin"));
    const auto url = readFile(dir, QStringLiteral("platform.url"));
    if (!url)
        return url.error();
    s.platformUrl = QString::fromUtf8(url->trimmed());
    if (!s.platformUrl.startsWith(QLatin1String("https://")))
        return Error::badInput(CredentialVault::tr("the platform address must be https://, not \"%1\"").arg(s.platformUrl));
    s.caPem = *caPem;
    s.profile = profile;
    QJsonObject bundle;
    for (const Part &p : kParts) {
        const QString name = QString::fromLatin1(p.file);
        const auto certPem = readFile(dir, name + QStringLiteral(".pem"));
        const auto keyPem = readFile(dir, name + QStringLiteral(".key"));
        if (!certPem || !keyPem) {
            if (name.startsWith(QLatin1String("report")) || name.startsWith(QLatin1String("handoff")))
                continue; // optional: only signed reports and hand-offs need them (older directories lack them)
            return (!certPem ? certPem : keyPem).error();
        }
        const auto cert = pki::Certificate::fromPem(*certPem);
        if (!cert)
            return Error::badInput(CredentialVault::tr("%1.pem: %2").arg(name, cert.error().message));
        if (Status st = pki::verifyChain(*cert, {}, *anchors, now); !st)
            return Error::badInput(CredentialVault::tr("%1.pem: %2").arg(name, st.error().message));
        const pki::Subject subject = cert->subject();
        if (subject.role != QLatin1String(p.role))
            return Error::badInput(CredentialVault::tr("%1.pem is a %2 certificate, not %3").arg(name, subject.role, QLatin1String(p.role)));
        if (s.consoleId.isEmpty()) {
            s.consoleId = subject.commonName;
            s.province = subject.province;
            s.organisation = subject.organisation;
        } else if (subject.commonName != s.consoleId || subject.province != s.province)
            return Error::badInput(CredentialVault::tr("%1.pem belongs to %2 (province %3), not %4").arg(name, subject.commonName, subject.province, s.consoleId));
        const auto key = codes::OpenSslKey::fromPrivatePem(*keyPem, passphrase);
        if (!key)
            return Error::refused(CredentialVault::tr("%1.key does not open with this passphrase").arg(name));
        if (key->publicKeyDigest() != cert->spkiSha256())
            return Error::badInput(CredentialVault::tr("%1.key is not the key of %1.pem").arg(name));
        bundle.insert(QString(name).replace(QStringLiteral("-sm2"), QStringLiteral("Sm2")) + QStringLiteral("Cert"),
                      QString::fromLatin1(*certPem));
        bundle.insert(QString(name).replace(QStringLiteral("-sm2"), QStringLiteral("Sm2")) + QStringLiteral("Key"),
                      QString::fromLatin1(*keyPem));
    }
    if (s.province.size() != 2)
        return Error::badInput(CredentialVault::tr("the certificates name province \"%1\", not a 2-digit code").arg(s.province));
    const QByteArray json = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    s.credentialsSha256 = protocol::hex(crypto::sha256(json));
    return std::pair{s, json};
}

Status CredentialVault::keep(SyncSettings &settings, const QByteArray &bundle, const QByteArray &passphrase)
{
    if (m_secrets.persistent()) {
        if (Status s = m_secrets.write(bundleKey(settings.consoleId), bundle); !s)
            return s;
        settings.credentials.clear();
    } else {
        settings.credentials = bundle; // its keys stay encrypted under the passphrase
    }
    return m_secrets.write(passphraseKey(settings.consoleId), passphrase);
}

bool CredentialVault::hasPassphrase(const SyncSettings &settings)
{
    const auto p = m_secrets.read(passphraseKey(settings.consoleId));
    return p && p->has_value();
}

Status CredentialVault::rememberPassphrase(const SyncSettings &settings, const QByteArray &passphrase)
{
    return m_secrets.write(passphraseKey(settings.consoleId), passphrase);
}

QString CredentialVault::whereKept(const SyncSettings &settings) const
{
    return settings.credentials.isEmpty() ? m_secrets.backendName()
                                          : tr("database (keys encrypted); passphrase in memory only");
}

Result<UnlockedCredentials> CredentialVault::unlock(const SyncSettings &settings, const std::optional<QByteArray> &given)
{
    QByteArray bundleJson = settings.credentials;
    if (bundleJson.isEmpty()) {
        const auto kept = m_secrets.read(bundleKey(settings.consoleId));
        if (!kept)
            return kept.error();
        if (!kept->has_value())
            return Error::refused(CredentialVault::tr("the console's certificates are not in the keychain (%1): run sync setup again")
                                      .arg(m_secrets.backendName()));
        bundleJson = **kept;
    }
    if (protocol::hex(crypto::sha256(bundleJson)) != settings.credentialsSha256)
        return Error::refused(CredentialVault::tr("the kept certificates are not the ones configured: run sync setup again"));
    QByteArray passphrase;
    if (given) {
        passphrase = *given;
    } else {
        const auto stored = m_secrets.read(passphraseKey(settings.consoleId));
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return Error::refused(CredentialVault::tr("the key passphrase is needed: no keychain holds it, so it is asked each session"));
        passphrase = **stored;
    }
    const QJsonObject bundle = QJsonDocument::fromJson(bundleJson).object();
    const QSslCertificate authCert(bundle.value(QStringLiteral("authCert")).toString().toLatin1(), QSsl::Pem);
    const QSslKey authKey(bundle.value(QStringLiteral("authKey")).toString().toLatin1(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
    if (authCert.isNull() || authKey.isNull())
        return Error::refused(CredentialVault::tr("the AUTH key does not open with this passphrase"));
    auto upload = identity(bundle, settings.profile == QLatin1String("sm") ? QStringLiteral("uploadSm2") : QStringLiteral("upload"), passphrase);
    if (!upload)
        return upload.error();
    UnlockedCredentials u{authCert, authKey, *upload, std::nullopt, std::nullopt, std::nullopt};
    if (bundle.contains(QStringLiteral("reportCert"))) {
        auto report = identity(bundle, QStringLiteral("report"), passphrase);
        if (!report)
            return report.error();
        u.report = *report;
    }
    if (settings.profile == QLatin1String("sm") && bundle.contains(QStringLiteral("reportSm2Cert"))) {
        auto reportSm2 = identity(bundle, QStringLiteral("reportSm2"), passphrase);
        if (!reportSm2)
            return reportSm2.error();
        u.reportSm2 = *reportSm2;
    }
    // The key other commissions encrypt hand-offs to, of the console's profile (P-256 ECDH or SM2).
    if (const QString name = settings.profile == QLatin1String("sm") ? QStringLiteral("handoffSm2") : QStringLiteral("handoff");
        bundle.contains(name + QStringLiteral("Cert"))) {
        auto handoff = identity(bundle, name, passphrase);
        if (!handoff)
            return handoff.error();
        u.handoff = *handoff;
    }
    return u;
}

} // namespace hc::sync
