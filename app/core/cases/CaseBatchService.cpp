#include "CaseBatchService.h"
#include "SqlDialect.h"
#include "PrivateFiles.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "ContactTracer.h"
#include "Database.h"
#include "HolderExporter.h"
#include "IdNumber.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

// The batches as stored, their results and the saved column mappings. The import is in CaseBatchImport.cpp,
// the preview, apply and revert in CaseBatchApply.cpp.
namespace hc {

using policy::Color;
using policy::ConditionKind;

namespace {

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

} // namespace

QString CaseBatchService::batchObject(qint64 id)
{
    return QStringLiteral("case_batch:%1").arg(id);
}

QString CaseBatchService::json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 CaseBatchService::now() const
{
    return m_clock.now().toSecsSinceEpoch();
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

QList<HolderOutcome> CaseBatchService::results(qint64 batchId, qint64 afterId, int limit) const
{
    QList<HolderOutcome> out;
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT r.id, r.holder_id, h.name, h.id_number, h.home_division, r.kind, r.color_before, r.color_after,"
                             " r.outcome, r.case_ref, r.line, COALESCE(c.basis_text, v.basis_text, r.basis) FROM batch_result r"
                             " JOIN holder h ON h.id = r.holder_id LEFT JOIN condition c ON c.id = r.condition_id"
                             " LEFT JOIN condition_voided v ON v.id = r.condition_id"
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
    files::makePrivate(file); // the rows quote ID numbers
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
    q.prepare(QStringLiteral("INSERT INTO column_mapping(kind, name, mapping, created_by, created_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT(kind, name) DO UPDATE SET mapping = excluded.mapping, created_by = excluded.created_by,"
                             " created_at = excluded.created_at"));
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
