#include "CliContext.h"
#include "CliProgress.h"
#include "PolicyStore.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::cli {

Result<Holder> findHolder(CliContext &c, const QString &text);

namespace {

// The issuer key's passphrase: HCCTL_KEY_PASSPHRASE or a prompt; never an option (it would show in ps).
QByteArray keyPassphrase()
{
    if (qEnvironmentVariableIsSet("HCCTL_KEY_PASSPHRASE"))
        return qgetenv("HCCTL_KEY_PASSPHRASE");
    return readPassword(tr("Issuer key passphrase: ")).toUtf8();
}

int verify(CliContext &c)
{
    const QString text = c.arg(2);
    if (text.isEmpty())
        return c.usage(tr("usage: hcctl code verify CODE [--json]"));
    const auto r = c.ws().codes().verify(text);
    if (!r) {
        // A code that fails a check is a refusal (exit 1) with the reason; text that is not a code is bad input (2).
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("error"), r.error().message}});
        else {
            c.err(tr("invalid: %1").arg(r.error().message));
            if (!r.error().detail.isEmpty())
                c.err(tr("  details: %1").arg(r.error().detail));
        }
        return r.error().kind == ErrorKind::BadInput ? ExitBadInput : ExitRefused;
    }
    const auto &b = r->code.body;
    if (c.json()) {
        c.print(QJsonObject{{QStringLiteral("valid"), true},
                            {QStringLiteral("color"), policy::colorKey(b.color)},
                            {QStringLiteral("issuer"), b.issuerDivision},
                            {QStringLiteral("expires"), time::format(b.expiresAt)},
                            {QStringLiteral("holder"), b.maskedHolder}});
    } else {
        c.out(tr("valid: %1, issued by %2 (%3), expires %4, holder %5")
                  .arg(policy::colorKey(b.color), r->issuerName, b.issuerDivision, time::format(b.expiresAt), b.maskedHolder));
    }
    return ExitOk;
}

int trust(CliContext &c)
{
    const QString verb = c.arg(2);
    if (verb == QLatin1String("list")) {
        QJsonArray a;
        const codes::TrustList list = c.ws().codes().trustList(); // kept: entries() refers into it
        for (const codes::TrustEntry &e : list.entries())
            a.append(QJsonObject{{QStringLiteral("division"), e.issuerDivision},
                                 {QStringLiteral("key_id"), e.keyId},
                                 {QStringLiteral("profile"), codes::profileKey(e.key.profile())},
                                 {QStringLiteral("organisation"), e.organisation},
                                 {QStringLiteral("revoked"), e.revoked},
                                 {QStringLiteral("fingerprint"), QString::fromLatin1(e.key.publicKeyDigest().toHex())}});
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("keys"), a}});
        else
            for (const QJsonValue &v : a)
                c.out(QStringLiteral("%1/%2\t%3\t%4%5").arg(v[QStringLiteral("division")].toString(), v[QStringLiteral("key_id")].toString(),
                                                          v[QStringLiteral("profile")].toString(), v[QStringLiteral("organisation")].toString(),
                                                          v[QStringLiteral("revoked")].toBool() ? QLatin1Char('\t') + tr("revoked") : QString()));
        return ExitOk;
    }
    if (verb != QLatin1String("add") && verb != QLatin1String("revoke"))
        return c.usage(tr("usage: hcctl code trust list | add --division D --key-id K --organisation O PEM | revoke --division D --key-id K"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    Status s = Ok{};
    if (verb == QLatin1String("add")) {
        QFile f(c.arg(3));
        if (c.arg(3).isEmpty() || !f.open(QIODevice::ReadOnly))
            return c.fail(Error::badInput(tr("cannot read the public key file \"%1\"").arg(c.arg(3))));
        s = c.ws().codes().addTrust(c.option(QStringLiteral("division")), c.option(QStringLiteral("key-id")),
                                    c.option(QStringLiteral("organisation")), f.readAll(), *c.ws().actor(), audit);
    } else {
        s = c.ws().codes().revokeTrust(c.option(QStringLiteral("division")), c.option(QStringLiteral("key-id")), *c.ws().actor(), audit);
    }
    if (!s)
        return c.fail(s.error());
    c.out(tr("Done."));
    return ExitOk;
}

} // namespace

