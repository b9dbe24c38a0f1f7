#pragma once
#include "DivisionIndex.h"

#include <QStringList>

namespace hc {

enum class MatchStatus { Exact, Approximate, Unmatched };
QString matchStatusKey(MatchStatus s); // "exact" / "approximate" / "unmatched"

struct MatchTarget
{
    QString code;
    QString subarea; // "" = the whole division
    bool operator==(const MatchTarget &o) const { return code == o.code && subarea == o.subarea; }
};

// Why an entry is approximate or unmatched, kept as a kind and its names so that it can be stored and shown
// in the reader's language later.
struct MatchReason
{
    enum Kind { None = 0, ProvinceUnknown, Bingtuan, NotDivisionCountyByName, NotDivisionOf, DevelopmentZone, NotFoundUnder };
    Kind kind = None;
    QStringList args;
    QString text() const; // translated with the current translators
};

struct MatchResult
{
    MatchStatus status = MatchStatus::Unmatched;
    QString code;   // the entry's own division (exact) or the nearest one surely containing it (approximate)
    MatchReason why;
    QString reason; // why.text() at match time; empty when exact
    QList<MatchTarget> targets;
};

// Matches the national list's province / city / county names to division codes, with the quirks real lists
// have (municipalities written two ways, bracketed names, province-administered counties, cities without
// counties, development zones, 兵团). Pure: reads only the index.
class DivisionMatcher final
{
public:
    explicit DivisionMatcher(const DivisionIndex &index) : m_index(index) {}

    MatchResult match(const QString &province, const QString &city, const QString &county,
                      const QStringList &communities) const;
    // One target per community under the division: a leading street/town name in the text narrows it to that
    // street ("团山街道小南街社区" → the street 团山街道 + "小南街社区").
    QList<MatchTarget> targetsUnder(int node, const QStringList &communities) const;

private:
    int findProvince(const QString &name) const;
    int findUnder(const QString &name, int under, int minLevel, int maxLevel) const;
    int findDevelopmentZone(const QString &name, int city) const;
    std::optional<MatchTarget> resolveCommunity(int under, const QString &text, int level) const;
    // A street-level target whose text begins with one of the street's villages moves onto that village.
    MatchTarget narrowToVillage(const MatchTarget &t) const;

    const DivisionIndex &m_index;
};

} // namespace hc
