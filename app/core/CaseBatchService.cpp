#include "CaseBatchService.h"

#include "ApprovalService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "BatchWriter.h"
#include "BulkInsert.h"
#include "Clock.h"
#include "Database.h"
#include "DivisionRepository.h"
#include "HolderExporter.h"
#include "IdNumber.h"
#include "Outbox.h"
#include "PolicyStore.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

using policy::Color;
using policy::ConditionKind;

namespace {

QString batchObject(qint64 id)
{
    return QStringLiteral("case_batch:%1").arg(id);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "pending" is not stored: a batch waits while an approval request for it is pending.
const QString kBatchColumns = QStringLiteral(
    "b.id, b.kind, b.file_name, b.file_sha256, b.format, b.encoding, b.delimiter, b.records, b.accepted, b.left_out,"
    " CASE WHEN b.status = 'imported' AND a.id IS NOT NULL THEN 'pending' ELSE b.status END, b.imported_by, b.imported_at,"
    " a.id, b.applied_by, b.applied_at, b.reverted_by, b.reverted_at, b.revert_reason, b.summary"
    " FROM case_batch b LEFT JOIN approval a ON a.kind = 'case_batch' AND a.object = 'case_batch:' || b.id"
    " AND a.status = 'pending'");

CaseBatch batchFrom(const QSqlQuery &q)
{
    CaseBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString() == QLatin1String("cases") ? BatchKind::Cases : BatchKind::Verifications;
    b.fileName = q.value(2).toString();
    b.sha256 = q.value(3).toString();
    b.format = q.value(4).toString();
    b.encoding = q.value(5).toString();
    b.delimiter = q.value(6).toString();
    b.records = q.value(7).toInt();
    b.accepted = q.value(8).toInt();
    b.leftOut = q.value(9).toInt();
    b.status = q.value(10).toString();
    b.importedBy = q.value(11).toString();
    b.importedAt = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        b.approvalId = q.value(13).toLongLong();
    b.appliedBy = q.value(14).toString();
    b.appliedAt = q.value(15).toLongLong();
    b.revertedBy = q.value(16).toString();
    b.revertedAt = q.value(17).toLongLong();
    b.revertReason = q.value(18).toString();
    b.summary = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    return b;
}

// Progress of a part of an operation, as a share of the whole: percent 0–100 of the part → from–to.
ProgressFn part(const ProgressFn &fn, int from, int to)
{
    if (!fn)
        return {};
    return [fn, from, to](const ProgressStep &s) {
        ProgressStep scaled = s;
        scaled.percent = from + s.percent * (to - from) / 100;
        return fn(scaled);
    };
}

// Text columns are NOT NULL: an empty field binds as '', never as NULL.
void bindText(BulkInsert &ins, int i, QByteArrayView v)
{
    static const char empty[] = "";
    ins.bindUtf8(i, QByteArray::fromRawData(v.isEmpty() ? empty : v.data(), v.size()));
}

// The rows of a batch being imported, written as they are read, inside the import's transaction. One
// transaction writes them, so their ids follow each other: row n is first + n.
class BatchRows final : public CaseRowSink
{
public:
    BatchRows(QSqlDatabase db, BatchKind kind, qint64 batch) : m_kind(kind), m_batch(batch)
    {
        const QString table = kind == BatchKind::Cases ? QStringLiteral("case_row") : QStringLiteral("scan_record");
        m_insert = std::make_unique<BulkInsert>(
            db, kind == BatchKind::Cases
                    ? QStringLiteral("INSERT INTO case_row(batch_id, line, case_ref, id_number, class, report_at, discharge_at, exposure,"
                                     " division, address, venue_code, from_at, to_at, transport, carriage, seat)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    // A scan without its color shown gets the color the console holds for the holder now.
                    : QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color, carriage, seat, batch_id)"
                                     " SELECT h.id, ?, ?, ?, COALESCE(?, h.color), ?, ?, ? FROM holder h WHERE h.id = ?"));
        m_delete = std::make_unique<BulkInsert>(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        m_clear = std::make_unique<BulkInsert>(db, QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table));
        for (int i = 0; i < 3; ++i)
            m_classes[i] = caseClassKey(CaseClass(i)).toUtf8();
        for (int i = 0; i < 6; ++i)
            m_exposures[i] = exposureKey(ExposureType(i)).toUtf8();
    }
    Status status() const
    {
        for (const BulkInsert *b : {m_insert.get(), m_delete.get(), m_clear.get()})
            if (!b->status())
                return b->status();
        return Ok{};
    }
    qint64 first() const { return m_first; }
    qint64 count() const { return m_count; }

    Status add(const CaseRowUtf8 &r) override
    {
        BulkInsert &ins = *m_insert;
        ins.bind(1, m_batch);
        ins.bind(2, qint64(r.line));
        bindText(ins, 3, r.caseRef);
        bindText(ins, 4, r.idNumber);
        bindText(ins, 5, m_classes[int(r.cls)]);
        ins.bind(6, r.reportAt);
        ins.bind(7, r.dischargeAt);
        bindText(ins, 8, m_exposures[int(r.exposure)]);
        bindText(ins, 9, r.division);
        bindText(ins, 10, r.address);
        bindText(ins, 11, r.venueCode);
        ins.bind(12, r.from);
        ins.bind(13, r.to);
        bindText(ins, 14, r.transport);
        bindText(ins, 15, r.carriage);
        bindText(ins, 16, r.seat);
        return stepped();
    }
    Status add(const ScanRowUtf8 &r) override
    {
        BulkInsert &ins = *m_insert;
        bindText(ins, 1, r.venueCode);
        bindText(ins, 2, r.division);
        ins.bind(3, r.at);
        ins.bind(4, r.color ? std::optional<qint64>(*r.color) : std::nullopt);
        bindText(ins, 5, r.carriage);
        bindText(ins, 6, r.seat);
        ins.bind(7, m_batch);
        ins.bind(8, r.holderId);
        return stepped();
    }
    Status remove(qint64 n) override
    {
        m_delete->bind(1, m_first + n);
        return m_delete->step();
    }
    Status clear() override
    {
        if (m_count > 0) {
            m_clear->bind(1, m_first);
            m_clear->bind(2, m_first + m_count - 1);
            if (Status s = m_clear->step(); !s)
                return s;
        }
        m_first = m_count = 0;
        return Ok{};
    }

private:
    Status stepped()
    {
        if (Status s = m_insert->step(); !s)
            return s;
        const qint64 id = m_insert->lastRowId();
        if (m_count == 0)
            m_first = id;
        else if (id != m_first + m_count) // a scan's holder gone, or another writer: never within our transaction
            return Error::internal(QStringLiteral("the rows of batch %1 are not consecutive (%2 after %3)").arg(m_batch).arg(id).arg(m_first + m_count - 1));
        ++m_count;
        return Ok{};
    }

    BatchKind m_kind;
    qint64 m_batch;
    std::unique_ptr<BulkInsert> m_insert, m_delete, m_clear;
    QByteArray m_classes[3], m_exposures[6];
    qint64 m_first = 0, m_count = 0;
};

// A file only checked: its rows go nowhere.
class NoRows final : public CaseRowSink
{
public:
    Status add(const CaseRowUtf8 &) override { return Ok{}; }
    Status add(const ScanRowUtf8 &) override { return Ok{}; }
    Status remove(qint64) override { return Ok{}; }
    Status clear() override { return Ok{}; }
};

} // namespace

