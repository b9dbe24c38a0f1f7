// code-verify: codes verified per second (parse, trust-list lookup, signature, expiry) for each profile,
// against `openssl speed` verify/s for the same algorithm, run in the same process tree.
#include "BenchSupport.h"
#include "CodeIssuer.h"
#include "CodeVerifier.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>

namespace hc::bench {

namespace {

// The verify/s column of `openssl speed -seconds S ALG`.
double opensslVerifyRate(const QString &alg, int seconds, const QString &rowPattern)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("speed"), QStringLiteral("-seconds"), QString::number(seconds), alg});
    if (!p.waitForFinished(120000))
        return 0;
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.contains(rowPattern)) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            return cols.value(cols.size() - 1).toDouble();
        }
    return 0;
}

} // namespace

int codeVerify(const Args &a)
{
    const int seconds = a.intOption(QStringLiteral("seconds"), 3);
    int failures = 0;
    for (const codes::Profile profile : {codes::Profile::EcdsaP256Sha256, codes::Profile::Sm2Sm3}) {
        const auto key = codes::OpenSslKey::generate(profile);
        if (!key)
            return fail(key.error().message);
        const auto pub = codes::OpenSslKey::fromPublicPem(key->publicPem());
        codes::TrustList trust;
        for (int i = 0; i < 300; ++i) // a realistic trust list: every prefecture's key
            trust.add({QStringLiteral("%1").arg(110000 + i * 100).leftJustified(12, QLatin1Char('0')), QStringLiteral("k1"),
                       QStringLiteral("issuer %1").arg(i), pub.value()});
        trust.add({QStringLiteral("370303000000"), QStringLiteral("zd1"), QStringLiteral("淄博市张店区卫生健康局"), pub.value()});
        const codes::CodeIssuer issuer(key.value(), QStringLiteral("370303"), QStringLiteral("zd1"),
                                       QStringLiteral("淄博市张店区卫生健康局"), QByteArray(32, 's'));
        QStringList texts;
        for (int i = 0; i < 64; ++i) {
            codes::CodeIssuer::Request r;
            r.idType = QStringLiteral("resident");
            r.idNumber = QStringLiteral("3703031990010112%1").arg(i % 10) + QLatin1Char('X');
            r.color = policy::Color::Green;
            r.issuedAt = 1667354400;
            r.expiresAt = r.issuedAt + 86400;
            r.authorisationDigest = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
            r.maskedHolder = QStringLiteral("张*三 3703**********123X");
            texts << issuer.issue(r)->toText();
        }
        const codes::CodeVerifier verifier(trust);
        QElapsedTimer t;
        t.start();
        qint64 n = 0, ok = 0;
        while (t.elapsed() < seconds * 1000) {
            for (const QString &text : texts)
                ok += verifier.verify(text, 1667354400 + 60).ok();
            n += texts.size();
        }
        const double rate = n / (elapsedMs(t) / 1000.0);
        const bool sm2 = profile == codes::Profile::Sm2Sm3;
        const double limit = sm2 ? opensslVerifyRate(QStringLiteral("sm2"), seconds, QStringLiteral("SM2"))
                                 : opensslVerifyRate(QStringLiteral("ecdsap256"), seconds, QStringLiteral("nistp256"));
        if (ok != n || limit <= 0 || rate < 0.9 * limit)
            ++failures;
        report(QStringLiteral("verify %1").arg(codes::profileKey(profile)), thousands(qint64(rate)), QStringLiteral("codes/s"),
               QStringLiteral("openssl speed %1 verify %2/s → %3 %")
                   .arg(sm2 ? QStringLiteral("sm2") : QStringLiteral("ecdsap256"), thousands(qint64(limit)),
                        fixed(limit > 0 ? 100.0 * rate / limit : 0)),
               QStringLiteral("target ≥ 90 %; one core; %1 of %2 valid; trust list of %3 keys").arg(ok).arg(n).arg(trust.size()));
    }
    return failures ? 1 : 0;
}

} // namespace hc::bench