int runCode(CliContext &c)
{
    const QString verb = c.arg(1);
    if (verb == QLatin1String("verify"))
        return verify(c);
    if (verb == QLatin1String("trust"))
        return trust(c);
    if (verb == QLatin1String("keygen")) {
        const auto profile = codes::profileFromKey(c.option(QStringLiteral("profile"), QStringLiteral("ecdsa-p256-sha256")));
        if (!profile)
            return c.usage(tr("--profile must be sm2-sm3 or ecdsa-p256-sha256"));
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        const auto k = c.ws().codes().createIssuerKey(*profile, c.option(QStringLiteral("key-id"), QStringLiteral("k1")),
                                                      keyPassphrase(), *c.ws().actor(), audit);
        if (!k)
            return c.fail(k.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("key_id"), k->keyId}, {QStringLiteral("profile"), codes::profileKey(k->profile)},
                                {QStringLiteral("division"), k->division}, {QStringLiteral("public_pem"), QString::fromLatin1(k->publicPem)}});
        else
            c.out(QString::fromLatin1(k->publicPem).trimmed());
        return ExitOk;
    }
    if (verb == QLatin1String("issue")) {
        const auto h = findHolder(c, c.option(QStringLiteral("holder")));
        if (!h)
            return c.fail(h.error());
        bool ok = true;
        const int hours = c.option(QStringLiteral("valid-hours"), QStringLiteral("24")).toInt(&ok);
        if (!ok)
            return c.usage(tr("--valid-hours must be a number"));
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        const auto code = c.ws().codes().issue(h->id, keyPassphrase(), hours, *c.ws().actor(), audit);
        if (!code)
            return c.fail(code.error());
        if (c.json())
            c.print(QJsonObject{{QStringLiteral("code"), code->text},
                                {QStringLiteral("color"), policy::colorKey(code->code.body.color)},
                                {QStringLiteral("expires"), time::format(code->code.body.expiresAt)}});
        else
            c.out(code->text);
        return ExitOk;
    }
    return c.usage(tr("usage: hcctl code keygen|issue|verify|trust …"));
}

int runDemo(CliContext &c)
{
    if (c.arg(1) != QLatin1String("populate"))
        return c.usage(tr("usage: hcctl demo populate --holders N --seed S [--days D] [--scans-per-day X] [--focus CODE --focus-share F] [--community-share F]"));
    DemoPopulator::Options o;
    bool ok1 = true, ok2 = true, ok3 = true, ok4 = true, ok5 = true;
    o.holders = c.option(QStringLiteral("holders"), QStringLiteral("1000")).toLongLong(&ok1);
    o.seed = c.option(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&ok2);
    o.days = c.option(QStringLiteral("days"), QStringLiteral("30")).toInt(&ok3);
    o.scansPerDay = c.option(QStringLiteral("scans-per-day"), QStringLiteral("0.3")).toDouble(&ok4);
    o.focusDivision = c.option(QStringLiteral("focus"));
    o.focusShare = c.option(QStringLiteral("focus-share"), QStringLiteral("0")).toDouble(&ok5);
    bool ok6 = true;
    o.communityShare = c.option(QStringLiteral("community-share"), QStringLiteral("0.05")).toDouble(&ok6);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || o.focusShare < 0 || o.focusShare > 1 || o.scansPerDay < 0
        || o.communityShare < 0 || o.communityShare > 1)
        return c.usage(tr("--holders, --seed, --days, --scans-per-day, --focus-share and --community-share take numbers"));
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    AuditLog audit = c.ws().audit();
    QElapsedTimer timer;
    timer.start();
    CliProgress bar;
    const auto r = c.ws().demo().populate(o, *c.ws().actor(), audit, bar.fn());
    bar.finish();
    if (!r)
        return c.fail(r.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("holders"), r->holders},
                            {QStringLiteral("declarations"), r->declarations},
                            {QStringLiteral("scans"), r->scans},
                            {QStringLiteral("conditions"), r->conditions},
                            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
    else
        c.out(tr("%1 holders, %2 declarations, %3 scans, %4 conditions in %5 s.")
                  .arg(r->holders).arg(r->declarations).arg(r->scans).arg(r->conditions).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitOk;
}

int runPolicy(CliContext &c)
{
    const qint64 now = c.ws().clock().now().toSecsSinceEpoch();
    if (c.arg(1) == QLatin1String("show") || c.arg(1).isEmpty()) {
        c.print(PolicyStore(c.ws().db()).inForce(now).toJson());
        return ExitOk;
    }
    if (c.arg(1) == QLatin1String("list")) {
        QJsonArray a;
        for (const policy::Policy &p : PolicyStore(c.ws().db()).all())
            a.append(p.toJson());
        c.print(QJsonObject{{QStringLiteral("policies"), a}});
        return ExitOk;
    }
    if (c.arg(1) == QLatin1String("add")) {
        // A new version from a JSON file {"id", "version", "effective_from" (epoch s), "parameters": {…}}.
        QFile f(c.arg(2));
        if (c.arg(2).isEmpty() || !f.open(QIODevice::ReadOnly))
            return c.fail(Error::badInput(tr("cannot read the policy file \"%1\"").arg(c.arg(2))));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return c.fail(Error::badInput(tr("%1: not a JSON object").arg(c.arg(2))));
        const auto p = policy::Policy::fromJson(doc.object());
        if (!p)
            return c.fail(p.error());
        if (int rc = c.signIn(); rc != ExitOk)
            return rc;
        AuditLog audit = c.ws().audit();
        if (const auto added = PolicyStore(c.ws().db()).publish(p.value(), *c.ws().actor(), now, audit); !added)
            return c.fail(added.error());
        c.print(p->toJson());
        return ExitOk;
    }
    return c.usage(tr("usage: hcctl policy show|list|add FILE"));
}

} // namespace hc::cli