qint64 CaseBatchService::now() const
{
    return m_clock.now().toSecsSinceEpoch();
}

Result<ParsedFile> CaseBatchService::read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping,
                                          const std::function<bool(int)> &progress) const
{
    CaseFileReader reader(m_db, now());
    return reader.read(bytes, kind, mapping, progress);
}

Result<ParsedFile> CaseBatchService::read(const QByteArray &bytes, BatchKind kind, const ColumnMapping &mapping,
                                          const ProgressFn &progress) const
{
    CaseFileReader reader(m_db, now());
    return reader.read(bytes, kind, mapping, progress);
}

Result<ImportReport> CaseBatchService::importFile(QIODevice &in, const ImportOptions &o, const QString &actor, AuditLog &audit,
                                                  const ProgressFn &progress)
{
    if (in.isSequential()) {
        // A pipe is read once: its bytes go to a temporary file first, which the bad rows are read from again.
        QTemporaryFile copy;
        if (!copy.open())
            return Error::internal(tr("Cannot write a temporary file: %1").arg(copy.errorString()));
        QByteArray chunk;
        while (!(chunk = in.read(1 << 20)).isEmpty() || in.waitForReadyRead(-1))
            if (copy.write(chunk) != chunk.size())
                return Error::internal(tr("Cannot write a temporary file: %1").arg(copy.errorString()));
        if (!copy.seek(0))
            return Error::internal(tr("Cannot write a temporary file: %1").arg(copy.errorString()));
        return importFile(copy, o, actor, audit, progress);
    }
    const Authorizer auth(m_db);
    const bool permitted = bool(auth.require(actor, Permission::ReportCase));
    // The batch and its rows are written as the file is read, in one transaction: a file that turns out bad,
    // a cancel or a crash leaves nothing.
    std::optional<Transaction> tx;
    qint64 batch = 0;
    std::unique_ptr<CaseRowSink> sink = std::make_unique<NoRows>();
    BatchRows *rows = nullptr;
    if (permitted && !o.checkOnly) {
        tx.emplace(m_db);
        if (!tx->begun())
            return Error::internal(tr("The database is busy: %1").arg(m_db.lastError().text()));
        const auto created = newBatch(o.kind, o.fileName, actor);
        if (!created)
            return created.error();
        batch = *created;
        auto sunk = std::make_unique<BatchRows>(m_db, o.kind, batch);
        if (Status s = sunk->status(); !s)
            return s.error();
        rows = sunk.get();
        sink = std::move(sunk);
    }
    CaseFileReader reader(m_db, now());
    const auto file = reader.stream(in, o.kind, o.mapping, *sink, progress);
    if (!file)
        return file.error();
    ImportReport out;
    out.file = file.value();
    if (file->errors > 0) {
        // Named in line order from a second reading of the file: the errors file can be as long as the file.
        std::unique_ptr<QSaveFile> errors;
        auto cannot = [&] { return Error::badInput(tr("Cannot write the errors file %1: %2").arg(o.errorsPath, errors->errorString())); };
        if (!o.errorsPath.isEmpty()) {
            errors = std::make_unique<QSaveFile>(o.errorsPath);
            if (!errors->open(QIODevice::WriteOnly) || errors->write(CaseFileReader::errorsHeader(file->header)) < 0)
                return cannot();
        }
        const Status listed = reader.badRows(
            in,
            [&](const RowError &e) -> Status {
                if (out.errors.size() < 200)
                    out.errors << RowError{e.line, e.reason, {}};
                if (errors && errors->write(CaseFileReader::errorsLine(e)) < 0)
                    return cannot();
                return Ok{};
            },
            progress);
        if (!listed)
            return listed.error();
        if (errors && !errors->commit())
            return cannot();
        out.errorsFile = o.errorsPath;
    }
    if (o.checkOnly)
        return out;
    if (file->errors > 0 && !o.validRowsOnly)
        out.refused = Error::badInput(tr("%n row(s) of the file have errors; nothing was imported. Fix them (see the errors file) or "
                                         "choose to import the valid rows only.",
                                         nullptr, int(file->errors)));
    else if (file->accepted == 0)
        out.refused = Error::badInput(tr("No row of the file is valid; nothing was imported."));
    else if (!permitted)
        out.refused = auth.requireAudited(actor, Permission::ReportCase, {}, QStringLiteral("cases.import"), QStringLiteral("case_batch:new"), audit)
                          .error();
    if (out.refused)
        return out; // the transaction rolls back
    if (progress) // from here a cancel is ignored: the batch is being committed
        progress({tr("Saving the batch"), file->accepted, file->accepted, 99, false});
    if (Status s = finishBatch(batch, file.value(), o.fileName, rows->first(), rows->count(), actor, audit); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    if (progress)
        progress({tr("Saving the batch"), file->accepted, file->accepted, 100, false});
    out.batch = batch;
    return out;
}

Result<qint64> CaseBatchService::store(const ParsedFile &f, const QString &fileName, bool validRowsOnly, const QString &actor,
                                       AuditLog &audit, const ProgressFn &progress)
{
    if (!f.errors.empty() && !validRowsOnly)
        return Error::badInput(tr("%n row(s) of the file have errors; nothing was imported. Fix them (see the errors file) or "
                                  "choose to import the valid rows only.",
                                  nullptr, int(f.errors.size())));
    if (f.accepted() == 0)
        return Error::badInput(tr("No row of the file is valid; nothing was imported."));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ReportCase, {}, QStringLiteral("cases.import"),
                                                   QStringLiteral("case_batch:new"), audit);
        !s)
        return s.error();
    Transaction tx(m_db);
    const auto batch = newBatch(f.kind, fileName, actor);
    if (!batch)
        return batch.error();
    BatchRows rows(m_db, f.kind, *batch);
    if (Status s = rows.status(); !s)
        return s.error();
    ProgressThrottle report(progress);
    const QString saving = tr("Saving the batch");
    const qint64 total = f.accepted();
    qint64 done = 0;
    report({saving, 0, total, 0, false}, true);
    // The rows as parsed, written the way a streamed import writes them.
    QByteArray text[8];
    for (const CaseRow &r : f.cases) {
        const QString *fields[] = {&r.caseRef, &r.idNumber, &r.division, &r.address, &r.venueCode, &r.transport, &r.carriage, &r.seat};
        for (int i = 0; i < 8; ++i)
            text[i] = fields[i]->toUtf8();
        const CaseRowUtf8 u{r.line,   text[0],       text[1],    text[2], text[3], text[4], text[5], text[6],
                            text[7],  r.cls,         r.reportAt, r.dischargeAt, r.exposure, r.from, r.to};
        if (Status s = rows.add(u); !s)
            return s.error();
        if ((++done & 4095) == 0)
            report({saving, done, total, int(99 * done / std::max<qint64>(1, total)), false});
    }
    for (const ScanRow &r : f.scans) {
        const QString *fields[] = {&r.venueCode, &r.idNumber, &r.division, &r.carriage, &r.seat};
        for (int i = 0; i < 5; ++i)
            text[i] = fields[i]->toUtf8();
        if (Status s = rows.add(ScanRowUtf8{r.line, text[0], text[1], text[2], text[3], text[4], r.holderId, r.at, r.color}); !s)
            return s.error();
    }
    FileSummary summary;
    summary.kind = f.kind;
    summary.format = f.format;
    summary.encoding = f.encoding;
    summary.delimiter = f.delimiter;
    summary.sha256 = f.sha256;
    summary.records = f.records;
    summary.accepted = f.accepted();
    summary.errors = qint64(f.errors.size());
    if (Status s = finishBatch(*batch, summary, fileName, rows.first(), rows.count(), actor, audit); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report({saving, total, total, 100, false}, true);
    return *batch;
}

