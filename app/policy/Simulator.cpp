#include "Simulator.h"

#include "JsonWriter.h"

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
    m_holders.assign(size_t(m_scenario.holders.size()), {});
    for (qsizetype i = 0; i < m_scenario.holders.size(); ++i)
        if (const auto &c = m_scenario.holders[i].created) {
            m_holders[size_t(i)].declarations.push_back(*c);
            m_holders[size_t(i)].symptomFree.push_back(*c);
        }
    for (const Scenario::Event &e : m_scenario.events)
        if (e.type == Scenario::Type::Declaration) {
            m_holders[size_t(e.holder)].declarations.push_back(e.at);
            if (e.symptoms.isEmpty())
                m_holders[size_t(e.holder)].symptomFree.push_back(e.at);
        }
    for (HolderState &h : m_holders) {
        std::sort(h.declarations.begin(), h.declarations.end());
        std::sort(h.symptomFree.begin(), h.symptomFree.end());
    }
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

void Simulator::resolve(int holder, Condition &c) const
{
    const HolderState &h = m_holders[size_t(holder)];
    m_engine.resolve(c, {h.declarations, h.symptomFree});
}

int Simulator::activeOf(int holder, ConditionKind kind, qint64 t) const
{
    const auto &conds = m_holders[size_t(holder)].conditions;
    for (int i = int(conds.size()) - 1; i >= 0; --i)
        if (conds[size_t(i)].kind == kind && conds[size_t(i)].activeAt(t))
            return i;
    return -1;
}

Simulator::SimCondition &Simulator::add(int holder, ConditionKind kind, qint64 start, int event)
{
    SimCondition c;
    c.kind = kind;
    c.color = defaultColorOf(kind);
    c.start = start;
    c.days = qint16(m_engine.declaredDaysFor(kind));
    c.event = event;
    auto &conds = m_holders[size_t(holder)].conditions;
    conds.push_back(c);
    return conds.back();
}

void Simulator::trigger(int holder, ConditionKind kind, qint64 at, qint64 anchor, int event)
{
    // A later trigger while the condition is active restarts its count; after it cleared, a new one starts.
    const int i = activeOf(holder, kind, at);
    Condition &c = i >= 0 ? m_holders[size_t(holder)].conditions[size_t(i)] : add(holder, kind, at, event);
    c.anchor = i >= 0 ? std::max(c.anchor, anchor) : anchor;
    resolve(holder, c);
}

