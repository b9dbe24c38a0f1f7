#include "CodeService.h"
#include "SqlDialect.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "CodeIssuer.h"
#include "CodeVerifier.h"
#include "Commission.h"
#include "Database.h"
#include "HolderRepository.h"
#include "TimeUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace hc {

namespace {
IssuerKeyInfo readKey(const QSqlQuery &q)
{
    IssuerKeyInfo k;
    k.keyId = q.value(0).toString();
    k.profile = codes::profileFromKey(q.value(1).toString()).value_or(codes::Profile::EcdsaP256Sha256);
    k.division = q.value(2).toString();
    k.organisation = q.value(3).toString();
    k.publicPem = q.value(4).toByteArray();
    k.createdAt = q.value(5).toLongLong();
    k.active = q.value(6).toBool();
    return k;
}
const QString kKeyColumns = QStringLiteral("key_id, profile, division, organisation, public_pem, created_at, active");
} // namespace

QByteArray CodeService::authorisationDigest(const Holder &h)
{
    const QByteArray record = "JKM1-consent|" + h.codeIdentity.toHex() + '|' + QByteArray::number(h.createdAt);
    return QCryptographicHash::hash(record, QCryptographicHash::Sha256);
}

Result<IssuerKeyInfo> CodeService::createIssuerKey(codes::Profile profile, const QString &keyId, const QByteArray &passphrase,
                                                   const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("code.key_create"),
                                                   QStringLiteral("issuer_key:%1").arg(keyId), audit);
        !s)
        return s.error();
    const Commission commission = Commission::load(m_db);
    const auto division = codes::statisticalCode(commission.division);
    if (!division || commission.name.isEmpty())
        return Error::refused(tr("Set the commission's division and name first (hcctl commission set)."));
    if (keyId.isEmpty() || keyId.size() > 32 || keyId.toLatin1() != keyId.toUtf8() || keyId.contains(QLatin1Char(' ')))
        return Error::badInput(tr("A key id is 1 to 32 ASCII characters without spaces."));
    auto key = codes::OpenSslKey::generate(profile);
    if (!key)
        return key.error();
    auto pem = key->privatePem(passphrase);
    if (!pem)
        return pem.error();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!execSql(m_db, QStringLiteral("UPDATE issuer_key SET active = 0")))
        return Error::internal(tr("cannot deactivate the old key"));
    q.prepare(QStringLiteral("INSERT INTO issuer_key VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    for (const QVariant &v : QVariantList{keyId, codes::profileKey(profile), *division, commission.name, pem.value(),
                                          key->publicPem(), actor, now})
        q.addBindValue(v);
    if (!q.exec())
        return Error::refused(tr("The key id \"%1\" is already used.").arg(keyId));
    // Our own key goes into the trust list like any issuer's.
    q.prepare(QStringLiteral("INSERT INTO trust_key(issuer_division, key_id, profile, organisation, public_pem, valid_from,"
                             " valid_to, revoked, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, NULL, 0, ?, ?)"
                             " ON CONFLICT(issuer_division, key_id) DO UPDATE SET profile = excluded.profile,"
                             " organisation = excluded.organisation, public_pem = excluded.public_pem,"
                             " valid_from = excluded.valid_from, valid_to = excluded.valid_to, revoked = excluded.revoked,"
                             " added_by = excluded.added_by, added_at = excluded.added_at"));
    for (const QVariant &v : QVariantList{*division, keyId, codes::profileKey(profile), commission.name, key->publicPem(),
                                          now, actor, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("code.key_create"), QStringLiteral("issuer_key:%1").arg(keyId), {},
                                {{QStringLiteral("profile"), codes::profileKey(profile)},
                                 {QStringLiteral("division"), *division},
                                 {QStringLiteral("fingerprint"), QString::fromLatin1(key->publicKeyDigest().toHex())}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *activeKey();
}

QList<IssuerKeyInfo> CodeService::issuerKeys() const
{
    QList<IssuerKeyInfo> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM issuer_key ORDER BY created_at").arg(kKeyColumns)))
        while (q.next())
            out << readKey(q);
    return out;
}

std::optional<IssuerKeyInfo> CodeService::activeKey() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM issuer_key WHERE active = 1 ORDER BY created_at DESC LIMIT 1").arg(kKeyColumns)) && q.next())
        return readKey(q);
    return std::nullopt;
}

Result<IssuedCode> CodeService::issue(qint64 holderId, const QByteArray &passphrase, int validHours, const QString &actor,
                                      AuditLog &audit)
{
    if (validHours < 1 || validHours > 24 * 7)
        return Error::badInput(tr("A code is valid for 1 hour to 7 days."));
    const auto holder = HolderRepository(m_db).find(holderId);
    if (!holder)
        return Error::badInput(tr("No holder with id %1.").arg(holderId));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::IssueCode, holder->homeDivision, QStringLiteral("code.issue"),
                                                   QStringLiteral("holder:%1").arg(holderId), audit);
        !s)
        return s.error();
    const auto key = activeKey();
    if (!key)
        return Error::refused(tr("This console has no issuer key yet (hcctl code keygen)."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT private_pem FROM issuer_key WHERE key_id = ?"));
    q.addBindValue(key->keyId);
    if (!q.exec() || !q.next())
        return Error::internal(tr("issuer key vanished"));
    auto priv = codes::OpenSslKey::fromPrivatePem(q.value(0).toByteArray(), passphrase);
    if (!priv)
        return priv.error();
    QByteArray secret;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity_secret'")) && q.next())
        secret = QByteArray::fromHex(q.value(0).toByteArray());
    const codes::CodeIssuer issuer(priv.value(), key->division, key->keyId, key->organisation, secret);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    codes::CodeIssuer::Request r;
    r.idType = idTypeKey(holder->idType);
    r.idNumber = holder->idNumber;
    r.color = holder->color;
    r.issuedAt = now;
    // A code must not outlive the color it shows.
    r.expiresAt = std::min(now + qint64(validHours) * 3600, holder->nextChangeAt.value_or(policy::kOpen));
    if (r.expiresAt <= now)
        return Error::refused(tr("The holder's color is due to change now; run the time update first."));
    r.authorisationDigest = authorisationDigest(*holder);
    r.maskedHolder = holder->maskedIdentity();
    auto code = issuer.issue(r);
    if (!code)
        return code.error();
    if (Status s = audit.append(actor, QStringLiteral("code.issue"), QStringLiteral("holder:%1").arg(holderId), {},
                                {{QStringLiteral("color"), policy::colorKey(r.color)},
                                 {QStringLiteral("key"), key->keyId},
                                 {QStringLiteral("expires"), time::format(r.expiresAt)}});
        !s)
        return s.error();
    return IssuedCode{code->toText(), code.value()};
}

codes::TrustList CodeService::trustList() const
{
    codes::TrustList list;
    QSqlQuery q(m_db);
    sql::stream(q);
    if (q.exec(QStringLiteral("SELECT issuer_division, key_id, organisation, public_pem, valid_from, valid_to, revoked FROM trust_key")))
        while (q.next()) {
            auto key = codes::OpenSslKey::fromPublicPem(q.value(3).toByteArray());
            if (!key)
                continue;
            codes::TrustEntry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), key.value()};
            e.validFrom = q.value(4).toLongLong();
            e.validTo = q.value(5).isNull() ? policy::kOpen : q.value(5).toLongLong();
            e.revoked = q.value(6).toBool();
            list.add(e);
        }
    return list;
}