Result<qint64> CaseBatchService::newBatch(BatchKind kind, const QString &fileName, const QString &actor) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO case_batch(kind, file_name, file_sha256, format, encoding, delimiter, records, accepted,"
                             " left_out, status, imported_by, imported_at) VALUES (?, ?, '', '', '', '', 0, 0, 0, 'imported', ?, ?)"));
    for (const QVariant &v : QVariantList{batchKindKey(kind), text(fileName), actor, now()})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status CaseBatchService::finishBatch(qint64 batch, const FileSummary &f, const QString &fileName, qint64 firstRow, qint64 rows,
                                     const QString &actor, AuditLog &audit) const
{
    // A case batch's rows are found by their id range, so the million inserts maintain no second index.
    const bool cases = f.kind == BatchKind::Cases;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE case_batch SET file_sha256 = ?, format = ?, encoding = ?, delimiter = ?, records = ?, accepted = ?,"
                             " left_out = ?, first_row = ?, last_row = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{f.sha256, f.format, text(f.encoding), text(f.delimiter), f.records, f.accepted, f.errors,
                                          cases ? QVariant(firstRow) : QVariant(), cases ? QVariant(firstRow + rows - 1) : QVariant(), batch})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    return audit.append(actor, QStringLiteral("cases.import"), batchObject(batch), {},
                        {{QStringLiteral("kind"), batchKindKey(f.kind)},
                         {QStringLiteral("file"), fileName},
                         {QStringLiteral("sha256"), f.sha256},
                         {QStringLiteral("encoding"), f.encoding},
                         {QStringLiteral("records"), f.records},
                         {QStringLiteral("accepted"), f.accepted},
                         {QStringLiteral("left_out"), f.errors}});
}

