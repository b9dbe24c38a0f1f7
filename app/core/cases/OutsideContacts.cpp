#include "OutsideContacts.h"
#include "SqlDialect.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "BulkInsert.h"
#include "CaseBatchService.h"
#include "Clock.h"
#include "ContactTracer.h"
#include "Database.h"
#include "DivisionRepository.h"
#include "HolderExporter.h"
#include "IdNumber.h"
#include "PolicyStore.h"
#include "PrivateFiles.h"
#include "TimeUtil.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>

namespace hc {

using policy::ConditionKind;

QString OutsideContacts::kindText(ConditionKind k)
{
    switch (k) {
    case ConditionKind::Case: return QStringLiteral("病例本人");
    case ConditionKind::Suspected: return QStringLiteral("疑似病例");
    case ConditionKind::CloseContact: return QStringLiteral("密切接触者");
    case ConditionKind::CoTraveller: return QStringLiteral("时空伴随者");
    default: break;
    }
    return policy::conditionKindKey(k);
}

QStringList OutsideContacts::header()
{
    return {QStringLiteral("姓名"),       QStringLiteral("身份证号"),   QStringLiteral("联系电话"),
            QStringLiteral("现住址区划"), QStringLiteral("现住址区划代码"), QStringLiteral("详细地址"),
            QStringLiteral("人员类别"),   QStringLiteral("关联病例"),   QStringLiteral("病例报告行号"),
            QStringLiteral("接触时间"),   QStringLiteral("持码人编号")};
}

OutsideContact OutsideContacts::contact(const Target &t, const CaseRow &row, const QString &name, const QString &idNumber,
                                        const QString &phone, const QString &address, const QString &division, bool full)
{
    OutsideContact c;
    c.holderId = t.holderId;
    c.name = full ? name : mask::name(name);
    c.idNumber = full ? idNumber : mask::idNumber(idNumber);
    c.phone = full || phone.isEmpty() ? phone : mask::phone(phone);
    c.address = full || address.isEmpty() ? address : mask::address(address);
    c.division = division;
    c.kind = t.kind;
    c.caseRef = row.caseRef;
    c.line = row.line;
    c.exposure = t.exposure;
    return c;
}

void OutsideContacts::nameDivisions(QSqlDatabase db, QList<OutsideContact> &contacts)
{
    const DivisionRepository divisions(db);
    QHash<QString, QString> names;
    for (OutsideContact &c : contacts) {
        auto it = names.constFind(c.division);
        if (it == names.cend())
            it = names.insert(c.division, divisions.pathName(c.division));
        c.divisionName = it->isEmpty() ? c.division : *it;
    }
}

Result<OutsideList> OutsideContacts::collect(qint64 batchId, const Official &official, bool full, const ProgressFn &progress) const
{
    const auto batch = CaseBatchService(m_db, m_clock).find(batchId);
    if (!batch || batch->kind != BatchKind::Cases)
        return Error::badInput(QCoreApplication::translate("hc::CaseBatchService", "No case batch %1.").arg(batchId));
    OutsideList out;
    out.batchId = batchId;
    out.jurisdiction = official.jurisdiction;
    if (official.jurisdiction.isEmpty())
        return out; // the whole country: nobody lives outside
    const policy::Policy pol = PolicyStore(m_db).inForce(m_clock.now().toSecsSinceEpoch());
    ProgressFn tracing;
    if (progress)
        tracing = [progress](const ProgressStep &s) {
            ProgressStep scaled = s;
            scaled.percent = s.percent * 9 / 10;
            return progress(scaled);
        };
    const auto trace = ContactTracer(m_db, pol).trace(batchId, tracing);
    if (!trace)
        return trace.error();
    // The kept targets are in holder order, as the holders are read back: walked side by side.
    std::vector<const Target *> kept;
    for (const Target &tg : trace->targets)
        if (!tg.duplicate)
            kept.push_back(&tg);
    if (Status s = stageTargets(m_db, QStringLiteral("outside_target"), kept); !s)
        return s.error();
    // Only those outside come back: a stadium's million inside stay in the database.
    QSqlQuery q(m_db);
    sql::stream(q);
    q.prepare(QStringLiteral("SELECT h.id, h.name, h.id_number, h.phone, h.address, h.home_division FROM outside_target p"
                             " JOIN holder h ON h.id = p.holder_id WHERE h.home_division NOT LIKE ? ORDER BY h.id"));
    q.addBindValue(official.jurisdiction + QLatin1Char('%')); // a code is digits: no wildcard inside
    if (Status s = exec(q); !s)
        return s.error();
    size_t next = 0;
    while (q.next()) {
        const qint64 holder = q.value(0).toLongLong();
        while (next < kept.size() && kept[next]->holderId < holder)
            ++next;
        if (next >= kept.size() || kept[next]->holderId != holder)
            continue;
        const Target &tg = *kept[next];
        out.contacts << contact(tg, trace->rowOf(tg), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), full);
    }
    nameDivisions(m_db, out.contacts);
    if (progress)
        progress({tr("Listing the contacts outside the jurisdiction"), qint64(out.contacts.size()), qint64(out.contacts.size()), 100});
    return out;
}

