#include "PlatformSetup.h"

#include "Crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace hc::platform {

namespace {

Status writeFile(const QString &path, const QByteArray &data, bool secret = false)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit())
        return Error::internal(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return Ok{};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

QByteArray newPassphrase()
{
    // 20 characters from an alphabet without look-alikes: typed by hand in the demo.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray out;
    for (const char b : crypto::randomBytes(20))
        out.append(alphabet[quint8(b) % (sizeof(alphabet) - 1)]);
    return out;
}

Status writeIdentity(const QString &base, const pki::Issued &id, const QByteArray &passphrase)
{
    const auto pem = id.key.privatePem(passphrase);
    if (!pem)
        return pem.error();
    if (Status s = writeFile(base + QStringLiteral(".pem"), id.cert.toPem()); !s)
        return s;
    return writeFile(base + QStringLiteral(".key"), *pem, true);
}

Result<pki::Issued> readIdentity(const QString &base, const QByteArray &passphrase)
{
    const auto certPem = readFile(base + QStringLiteral(".pem"));
    if (!certPem)
        return certPem.error();
    const auto keyPem = readFile(base + QStringLiteral(".key"));
    if (!keyPem)
        return keyPem.error();
    auto cert = pki::Certificate::fromPem(*certPem);
    if (!cert)
        return cert.error();
    auto key = codes::OpenSslKey::fromPrivatePem(*keyPem, passphrase);
    if (!key)
        return Error::badInput(QStringLiteral("%1.key: %2").arg(base, key.error().message));
    return pki::Issued{*cert, *key};
}

} // namespace

Result<QByteArray> PlatformSetup::passphrase(const QString &dir, bool *plainFile)
{
    // A real set-up gives the passphrase in HC_PLATFORM_PASSPHRASE (from the operator's vault or a prompt) and
    // keeps no copy on disk; only the demo writes it to platform/secret.
    const QByteArray given = qgetenv("HC_PLATFORM_PASSPHRASE");
    if (plainFile)
        *plainFile = given.isEmpty();
    if (!given.isEmpty())
        return given;
    const QString file = dir + QStringLiteral("/platform/secret");
    if (!QFile::exists(file))
        return Error::badInput(QStringLiteral("no passphrase: set HC_PLATFORM_PASSPHRASE (%1 is a demo file and is absent)").arg(file));
    return readFile(file);
}

QString PlatformSetup::storePath(const QString &dir)
{
    return dir + QStringLiteral("/platform/platform.sqlite");
}

Result<QList<DemoConsole>> PlatformSetup::createDemo(const QString &dir, const QString &url)
{
    if (QFile::exists(dir + QStringLiteral("/ca/ca.pem")))
        return Error::refused(QStringLiteral("%1 already holds a platform CA; use --dir to serve it").arg(dir));
    for (const char *sub : {"ca", "platform", "consoles"})
        if (!QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(sub)))
            return Error::internal(QStringLiteral("cannot create %1/%2").arg(dir, QLatin1String(sub)));
    // Demo only: the passphrase of the CA and platform keys in a plain file next to them (0600). With
    // HC_PLATFORM_PASSPHRASE set, that passphrase is used and nothing is written.
    const QByteArray given = qgetenv("HC_PLATFORM_PASSPHRASE");
    const QByteArray secret = given.isEmpty() ? newPassphrase() : given;
    if (given.isEmpty())
        if (Status s = writeFile(dir + QStringLiteral("/platform/secret"), secret, true); !s)
            return s.error();
    const auto ca = pki::makeCa({QStringLiteral("HC Demo Platform CA"), {}, QStringLiteral("国家健康码平台（演示）"), QStringLiteral("ca")});
    if (!ca)
        return ca.error();
    if (Status s = writeIdentity(dir + QStringLiteral("/ca/ca"), *ca, secret); !s)
        return s.error();
    const QString platformOrg = QStringLiteral("国家健康码平台（演示）");
    auto serverRequest = pki::IssueRequest::of({QStringLiteral("localhost"), {}, platformOrg, QStringLiteral("server")}, pki::Role::Server);
    serverRequest.dnsNames = {QStringLiteral("localhost")};
    serverRequest.ipAddresses = {QStringLiteral("127.0.0.1")};
    const auto server = pki::issue(*ca, serverRequest);
    const auto receipt = pki::issue(
        *ca, pki::IssueRequest::of({QLatin1String(protocol::kPlatformId), {}, platformOrg, QStringLiteral("receipt")}, pki::Role::Receipt));
    const auto backup = codes::OpenSslKey::generate(codes::Profile::EcdsaP256Sha256);
    if (!server || !receipt || !backup)
        return Error::internal(QStringLiteral("cannot issue the platform certificates"));
    if (Status s = writeIdentity(dir + QStringLiteral("/platform/server"), *server, secret); !s)
        return s.error();
    if (Status s = writeIdentity(dir + QStringLiteral("/platform/receipt"), *receipt, secret); !s)
        return s.error();
    if (Status s = writeFile(dir + QStringLiteral("/platform/backup.key"), *backup->privatePem(secret), true); !s)
        return s.error();
    // The pin set: the server key in use and a backup key kept offline, so the server key can be rolled.
    const QByteArray pins = pki::pinOf(server->cert).toLatin1() + '\n' + "sha256/" + backup->publicKeyDigest().toBase64() + '\n';
    if (Status s = writeFile(dir + QStringLiteral("/platform/pins.txt"), pins); !s)
        return s.error();
    QList<DemoConsole> consoles;
    for (const auto &[id, province, org] :
         {std::tuple{QStringLiteral("console-370303"), QStringLiteral("37"), QStringLiteral("淄博市张店区卫生健康局")},
          std::tuple{QStringLiteral("console-110105"), QStringLiteral("11"), QStringLiteral("北京市朝阳区卫生健康委员会")}}) {
        auto c = issueConsole(dir, id, province, org, url);
        if (!c)
            return c.error();
        consoles.append(*c);
    }
    return consoles;
}

