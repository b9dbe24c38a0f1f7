#pragma once
#include "DivisionMatcher.h"
#include "NationalList.h"
#include "Progress.h"
#include "ResidenceReconciler.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
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
    qint64 requestId = 0; // the approval request a local import waits on
    QString state;        // pending, applied, older (see NationalImportRecord)
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

// One national list as recorded (national_import).
struct NationalImportRecord
{
    qint64 id = 0;
    qint64 listTime = 0;
    QString sha256;
    QString origin; // "file" (imported by an official, four-eyes) or "platform" (the signed feed)
    QString state;  // pending, applied, older (recorded, nothing changed), rejected, withdrawn, reverted
    QString fileName;
    int entries = 0, exact = 0, approximate = 0, unmatched = 0, declared = 0, lifted = 0;
    QString importedBy;
    qint64 importedAt = 0;
    QJsonObject toJson() const;
};

// What a revert did: areas whose import period was ended, areas whose earlier period was restored, and areas
// changed since by someone else and left as they are.
struct NationalRevertReport
{
    qint64 importId = 0;
    int ended = 0;
    int restored = 0;
    int untouched = 0;
    QJsonObject toJson() const;
};

// Imports a national list: matches every entry, then applies the difference to the areas the previous
// lists declared, at the list's end_update_time — new areas declared, missing ones lifted — in one transaction
// with its audit entry. A list older than one already applied is recorded for review and changes nothing.
//
// A list from the platform's feed is signed and applied at once (importTrusted). A list from a file is not signed:
// anyone can write one naming any county (issue 16), so it is recorded as a request that a second supervisor
// approves, showing its time, counts and SHA-256, marked as local, and it can be reverted, also with four eyes.
class NationalImporter final
{
    Q_DECLARE_TR_FUNCTIONS(hc::NationalImporter)
public:
    using Progress = std::function<bool(int percent)>;
    NationalImporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Matching only; changes nothing. Reports "匹配名单条目" with entries done / total.
    NationalImportReport analyse(const NationalList &list, const ProgressFn &progress = {}) const;
    // A list from a file: matched and recorded with its bytes, and an approval request filed (kind
    // "national_import"); no area changes until a second supervisor approves. Needs the declare permission.
    Result<NationalImportReport> request(const NationalList &list, const QString &fileName, const QString &actor,
                                         AuditLog &audit, const ProgressFn &progress = {});
    // Run by ApprovalService inside the approval's transaction: the recorded bytes checked against their SHA-256,
    // matched again (mappings added meanwhile count) and applied as the feed's lists are.
    Result<NationalImportReport> applyRequested(qint64 importId, const QString &requester, const QString &approver,
                                                AuditLog &audit, const ProgressFn &progress = {});
    // A request rejected or withdrawn: the import is closed with that state (inside the caller's transaction).
    Status closeRequest(qint64 importId, const QString &state);

    // Files a request (kind "national_revert") to undo an applied local import. Needs the declare permission.
    Result<qint64> requestRevert(qint64 importId, const QString &actor, AuditLog &audit);
    // Inside the approval's transaction: from now on, the areas the import declared or changed are ended and the
    // periods it ended are in force again, unless someone changed the area since; residents follow.
    Result<NationalRevertReport> applyRevert(qint64 importId, const QString &requester, const QString &approver,
                                             AuditLog &audit, const ProgressFn &progress = {});

    // For the list the platform's risk-area feed delivers, whose verified signature is the authority: applied at
    // once, in its own transaction. Phases: matching the entries, recording the list, writing the areas,
    // reconciling residents, saving. A cancel before the end rolls everything back: nothing is changed.
    Result<NationalImportReport> importTrusted(const NationalList &list, const QString &actor, AuditLog &audit,
                                               const ProgressFn &progress = {});

    std::optional<NationalImportRecord> record(qint64 importId) const;
    QList<NationalImportRecord> records(int limit = 200) const; // newest first

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
    // analyse() whose cancel is remembered in *cancelled (matching reads only: honoured before anything is written).
    NationalImportReport analyseCancellable(const NationalList &list, const ProgressFn &progress, bool *cancelled) const;
    // Whether a later list is already applied: then this one is recorded and changes nothing.
    void checkOlder(NationalImportReport &report, qint64 listTime) const;
    Status recordEntries(const NationalImportReport &report) const;
    // The areas, the counts, the state, the audit entry: the common end of importTrusted and applyRequested.
    Status applyRecorded(NationalImportReport &report, const NationalList &list, const QString &origin,
                         const QString &actor, const QJsonObject &auditExtra, AuditLog &audit, ProgressThrottle &progress);
    // Declares what is new or changed and lifts the national areas the list no longer names, at its time.
    Status applyDifference(NationalImportReport &report, const NationalList &list, const QString &origin,
                           const QString &actor, ProgressThrottle &progress);

    QSqlDatabase m_db;
    const Clock &m_clock;
    ReconcileMode m_mode = ReconcileMode::SetWise;
};

} // namespace hc