void Simulator::apply(const Scenario::Event &e)
{
    using T = Scenario::Type;
    const qint64 t = e.at;
    auto endActive = [&](ConditionKind kind, qint64 at) {
        for (SimCondition &c : m_holders[size_t(e.holder)].conditions)
            if (c.kind == kind && c.activeAt(at)) {
                c.fixedClear = std::min(c.fixedClear, at);
                resolve(e.holder, c);
            }
    };
    switch (e.type) {
    case T::Declaration:
        if (!e.symptoms.isEmpty())
            trigger(e.holder, ConditionKind::Symptoms, t, t, e.index);
        break;
    case T::FeverClinic: trigger(e.holder, ConditionKind::Symptoms, t, t, e.index); break;
    case T::RiskArea: applyRiskArea(e); break;
    case T::Stay: applyStay(e); break;
    case T::Case:
        if (e.caseClass == Scenario::CaseClass::Suspected) {
            if (activeOf(e.holder, ConditionKind::Suspected, t) < 0)
                resolve(e.holder, add(e.holder, ConditionKind::Suspected, t, e.index));
            break;
        }
        endActive(ConditionKind::Suspected, t);
        endActive(ConditionKind::CloseContact, t);
        if (const int i = activeOf(e.holder, ConditionKind::Case, t); i >= 0) {
            Condition &c = m_holders[size_t(e.holder)].conditions[size_t(i)];
            c.fixedClear = kOpen; // reopened: the latest discharge sets the clear
            resolve(e.holder, c);
        } else {
            resolve(e.holder, add(e.holder, ConditionKind::Case, t, e.index));
        }
        break;
    case T::Discharge:
        if (const int i = activeOf(e.holder, ConditionKind::Case, t); i >= 0) {
            Condition &c = m_holders[size_t(e.holder)].conditions[size_t(i)];
            c.fixedClear = t + qint64(m_scenario.policy.caseClearHours) * 3600;
            resolve(e.holder, c);
        }
        break;
    case T::RuledOut: endActive(ConditionKind::Suspected, t); break;
    case T::CloseContact: {
        SimCondition &c = add(e.holder, ConditionKind::CloseContact, t, e.index);
        c.fixedClear = e.exposure + qint64(m_scenario.policy.closeContactClearHours) * 3600;
        resolve(e.holder, c);
        break;
    }
    case T::CoTraveller: trigger(e.holder, ConditionKind::CoTraveller, t, e.exposure, e.index); break;
    case T::Arrival: trigger(e.holder, ConditionKind::Arrival, t, t, e.index); break;
    case T::ObservationStart:
        if (activeOf(e.holder, ConditionKind::Observation, t) < 0)
            resolve(e.holder, add(e.holder, ConditionKind::Observation, t, e.index));
        break;
    case T::ObservationEnd: endActive(ConditionKind::Observation, t); break;
    case T::Manual: {
        if (QSet<QString>(e.approvers.begin(), e.approvers.end()).size() < 2) {
            m_rejected.append({e.index, QStringLiteral("manual order needs two distinct approvers")});
            break;
        }
        SimCondition &c = add(e.holder, ConditionKind::Manual, t, e.index);
        c.color = e.color;
        c.fixedClear = e.until.value_or(kOpen);
        resolve(e.holder, c);
        break;
    }
    case T::Void:
        for (SimCondition &c : m_holders[size_t(e.holder)].conditions)
            if (c.kind == e.voidKind && c.activeAt(t)) {
                c.voidedAt = t;
                resolve(e.holder, c);
            }
        break;
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
        if (st.residence >= 0) {
            Condition &old = st.conditions[size_t(st.residence)];
            old.fixedClear = std::min(old.fixedClear, e.at);
            resolve(h, old);
            st.residence = -1;
        }
        st.homeLevel = level;
        if (level != RiskLevel::Low) {
            add(h, level == RiskLevel::High ? ConditionKind::ResidentHigh : ConditionKind::ResidentMedium, e.at, e.index);
            st.residence = int(st.conditions.size()) - 1;
            resolve(h, st.conditions.back());
        }
    }
}

void Simulator::applyStay(const Scenario::Event &e)
{
    const qint64 begin = e.at;
    const qint64 end = e.at + qint64(e.minutes) * 60;
    const qint64 needed = qint64(m_scenario.policy.stayMinMinutes) * 60;
    std::vector<const Area *> containing;
    std::vector<qint64> points{begin, end};
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
    // Time at level ≥ L, several areas at once counted once; the moment each level reaches the minimum.
    qint64 atLeast[3] = {0, 0, 0};
    qint64 reached[3] = {kOpen, kOpen, kOpen};
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        RiskLevel level = RiskLevel::Low;
        for (const Area *a : containing)
            level = std::max(level, a->levelAt(points[i]));
        const qint64 length = points[i + 1] - points[i];
        for (int l = int(RiskLevel::Medium); l <= int(level); ++l) {
            if (reached[l] == kOpen && atLeast[l] + length >= needed)
                reached[l] = points[i] + (needed - atLeast[l]);
            atLeast[l] += length;
        }
    }
    ConditionKind kind;
    qint64 start;
    if (reached[int(RiskLevel::High)] != kOpen) {
        kind = ConditionKind::StayHigh;
        start = reached[int(RiskLevel::High)];
    } else if (reached[int(RiskLevel::Medium)] != kOpen) {
        kind = ConditionKind::StayMedium;
        start = reached[int(RiskLevel::Medium)];
    } else {
        return; // a stay that gives no condition changes nothing
    }
    m_pending.emplace(std::make_pair(start, m_pendingSeq++), PendingStay{e.holder, kind, end, e.index});
}

void Simulator::startStay(qint64 at, const PendingStay &p)
{
    trigger(p.holder, p.kind, at, p.stayEnd, p.event);
}

QList<Simulator::Answer> Simulator::answers() const
{
    QList<Answer> out;
    for (qsizetype i = 0; i < m_scenario.asks.size(); ++i) {
        const Scenario::Ask &ask = m_scenario.asks[i];
        const HolderState &h = m_holders[size_t(ask.holder)];
        const auto after = std::upper_bound(h.declarations.begin(), h.declarations.end(), ask.at);
        const qint64 last = after == h.declarations.begin() ? kNoDeclaration : *(after - 1);
        std::vector<Condition> plain(h.conditions.begin(), h.conditions.end());
        const Evaluation ev = m_engine.evaluate(plain, last, ask.at);
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
