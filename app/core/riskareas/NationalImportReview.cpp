// NationalImporter: a national list from a file, as a four-eyes request; its approval, and its revert.
#include "ApprovalService.h"
#include "SqlDialect.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "Clock.h"
#include "Crypto.h"
#include "Database.h"
#include "Limits.h"
#include "NationalImporter.h"
#include "Outbox.h"
#include "PeriodWriter.h"
#include "ResidenceReconciler.h"
#include "RiskAreaService.h"
#include "TimeUtil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>

namespace hc {

namespace {

QString importObject(qint64 id)
{
    return QStringLiteral("national_import:%1").arg(id);
}

const QString kRecordColumns = QStringLiteral("id, list_time, file_sha256, origin, state, file_name, entries, exact, approximate,"
                                              " unmatched, declared, lifted, imported_by, imported_at");

NationalImportRecord recordFrom(const QSqlQuery &q)
{
    NationalImportRecord r;
    r.id = q.value(0).toLongLong();
    r.listTime = q.value(1).toLongLong();
    r.sha256 = q.value(2).toString();
    r.origin = q.value(3).toString();
    r.state = q.value(4).toString();
    r.fileName = q.value(5).toString();
    r.entries = q.value(6).toInt();
    r.exact = q.value(7).toInt();
    r.approximate = q.value(8).toInt();
    r.unmatched = q.value(9).toInt();
    r.declared = q.value(10).toInt();
    r.lifted = q.value(11).toInt();
    r.importedBy = q.value(12).toString();
    r.importedAt = q.value(13).toLongLong();
    return r;
}

// Record text for the approval queue, in the commission's language whoever files the request.
QString requestSummary(const NationalImportReport &r, const QString &fileName, const QByteArray &sha256)
{
    return QStringLiteral("导入国家风险区名单（%1，本地文件 %2）：%3 条，精确匹配 %4，近似 %5，未匹配 %6；SHA-256 %7")
        .arg(time::formatShort(r.listTime.toSecsSinceEpoch()), fileName)
        .arg(r.entries())
        .arg(r.exact)
        .arg(r.approximate)
        .arg(r.unmatched().size())
        .arg(QString::fromLatin1(sha256));
}

} // namespace

QJsonObject NationalImportRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("list_time"), time::format(QDateTime::fromSecsSinceEpoch(listTime, QTimeZone::utc()))},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("file_name"), fileName},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("exact"), exact},
                       {QStringLiteral("approximate"), approximate},
                       {QStringLiteral("unmatched"), unmatched},
                       {QStringLiteral("declared"), declared},
                       {QStringLiteral("lifted"), lifted},
                       {QStringLiteral("imported_by"), importedBy},
                       {QStringLiteral("imported_at"), time::format(QDateTime::fromSecsSinceEpoch(importedAt, QTimeZone::utc()))}};
}

QJsonObject NationalRevertReport::toJson() const
{
    return QJsonObject{{QStringLiteral("import"), importId},
                       {QStringLiteral("ended"), ended},
                       {QStringLiteral("restored"), restored},
                       {QStringLiteral("untouched"), untouched}};
}