Result<OutsideList> OutsideContacts::list(qint64 batchId, const QString &actor, const ProgressFn &progress) const
{
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    // Masked, like the batch's results: whoever may look holders up may see who the batch names.
    if (Status s = auth.require(actor, Permission::LookupHolder); !s)
        return s.error();
    return collect(batchId, official.value(), false, progress);
}

Result<OutsideList> OutsideContacts::exportCsv(qint64 batchId, const QString &purpose, const QString &path, const QString &actor,
                                          AuditLog &audit, const ProgressFn &progress) const
{
    const Authorizer auth(m_db);
    const auto official = auth.official(actor);
    if (!official)
        return official.error();
    // Full data, not masked: a 协查 list is for the commission where the contacts live, which must find and call them
    // (a masked name and phone would be useless there). So it is what the unmasked holder export is: the export
    // permission (supervisors), a stated purpose, and an audit entry naming both; a refusal is audited too. The
    // jurisdiction is not checked against the holders' homes: they are outside it by definition, and telling their
    // home commission is the very reason the export exists.
    if (purpose.trimmed().size() < 4)
        return Error::badInput(tr("State the purpose of exporting the contacts outside the jurisdiction (at least 4 characters)."));
    const QString object = QStringLiteral("case_batch:%1").arg(batchId);
    if (Status s = auth.requireAudited(actor, Permission::ExportUnmasked, {}, QStringLiteral("cases.outside_export"), object, audit); !s)
        return s.error();
    const auto listed = collect(batchId, official.value(), true, progress);
    if (!listed)
        return listed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    files::makePrivate(file); // full ID numbers and phones
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const OutsideContact &c : listed->contacts) {
        QStringList cells{c.name,
                          c.idNumber,
                          c.phone,
                          c.divisionName,
                          c.division,
                          c.address,
                          kindText(c.kind),
                          c.caseRef,
                          QString::number(c.line),
                          c.exposure > 0 ? time::formatShort(c.exposure) : QString(),
                          QString::number(c.holderId)};
        for (QString &cell : cells)
            cell = HolderExporter::cell(cell);
        bytes += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(bytes) != bytes.size())
        return Error::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const qint64 rows = listed->contacts.size();
    // The entry is written before the file is committed: a file on disk always has its audit entry.
    Transaction tx(m_db);
    if (Status s = audit.append(actor, QStringLiteral("cases.outside_export"), object, {},
                                {{QStringLiteral("file"), path},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("masked"), false},
                                 {QStringLiteral("jurisdiction"), official->jurisdiction},
                                 {QStringLiteral("purpose"), purpose.trimmed()}});
        !s)
        return s.error();
    if (!file.commit())
        return Error::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status s = tx.commit(); !s)
        return s.error();
    return listed.value();
}

} // namespace hc
