#pragma once
#include "CaseFile.h"
#include "Condition.h"
#include "Policy.h"

#include <QSqlDatabase>
#include <functional>
#include <limits>
#include <vector>

namespace hc {

// One holder a case batch gives a condition, and why: the case, the line of the file, the exposure record.
struct Target
{
    qint64 holderId = 0;
    policy::ConditionKind kind = policy::ConditionKind::CloseContact; // case, suspected, close_contact, co_traveller
    qint64 at = 0;       // the report
    qint64 exposure = 0; // contacts: when they met the case
    std::optional<qint64> discharge; // cases
    int line = 0;
    QString caseRef;
    QString basisRef;  // "case:C-1 line 12 scan:4711"
    QString basisText; // in words, for the condition and the holder's history
    bool duplicate = false; // the holder is already a target of this batch by a stronger or earlier line
};

struct TraceReport
{
    std::vector<Target> targets; // sorted by holder, the kept one of each holder first
    int cases = 0;               // distinct case numbers
    QStringList unregisteredCases; // cases whose person is not registered here (no condition for them here)
};

// Derives who a case batch affects, by the policy's parameters (DOMAIN.md "Case reports"): the case itself;
// close contacts in the same household or building unit, at the same venue within the window, in the same
// carriage within ±N seat rows; co-travellers elsewhere on the same train or flight. Reads only.
class ContactTracer
{
public:
    ContactTracer(QSqlDatabase db, const policy::Policy &policy) : m_db(std::move(db)), m_policy(policy) {}
    // progress(percent) returning false cancels (the result is then an error "Cancelled.").
    Result<TraceReport> trace(qint64 batchId, const std::function<bool(int)> &progress = {}) const;

    static std::optional<int> seatRow(const QString &seat); // "05A" → 5
    // A stored case batch's rows as imported, in file order.
    static std::vector<CaseRow> loadRows(QSqlDatabase db, qint64 batchId, int limit = std::numeric_limits<int>::max());

private:
    QSqlDatabase m_db;
    policy::Policy m_policy;
};

} // namespace hc