std::optional<NationalImportRecord> NationalImporter::record(qint64 importId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM national_import WHERE id = ?").arg(kRecordColumns));
    q.addBindValue(importId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<NationalImportRecord> NationalImporter::records(int limit) const
{
    QList<NationalImportRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM national_import ORDER BY id DESC LIMIT ?").arg(kRecordColumns));
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (q.exec())
        while (q.next())
            out << recordFrom(q);
    return out;
}

Result<NationalImportReport> NationalImporter::request(const NationalList &list, const QString &fileName, const QString &actor,
                                                       AuditLog &audit, const ProgressFn &progress)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, {}, QStringLiteral("national.import"),
                                                   QStringLiteral("national_list"), audit);
        !s)
        return s.error();
    const auto who = Authorizer(m_db).official(actor);
    if (!who)
        return who.error();
    const qint64 t = list.time.toSecsSinceEpoch();
    if (const auto why = time::outsideWindow(tr("The list's time (end_update_time)"), t, m_clock.now().toSecsSinceEpoch(), time::kListSkew))
        return Error::badInput(*why);
    if (list.raw.isEmpty() || crypto::sha256(list.raw).toHex() != list.sha256)
        return Error::internal(QStringLiteral("national list without the bytes it was read from"));
    bool cancelled = false;
    NationalImportReport report = analyseCancellable(list, progress, &cancelled);
    if (cancelled)
        return Error::refused(tr("The import was cancelled; nothing was changed."));
    const QString name = QFileInfo(fileName).fileName().left(limits::kReference);

    Transaction tx(m_db);
    checkOlder(report, t);
    // An older list changes nothing: it is recorded for its review at once, without asking a second official.
    report.state = report.applied ? QStringLiteral("pending") : QStringLiteral("older");
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO national_import(list_time, file_sha256, entries, exact, approximate, unmatched,"
                               " declared, lifted, applied, imported_by, imported_at, origin, state, file_name, content)"
                               " VALUES(?,?,?,?,?,?,0,0,0,?,?,'file',?,?,?) RETURNING id"));
    for (const QVariant &v : QVariantList{t, QString::fromLatin1(list.sha256), report.entries(), report.exact, report.approximate,
                                          int(report.unmatched().size()), actor, m_clock.now().toSecsSinceEpoch(), report.state,
                                          name, list.raw})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    if (!ins.next())
        return Error::internal(QStringLiteral("INSERT INTO national_import returned no id"));
    report.importId = ins.value(0).toLongLong();
    ins.finish();
    if (Status s = recordEntries(report); !s)
        return s.error();
    if (!report.applied) {
        ProgressThrottle step(progress);
        if (Status s = applyRecorded(report, list, QStringLiteral("file"), actor, {{QStringLiteral("file_name"), name}}, audit, step); !s)
            return s.error();
    } else {
        const QJsonObject payload{{QStringLiteral("import_id"), report.importId},
                                  {QStringLiteral("list_time"), time::format(list.time)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(list.sha256)},
                                  {QStringLiteral("file_name"), name},
                                  {QStringLiteral("entries"), report.entries()},
                                  {QStringLiteral("exact"), report.exact},
                                  {QStringLiteral("approximate"), report.approximate},
                                  {QStringLiteral("unmatched"), int(report.unmatched().size())}};
        // The approver covers the requester's jurisdiction: a second supervisor of the same commission or above.
        auto id = ApprovalService(m_db, m_clock)
                      .request(QStringLiteral("national_import"), importObject(report.importId), who->jurisdiction, payload,
                               requestSummary(report, name, list.sha256), actor, audit);
        if (!id)
            return id.error();
        report.requestId = id.value();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(ProgressStep{tr("Saving"), 1, 1, 100, false});
    return report;
}

