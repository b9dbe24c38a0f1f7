#include "TrustList.h"

namespace hc::codes {

namespace {
QString keyOf(const QString &division, const QString &keyId)
{
    return division + QLatin1Char('/') + keyId;
}
} // namespace

void TrustList::add(TrustEntry entry)
{
    const QString k = keyOf(entry.issuerDivision, entry.keyId);
    if (const auto it = m_index.constFind(k); it != m_index.cend()) {
        m_entries[*it] = std::move(entry); // a newer copy of the same key replaces the old
        return;
    }
    m_index.insert(k, int(m_entries.size()));
    m_entries.append(std::move(entry));
}

const TrustEntry *TrustList::find(const QString &issuerDivision, const QString &keyId) const
{
    const auto it = m_index.constFind(keyOf(issuerDivision, keyId));
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

} // namespace hc::codes
