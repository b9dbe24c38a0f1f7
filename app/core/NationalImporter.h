#pragma once
#include "DivisionMatcher.h"
#include "NationalList.h"
#include "Progress.h"
#include "ResidenceReconciler.h"
#include "Result.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace hc {

class AuditLog;
class Clock;

struct EntryOutcome
{
    NationalEntry entry;
    MatchResult match;
    bool mapped = false; // answered by an official's mapping
};

struct NationalImportReport
{
    QDateTime listTime;
    qint64 importId = 0;
    int exact = 0;
    int approximate = 0;
    int declared = 0;
    int lifted = 0;
    bool applied = true; // false for a list older than one already applied: recorded, nothing changed
    QString notice;      // why it was not applied
    QList<EntryOutcome> outcomes;
    int entries() const { return int(outcomes.size()); }
    QList<const EntryOutcome *> unmatched() const;
    QJsonObject toJson() const; // the CLI contract: entries, exact, approximate, unmatched, declared, lifted
};

// Imports a national list: matches every entry, then applies the difference to the areas the previous
// lists declared, at the list's end_update_time — new areas declared, missing ones lifted — in one transaction
// with its audit entry. A list older than one already applied is recorded for review and changes nothing.
class NationalImporter final
{
public:
    using Progress = std::function<bool(int percent)>;
    NationalImporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Matching only; changes nothing. Reports "匹配名单条目" with entries done / total.
    NationalImportReport analyse(const NationalList &list, const ProgressFn &progress = {}) const;
    // Phases: matching the entries, recording the list, writing the areas, reconciling residents, saving.
    // A cancel before the end rolls everything back (one transaction): nothing is changed.
    Result<NationalImportReport> import(const NationalList &list, const QString &actor, AuditLog &audit,
                                        const ProgressFn &progress = {});
    Result<NationalImportReport> import(const NationalList &list, const QString &actor, AuditLog &audit,
                                        const Progress &percent);
    // The same without the official's permission: for the list the platform's risk-area feed delivers, whose
    // verified signature is the authority. Its own transaction.
    Result<NationalImportReport> importTrusted(const NationalList &list, const QString &actor, AuditLog &audit,
                                               const ProgressFn &progress = {});

    // Set-wise by default; the per-area path is the reference the tests compare it with.
    void setReconcileMode(ReconcileMode mode) { m_mode = mode; }

    struct Stored
    {
        NationalList list; // rebuilt from the stored entries, enough to check it again with new mappings
        NationalImportReport report;
    };
    // The latest import as it was recorded, so that its review survives a restart.
    std::optional<Stored> lastImport() const;

private:
    // Declares what is new or changed and lifts the national areas the list no longer names, at its time.
    Status applyDifference(NationalImportReport &report, const NationalList &list, const QString &actor,
                           ProgressThrottle &progress);

    QSqlDatabase m_db;
    const Clock &m_clock;
    ReconcileMode m_mode = ReconcileMode::SetWise;
};

} // namespace hc
