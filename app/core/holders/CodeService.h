#pragma once
#include "CodeFormat.h"
#include "Holder.h"
#include "TrustList.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace hc {

class AuditLog;
class Clock;

struct IssuerKeyInfo
{
    QString keyId;
    codes::Profile profile = codes::Profile::EcdsaP256Sha256;
    QString division;
    QString organisation;
    QByteArray publicPem;
    qint64 createdAt = 0;
    bool active = true;
};

struct IssuedCode
{
    QString text;
    codes::HealthCode code;
};

struct CodeCheck
{
    codes::HealthCode code;
    QString issuerName;              // from the trust list
    std::optional<qint64> holderId;  // when this console issued it and knows the holder
};

// The commission as an issuer: its signing keys (private keys stored encrypted under a passphrase),
// the trust list of every issuer's public keys, issuing a holder's code and verifying any code.
class CodeService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CodeService)
public:
    CodeService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    Result<IssuerKeyInfo> createIssuerKey(codes::Profile profile, const QString &keyId, const QByteArray &passphrase,
                                          const QString &actor, AuditLog &audit);
    QList<IssuerKeyInfo> issuerKeys() const;
    std::optional<IssuerKeyInfo> activeKey() const;

    // The holder's code now: the color as materialised, valid `validHours` but never past the next change.
    Result<IssuedCode> issue(qint64 holderId, const QByteArray &passphrase, int validHours, const QString &actor,
                             AuditLog &audit);
    Result<CodeCheck> verify(const QString &text) const; // loads the trust list
    // With a trust list the caller keeps (a verification desk checks many codes against the same keys).
    Result<CodeCheck> verify(const QString &text, const codes::TrustList &trust) const;

    codes::TrustList trustList() const;
    Status addTrust(const QString &division, const QString &keyId, const QString &organisation, const QByteArray &publicPem,
                    const QString &actor, AuditLog &audit);
    Status revokeTrust(const QString &division, const QString &keyId, const QString &actor, AuditLog &audit);

    // SHA-256 of the holder's authorisation record (the consent given when applying for the code).
    static QByteArray authorisationDigest(const Holder &h);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
