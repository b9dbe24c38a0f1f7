#include "HolderTimeline.h"

#include <algorithm>

namespace hc::policy {

HolderTimeline::HolderTimeline(const PolicyEngine &engine, std::vector<qint64> declarations, std::vector<qint64> symptomFree)
    : m_engine(engine), m_all(std::move(declarations)), m_symptomFree(std::move(symptomFree))
{
    std::sort(m_all.begin(), m_all.end());
    std::sort(m_symptomFree.begin(), m_symptomFree.end());
}

void HolderTimeline::resolve(Item &c)
{
    const qint64 before = c.clear;
    m_engine.resolve(c, {m_all, m_symptomFree});
    if (c.clear != before)
        c.dirty = true;
}

int HolderTimeline::voidIds(qint64 at, const std::vector<qint64> &ids)
{
    int n = 0;
    for (Item &c : m_items)
        if (c.id != 0 && std::find(ids.begin(), ids.end(), c.id) != ids.end() && c.activeAt(at)) {
            c.voidedAt = at;
            c.dirty = true;
            resolve(c);
            ++n;
        }
    return n;
}

int HolderTimeline::activeOf(ConditionKind kind, qint64 t) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i)
        if (m_items[size_t(i)].kind == kind && m_items[size_t(i)].activeAt(t))
            return i;
    return -1;
}

HolderTimeline::Item &HolderTimeline::add(ConditionKind kind, qint64 start, int origin)
{
    Item c;
    c.kind = kind;
    c.color = defaultColorOf(kind);
    c.start = start;
    c.days = qint16(m_engine.declaredDaysFor(kind));
    c.origin = origin;
    c.dirty = true;
    m_items.push_back(c);
    return m_items.back();
}

void HolderTimeline::trigger(ConditionKind kind, qint64 at, qint64 anchor, int origin)
{
    // A later trigger while the condition is active restarts its count; after it cleared, a new one starts.
    const int i = activeOf(kind, at);
    Item &c = i >= 0 ? m_items[size_t(i)] : add(kind, at, origin);
    if (i >= 0 && anchor > c.anchor) {
        c.anchor = anchor;
        c.dirty = true;
    } else if (i < 0) {
        c.anchor = anchor;
    }
    resolve(c);
}

void HolderTimeline::endActive(ConditionKind kind, qint64 at)
{
    for (Item &c : m_items)
        if (c.kind == kind && c.activeAt(at)) {
            c.fixedClear = std::min(c.fixedClear, at);
            c.dirty = true;
            resolve(c);
        }
}

void HolderTimeline::declaration(qint64 at, bool symptoms, int origin)
{
    m_all.insert(std::upper_bound(m_all.begin(), m_all.end(), at), at);
    if (!symptoms)
        m_symptomFree.insert(std::upper_bound(m_symptomFree.begin(), m_symptomFree.end(), at), at);
    for (Item &c : m_items)
        if (c.byDeclaredDays())
            resolve(c);
    if (symptoms)
        symptomsReported(at, origin);
}

void HolderTimeline::symptomsReported(qint64 at, int origin)
{
    trigger(ConditionKind::Symptoms, at, at, origin);
}

void HolderTimeline::caseReport(qint64 at, bool suspectedOnly, int origin)
{
    if (suspectedOnly) {
        if (activeOf(ConditionKind::Suspected, at) < 0)
            resolve(add(ConditionKind::Suspected, at, origin));
        return;
    }
    endActive(ConditionKind::Suspected, at);
    endActive(ConditionKind::CloseContact, at);
    if (const int i = activeOf(ConditionKind::Case, at); i >= 0) {
        Item &c = m_items[size_t(i)];
        c.fixedClear = kOpen; // reopened: the latest discharge sets the clear
        c.dirty = true;
        resolve(c);
    } else {
        resolve(add(ConditionKind::Case, at, origin));
    }
}

void HolderTimeline::discharge(qint64 at)
{
    if (const int i = activeOf(ConditionKind::Case, at); i >= 0) {
        Item &c = m_items[size_t(i)];
        c.fixedClear = at + qint64(m_engine.policy().caseClearHours) * 3600;
        c.dirty = true;
        resolve(c);
    }
}

void HolderTimeline::ruledOut(qint64 at)
{
    endActive(ConditionKind::Suspected, at);
}

void HolderTimeline::closeContact(qint64 at, qint64 exposure, int origin)
{
    Item &c = add(ConditionKind::CloseContact, at, origin);
    c.fixedClear = exposure + qint64(m_engine.policy().closeContactClearHours) * 3600;
    resolve(c);
}

void HolderTimeline::coTraveller(qint64 at, qint64 exposure, int origin)
{
    trigger(ConditionKind::CoTraveller, at, exposure, origin);
}

void HolderTimeline::observationStart(qint64 at, int origin)
{
    if (activeOf(ConditionKind::Observation, at) < 0)
        resolve(add(ConditionKind::Observation, at, origin));
}

void HolderTimeline::observationEnd(qint64 at)
{
    endActive(ConditionKind::Observation, at);
}

void HolderTimeline::arrival(qint64 at, int origin)
{
    trigger(ConditionKind::Arrival, at, at, origin);
}

void HolderTimeline::manual(qint64 at, Color color, qint64 until, int origin)
{
    Item &c = add(ConditionKind::Manual, at, origin);
    c.color = color;
    c.fixedClear = until;
    resolve(c);
}

void HolderTimeline::stay(qint64 start, ConditionKind kind, qint64 stayEnd, int origin)
{
    trigger(kind, start, stayEnd, origin);
}

int HolderTimeline::voidKind(qint64 at, ConditionKind kind)
{
    int n = 0;
    for (Item &c : m_items)
        if (c.kind == kind && c.activeAt(at)) {
            c.voidedAt = at;
            c.dirty = true;
            resolve(c);
            ++n;
        }
    return n;
}

} // namespace hc::policy
