#include "Simulator.h"

#include "JsonWriter.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace hc::policy {

namespace {

QString areaKey(const QString &division, const QString &subarea)
{
    return division + QLatin1Char('|') + subarea;
}

QStringList targetSubareas(const Scenario::Event &e)
{
    return e.subareas.isEmpty() ? QStringList{QString()} : e.subareas;
}

} // namespace

RiskLevel Simulator::Area::levelAt(qint64 t) const
{
    RiskLevel l = RiskLevel::Low;
    for (const auto &[at, level] : changes) {
        if (at > t)
            break;
        l = level; // ties: the later one in file order wins, as when applied
    }
    return l;
}

Simulator::Simulator(const Scenario &scenario) : m_scenario(scenario), m_engine(scenario.policy)
{
}

bool Simulator::contains(const QString &division, const QString &subarea, const QString &code, const QString &address)
{
    return !code.isEmpty() && code.startsWith(division) && (subarea.isEmpty() || address.startsWith(subarea));
}

void Simulator::prepare()
{
    // The simulator knows the whole timeline: every declaration is known up front (a count may finish
    // before the report that starts the condition, SCENARIOS.md).
    std::vector<std::vector<qint64>> all(size_t(m_scenario.holders.size())), symptomFree(all.size());
    for (qsizetype i = 0; i < m_scenario.holders.size(); ++i)
        if (const auto &c = m_scenario.holders[i].created) {
            all[size_t(i)].push_back(*c);
            symptomFree[size_t(i)].push_back(*c);
        }
    for (const Scenario::Event &e : m_scenario.events)
        if (e.type == Scenario::Type::Declaration) {
            all[size_t(e.holder)].push_back(e.at);
            if (e.symptoms.isEmpty())
                symptomFree[size_t(e.holder)].push_back(e.at);
        }
    m_holders.clear();
    m_holders.reserve(all.size());
    for (size_t i = 0; i < all.size(); ++i)
        m_holders.push_back(HolderState{HolderTimeline(m_engine, std::move(all[i]), std::move(symptomFree[i]))});
}

void Simulator::run()
{
    prepare();
    std::vector<int> order(size_t(m_scenario.events.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_scenario.events[a].at < m_scenario.events[b].at; });
    // Areas and their whole timeline first: a stay's level depends on changes during the stay.
    for (int i : order) {
        const Scenario::Event &e = m_scenario.events[i];
        if (e.type != Scenario::Type::RiskArea)
            continue;
        for (const QString &sub : targetSubareas(e)) {
            const QString key = areaKey(e.division, sub);
            if (!m_areaIndex.contains(key)) {
                m_areaIndex.insert(key, int(m_areas.size()));
                m_areas.push_back(Area{e.division, sub, {}});
            }
            m_areas[size_t(m_areaIndex.value(key))].changes.emplace_back(e.at, e.level);
        }
    }
    for (int i : order) {
        // A stay condition starting at an event's time counts as started when that event applies.
        flushPendingUpTo(m_scenario.events[i].at);
        apply(m_scenario.events[i]);
    }
    flushPendingUpTo(kOpen);
    std::sort(m_rejected.begin(), m_rejected.end(), [](const Rejection &a, const Rejection &b) { return a.event < b.event; });
}

void Simulator::flushPendingUpTo(qint64 t)
{
    while (!m_pending.empty() && m_pending.begin()->first.first <= t) {
        const auto node = m_pending.extract(m_pending.begin());
        startStay(node.key().first, node.mapped());
    }
}

void Simulator::apply(const Scenario::Event &e)
{
    using T = Scenario::Type;
    const qint64 t = e.at;
    if (e.type == T::RiskArea)
        return applyRiskArea(e);
    if (e.type == T::Stay)
        return applyStay(e);
    HolderTimeline &h = m_holders[size_t(e.holder)].timeline;
    switch (e.type) {
    case T::Declaration:
        if (!e.symptoms.isEmpty())
            h.symptomsReported(t, e.index);
        break;
    case T::FeverClinic: h.symptomsReported(t, e.index); break;
    case T::Case: h.caseReport(t, e.caseClass == Scenario::CaseClass::Suspected, e.index); break;
    case T::Discharge: h.discharge(t); break;
    case T::RuledOut: h.ruledOut(t); break;
    case T::CloseContact: h.closeContact(t, e.exposure, e.index); break;
    case T::CoTraveller: h.coTraveller(t, e.exposure, e.index); break;
    case T::Arrival: h.arrival(t, e.index); break;
    case T::ObservationStart: h.observationStart(t, e.index); break;
    case T::ObservationEnd: h.observationEnd(t); break;
    case T::Manual:
        if (QSet<QString>(e.approvers.begin(), e.approvers.end()).size() < 2)
            m_rejected.append({e.index, QCoreApplication::translate("hc::policy::Simulator", "manual order needs two distinct approvers")});
        else
            h.manual(t, e.color, e.until.value_or(kOpen), e.index);
        break;
    case T::Void: h.voidKind(t, e.voidKind); break;
    case T::RiskArea:
    case T::Stay: break;
    }
}

