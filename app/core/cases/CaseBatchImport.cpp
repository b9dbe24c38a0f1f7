// CaseBatchService: reading a file and importing it as a batch (streamed, checked, stored in one transaction).
#include "CaseBatchService.h"
#include "PrivateFiles.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "BulkInsert.h"
#include "CsvReader.h"
#include "Database.h"
#include "Limits.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <algorithm>

namespace hc {

namespace {

// Text columns are NOT NULL: an empty field binds as '', never as NULL.
void bindText(BulkInsert &ins, int i, QByteArrayView v)
{
    static const char empty[] = "";
    ins.bindUtf8(i, QByteArray::fromRawData(v.isEmpty() ? empty : v.data(), v.size()));
}

// The rows of a batch being imported, written as they are read, inside the import's transaction. One
// transaction writes them, so their ids follow each other: row n is first + n. A case row is given its id (the
// largest + 1 onwards, what SQLite's rowid and the server's id trigger give under the write lock), so that its
// INSERT is plain: one COPY on PostgreSQL, streamed while the file is read, ended only when the row checks need the
// connection (a division or a holder not seen yet: flush()). A scan takes its holder's color in SQL and keeps a
// statement per row.
class BatchRows final : public CaseRowSink
{
public:
    BatchRows(QSqlDatabase db, BatchKind kind, qint64 batch) : m_db(db), m_kind(kind), m_batch(batch)
    {
        const QString table = kind == BatchKind::Cases ? QStringLiteral("case_row") : QStringLiteral("scan_record");
        m_insert = kind == BatchKind::Cases
                       ? std::make_unique<BulkInsert>(
                             db,
                             QStringLiteral("INSERT INTO case_row(id, batch_id, line, case_ref, id_number, class, report_at, discharge_at,"
                                            " exposure, division, address, venue_code, from_at, to_at, transport, carriage, seat)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             BulkInsert::Mode::Copy)
                       // A scan without its color shown gets the color the console holds for the holder now.
                       : std::make_unique<BulkInsert>(
                             db, QStringLiteral("INSERT INTO scan_record(holder_id, venue_code, division_code, at, color, carriage, seat, batch_id)"
                                                " SELECT h.id, ?, ?, ?, COALESCE(?, h.color), ?, ?, ? FROM holder h WHERE h.id = ? RETURNING id"));
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
        if (m_count == 0) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM case_row"));
            if (Status s = exec(q); !s)
                return s;
            m_first = q.next() ? q.value(0).toLongLong() : 1;
        }
        BulkInsert &ins = *m_insert;
        ins.bind(1, m_first + m_count);
        ins.bind(2, m_batch);
        ins.bind(3, qint64(r.line));
        bindText(ins, 4, r.caseRef);
        bindText(ins, 5, r.idNumber);
        bindText(ins, 6, m_classes[int(r.cls)]);
        ins.bind(7, r.reportAt);
        ins.bind(8, r.dischargeAt);
        bindText(ins, 9, m_exposures[int(r.exposure)]);
        bindText(ins, 10, r.division);
        bindText(ins, 11, r.address);
        bindText(ins, 12, r.venueCode);
        ins.bind(13, r.from);
        ins.bind(14, r.to);
        bindText(ins, 15, r.transport);
        bindText(ins, 16, r.carriage);
        bindText(ins, 17, r.seat);
        if (Status s = ins.step(); !s)
            return s;
        ++m_count;
        return Ok{};
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
        // The rows still queued for COPY go to the table first: the one taken back may be among them.
        if (Status s = m_insert->finish(); !s)
            return s;
        m_delete->bind(1, m_first + n);
        return m_delete->step();
    }
    Status clear() override
    {
        if (Status s = m_insert->finish(); !s)
            return s;
        if (m_count > 0) {
            m_clear->bind(1, m_first);
            m_clear->bind(2, m_first + m_count - 1);
            if (Status s = m_clear->step(); !s)
                return s;
        }
        m_first = m_count = 0;
        return Ok{};
    }
    // After the last row: every row is in the table (a row the server refuses fails here).
    Status finish() { return m_insert->finish(); }
    void flush() override
    {
        (void)m_insert->finish(); // a failure sticks in the writer (BulkCopy): the next add() or finish() returns it
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

    QSqlDatabase m_db;
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
        qint64 copied = 0;
        while (!(chunk = in.read(1 << 20)).isEmpty() || in.waitForReadyRead(-1)) {
            // Never more than the largest file allowed: a pipe that runs on is refused as it passes the limit.
            if ((copied += chunk.size()) > limits::kCaseFileBytes)
                return checkFileSize(copied, limits::kCaseFileBytes,
                                     QCoreApplication::translate("hc::CaseFileReader", "a case or verification file"), true)
                    .error();
            if (copy.write(chunk) != chunk.size())
                return Error::internal(tr("Cannot write a temporary file: %1").arg(copy.errorString()));
        }
        if (!copy.seek(0))
            return Error::internal(tr("Cannot write a temporary file: %1").arg(copy.errorString()));
        return importFile(copy, o, actor, audit, progress);
    }
    // Too large a file is refused before anything is read or written (docs/limits.md).
    if (Status s = checkFileSize(in.size(), limits::kCaseFileBytes, QCoreApplication::translate("hc::CaseFileReader", "a case or verification file"));
        !s)
        return s.error();
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
            return tx->commit().error(); // why the write lock was not taken (busy past the wait, disk full, …)
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
    if (rows)
        if (Status s = rows->finish(); !s)
            return s.error();
    ImportReport out;
    out.file = file.value();
    if (file->errors > 0) {
        // Named in line order from a second reading of the file: the errors file can be as long as the file.
        std::unique_ptr<QSaveFile> errors;
        auto cannot = [&] { return Error::badInput(tr("Cannot write the errors file %1: %2").arg(o.errorsPath, errors->errorString())); };
        if (!o.errorsPath.isEmpty()) {
            errors = std::make_unique<QSaveFile>(o.errorsPath);
            if (errors->open(QIODevice::WriteOnly))
                files::makePrivate(*errors); // a file system without permissions still gets the file
            if (!errors->isOpen() || errors->write(CaseFileReader::errorsHeader(file->header)) < 0)
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
    if (Status s = rows.finish(); !s)
        return s.error();
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
                             " left_out, status, imported_by, imported_at)"
                             " VALUES (?, ?, '', '', '', '', 0, 0, 0, 'imported', ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{batchKindKey(kind), text(fileName), actor, now()})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO case_batch returned no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
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

} // namespace hc
