#pragma once
// The stock tools a recipient uses (unzip, openssl, sha256sum), run as VERIFY.txt says: report tests.
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace stocktools {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline int run(const QString &program, const QStringList &args, const QString &cwd = {},
               QByteArray *out = nullptr)
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

// Fixed command words (no spaces inside any) followed by file paths.
inline QStringList words(const char *fixed, const QStringList &rest = {})
{
    return QString::fromLatin1(fixed).split(QLatin1Char(' ')) + rest;
}

// The first half of VERIFY.txt's command, in the extracted folder.
inline QStringList cmsVerifyArgs(const QString &caFile)
{
    return words(
        "cms -verify -binary -inform DER -in SHA256SUMS.p7s -content SHA256SUMS -purpose any -out /dev/null",
        {QStringLiteral("-CAfile"), caFile});
}

// VERIFY.txt's command for recipients, run in the extracted folder: both halves must pass.
inline bool stockToolsAccept(const QString &dir, const QString &caFile, QByteArray *out = nullptr)
{
    QByteArray a, b;
    const bool ok = run(QStringLiteral("openssl"), cmsVerifyArgs(caFile), dir, &a) == 0 &&
                    run(QStringLiteral("sha256sum"), words("-c SHA256SUMS"), dir, &b) == 0;
    if (out)
        *out = a + b;
    return ok;
}

// VERIFY.txt's SM commands: the public key out of signer-sm2.pem, then SM3SUMS.sig over SM3SUMS.
inline bool smToolsAccept(const QString &dir, QByteArray *out = nullptr)
{
    return run(QStringLiteral("openssl"), words("x509 -in signer-sm2.pem -pubkey -noout -out ../sm2-pub.pem"),
               dir) == 0 &&
           run(QStringLiteral("openssl"),
               words("dgst -sm3 -verify ../sm2-pub.pem -sigopt distid:1234567812345678 -signature "
                     "SM3SUMS.sig SM3SUMS"),
               dir, out) == 0;
}

} // namespace stocktools
