#pragma once
#include "CaseFile.h"
#include "ContactTracer.h"
#include "OutsideContacts.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace hc {

class AuditLog;
class Clock;

struct CaseBatch
{
    qint64 id = 0;
    BatchKind kind = BatchKind::Cases;
    QString fileName;
    QString sha256;
    QString format;
    QString encoding;
    QString delimiter;
    int records = 0;
    int accepted = 0;
    int leftOut = 0;
    QString status; // imported, pending (waiting for a second official), applied, reverted
    QString importedBy;
    qint64 importedAt = 0;
    std::optional<qint64> approvalId;
    QString appliedBy;
    qint64 appliedAt = 0;
    QString revertedBy;
    qint64 revertedAt = 0;
    QString revertReason;
    QJsonObject summary; // the counts of the apply
};

// What one holder gets from a batch: changed, already (that color or a more severe one), no_effect (the
// condition is already over by the policy), outside_jurisdiction, duplicate (a second line for the holder).
struct HolderOutcome
{
    qint64 resultId = 0; // stored results only
    qint64 holderId = 0;
    QString maskedName;
    QString maskedIdNumber;
    QString division;
    policy::ConditionKind kind = policy::ConditionKind::CloseContact;
    policy::Color before = policy::Color::Gray;
    policy::Color after = policy::Color::Gray;
    QString outcome;
    QString caseRef;
    int line = 0;
    QString basis;
};

struct DivisionImpact
{
    QString county;
    QString name;
    qint64 toRed = 0;
    qint64 toYellow = 0;
    qint64 already = 0;
};

// The preview of a batch before anything changes.
struct Impact
{
    qint64 batchId = 0;
    int cases = 0;
    QStringList unregisteredCases;
    qint64 holders = 0; // distinct holders the batch names
    qint64 toRed = 0;
    qint64 toYellow = 0;
    qint64 alreadyRed = 0;
    qint64 alreadyYellow = 0;
    qint64 noEffect = 0;
    qint64 outside = 0;
    qint64 duplicates = 0;
    qint64 conditions = 0; // what applying writes (holders inside the jurisdiction)
    QList<DivisionImpact> byDivision; // counties, most changes first
    QList<HolderOutcome> sample;      // the first holders that change
    QList<HolderOutcome> alreadyRedList;
    QList<OutsideContact> outsideList; // the first of those outside the jurisdiction, masked (OutsideContacts has all)
    struct Handoff
    {
        QString province;
        QString commission; // the receiving province's commission
        qint64 people = 0;
    };
    QList<Handoff> handoffs; // what applying hands to other provinces' commissions (协查, issue 19)
    int threshold = 0;
    bool needsApproval = false;
};

// How a file is imported (CaseBatchService::importFile).
struct ImportOptions
{
    BatchKind kind = BatchKind::Cases;
    ColumnMapping mapping;
    QString fileName;           // recorded with the batch
    bool validRowsOnly = false; // store the good rows of a file with bad ones
    bool checkOnly = false;     // check, store nothing (--dry-run)
    QString errorsPath;         // where the bad rows go when there are any (UTF-8 with BOM); empty: nowhere
};

// What an import read and did.
struct ImportReport
{
    FileSummary file;
    QList<RowError> errors;       // the first 200 bad rows, in line order (reasons; the rows are in the errors file)
    QString errorsFile;           // written, or empty
    std::optional<qint64> batch;  // stored
    std::optional<Error> refused; // read but not stored: bad rows without validRowsOnly, no valid row, not permitted
};

struct ApplyOutcome
{
    QString status; // applied or pending
    std::optional<qint64> approval;
    QJsonObject summary;
};

