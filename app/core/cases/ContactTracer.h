#pragma once
#include "CaseFile.h"
#include "Condition.h"
#include "Policy.h"
#include "Progress.h"

#include <QHash>
#include <QSqlDatabase>
#include <functional>
#include <limits>
#include <vector>

namespace hc {

// One holder a case batch gives a condition, and why: the row of the file that names them (the case, its
// line, the report), the exposure record. 48 bytes: a stadium's million targets hold no text; the basis in words
// is made when it is written (TraceReport::basisText).
struct Target
{
    qint64 holderId = 0;
    qint64 exposure = 0; // when they met the case (the report, for the case itself and its household or building)
    qint64 scan = 0;     // the scan record that places a contact, if any
    qint64 scanAt = 0;   // and its time
    quint32 row = 0;     // the batch's row (TraceReport::rows) that names the holder
    policy::ConditionKind kind = policy::ConditionKind::CloseContact; // case, suspected, close_contact, co_traveller
    bool duplicate = false; // the holder is already a target of this batch by a stronger or earlier line
};

// Writes the holder ids of `targets` into the temporary table `table` (created when missing, emptied first) for a
// join: a million rows written together (one COPY on PostgreSQL), taking no lock on the database.
Status stageTargets(QSqlDatabase db, const QString &table, const std::vector<const Target *> &targets);

struct TraceReport
{
    std::vector<Target> targets; // sorted by holder, the kept one of each holder first
    int cases = 0;               // distinct case numbers
    QStringList unregisteredCases; // cases whose person is not registered here (no condition for them here)
    std::vector<CaseRow> rows;   // the batch's rows, in file order
    QHash<qint64, QString> seats; // scan → seat, of the close contacts on trains and flights

    const CaseRow &rowOf(const Target &t) const { return rows[t.row]; } // its case, line, report, discharge
    QString basisRef(const Target &t) const;  // "case:C-1 line:12 scan:4711"
    QString basisText(const Target &t) const; // in words, for the condition and the holder's history
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
    Result<TraceReport> trace(qint64 batchId, const ProgressFn &progress) const;
    // How many holders the batch names (what decides four-eyes), without the targets' details.
    Result<qint64> countHolders(qint64 batchId, const ProgressFn &progress = {}, int *cases = nullptr) const;

    static std::optional<int> seatRow(const QString &seat); // "05A" → 5
    // A stored case batch's rows as imported, in file order.
    static std::vector<CaseRow> loadRows(QSqlDatabase db, qint64 batchId, int limit = std::numeric_limits<int>::max());

private:
    Result<TraceReport> run(qint64 batchId, const ProgressFn &progress, std::vector<qint64> *holdersOnly) const;

    QSqlDatabase m_db;
    policy::Policy m_policy;
};

} // namespace hc
