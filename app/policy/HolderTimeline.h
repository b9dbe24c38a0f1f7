#pragma once
#include "PolicyEngine.h"

#include <vector>

namespace hc::policy {

// One holder's conditions and declarations, and how each kind of event changes them (SCENARIOS.md
// "Conditions and how they clear"). Pure: the simulator and the database service both drive it, so the
// console applies exactly the rules `hcctl simulate` checks. Residence is not here: it follows the areas.
class HolderTimeline
{
public:
    struct Item : Condition
    {
        qint64 id = 0;     // storage id; 0 until written
        int origin = -1;   // what started it (the simulator's event index)
        bool dirty = false; // changed since loaded
    };

    HolderTimeline(const PolicyEngine &engine, std::vector<qint64> declarations, std::vector<qint64> symptomFree);

    std::vector<Item> &items() { return m_items; }
    const std::vector<Item> &items() const { return m_items; }
    void load(const Item &existing) { m_items.push_back(existing); }
    const std::vector<qint64> &declarations() const { return m_all; }

    // A health declaration; with symptoms it also starts or renews `symptoms`. Re-resolves declared-day clears.
    void declaration(qint64 at, bool symptoms, int origin = -1);
    // A fever-clinic visit or a declaration with symptoms: starts or renews `symptoms` (a visit is no declaration).
    void symptomsReported(qint64 at, int origin = -1);
    void caseReport(qint64 at, bool suspectedOnly, int origin = -1);
    void discharge(qint64 at);
    void ruledOut(qint64 at);
    void closeContact(qint64 at, qint64 exposure, int origin = -1);
    void coTraveller(qint64 at, qint64 exposure, int origin = -1);
    void observationStart(qint64 at, int origin = -1);
    void observationEnd(qint64 at);
    void arrival(qint64 at, int origin = -1);
    void manual(qint64 at, Color color, qint64 until, int origin = -1);
    void stay(qint64 start, ConditionKind kind, qint64 stayEnd, int origin = -1); // stay_high / stay_medium
    int voidKind(qint64 at, ConditionKind kind); // returns how many were voided
    int voidIds(qint64 at, const std::vector<qint64> &ids); // stored conditions by id, active at `at`

    int activeOf(ConditionKind kind, qint64 t) const; // index of the latest active one, or -1
    Item &add(ConditionKind kind, qint64 start, int origin);

private:
    void trigger(ConditionKind kind, qint64 at, qint64 anchor, int origin);
    void endActive(ConditionKind kind, qint64 at);
    void resolve(Item &c);

    const PolicyEngine &m_engine;
    std::vector<qint64> m_all;
    std::vector<qint64> m_symptomFree;
    std::vector<Item> m_items;
};

} // namespace hc::policy
