#pragma once
#include "ColorUpdater.h"
#include "Commission.h"
#include "ConditionWriter.h"
#include "ContactTracer.h"
#include "Progress.h"
#include "Roles.h"

#include <QJsonObject>

namespace hc {

// The writes of applying and reverting a case batch, inside the caller's transaction. Holders are visited in
// id order with their live conditions in one scan (a million holders cost a million row writes each, no
// query per holder); every holder's change runs through the pure HolderTimeline, so a batch gives exactly the
// conditions a single report would. Each holder is written once, so the writes are deferred (Writes): on
// PostgreSQL they reach the tables set-wise at the end.
class BatchWriter
{
public:
    BatchWriter(QSqlDatabase db, const policy::PolicyEngine &engine, const QString &actor, qint64 now, Commission commission,
                qint64 batchId);

    // Steps of the writing (never cancellable: it writes from its first step).
    void setProgress(ProgressFn fn) { m_progress = ProgressThrottle(std::move(fn)); }

    // Conditions for the holders inside the official's jurisdiction, their colors, history and sync messages,
    // and the per-holder result rows. Returns the counts.
    Result<QJsonObject> apply(const TraceReport &trace, const Official &official);
    // Voids the batch's conditions, restores the ones it ended, re-evaluates. Returns the counts.
    Result<QJsonObject> revert(const QString &reason);

private:
    Status fillTargets(const QString &select, const QVariantList &binds);
    Result<std::pair<std::vector<qint64>, std::vector<qint64>>> declarations(qint64 holderId, qint64 since);

    QSqlDatabase m_db;
    const policy::PolicyEngine &m_engine;
    QString m_actor;
    qint64 m_now;
    Commission m_commission;
    qint64 m_batch;
    ColorUpdater m_updater;
    ConditionWriter m_writer;
    ProgressThrottle m_progress{ProgressFn()};
};

} // namespace hc
