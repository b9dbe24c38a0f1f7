#pragma once
#include "Condition.h"
#include "OpenSslKey.h"

#include <QHash>
#include <QList>

namespace hc::codes {

// An issuer's public key as the platform publishes it (per issuer division and key id).
struct TrustEntry
{
    QString issuerDivision; // 12 digits
    QString keyId;
    QString organisation;
    OpenSslKey key;
    qint64 validFrom = 0;
    qint64 validTo = policy::kOpen;
    bool revoked = false;
};

// Keys parsed once and kept: verification does no PEM work.
class TrustList
{
public:
    void add(TrustEntry entry);
    const TrustEntry *find(const QString &issuerDivision, const QString &keyId) const;
    const QList<TrustEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }

private:
    QList<TrustEntry> m_entries;
    QHash<QString, int> m_index;
};

} // namespace hc::codes