Result<DemoConsole> PlatformSetup::issueConsole(const QString &dir, const QString &consoleId, const QString &province,
                                                const QString &organisation, const QString &url)
{
    const auto secret = passphrase(dir);
    if (!secret)
        return secret.error();
    const auto ca = readIdentity(dir + QStringLiteral("/ca/ca"), *secret);
    if (!ca)
        return ca.error();
    DemoConsole c{consoleId, province, organisation, dir + QStringLiteral("/consoles/") + consoleId, QString::fromLatin1(newPassphrase())};
    if (!QDir().mkpath(c.dir))
        return Error::internal(QStringLiteral("cannot create %1").arg(c.dir));
    const QByteArray pass = c.passphrase.toLatin1();
    struct Part
    {
        const char *file;
        pki::Role role;
        const char *ou;
        codes::Profile profile;
    };
    for (const Part &p : {Part{"auth", pki::Role::Auth, "auth", codes::Profile::EcdsaP256Sha256},
                          Part{"upload", pki::Role::Upload, "upload", codes::Profile::EcdsaP256Sha256},
                          Part{"upload-sm2", pki::Role::Upload, "upload", codes::Profile::Sm2Sm3},
                          Part{"report", pki::Role::Report, "report", codes::Profile::EcdsaP256Sha256},
                          Part{"report-sm2", pki::Role::Report, "report", codes::Profile::Sm2Sm3},
                          Part{"handoff", pki::Role::Handoff, "handoff", codes::Profile::EcdsaP256Sha256},
                          Part{"handoff-sm2", pki::Role::Handoff, "handoff", codes::Profile::Sm2Sm3}}) {
        const auto issued = pki::issue(*ca, pki::IssueRequest::of({consoleId, province, organisation, QLatin1String(p.ou)}, p.role, p.profile));
        if (!issued)
            return issued.error();
        if (Status s = writeIdentity(c.dir + QLatin1Char('/') + QLatin1String(p.file), *issued, pass); !s)
            return s.error();
    }
    if (Status s = writeFile(c.dir + QStringLiteral("/ca.pem"), ca->cert.toPem()); !s)
        return s.error();
    const auto pins = readFile(dir + QStringLiteral("/platform/pins.txt"));
    if (!pins)
        return pins.error();
    if (Status s = writeFile(c.dir + QStringLiteral("/pins.txt"), *pins); !s)
        return s.error();
    if (Status s = writeFile(c.dir + QStringLiteral("/platform.url"), url.toUtf8() + '\n'); !s)
        return s.error();
    return c;
}

Result<PlatformConfig> PlatformSetup::load(const QString &dir)
{
    const auto secret = passphrase(dir);
    if (!secret)
        return secret.error();
    const auto caPem = readFile(dir + QStringLiteral("/ca/ca.pem"));
    if (!caPem)
        return caPem.error();
    const auto ca = pki::Certificate::fromPem(*caPem);
    if (!ca)
        return ca.error();
    const auto receipt = readIdentity(dir + QStringLiteral("/platform/receipt"), *secret);
    if (!receipt)
        return receipt.error();
    const auto serverPem = readFile(dir + QStringLiteral("/platform/server.pem"));
    const auto serverKey = readFile(dir + QStringLiteral("/platform/server.key"));
    if (!serverPem || !serverKey)
        return Error::badInput(QStringLiteral("%1/platform/server.pem or server.key missing").arg(dir));
    PlatformConfig cfg{{*ca},
                       QSslCertificate(*serverPem, QSsl::Pem),
                       QSslKey(*serverKey, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, *secret),
                       QSslCertificate::fromData(*caPem, QSsl::Pem),
                       {receipt->cert, {}, receipt->key},
                       {}};
    if (cfg.serverCert.isNull() || cfg.serverKey.isNull())
        return Error::badInput(QStringLiteral("the server certificate or key in %1/platform cannot be read").arg(dir));
    return cfg;
}

} // namespace hc::platform
