#include "HandoffPlanner.h"
#include "AuditLog.h"
#include "Database.h"
#include "DivisionRepository.h"
#include "HandoffRepository.h"
#include "HandoffService.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

QString HandoffPlanner::provinceCommission(const QString &provinceName)
{
    return provinceName + QStringLiteral("卫生健康委员会");
}

Result<QSet<qint64>> HandoffPlanner::outsideOf(qint64 batchId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT holder_id FROM batch_result WHERE batch_id = ? AND outcome = 'outside_jurisdiction'"));
    q.addBindValue(batchId);
    if (Status s = exec(q); !s)
        return s.error();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<QList<HandoffPlan>> HandoffPlanner::plan(const TraceReport &trace, const Official &official, const QSet<qint64> &outside) const
{
    QMap<QString, HandoffPlan> byProvince;
    const auto add = [&](HandoffPerson p) {
        HandoffPlan &plan = byProvince[p.homeDivision.left(2)];
        plan.province = p.homeDivision.left(2);
        p.n = int(plan.people.size()) + 1;
        plan.people << std::move(p);
    };
    // Contacts registered here, living in another province: the holder rows in chunks, in the targets' order.
    std::vector<const Target *> kept;
    for (const Target &t : trace.targets)
        if (!t.duplicate && outside.contains(t.holderId))
            kept.push_back(&t);
    constexpr size_t kChunk = 500;
    for (size_t from = 0; from < kept.size(); from += kChunk) {
        const size_t to = std::min(kept.size(), from + kChunk);
        QStringList ids;
        for (size_t i = from; i < to; ++i)
            ids << QString::number(kept[i]->holderId);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // The province test in SQL: the whole jurisdiction's targets are not read back, only the few outside.
        q.prepare(QStringLiteral("SELECT id, id_type, id_number, name, phone, address, home_division FROM holder WHERE id IN (%1)"
                                 " AND substr(home_division, 1, 2) <> ?")
                      .arg(ids.join(QLatin1Char(','))));
        q.addBindValue(m_ownProvince);
        if (Status s = exec(q); !s)
            return s.error();
        QHash<qint64, HandoffPerson> found;
        while (q.next()) {
            HandoffPerson p;
            p.holderId = q.value(0).toLongLong();
            p.idType = IdType(q.value(1).toInt());
            p.idNumber = q.value(2).toString();
            p.name = q.value(3).toString();
            p.phone = q.value(4).toString();
            p.address = q.value(5).toString();
            p.homeDivision = q.value(6).toString();
            found.insert(*p.holderId, p);
        }
        for (size_t i = from; i < to; ++i) {
            const Target &t = *kept[i];
            const auto it = found.constFind(t.holderId);
            if (it == found.cend() || official.covers(it->homeDivision))
                continue;
            HandoffPerson p = *it;
            p.kind = t.kind;
            p.exposureAt = t.exposure;
            p.scan = t.scan;
            p.scanAt = t.scanAt;
            p.seat = trace.seats.value(t.scan);
            p.row = trace.rowOf(t);
            p.basisRef = trace.basisRef(t);
            p.basisText = trace.basisText(t);
            add(std::move(p));
        }
    }
    // Cases not registered here: placed by their case line's division, else by the region of their ID number.
    const QSet<QString> unregistered(trace.unregisteredCases.cbegin(), trace.unregisteredCases.cend());
    QSet<QString> handed;
    for (const CaseRow &r : trace.rows) {
        if (!unregistered.contains(r.caseRef) || handed.contains(r.caseRef))
            continue;
        const bool fromFile = r.division.size() >= 6;
        const QString home = fromFile ? r.division : r.idNumber.left(6);
        if (home.size() < 2 || home.left(2) == m_ownProvince || official.covers(home))
            continue;
        handed.insert(r.caseRef);
        HandoffPerson p;
        p.idType = idnumber::validate(IdType::Resident, r.idNumber) ? IdType::Resident : IdType::Passport;
        p.idNumber = r.idNumber;
        p.address = r.address;
        p.homeDivision = home;
        p.locatedBy = fromFile ? QStringLiteral("case_file") : QStringLiteral("id_region");
        p.kind = r.cls == CaseClass::Suspected ? policy::ConditionKind::Suspected : policy::ConditionKind::Case;
        p.exposureAt = r.reportAt;
        p.row = r;
        p.basisRef = QStringLiteral("case:%1 line:%2").arg(r.caseRef).arg(r.line);
        p.basisText = QStringLiteral("病例报告 %1").arg(r.caseRef);
        add(std::move(p));
    }
    const DivisionRepository divisions(m_db);
    QList<HandoffPlan> out;
    for (HandoffPlan &plan : byProvince) {
        const auto div = divisions.find(plan.province);
        plan.provinceName = div ? div->name : plan.province;
        plan.commission = provinceCommission(plan.provinceName);
        out << std::move(plan);
    }
    return out;
}

Result<QList<qint64>> HandoffPlanner::create(qint64 batchId, const QList<HandoffPlan> &plans, const QString &actor, qint64 now,
                                             int answerHours, AuditLog &audit) const
{
    QList<qint64> ids;
    HandoffRepository repo(m_db);
    // A hand-off holds at most HandoffService::kMaxPeople (each is sealed and sent alone): more make several parts.
    QList<HandoffPlan> parts;
    for (const HandoffPlan &plan : plans)
        for (qsizetype from = 0; from < plan.people.size(); from += HandoffService::kMaxPeople) {
            HandoffPlan part = plan;
            part.people = plan.people.mid(from, HandoffService::kMaxPeople);
            for (qsizetype i = 0; i < part.people.size(); ++i)
                part.people[i].n = int(i) + 1;
            parts << std::move(part);
        }
    for (const HandoffPlan &plan : std::as_const(parts)) {
        if (plan.people.isEmpty())
            continue;
        Handoff h;
        h.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        h.direction = QStringLiteral("out");
        h.batchId = batchId;
        h.peerProvince = plan.province;
        h.peerDivision = plan.province;
        h.peerCommission = plan.commission;
        h.state = QStringLiteral("pending");
        h.createdAt = now;
        h.createdBy = actor;
        h.deadlineAt = now + qint64(answerHours) * 3600;
        QStringList refs;
        for (const HandoffPerson &p : plan.people)
            if (!refs.contains(p.row.caseRef))
                refs << p.row.caseRef;
        h.caseRefs = refs.join(QStringLiteral(", "));
        const auto id = repo.insert(h, plan.people);
        if (!id)
            return id.error();
        ids << *id;
        if (Status s = audit.append(actor, QStringLiteral("handoff.create"), QStringLiteral("handoff:%1").arg(h.uuid), {},
                                    {{QStringLiteral("batch"), batchId},
                                     {QStringLiteral("province"), plan.province},
                                     {QStringLiteral("commission"), plan.commission},
                                     {QStringLiteral("people"), qint64(plan.people.size())},
                                     {QStringLiteral("cases"), h.caseRefs}});
            !s)
            return s.error();
    }
    return ids;
}

} // namespace hc
