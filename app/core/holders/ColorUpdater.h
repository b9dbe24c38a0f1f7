#pragma once
#include "ColorTally.h"
#include "Holder.h"
#include "Outbox.h"
#include "PolicyEngine.h"

#include <QHash>
#include <QSqlQuery>
#include <span>

namespace hc {

// What re-evaluation needs to know of a holder besides its conditions.
struct HolderState
{
    qint64 id = 0;
    QString homeDivision;
    QByteArray codeIdentity;
    policy::Color color = policy::Color::Gray;
    std::optional<qint64> lastDeclarationAt;
    std::optional<qint64> nextChangeAt;
};

// Evaluates holders at one time and writes what changed: the materialised color and next change time,
// the holder's history, the outgoing sync message and the per-county counts. Runs inside the caller's
// transaction; statements are prepared once, so a million holders cost a million row writes, no more. Deferred
// (Writes, on PostgreSQL): history and messages go by COPY, colors are staged and updated together at flush().
class ColorUpdater
{
    Q_DISABLE_COPY_MOVE(ColorUpdater)
public:
    ColorUpdater(QSqlDatabase db, const policy::PolicyEngine &engine, QString actor, qint64 now,
                 Writes writes = Writes::Immediate);

    // `cause` is the history text; `conditionId` the condition that triggered the evaluation, if one did.
    Status apply(const HolderState &holder, std::span<const ConditionRecord> conditions, const QString &cause,
                 std::optional<qint64> conditionId = std::nullopt, std::optional<qint64> changedAt = std::nullopt);
    // A new holder: no previous color; counts it.
    Status created(const HolderState &holder, std::span<const ConditionRecord> conditions, const QString &cause);
    Status flush(); // the deferred writes, and the per-county (and per-hour) count deltas
    qint64 changed() const { return m_changed; }
    qint64 evaluated() const { return m_evaluated; }
    qint64 now() const { return m_now; }
    policy::Color lastColor() const { return m_lastColor; } // of the holder last applied or created

private:
    Status write(const HolderState &holder, std::optional<policy::Color> before, const policy::Evaluation &e,
                 const QString &cause, std::optional<qint64> conditionId, qint64 at);

    QSqlDatabase m_db;
    const policy::PolicyEngine &m_engine;
    QString m_actor;
    qint64 m_now;
    bool m_deferred;
    Status m_stage; // the deferred path's temporary table
    qint64 m_staged = 0;
    Outbox m_outbox;
    BulkInsert m_updateColor;
    BulkInsert m_updateNext;
    BulkInsert m_history;
    ColorTally m_counts; // per county, and per hour for the overview
    qint64 m_changed = 0;
    qint64 m_evaluated = 0;
    policy::Color m_lastColor = policy::Color::Gray;
};

} // namespace hc