void Simulator::applyRiskArea(const Scenario::Event &e)
{
    for (const QString &sub : targetSubareas(e))
        m_areas[size_t(m_areaIndex.value(areaKey(e.division, sub)))].current = e.level;
    // Residence follows the highest level of any area containing the home; a change of that level ends
    // the residence condition (even a voided one stays ended) and starts the new one.
    for (int h = 0; h < int(m_holders.size()); ++h) {
        const Scenario::Holder &holder = m_scenario.holders[h];
        RiskLevel level = RiskLevel::Low;
        for (const Area &a : m_areas)
            if (contains(a.division, a.subarea, holder.home, holder.address))
                level = std::max(level, a.current);
        HolderState &st = m_holders[size_t(h)];
        if (level == st.homeLevel)
            continue;
        auto &items = st.timeline.items();
        if (st.residence >= 0) {
            auto &old = items[size_t(st.residence)];
            old.fixedClear = std::min(old.fixedClear, e.at);
            old.clear = std::min(old.clear, old.fixedClear);
            st.residence = -1;
        }
        st.homeLevel = level;
        if (level != RiskLevel::Low) {
            auto &c = st.timeline.add(level == RiskLevel::High ? ConditionKind::ResidentHigh : ConditionKind::ResidentMedium,
                                      e.at, e.index);
            c.clear = kOpen;
            st.residence = int(items.size()) - 1;
        }
    }
}

void Simulator::applyStay(const Scenario::Event &e)
{
    const qint64 begin = e.at;
    const qint64 end = e.at + qint64(e.minutes) * 60;
    std::vector<const Area *> containing;
    std::vector<qint64> points{begin};
    for (const Area &a : m_areas) {
        if (!contains(a.division, a.subarea, e.division, e.address))
            continue;
        containing.push_back(&a);
        for (const auto &change : a.changes)
            if (change.first > begin && change.first < end)
                points.push_back(change.first);
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    // The highest level of the containing areas as steps over the stay (several areas at once count once).
    std::vector<std::pair<qint64, RiskLevel>> steps;
    for (qint64 p : points) {
        RiskLevel level = RiskLevel::Low;
        for (const Area *a : containing)
            level = std::max(level, a->levelAt(p));
        steps.emplace_back(p, level);
    }
    if (const auto outcome = m_engine.stayOutcome(begin, end, steps))
        m_pending.emplace(std::make_pair(outcome->start, m_pendingSeq++), PendingStay{e.holder, outcome->kind, end, e.index});
}

void Simulator::startStay(qint64 at, const PendingStay &p)
{
    m_holders[size_t(p.holder)].timeline.stay(at, p.kind, p.stayEnd, p.event);
}

QList<Simulator::Answer> Simulator::answers() const
{
    QList<Answer> out;
    for (qsizetype i = 0; i < m_scenario.asks.size(); ++i) {
        const Scenario::Ask &ask = m_scenario.asks[i];
        const HolderTimeline &h = m_holders[size_t(ask.holder)].timeline;
        const auto &declared = h.declarations();
        const auto after = std::upper_bound(declared.begin(), declared.end(), ask.at);
        const qint64 last = after == declared.begin() ? kNoDeclaration : *(after - 1);
        const Evaluation ev = m_engine.evaluateRange(h.items(), last, ask.at);
        Answer a;
        a.ask = int(i);
        a.color = ev.color;
        for (int k = 0; k < kConditionKindCount; ++k)
            if (ev.activeKinds & (1u << k))
                a.conditions << conditionKindKey(ConditionKind(k));
        a.conditions.sort();
        out.append(a);
    }
    return out;
}

JsonNode Simulator::resultJson() const
{
    JsonNode answers = JsonNode::array();
    for (const Answer &a : this->answers()) {
        const Scenario::Ask &ask = m_scenario.asks[a.ask];
        JsonNode kinds = JsonNode::array();
        for (const QString &k : a.conditions)
            kinds.append(k);
        answers.append(JsonNode::object()
                           .set(QStringLiteral("holder"), m_scenario.holders[ask.holder].id)
                           .set(QStringLiteral("at"), ask.atText)
                           .set(QStringLiteral("color"), colorKey(a.color))
                           .set(QStringLiteral("conditions"), kinds));
    }
    JsonNode rejected = JsonNode::array();
    for (const Rejection &r : m_rejected)
        rejected.append(JsonNode::object()
                            .set(QStringLiteral("event"), QJsonValue(r.event))
                            .set(QStringLiteral("reason"), r.reason));
    return JsonNode::object().set(QStringLiteral("answers"), answers).set(QStringLiteral("rejected"), rejected);
}

} // namespace hc::policy
