#pragma once
#include "ColorUpdater.h"
#include "Commission.h"
#include "ConditionWriter.h"
#include "HolderRepository.h"
#include "HolderTimeline.h"

#include <memory>

namespace hc {

// One holder's conditions loaded into the pure HolderTimeline, changed by the policy rules, then written
// back: new and changed conditions, and the re-evaluated color with its history and sync message.
// Runs inside the caller's transaction.
class HolderChange
{
public:
    HolderChange(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor, qint64 now,
                 Commission commission);
    // Loads the holder, its conditions and its declarations since `declarationsSince`.
    Status load(qint64 holderId, qint64 declarationsSince);
    const Holder &holder() const { return m_holder; }
    policy::HolderTimeline &timeline() { return *m_timeline; }

    // How new conditions are described (every one cites a basis).
    struct Basis
    {
        QString kind;
        QString ref;
        QString text;
        QString sourceDivision; // defaults to the commission's
        QString sourceDepartment;
    };
    // Writes dirty conditions (new ones get `basis`), re-evaluates and records. Returns the first new id.
    Result<std::optional<qint64>> commit(const Basis &basis, const QString &cause, const QString &endReason = {});
    Status finish() { return m_updater.flush(); }

private:
    QSqlDatabase m_db;
    const policy::PolicyEngine &m_engine;
    Commission m_commission;
    Holder m_holder;
    std::unique_ptr<policy::HolderTimeline> m_timeline;
    std::vector<ConditionRecord> m_records; // as loaded, parallel to the first items of the timeline
    ColorUpdater m_updater;
    ConditionWriter m_writer;
};

} // namespace hc