std::optional<CaseBatch> CaseBatchService::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kBatchColumns + QStringLiteral(" WHERE b.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return batchFrom(q);
}

QList<CaseBatch> CaseBatchService::list(int limit) const
{
    QList<CaseBatch> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kBatchColumns + QStringLiteral(" ORDER BY b.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << batchFrom(q);
    return out;
}

QList<CaseRow> CaseBatchService::rows(qint64 batchId, int limit) const
{
    const std::vector<CaseRow> rows = ContactTracer::loadRows(m_db, batchId, limit);
    return QList<CaseRow>(rows.begin(), rows.end());
}

Result<Impact> CaseBatchService::preview(qint64 batchId, const QString &actor, const std::function<bool(int)> &progress) const
{
    if (!progress)
        return preview(batchId, actor, ProgressFn());
    return preview(batchId, actor, ProgressFn([&](const ProgressStep &s) { return progress(s.percent); }));
}

Result<Impact> CaseBatchService::preview(qint64 batchId, const QString &actor, const ProgressFn &progress) const
{
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.require(actor, Permission::BulkReassign); !s)
        return s.error();
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    const qint64 t = now();
    const policy::Policy pol = PolicyStore(m_db).inForce(t);
    const auto trace = ContactTracer(m_db, pol).trace(batchId, part(progress, 0, 80));
    if (!trace)
        return trace.error();
    Impact out;
    out.batchId = batchId;
    out.cases = trace->cases;
    out.unregisteredCases = trace->unregisteredCases;
    out.threshold = pol.bulkApprovalThreshold;
    // The kept targets are in holder order, as the holders are read back: walked side by side, no table.
    std::vector<const Target *> kept;
    for (const Target &tg : trace->targets) {
        if (tg.duplicate)
            ++out.duplicates;
        else
            kept.push_back(&tg);
    }
    out.holders = qint64(kept.size());
    out.needsApproval = out.holders > out.threshold;
    if (Status s = execSql(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS preview_target(holder_id INTEGER PRIMARY KEY)")); !s)
        return s.error();
    if (Status s = execSql(m_db, QStringLiteral("DELETE FROM temp.preview_target")); !s)
        return s.error();
    {
        // One savepoint around the million rows of the temporary table (it takes no lock on the database).
        if (Status s = execSql(m_db, QStringLiteral("SAVEPOINT preview_target")); !s)
            return s.error();
        BulkInsert ins(m_db, QStringLiteral("INSERT INTO temp.preview_target VALUES (?)"));
        for (const Target *tg : kept) {
            ins.bind(1, tg->holderId);
            if (Status s = ins.step(); !s) {
                (void)execSql(m_db, QStringLiteral("ROLLBACK TO preview_target"));
                (void)execSql(m_db, QStringLiteral("RELEASE preview_target"));
                return s.error();
            }
        }
        if (Status s = execSql(m_db, QStringLiteral("RELEASE preview_target")); !s)
            return s.error();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.id, h.home_division, h.color, h.name, h.id_number FROM temp.preview_target p"
                             " JOIN holder h ON h.id = p.holder_id ORDER BY h.id"));
    if (Status s = exec(q); !s)
        return s.error();
    QHash<QString, DivisionImpact> counties;
    qint64 seen = 0;
    size_t next = 0;
    ProgressThrottle report(progress);
    const QString phase = tr("Reading the holders");
    while (q.next()) {
        if ((++seen % 4096 == 0) && !report({phase, seen, out.holders, 80 + int(seen * 19 / std::max<qint64>(1, out.holders))}))
            return Error::refused(tr("Cancelled."));
        const qint64 holder = q.value(0).toLongLong();
        while (next < kept.size() && kept[next]->holderId < holder)
            ++next;
        if (next >= kept.size() || kept[next]->holderId != holder)
            continue;
        const Target &tg = *kept[next];
        const CaseRow &named = trace->rowOf(tg);
        HolderOutcome o;
        o.holderId = tg.holderId;
        o.division = q.value(1).toString();
        o.before = Color(q.value(2).toInt());
        o.kind = tg.kind;
        o.caseRef = named.caseRef;
        o.line = named.line;
        if (!official->covers(o.division)) {
            ++out.outside;
            o.after = o.before;
            continue;
        }
        ++out.conditions;
        bool active = true;
        if (tg.kind == ConditionKind::CloseContact)
            active = tg.exposure + qint64(pol.closeContactClearHours) * 3600 > t;
        else if (tg.kind == ConditionKind::Case && named.dischargeAt)
            active = *named.dischargeAt + qint64(pol.caseClearHours) * 3600 > t;
        const Color color = policy::defaultColorOf(tg.kind);
        o.after = active ? std::max(o.before, color) : o.before;
        DivisionImpact &d = counties[o.division.left(6)];
        d.county = o.division.left(6);
        if (o.after > o.before) {
            o.outcome = QStringLiteral("changed");
            ++(o.after == Color::Red ? out.toRed : out.toYellow);
            ++(o.after == Color::Red ? d.toRed : d.toYellow);
        } else if (active) {
            o.outcome = QStringLiteral("already");
            ++(o.before == Color::Red ? out.alreadyRed : out.alreadyYellow);
            ++d.already;
        } else {
            o.outcome = QStringLiteral("no_effect");
            ++out.noEffect;
        }
        const bool sampled = o.outcome == QLatin1String("changed") && out.sample.size() < 200;
        const bool red = o.outcome == QLatin1String("already") && o.before == Color::Red && out.alreadyRedList.size() < 200;
        if (sampled || red) {
            o.basis = trace->basisText(tg);
            o.maskedName = mask::name(q.value(3).toString());
            o.maskedIdNumber = mask::idNumber(q.value(4).toString());
            (sampled ? out.sample : out.alreadyRedList) << o;
        }
    }
    const DivisionRepository divisions(m_db);
    for (DivisionImpact &d : counties) {
        if (const auto div = divisions.find(d.county))
            d.name = div->name;
        out.byDivision << d;
    }
    std::sort(out.byDivision.begin(), out.byDivision.end(), [](const DivisionImpact &a, const DivisionImpact &b) {
        const qint64 x = a.toRed + a.toYellow, y = b.toRed + b.toYellow;
        return x != y ? x > y : a.county < b.county;
    });
    if (!report({phase, seen, out.holders, 100}, true))
        return Error::refused(tr("Cancelled."));
    return out;
}

Result<QJsonObject> CaseBatchService::write(qint64 batchId, const TraceReport &trace, const Official &official,
                                            const QString &actor, const QString &approver, AuditLog &audit, const ProgressFn &progress)
{
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    LargeCacheScope cache(m_db, qint64(trace.targets.size()));
    BatchWriter writer(m_db, engine, actor, t, Commission::load(m_db), batchId);
    writer.setProgress(progress);
    auto summary = writer.apply(trace, official);
    if (!summary)
        return summary.error();
    QJsonObject s = summary.value();
    if (!approver.isEmpty())
        s.insert(QStringLiteral("approved_by"), approver);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE case_batch SET status = 'applied', applied_by = ?, applied_at = ?, summary = ? WHERE id = ?"));
    q.addBindValue(actor);
    q.addBindValue(t);
    q.addBindValue(json(s));
    q.addBindValue(batchId);
    if (Status st = exec(q); !st)
        return st.error();
    if (Status st = Outbox(m_db, t, actor).append(QStringLiteral("case_batch.applied"), batchObject(batchId), s); !st)
        return st.error();
    if (Status st = audit.append(actor, QStringLiteral("cases.apply"), batchObject(batchId), {}, s); !st)
        return st.error();
    return s;
}

Result<ApplyOutcome> CaseBatchService::apply(qint64 batchId, const QString &actor, AuditLog &audit, const ProgressFn &progress)
{
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status == QLatin1String("pending"))
        return Error::refused(tr("Batch %1 is waiting for a second official (approval request %2).").arg(batchId).arg(*batch->approvalId));
    if (batch->status != QLatin1String("imported"))
        return Error::refused(tr("Batch %1 is already %2.").arg(batchId).arg(batch->status));
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.requireAudited(actor, Permission::BulkReassign, official->jurisdiction, QStringLiteral("cases.apply"),
                                       batchObject(batchId), audit);
        !s)
        return s.error();
    const policy::Policy pol = PolicyStore(m_db).inForce(now());
    // How many holders decides four-eyes: counted without the targets' details (a million of them for a
    // stadium), which only the apply needs.
    const ContactTracer tracer(m_db, pol);
    int cases = 0;
    const auto holders = tracer.countHolders(batchId, part(progress, 0, 20), &cases);
    if (!holders)
        return holders.error();
    ApplyOutcome out;
    if (*holders > pol.bulkApprovalThreshold) {
        const QString summary = QStringLiteral("病例批次 %1（%2）：%3 例病例，涉及 %4 人，超过 %5 人需第二名官员批准")
                                    .arg(batchId)
                                    .arg(batch->fileName)
                                    .arg(cases)
                                    .arg(*holders)
                                    .arg(pol.bulkApprovalThreshold);
        const auto id = ApprovalService(m_db, m_clock).request(QStringLiteral("case_batch"), batchObject(batchId), official->jurisdiction,
                                                               {{QStringLiteral("batch"), batchId}}, summary, actor, audit);
        if (!id)
            return id.error();
        out.status = QStringLiteral("pending");
        out.approval = id.value();
        out.summary = {{QStringLiteral("holders"), *holders}, {QStringLiteral("threshold"), pol.bulkApprovalThreshold}};
        if (progress)
            progress({tr("Filing the approval request"), 1, 1, 100, false});
        return out;
    }
    const auto trace = tracer.trace(batchId, part(progress, 20, 30));
    if (!trace)
        return trace.error();
    Transaction tx(m_db);
    const auto s = write(batchId, trace.value(), official.value(), actor, {}, audit, part(progress, 30, 100));
    if (!s)
        return s.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    out.status = QStringLiteral("applied");
    out.summary = s.value();
    return out;
}

