#pragma once
#include "HolderTimeline.h"
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
    explicit Simulator(const Scenario &scenario);
    void run();
    QList<Answer> answers() const;
    const QList<Rejection> &rejected() const { return m_rejected; }
    // The holder's conditions; `origin` is the index of the input event that started each one.
    const std::vector<HolderTimeline::Item> &conditionsOf(int holder) const { return m_holders[size_t(holder)].timeline.items(); }
    JsonNode resultJson() const; // the `hcctl simulate` output, keys in the contract's order

private:
    struct HolderState
    {
        HolderTimeline timeline;
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