Result<CodeCheck> CodeService::verify(const QString &text) const
{
    return verify(text, trustList());
}

Result<CodeCheck> CodeService::verify(const QString &text, const codes::TrustList &trust) const
{
    const codes::CodeVerifier verifier(trust);
    auto code = verifier.verify(text, m_clock.now().toSecsSinceEpoch());
    if (!code)
        return code.error();
    CodeCheck check;
    check.code = code.value();
    check.issuerName = trust.find(code->body.issuerDivision, code->body.keyId)->organisation;
    if (const auto h = HolderRepository(m_db).findByCodeIdentity(code->identity))
        check.holderId = h->id;
    return check;
}

Status CodeService::addTrust(const QString &division, const QString &keyId, const QString &organisation,
                             const QByteArray &publicPem, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("code.trust_add"),
                                                   QStringLiteral("trust_key:%1/%2").arg(division, keyId), audit);
        !s)
        return s;
    const auto d = codes::statisticalCode(division);
    if (!d)
        return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(division));
    auto key = codes::OpenSslKey::fromPublicPem(publicPem);
    if (!key)
        return key.error();
    if (keyId.isEmpty() || keyId.size() > 32)
        return Error::badInput(tr("A key id is 1 to 32 ASCII characters without spaces."));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO trust_key(issuer_division, key_id, profile, organisation, public_pem, valid_from,"
                             " valid_to, revoked, added_by, added_at) VALUES (?, ?, ?, ?, ?, 0, NULL, 0, ?, ?)"
                             " ON CONFLICT(issuer_division, key_id) DO UPDATE SET profile = excluded.profile,"
                             " organisation = excluded.organisation, public_pem = excluded.public_pem,"
                             " valid_from = excluded.valid_from, valid_to = excluded.valid_to, revoked = excluded.revoked,"
                             " added_by = excluded.added_by, added_at = excluded.added_at"));
    for (const QVariant &v : QVariantList{*d, keyId, codes::profileKey(key->profile()), text(organisation), publicPem, actor, now})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("code.trust_add"), QStringLiteral("trust_key:%1/%2").arg(*d, keyId), {},
                                {{QStringLiteral("profile"), codes::profileKey(key->profile())},
                                 {QStringLiteral("organisation"), organisation},
                                 {QStringLiteral("fingerprint"), QString::fromLatin1(key->publicKeyDigest().toHex())}});
        !s)
        return s;
    return tx.commit();
}

Status CodeService::revokeTrust(const QString &division, const QString &keyId, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("code.trust_revoke"),
                                                   QStringLiteral("trust_key:%1/%2").arg(division, keyId), audit);
        !s)
        return s;
    const auto d = codes::statisticalCode(division);
    if (!d)
        return Error::badInput(tr("\"%1\" is not a division code (2, 4, 6, 9 or 12 digits).").arg(division));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE trust_key SET revoked = 1 WHERE issuer_division = ? AND key_id = ? AND revoked = 0"));
    q.addBindValue(*d);
    q.addBindValue(keyId);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("No trusted key %1/%2 to revoke.").arg(*d, keyId));
    if (Status s = audit.append(actor, QStringLiteral("code.trust_revoke"), QStringLiteral("trust_key:%1/%2").arg(*d, keyId), {}, {}); !s)
        return s;
    return tx.commit();
}

} // namespace hc
