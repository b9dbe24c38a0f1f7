#pragma once
#include "ContactTracer.h"
#include "Handoff.h"
#include "Roles.h"

#include <QSet>
#include <QSqlDatabase>

namespace hc {

// A hand-off a batch would make: the people it names who live in another province, by receiving province.
struct HandoffPlan
{
    QString province;       // "11"
    QString provinceName;   // "北京市"
    QString commission;     // "北京市卫生健康委员会": the province's commission; the platform's directory names the
                            // county's when it is sealed
    QList<HandoffPerson> people;
};

// Which people of a traced case batch are another commission's to act on (issue 19): contacts registered here whose
// home lies in another province, and cases not registered here whose case line (or ID number) places them in
// another province. People of another county of this province stay this database's (the outside-jurisdiction list).
class HandoffPlanner
{
    Q_DECLARE_TR_FUNCTIONS(hc::HandoffPlanner)
public:
    HandoffPlanner(QSqlDatabase db, QString ownProvince) : m_db(std::move(db)), m_ownProvince(std::move(ownProvince)) {}

    // `outside`: the targets' holders already known to live outside the official's jurisdiction (the preview's scan,
    // the apply's batch_result rows): only they are read again, not the million inside.
    Result<QList<HandoffPlan>> plan(const TraceReport &trace, const Official &official, const QSet<qint64> &outside) const;
    // The holders a written batch left outside the jurisdiction (its batch_result rows).
    Result<QSet<qint64>> outsideOf(qint64 batchId) const;
    // One hand-off per receiving province, stored 'pending' in the caller's transaction (sealed at the next sync,
    // when the platform's directory names the receiver), with its audit entry. Returns the hand-offs' ids.
    Result<QList<qint64>> create(qint64 batchId, const QList<HandoffPlan> &plans, const QString &actor, qint64 now,
                                 int answerHours, class AuditLog &audit) const;

    static QString provinceCommission(const QString &provinceName); // "北京市" → "北京市卫生健康委员会"

private:
    QSqlDatabase m_db;
    QString m_ownProvince;
};

} // namespace hc