// Case-report and verification-record batches: import (checked whole, stored in one transaction), the
// impact preview, apply (one transaction: conditions, colors, history, audit, sync messages; four-eyes above
// the policy's threshold) and revert (one transaction, with a reason). Implemented in CaseBatchService.cpp
// (the stored batches, results, mappings), CaseBatchImport.cpp and CaseBatchApply.cpp.
class CaseBatchService
{
    Q_DECLARE_TR_FUNCTIONS(hc::CaseBatchService)
public:
    CaseBatchService(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Streams a file of any size into a batch: read, checked and stored in one transaction, with a bounded
    // amount of memory (CaseFileReader::stream). A file that cannot be read is an error; a file whose rows are
    // bad, or an official who may not import, gives a report with `refused` and changes nothing. A cancel is
    // honoured until the commit (the transaction is then rolled back: nothing is stored).
    Result<ImportReport> importFile(QIODevice &in, const ImportOptions &options, const QString &actor, AuditLog &audit,
                                    const ProgressFn &progress = {});

    // Reads and checks a file held in memory; writes nothing (the preview of the rows as parsed).
    // progress(records read so far) returning false cancels.
    Result<ParsedFile> read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping = {},
                            const std::function<bool(int)> &progress = {}) const;
    Result<ParsedFile> read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping, const ProgressFn &progress) const;
    // Stores what was read as a batch. A file with bad rows is refused unless `validRowsOnly`, which stores
    // the good rows and records how many were left out. Verification records go straight to the scans.
    Result<qint64> store(const ParsedFile &file, const QString &fileName, bool validRowsOnly, const QString &actor,
                         AuditLog &audit, const ProgressFn &progress = {});

    std::optional<CaseBatch> find(qint64 id) const;
    QList<CaseBatch> list(int limit = 200) const;
    // The first rows of a stored case batch as parsed (for the pane).
    QList<CaseRow> rows(qint64 batchId, int limit = 200) const;

    // Off the GUI thread, on its own connection; reads only. progress(percent) returning false cancels.
    Result<Impact> preview(qint64 batchId, const QString &actor, const std::function<bool(int)> &progress = {}) const;
    Result<Impact> preview(qint64 batchId, const QString &actor, const ProgressFn &progress) const;
    // With progress: the tracing can be cancelled, the writing cannot (its steps say so).
    Result<ApplyOutcome> apply(qint64 batchId, const QString &actor, AuditLog &audit, const ProgressFn &progress = {});
    // Run by ApprovalService inside the approval's transaction.
    Result<QJsonObject> applyApproved(const QJsonObject &payload, const QString &requester, const QString &approver, AuditLog &audit,
                                      const ProgressFn &progress = {});
    Result<QJsonObject> revert(qint64 batchId, const QString &reason, const QString &actor, AuditLog &audit,
                               const ProgressFn &progress = {});

    QList<HolderOutcome> results(qint64 batchId, qint64 afterId = 0, int limit = 1000) const;
    // The per-holder results as CSV (UTF-8 with BOM, masked); an audit entry.
    Result<int> exportResults(qint64 batchId, const QString &path, const QString &actor, AuditLog &audit) const;

    // Saved column mappings, by kind and name.
    Status saveMapping(BatchKind kind, const QString &name, const ColumnMapping &mapping, const QString &actor, AuditLog &audit);
    std::optional<ColumnMapping> mapping(BatchKind kind, const QString &name) const;
    QStringList mappingNames(BatchKind kind) const;

private:
    // Shared by the service's files (CaseBatchService.cpp, CaseBatchImport.cpp, CaseBatchApply.cpp).
    static QString batchObject(qint64 id);     // "case_batch:<id>": the audit's, outbox's and approval's object
    static QString json(const QJsonObject &o); // compact, as stored
    qint64 now() const;
    Status stillImported(qint64 batchId) const; // inside the write transaction: not applied nor requested meanwhile
    Result<qint64> newBatch(BatchKind kind, const QString &fileName, const QString &actor) const; // inside the import's transaction
    Status finishBatch(qint64 batch, const FileSummary &f, const QString &fileName, qint64 firstRow, qint64 rows, const QString &actor,
                       AuditLog &audit) const;
    Result<QJsonObject> write(qint64 batchId, const TraceReport &trace, const Official &official, const QString &actor,
                              const QString &approver, AuditLog &audit, const ProgressFn &progress);
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace hc
