#pragma once
#include "CodeFormat.h"
#include <QCoreApplication>

namespace hc::codes {

// Signs codes for one issuer key. The identity segment A is a keyed hash that only the issuer can
// link back to the person (it keeps the secret and a lookup column).
class CodeIssuer
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::CodeIssuer)
public:
    CodeIssuer(OpenSslKey key, QString issuerDivision, QString keyId, QString organisation, QByteArray identitySecret);

    static QByteArray identityOf(const QByteArray &secret, const QString &idType, const QString &idNumber);
    QByteArray identityOf(const QString &idType, const QString &idNumber) const;

    struct Request
    {
        QString idType;
        QString idNumber;
        policy::Color color = policy::Color::Gray;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
        QByteArray authorisationDigest;
        QString maskedHolder;
    };
    Result<HealthCode> issue(const Request &r) const;

private:
    OpenSslKey m_key;
    QString m_division;
    QString m_keyId;
    QString m_organisation;
    QByteArray m_secret;
};

} // namespace hc::codes