Result<NationalImportReport> NationalImporter::applyRequested(qint64 importId, const QString &requester, const QString &approver,
                                                              AuditLog &audit, const ProgressFn &progress)
{
    Transaction tx(m_db); // joins the approval's
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state, origin, content, file_sha256, file_name FROM national_import WHERE id = ?"));
    q.addBindValue(importId);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::badInput(tr("No national list import %1.").arg(importId));
    if (q.value(0).toString() != QLatin1String("pending") || q.value(1).toString() != QLatin1String("file"))
        return Error::refused(tr("National list import %1 is no longer waiting for approval; nothing was changed.").arg(importId));
    const QByteArray content = q.value(2).toByteArray();
    const QString name = q.value(4).toString();
    // The approver approves the bytes whose SHA-256 the request showed, not whatever the row holds now.
    if (crypto::sha256(content).toHex() != q.value(3).toString().toLatin1())
        return Error::refused(tr("The recorded list of import %1 no longer matches the SHA-256 its request showed; "
                                 "nothing was changed.").arg(importId));
    auto list = NationalList::parse(content);
    if (!list)
        return list.error();
    bool cancelled = false;
    NationalImportReport report = analyseCancellable(list.value(), progress, &cancelled);
    if (cancelled)
        return Error::refused(tr("The import was cancelled; nothing was changed."));
    report.importId = importId;
    checkOlder(report, list->time.toSecsSinceEpoch());
    // Matched again with the mappings of now: the recorded review follows.
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM national_entry WHERE import_id = ?"));
    del.addBindValue(importId);
    if (Status s = exec(del); !s)
        return s.error();
    if (Status s = recordEntries(report); !s)
        return s.error();
    ProgressThrottle step(progress);
    const QJsonObject extra{{QStringLiteral("file_name"), name},
                            {QStringLiteral("approvers"), QJsonArray{requester, approver}}};
    if (Status s = applyRecorded(report, list.value(), QStringLiteral("file"), requester, extra, audit, step); !s)
        return s.error();
    if (report.applied) {
        // The platform learns that this commission applied a list it did not sign.
        const QJsonObject message{{QStringLiteral("import"), importId},
                                  {QStringLiteral("list_time"), time::format(list->time)},
                                  {QStringLiteral("sha256"), QString::fromLatin1(list->sha256)},
                                  {QStringLiteral("declared"), report.declared},
                                  {QStringLiteral("lifted"), report.lifted},
                                  {QStringLiteral("approvers"), QJsonArray{requester, approver}}};
        if (Status s = Outbox(m_db, m_clock.now().toSecsSinceEpoch(), requester)
                           .append(QStringLiteral("risk_area.national_local"), importObject(importId), message);
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Status NationalImporter::closeRequest(qint64 importId, const QString &state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE national_import SET state = ? WHERE id = ? AND state = 'pending'"));
    q.addBindValue(state);
    q.addBindValue(importId);
    return exec(q);
}

Result<qint64> NationalImporter::requestRevert(qint64 importId, const QString &actor, AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DeclareArea, {}, QStringLiteral("national.revert"),
                                                   importObject(importId), audit);
        !s)
        return s.error();
    const auto who = Authorizer(m_db).official(actor);
    if (!who)
        return who.error();
    Transaction tx(m_db);
    const auto r = record(importId); // under the write lock: another official may be reverting it too
    if (!r)
        return Error::badInput(tr("No national list import %1.").arg(importId));
    if (r->origin != QLatin1String("file"))
        return Error::refused(tr("Import %1 is a list the platform signed: the platform's next list replaces it; it is not "
                                 "reverted here.").arg(importId));
    if (r->state != QLatin1String("applied"))
        return Error::refused(tr("Import %1 is not in force (%2): only an applied import can be reverted.").arg(importId).arg(r->state));
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM approval WHERE kind = 'national_revert' AND object = ? AND status = 'pending'"));
        q.addBindValue(importObject(importId));
        if (Status s = exec(q); !s)
            return s.error();
        if (q.next())
            return Error::refused(tr("A revert of import %1 already waits for approval (request %2).").arg(importId).arg(q.value(0).toLongLong()));
        QSqlQuery c(m_db);
        c.prepare(QStringLiteral("SELECT COUNT(*) FROM national_change WHERE import_id = ?"));
        c.addBindValue(importId);
        if (Status s = exec(c); !s)
            return s.error();
        if (c.next() && c.value(0).toInt() == 0 && r->declared + r->lifted > 0)
            return Error::refused(tr("Import %1 was recorded before this version kept what an import changed; it cannot be "
                                     "reverted automatically. Declare or lift its areas by hand.").arg(importId));
    }
    const QString summary = QStringLiteral("撤销本地导入的国家风险区名单（%1，%2）：恢复其划定 %3 个、解除 %4 个区域之前的状态；SHA-256 %5")
                                .arg(time::formatShort(r->listTime), r->fileName)
                                .arg(r->declared)
                                .arg(r->lifted)
                                .arg(r->sha256);
    auto id = ApprovalService(m_db, m_clock)
                  .request(QStringLiteral("national_revert"), importObject(importId), who->jurisdiction,
                           QJsonObject{{QStringLiteral("import_id"), importId}, {QStringLiteral("sha256"), r->sha256}}, summary,
                           actor, audit);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<NationalRevertReport> NationalImporter::applyRevert(qint64 importId, const QString &requester, const QString &approver,
                                                           AuditLog &audit, const ProgressFn &progress)
{
    Transaction tx(m_db); // joins the approval's
    const auto r = record(importId);
    if (!r)
        return Error::badInput(tr("No national list import %1.").arg(importId));
    if (r->origin != QLatin1String("file") || r->state != QLatin1String("applied"))
        return Error::refused(tr("Import %1 is no longer in force (%2); nothing was changed.").arg(importId).arg(r->state));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QString why = QStringLiteral("撤销本地导入的国家风险区名单（%1）").arg(time::formatShort(r->listTime));
    NationalRevertReport report;
    report.importId = importId;
    PeriodWriter areas(m_db, m_clock);
    QList<std::pair<QString, QString>> changed;
    QSqlQuery q(m_db);
    sql::stream(q);
    // In the order the import recorded them: national_change has no key of its own, but the periods an import
    // opened got ascending ids as it went (its declared areas first), and the areas it only lifted follow. An
    // area is in one row at most, and each row touches only its own area's periods.
    q.prepare(QStringLiteral(
        "SELECT c.area_id, a.division_code, a.subarea_key, c.ended_until, o.id, o.effective_from, o.effective_to,"
        " e.id, e.level, e.basis, e.reason, e.source, e.import_id FROM national_change c JOIN risk_area a ON a.id = c.area_id"
        " LEFT JOIN risk_period o ON o.id = c.opened_period LEFT JOIN risk_period e ON e.id = c.ended_period"
        " WHERE c.import_id = ? ORDER BY c.opened_period IS NULL, c.opened_period, c.ended_period"));
    q.addBindValue(importId);
    if (Status s = exec(q); !s)
        return s.error();
    struct Row
    {
        qint64 area;
        QString code, subareaKey;
        QVariant endedUntil, opened, openedFrom, openedTo, ended, level, basis, reason, source, importOfEnded;
    };
    std::vector<Row> rows;
    while (q.next())
        rows.push_back(Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4), q.value(5),
                           q.value(6), q.value(7), q.value(8), q.value(9), q.value(10), q.value(11), q.value(12)});
    q.finish();
    QSqlQuery inForce(m_db);
    inForce.prepare(QStringLiteral("SELECT 1 FROM risk_period WHERE area_id = ? AND effective_from <= ? AND"
                                   " (effective_to IS NULL OR effective_to > ?) LIMIT 1"));
    for (const Row &row : rows) {
        if (!row.opened.isNull()) {
            // The import's period still in force (or still to come): ended now. Ended since by someone else: the
            // area was decided again after the import, and that decision stands.
            if (!row.openedTo.isNull()) {
                ++report.untouched;
                continue;
            }
            if (Status s = areas.endPeriod(row.opened.toLongLong(), std::max(now, row.openedFrom.toLongLong()), approver, why); !s)
                return s.error();
            ++report.ended;
            changed << std::pair{row.code, row.subareaKey};
        }
        if (row.ended.isNull())
            continue;
        if (!row.endedUntil.isNull() && row.endedUntil.toLongLong() <= now)
            continue; // it would have ended by now anyway
        inForce.bindValue(0, row.area);
        inForce.bindValue(1, now);
        inForce.bindValue(2, now);
        if (Status s = exec(inForce); !s)
            return s.error();
        const bool taken = inForce.next();
        inForce.finish();
        if (taken) {
            if (row.opened.isNull())
                ++report.untouched; // lifted by the import, declared again since
            continue;
        }
        auto p = areas.openPeriod(row.area, RiskLevel(row.level.toInt()), now,
                                  row.endedUntil.isNull() ? std::nullopt : std::optional(row.endedUntil.toLongLong()),
                                  row.basis.toString(), row.reason.toString(), row.source.toString(),
                                  row.importOfEnded.isNull() ? std::nullopt : std::optional(row.importOfEnded.toLongLong()), approver);
        if (!p)
            return p.error();
        ++report.restored;
        if (row.opened.isNull())
            changed << std::pair{row.code, row.subareaKey};
    }
    if (Status s = reconcileResidences(m_db, now, requester, changed, now, progress, m_mode); !s)
        return s.error();
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("UPDATE national_import SET state = 'reverted', applied = 0 WHERE id = ? AND state = 'applied'"));
    up.addBindValue(importId);
    if (Status s = exec(up); !s)
        return s.error();
    if (up.numRowsAffected() != 1)
        return Error::refused(tr("Import %1 was reverted meanwhile by another official; nothing was changed.").arg(importId));
    QJsonObject after = report.toJson();
    after.insert(QStringLiteral("sha256"), r->sha256);
    after.insert(QStringLiteral("approvers"), QJsonArray{requester, approver});
    if (Status s = audit.append(requester, QStringLiteral("risk.revert_national"),
                                QStringLiteral("national_list:") + time::formatShort(r->listTime),
                                {{QStringLiteral("state"), QStringLiteral("applied")}}, after);
        !s)
        return s.error();
    if (Status s = Outbox(m_db, now, requester).append(QStringLiteral("risk_area.national_reverted"), importObject(importId), after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace hc
