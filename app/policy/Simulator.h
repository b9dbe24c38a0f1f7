#pragma once
#include "PolicyEngine.h"
#include "Scenario.h"

#include <QHash>
#include <map>
#include <vector>

namespace hc {
class JsonNode;
}

namespace hc::policy {

// Runs a scenario's events through the policy engine (SCENARIOS.md) and answers its questions.
class Simulator
{
public:
    struct Answer
    {
        int ask = 0;
        Color color = Color::Gray;
        QStringList conditions; // kinds active at the time, sorted
    };
    struct Rejection
    {
        int event = 0;
        QString reason;
    };
    struct SimCondition : Condition
    {
        int event = -1; // the input event that started it (provenance)
    };

    explicit Simulator(const Scenario &scenario);
    void run();
    QList<Answer> answers() const;
    const QList<Rejection> &rejected() const { return m_rejected; }
    const std::vector<SimCondition> &conditionsOf(int holder) const { return m_holders[size_t(holder)].conditions; }
    JsonNode resultJson() const; // the `hcctl simulate` output, keys in the contract's order

private:
    struct HolderState
    {
        std::vector<qint64> declarations;
        std::vector<qint64> symptomFree;
        std::vector<SimCondition> conditions;
        RiskLevel homeLevel = RiskLevel::Low;
        int residence = -1;
    };
    struct Area
    {
        QString division;
        QString subarea;
        std::vector<std::pair<qint64, RiskLevel>> changes; // in applied order
        RiskLevel current = RiskLevel::Low;                // as of the event being applied
        RiskLevel levelAt(qint64 t) const;
    };
    struct PendingStay
    {
        int holder;
        ConditionKind kind;
        qint64 stayEnd;
        int event;
    };

    void prepare();
    void apply(const Scenario::Event &e);
    void flushPendingUpTo(qint64 t);
    void applyRiskArea(const Scenario::Event &e);
    void applyStay(const Scenario::Event &e);
    void startStay(qint64 at, const PendingStay &p);
    void trigger(int holder, ConditionKind kind, qint64 at, qint64 anchor, int event); // declared-days kinds
    SimCondition &add(int holder, ConditionKind kind, qint64 start, int event);
    int activeOf(int holder, ConditionKind kind, qint64 t) const;
    void resolve(int holder, Condition &c) const;
    static bool contains(const QString &division, const QString &subarea, const QString &code, const QString &address);

    const Scenario &m_scenario;
    PolicyEngine m_engine;
    std::vector<HolderState> m_holders;
    std::vector<Area> m_areas;
    QHash<QString, int> m_areaIndex;
    std::multimap<std::pair<qint64, int>, PendingStay> m_pending;
    int m_pendingSeq = 0;
    QList<Rejection> m_rejected;
};

} // namespace hc::policy