Result<QJsonObject> CaseBatchService::applyApproved(const QJsonObject &payload, const QString &requester, const QString &approver,
                                                    AuditLog &audit, const ProgressFn &progress)
{
    const qint64 batchId = qint64(payload.value(QStringLiteral("batch")).toDouble());
    const auto batch = find(batchId);
    if (!batch || batch->status != QLatin1String("pending"))
        return Error::refused(tr("Batch %1 is no longer waiting to be applied.").arg(batchId));
    // The requester's jurisdiction decides which holders the batch may change.
    const auto official = Authorizer(m_db).official(requester);
    if (!official)
        return official.error();
    const auto trace = ContactTracer(m_db, PolicyStore(m_db).inForce(now())).trace(batchId, part(progress, 0, 25));
    if (!trace)
        return trace.error();
    return write(batchId, trace.value(), official.value(), requester, approver, audit, part(progress, 25, 100));
}

Result<QJsonObject> CaseBatchService::revert(qint64 batchId, const QString &reason, const QString &actor, AuditLog &audit,
                                             const ProgressFn &progress)
{
    if (reason.trimmed().size() < 4)
        return Error::badInput(tr("Give the reason for reverting the batch (at least 4 characters)."));
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status != QLatin1String("applied"))
        return Error::refused(tr("Batch %1 is %2; only an applied batch can be reverted.").arg(batchId).arg(batch->status));
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    if (Status s = auth.requireAudited(actor, Permission::BulkReassign, official->jurisdiction, QStringLiteral("cases.revert"),
                                       batchObject(batchId), audit);
        !s)
        return s.error();
    const qint64 t = now();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    LargeCacheScope cache(m_db, batch->summary.value(QStringLiteral("holders")).toInteger());
    Transaction tx(m_db);
    BatchWriter writer(m_db, engine, actor, t, Commission::load(m_db), batchId);
    writer.setProgress(progress);
    auto summary = writer.revert(reason.trimmed());
    if (!summary)
        return summary.error();
    QJsonObject s = summary.value();
    s.insert(QStringLiteral("reason"), reason.trimmed());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE case_batch SET status = 'reverted', reverted_by = ?, reverted_at = ?, revert_reason = ? WHERE id = ?"));
    q.addBindValue(actor);
    q.addBindValue(t);
    q.addBindValue(reason.trimmed());
    q.addBindValue(batchId);
    if (Status st = exec(q); !st)
        return st.error();
    if (Status st = Outbox(m_db, t, actor).append(QStringLiteral("case_batch.reverted"), batchObject(batchId), s); !st)
        return st.error();
    if (Status st = audit.append(actor, QStringLiteral("cases.revert"), batchObject(batchId), {}, s); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

QList<HolderOutcome> CaseBatchService::results(qint64 batchId, qint64 afterId, int limit) const
{
    QList<HolderOutcome> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.holder_id, h.name, h.id_number, h.home_division, r.kind, r.color_before, r.color_after,"
                             " r.outcome, r.case_ref, r.line, COALESCE(c.basis_text, r.basis) FROM batch_result r JOIN holder h ON h.id = r.holder_id"
                             " LEFT JOIN condition c ON c.id = r.condition_id"
                             " WHERE r.batch_id = ? AND r.id > ? ORDER BY r.id LIMIT ?"));
    q.addBindValue(batchId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        HolderOutcome o;
        o.resultId = q.value(0).toLongLong();
        o.holderId = q.value(1).toLongLong();
        o.maskedName = mask::name(q.value(2).toString());
        o.maskedIdNumber = mask::idNumber(q.value(3).toString());
        o.division = q.value(4).toString();
        o.kind = ConditionKind(q.value(5).toInt());
        o.before = Color(q.value(6).toInt());
        o.after = Color(q.value(7).toInt());
        o.outcome = q.value(8).toString();
        o.caseRef = q.value(9).toString();
        o.line = q.value(10).toInt();
        o.basis = q.value(11).toString();
        out << o;
    }
    return out;
}

