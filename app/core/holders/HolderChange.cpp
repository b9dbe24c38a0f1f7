#include "HolderChange.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc {

HolderChange::HolderChange(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor, qint64 now,
                           Commission commission)
    : m_db(db), m_engine(engine), m_commission(std::move(commission)), m_updater(db, engine, actor, now),
      m_writer(db, actor, now, engine.policy().version)
{
}

Status HolderChange::load(qint64 holderId, qint64 declarationsSince)
{
    HolderRepository repo(m_db);
    const auto h = repo.find(holderId);
    if (!h)
        return Error::badInput(QCoreApplication::translate("hc::HolderChange", "No holder with id %1.").arg(holderId));
    m_holder = *h;
    // Voided conditions never count again (they cleared when voided, before `now`): the live ones only.
    const QList<ConditionRecord> records = repo.liveConditions(holderId);
    m_records.assign(records.begin(), records.end());
    // Declared-day counts start the day after their anchor: load from the earliest anchor still counting.
    qint64 since = declarationsSince;
    for (const ConditionRecord &c : m_records)
        if (c.byDeclaredDays() && c.clear == policy::kOpen)
            since = std::min(since, c.anchor);
    since -= 2 * 86400;
    m_timeline = std::make_unique<policy::HolderTimeline>(m_engine, repo.declarationTimes(holderId, since, false),
                                                          repo.declarationTimes(holderId, since, true));
    for (const ConditionRecord &c : m_records) {
        policy::HolderTimeline::Item item;
        static_cast<policy::Condition &>(item) = c;
        item.id = c.id;
        m_timeline->load(item);
    }
    return Ok{};
}

Result<std::optional<qint64>> HolderChange::commit(const Basis &basis, const QString &cause, const QString &endReason)
{
    std::optional<qint64> firstNew;
    std::optional<qint64> touched;
    std::vector<ConditionRecord> all;
    auto &items = m_timeline->items();
    for (size_t i = 0; i < items.size(); ++i) {
        auto &item = items[i];
        ConditionRecord rec = i < m_records.size() ? m_records[i] : ConditionRecord{};
        static_cast<policy::Condition &>(rec) = item;
        rec.holderId = m_holder.id;
        if (item.dirty) {
            if (item.id == 0) {
                rec.basisKind = basis.kind;
                rec.basisRef = basis.ref;
                rec.basisText = basis.text;
                rec.sourceDivision = basis.sourceDivision.isEmpty() ? m_commission.division : basis.sourceDivision;
                rec.sourceDepartment = basis.sourceDepartment.isEmpty() ? m_commission.displayName() : basis.sourceDepartment;
                if (Status s = m_writer.insert(rec); !s)
                    return s.error();
                item.id = rec.id;
                if (!firstNew)
                    firstNew = rec.id;
            } else if (Status s = m_writer.updateClear(rec, endReason.isEmpty() ? QString() : endReason); !s) {
                return s.error();
            }
            item.dirty = false;
            touched = item.id;
        }
        all.push_back(std::move(rec));
    }
    HolderState state;
    state.id = m_holder.id;
    state.homeDivision = m_holder.homeDivision;
    state.codeIdentity = m_holder.codeIdentity;
    state.color = m_holder.color;
    state.lastDeclarationAt = m_holder.lastDeclarationAt;
    if (!m_timeline->declarations().empty())
        state.lastDeclarationAt = std::max(state.lastDeclarationAt.value_or(policy::kNoDeclaration),
                                           m_timeline->declarations().back());
    state.nextChangeAt = m_holder.nextChangeAt;
    if (Status s = m_updater.apply(state, all, cause, firstNew ? firstNew : touched); !s)
        return s.error();
    return firstNew;
}

} // namespace hc