Result<int> CaseBatchService::exportResults(qint64 batchId, const QString &path, const QString &actor, AuditLog &audit) const
{
    const auto batch = find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(tr("No case batch %1.").arg(batchId));
    if (batch->status != QLatin1String("applied") && batch->status != QLatin1String("reverted"))
        return Error::refused(tr("Batch %1 has not been applied; its results are in the preview.").arg(batchId));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::LookupHolder, {}, QStringLiteral("cases.results_export"),
                                                   batchObject(batchId), audit);
        !s)
        return s.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QStringList header{QStringLiteral("holder"), QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("division"),
                             QStringLiteral("condition"), QStringLiteral("outcome"), QStringLiteral("color_before"),
                             QStringLiteral("color_after"), QStringLiteral("case_ref"), QStringLiteral("line"), QStringLiteral("basis")};
    file.write(QByteArrayLiteral("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    int rows = 0;
    qint64 after = 0;
    for (;;) {
        const QList<HolderOutcome> page = results(batchId, after, 5000);
        for (const HolderOutcome &o : page) {
            QStringList cells{QString::number(o.holderId), o.maskedName, o.maskedIdNumber, o.division, policy::conditionKindKey(o.kind),
                              o.outcome, policy::colorKey(o.before), policy::colorKey(o.after), o.caseRef, QString::number(o.line), o.basis};
            for (QString &c : cells)
                c = HolderExporter::cell(c);
            file.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
            after = o.resultId;
            ++rows;
        }
        if (page.size() < 5000)
            break;
    }
    Transaction tx(m_db);
    if (Status s = audit.append(actor, QStringLiteral("cases.results_export"), batchObject(batchId), {},
                                {{QStringLiteral("file"), path}, {QStringLiteral("rows"), rows}});
        !s)
        return s.error();
    if (!file.commit())
        return Error::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

Status CaseBatchService::saveMapping(BatchKind kind, const QString &name, const ColumnMapping &mapping, const QString &actor,
                                     AuditLog &audit)
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 64)
        return Error::badInput(tr("A mapping needs a name (at most 64 characters)."));
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        if (!CaseFileReader::fields(kind).contains(it.key()))
            return Error::badInput(tr("\"%1\" is not a field of this kind of file.").arg(it.key()));
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ReportCase, {}, QStringLiteral("cases.mapping"),
                                                   QStringLiteral("column_mapping:") + name.trimmed(), audit);
        !s)
        return s;
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(it.key(), it.value());
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO column_mapping(kind, name, mapping, created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{batchKindKey(kind), name.trimmed(), json(o), actor, now()})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("cases.mapping"), QStringLiteral("column_mapping:") + name.trimmed(), {},
                                {{QStringLiteral("kind"), batchKindKey(kind)}, {QStringLiteral("mapping"), o}});
        !s)
        return s;
    return tx.commit();
}

std::optional<ColumnMapping> CaseBatchService::mapping(BatchKind kind, const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mapping FROM column_mapping WHERE kind = ? AND name = ?"));
    q.addBindValue(batchKindKey(kind));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    ColumnMapping m;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        m.insert(it.key(), it.value().toString());
    return m;
}

QStringList CaseBatchService::mappingNames(BatchKind kind) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM column_mapping WHERE kind = ? ORDER BY name"));
    q.addBindValue(batchKindKey(kind));
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace hc
