#include "HandoffService.h"
#include "AuditLog.h"
#include "Authorizer.h"
#include "BatchWriter.h"
#include "Commission.h"
#include "ContactTracer.h"
#include "Database.h"
#include "HandoffRepository.h"
#include "HolderRepository.h"
#include "HolderService.h"
#include "Outbox.h"
#include "PolicyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace hc {

namespace {

constexpr char kSealedSchema[] = "hc.handoff/1";

QString object(const QString &uuid)
{
    return QStringLiteral("handoff:") + uuid;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject HandoffHeader::toJson() const
{
    return QJsonObject{{QStringLiteral("handoffId"), uuid},
                       {QStringLiteral("from"), QJsonObject{{QStringLiteral("console"), fromConsole},
                                                            {QStringLiteral("province"), fromProvince},
                                                            {QStringLiteral("division"), fromDivision},
                                                            {QStringLiteral("commission"), fromCommission}}},
                       {QStringLiteral("toProvince"), toProvince},
                       {QStringLiteral("toDivision"), toDivision},
                       {QStringLiteral("toConsole"), toConsole},
                       {QStringLiteral("toCommission"), toCommission},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("deadline"), deadlineAt},
                       {QStringLiteral("cases"), caseRefs}};
}

Result<HandoffHeader> HandoffHeader::fromJson(const QJsonObject &o)
{
    HandoffHeader h;
    const QJsonObject from = o.value(QLatin1String("from")).toObject();
    h.uuid = o.value(QLatin1String("handoffId")).toString();
    h.fromConsole = from.value(QLatin1String("console")).toString();
    h.fromProvince = from.value(QLatin1String("province")).toString();
    h.fromDivision = from.value(QLatin1String("division")).toString();
    h.fromCommission = from.value(QLatin1String("commission")).toString();
    h.toProvince = o.value(QLatin1String("toProvince")).toString();
    h.toDivision = o.value(QLatin1String("toDivision")).toString();
    h.toConsole = o.value(QLatin1String("toConsole")).toString();
    h.toCommission = o.value(QLatin1String("toCommission")).toString();
    h.count = o.value(QLatin1String("count")).toInteger();
    h.deadlineAt = o.value(QLatin1String("deadline")).toInteger();
    h.caseRefs = o.value(QLatin1String("cases")).toString();
    if (h.uuid.isEmpty() || h.uuid.size() > 64 || h.fromProvince.size() != 2 || h.toProvince.size() != 2 || h.count <= 0 ||
        h.count > HandoffService::kMaxPeople)
        return Error::badInput(HandoffService::tr("The hand-off's header is incomplete or out of bounds."));
    return h;
}

QByteArray HandoffService::sealedJson(const HandoffHeader &header, const QList<HandoffPerson> &people)
{
    // Each case row once (a stadium's ten thousand contacts share one line of the case file), people by index.
    QJsonArray cases, list;
    QHash<QString, int> caseIndex;
    for (const HandoffPerson &p : people) {
        const QString key = p.row.caseRef + QLatin1Char('\n') + QString::number(p.row.line);
        auto it = caseIndex.constFind(key);
        if (it == caseIndex.cend()) {
            it = caseIndex.insert(key, int(cases.size()));
            cases.append(HandoffPerson::rowJson(p.row));
        }
        list.append(p.toJson(*it));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QLatin1String(kSealedSchema)},
                                     {QStringLiteral("header"), header.toJson()},
                                     {QStringLiteral("cases"), cases},
                                     {QStringLiteral("people"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<std::pair<HandoffHeader, QList<HandoffPerson>>> HandoffService::readSealed(const QByteArray &plain)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(plain, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("schema")).toString() != QLatin1String(kSealedSchema))
        return Error::badInput(tr("The hand-off's content is not readable."));
    auto header = HandoffHeader::fromJson(o.value(QLatin1String("header")).toObject());
    if (!header)
        return header.error();
    QList<CaseRow> cases;
    for (const QJsonValue &c : o.value(QLatin1String("cases")).toArray()) {
        const auto row = HandoffPerson::rowFromJson(c.toObject());
        if (!row)
            return Error::badInput(tr("The hand-off's case %1 is incomplete.").arg(cases.size() + 1));
        cases << *row;
    }
    const QJsonArray list = o.value(QLatin1String("people")).toArray();
    if (list.size() != header->count)
        return Error::badInput(tr("The hand-off names %1 people but holds %2.").arg(header->count).arg(list.size()));
    QList<HandoffPerson> people;
    people.reserve(list.size());
    for (const QJsonValue &v : list) {
        auto p = HandoffPerson::fromJson(v.toObject(), cases);
        if (!p)
            return p.error();
        if (p->n != people.size() + 1 || p->idNumber.isEmpty() || p->idNumber.size() > 32 || p->name.size() > 64 ||
            p->address.size() > 200 || !p->homeDivision.startsWith(header->toProvince))
            return Error::badInput(tr("Person %1 of the hand-off is out of bounds or lives outside province %2.")
                                       .arg(people.size() + 1)
                                       .arg(header->toProvince));
        people << *p;
    }
    return std::pair{*header, people};
}

Status HandoffService::markSent(qint64 id, const HandoffHeader &header, const QJsonObject &sealed, const QString &recipientSha256,
                                const QString &actor)
{
    Transaction tx(m_db);
    HandoffRepository repo(m_db);
    auto h = repo.find(id);
    if (!h)
        return Error::badInput(tr("No hand-off %1.").arg(id));
    const auto moved = repo.moveState(id, {QStringLiteral("pending")}, QStringLiteral("sent"));
    if (!moved)
        return moved.error();
    if (!*moved)
        return Ok{}; // sealed meanwhile by another workstation's sync (or withdrawn): nothing to send twice
    const qint64 t = now();
    h->state = QStringLiteral("sent");
    h->sentAt = t;
    h->recipientSha256 = recipientSha256;
    h->peerConsole = header.toConsole;
    h->peerCommission = header.toCommission.isEmpty() ? h->peerCommission : header.toCommission;
    h->peerDivision = header.toDivision;
    if (Status s = repo.update(*h); !s)
        return s;
    // The event's value: the routing header in clear, the people sealed to the receiver. `province` routes it.
    const QJsonObject value{{QStringLiteral("province"), header.toProvince},
                            {QStringLiteral("handoff"), header.toJson()},
                            {QStringLiteral("sealed"), sealed}};
    if (Status s = Outbox(m_db, t, actor).append(QStringLiteral("handoff.sent"), object(h->uuid), value); !s)
        return s;
    // Its event's place in the outbox: the hand-off counts as delivered once that batch has its receipt.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff SET sent_seq = (SELECT MAX(seq) FROM outbox) WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = exec(q); !s)
        return s;
    return tx.commit();
}

Status HandoffService::recordAnswer(const QJsonObject &answer, const QString &fromProvince, const QString &actor, AuditLog &audit)
{
    HandoffRepository repo(m_db);
    auto h = repo.findByUuid(answer.value(QLatin1String("handoffId")).toString());
    if (!h || h->direction != QLatin1String("out"))
        return Ok{}; // another console's hand-off (answers go to the whole province)
    if (h->peerProvince != fromProvince)
        return Error::refused(tr("An answer to hand-off %1 came from province %2, not %3.").arg(h->uuid, fromProvince, h->peerProvince));
    if (h->state == QLatin1String("withdrawn"))
        return Ok{};
    QList<HandoffPerson> people = repo.people(h->id);
    for (const QJsonValue &v : answer.value(QLatin1String("answers")).toArray()) {
        const int n = v[QLatin1String("n")].toInt();
        if (n < 1 || n > people.size())
            continue;
        HandoffPerson &p = people[n - 1];
        p.state = v[QLatin1String("state")].toString() == QLatin1String("accepted") ? QStringLiteral("accepted") : QStringLiteral("declined");
        p.reason = v[QLatin1String("reason")].toString().left(500);
        if (Status s = repo.setPerson(h->id, p); !s)
            return s;
    }
    h->accepted = std::count_if(people.cbegin(), people.cend(), [](const HandoffPerson &p) { return p.state == QLatin1String("accepted"); });
    h->declined = std::count_if(people.cbegin(), people.cend(), [](const HandoffPerson &p) { return p.state == QLatin1String("declined"); });
    const bool open = h->accepted + h->declined < people.size();
    h->state = open ? QStringLiteral("sent")
               : h->declined == 0 ? QStringLiteral("accepted")
               : h->accepted == 0 ? QStringLiteral("declined")
                                  : QStringLiteral("partly_accepted");
    h->answeredAt = now();
    h->answeredBy = answer.value(QLatin1String("commission")).toString().left(100);
    if (Status s = repo.update(*h); !s)
        return s;
    return audit.append(actor, QStringLiteral("handoff.answered"), object(h->uuid), {},
                        {{QStringLiteral("state"), h->state},
                         {QStringLiteral("accepted"), h->accepted},
                         {QStringLiteral("declined"), h->declined}});
}

Status HandoffService::withdrawBatch(qint64 batchId, const QString &reason, const QString &actor, AuditLog &audit)
{
    HandoffRepository repo(m_db);
    const qint64 t = now();
    for (Handoff h : repo.ofBatch(batchId)) {
        const bool sent = h.state != QLatin1String("pending");
        if (h.state == QLatin1String("withdrawn") || h.state == QLatin1String("declined"))
            continue;
        const auto moved = repo.moveState(h.id, {h.state}, QStringLiteral("withdrawn"));
        if (!moved)
            return moved.error();
        if (!*moved)
            continue;
        if (sent) // the receiver holds it: it ends what it wrote
            if (Status s = Outbox(m_db, t, actor)
                               .append(QStringLiteral("handoff.withdrawn"), object(h.uuid),
                                       {{QStringLiteral("province"), h.peerProvince},
                                        {QStringLiteral("handoffId"), h.uuid},
                                        {QStringLiteral("reason"), reason}});
                !s)
                return s;
        if (Status s = audit.append(actor, QStringLiteral("handoff.withdraw"), object(h.uuid), {{QStringLiteral("state"), h.state}},
                                    {{QStringLiteral("state"), QStringLiteral("withdrawn")}, {QStringLiteral("reason"), reason}});
            !s)
            return s;
    }
    return Ok{};
}

Result<qint64> HandoffService::receive(const HandoffHeader &header, const QList<HandoffPerson> &people, qint64 inboxId,
                                       const QString &actor, AuditLog &audit)
{
    HandoffRepository repo(m_db);
    if (const auto known = repo.findByUuid(header.uuid))
        return known->id; // delivered again: kept once
    Handoff h;
    h.uuid = header.uuid;
    h.direction = QStringLiteral("in");
    h.peerProvince = header.fromProvince;
    h.peerDivision = header.fromDivision;
    h.peerConsole = header.fromConsole;
    h.peerCommission = header.fromCommission;
    h.state = QStringLiteral("received");
    h.createdAt = now();
    h.createdBy = actor;
    h.deadlineAt = header.deadlineAt;
    h.caseRefs = header.caseRefs;
    QList<HandoffPerson> open = people;
    for (HandoffPerson &p : open) {
        p.state = QStringLiteral("open");
        p.holderId.reset(); // the sender's holder ids mean nothing here
    }
    auto id = repo.insert(h, open);
    if (!id)
        return id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff SET inbox_id = ? WHERE id = ?"));
    q.addBindValue(inboxId);
    q.addBindValue(*id);
    if (Status s = exec(q); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("handoff.receive"), object(h.uuid), {},
                                {{QStringLiteral("from"), header.fromCommission},
                                 {QStringLiteral("people"), qint64(people.size())},
                                 {QStringLiteral("cases"), header.caseRefs}});
        !s)
        return s.error();
    return id;
}

Result<Handoff> HandoffService::accept(qint64 id, const QList<int> &persons, const QString &actor, AuditLog &audit)
{
    return answer(id, persons, true, {}, actor, audit);
}

Result<Handoff> HandoffService::decline(qint64 id, const QList<int> &persons, const QString &reason, const QString &actor,
                                        AuditLog &audit)
{
    if (reason.trimmed().size() < 4 || reason.size() > 500)
        return Error::badInput(tr("Give the reason for declining (4 to 500 characters): the sending commission reads it."));
    return answer(id, persons, false, reason.trimmed(), actor, audit);
}

Result<Handoff> HandoffService::answer(qint64 id, const QList<int> &persons, bool accept, const QString &reason,
                                       const QString &actor, AuditLog &audit)
{
    const Authorizer auth(m_db);
    const QString action = accept ? QStringLiteral("handoff.accept") : QStringLiteral("handoff.decline");
    const auto who = auth.official(actor);
    if (!who)
        return who.error();
    HandoffRepository repo(m_db);
    const auto found = repo.find(id);
    if (!found || found->direction != QLatin1String("in"))
        return Error::badInput(tr("No incoming hand-off %1.").arg(id));
    if (Status s = auth.requireAudited(actor, Permission::BulkReassign, {}, action, object(found->uuid), audit); !s)
        return s.error();
    Transaction tx(m_db);
    auto h = repo.find(id); // again, inside the write: another official may have answered meanwhile
    if (h->state != QLatin1String("received"))
        return Error::refused(tr("Hand-off %1 is %2 already; nothing was changed.").arg(id).arg(HandoffWords::state(h->state)));
    QList<HandoffPerson> people = repo.people(id);
    QList<int> chosen;
    for (const HandoffPerson &p : people)
        if (p.state == QLatin1String("open") && (persons.isEmpty() || persons.contains(p.n)))
            chosen << p.n;
    for (int n : persons)
        if (n < 1 || n > people.size() || people[n - 1].state != QLatin1String("open"))
            return Error::badInput(tr("Hand-off %1 has no open person %2.").arg(id).arg(n));
    if (chosen.isEmpty())
        return Error::badInput(tr("Hand-off %1 has nobody left to answer.").arg(id));
    for (int n : chosen)
        if (accept && !who->covers(people[n - 1].homeDivision))
            return Error::refused(tr("Person %1 lives outside your jurisdiction; a colleague responsible for it accepts them.").arg(n));
    const qint64 t = now();
    if (accept) {
        auto batch = writeAccepted(*h, people, chosen, actor, audit);
        if (!batch)
            return batch.error();
        h->localBatchId = *batch;
    } else {
        QList<HandoffPerson> declined;
        declined.reserve(chosen.size());
        for (int n : chosen) {
            people[n - 1].state = QStringLiteral("declined");
            people[n - 1].reason = reason;
            declined << people[n - 1];
        }
        if (Status s = repo.setPeople(id, declined); !s)
            return s.error();
    }
    h->accepted = std::count_if(people.cbegin(), people.cend(), [](const HandoffPerson &p) { return p.state == QLatin1String("accepted"); });
    h->declined = std::count_if(people.cbegin(), people.cend(), [](const HandoffPerson &p) { return p.state == QLatin1String("declined"); });
    if (h->accepted + h->declined == people.size()) {
        h->state = h->declined == 0 ? QStringLiteral("accepted")
                   : h->accepted == 0 ? QStringLiteral("declined")
                                      : QStringLiteral("partly_accepted");
        h->answeredAt = t;
        h->answeredBy = actor;
    }
    if (Status s = repo.update(*h); !s)
        return s.error();
    QJsonArray answers;
    for (int n : chosen)
        answers.append(QJsonObject{{QStringLiteral("n"), n},
                                   {QStringLiteral("state"), people[n - 1].state},
                                   {QStringLiteral("reason"), people[n - 1].reason}});
    if (Status s = Outbox(m_db, t, actor)
                       .append(QStringLiteral("handoff.answer"), object(h->uuid),
                               {{QStringLiteral("province"), h->peerProvince},
                                {QStringLiteral("handoffId"), h->uuid},
                                {QStringLiteral("commission"), Commission::load(m_db).displayName()},
                                {QStringLiteral("answers"), answers}});
        !s)
        return s.error();
    QJsonObject after{{QStringLiteral("people"), qint64(chosen.size())}, {QStringLiteral("state"), h->state}};
    if (!accept)
        after.insert(QStringLiteral("reason"), reason);
    if (h->localBatchId)
        after.insert(QStringLiteral("batch"), *h->localBatchId);
    if (Status s = audit.append(actor, action, object(h->uuid), {}, after); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *h;
}

Result<qint64> HandoffService::writeAccepted(const Handoff &h, QList<HandoffPerson> &people, const QList<int> &chosen,
                                             const QString &actor, AuditLog &audit)
{
    const qint64 t = now();
    HolderService register_(m_db, m_clock);
    TraceReport trace;
    QHash<QString, quint32> rowOf; // case and line → row of the trace
    QSet<QString> cases;
    // Matched by ID number as HolderRepository::findByIdNumber does, with one prepared statement for all of them
    // (10,000 people a hand-off: preparing a statement per person was most of the time of an accept).
    QSqlQuery match(m_db);
    match.setForwardOnly(true);
    match.prepare(QStringLiteral("SELECT id FROM holder WHERE id_number = ? AND id_type = ?"));
    for (int n : chosen) {
        HandoffPerson &p = people[n - 1];
        match.bindValue(0, p.idNumber.trimmed().toUpper());
        match.bindValue(1, int(p.idType));
        if (Status s = exec(match); !s)
            return s.error();
        const std::optional<qint64> known = match.next() ? std::optional(match.value(0).toLongLong()) : std::nullopt;
        match.finish();
        if (!known) {
            if (p.name.isEmpty())
                return Error::badInput(tr("Person %1 is not registered here and the sender gave no name: register them first, "
                                          "or decline with the reason.")
                                           .arg(n));
            const auto made = register_.registerReceived({p.idType, p.idNumber, p.name, p.phone, p.homeDivision, p.address, {}},
                                                         actor, audit);
            if (!made)
                return Error(made.error()).withDetail(tr("person %1").arg(n));
            p.holderId = made->holder.id;
        } else {
            p.holderId = *known;
        }
        const QString key = p.row.caseRef + QLatin1Char('\n') + QString::number(p.row.line);
        if (!rowOf.contains(key)) {
            rowOf.insert(key, quint32(trace.rows.size()));
            trace.rows.push_back(p.row);
        }
        cases.insert(p.row.caseRef);
        Target target;
        target.holderId = *p.holderId;
        target.exposure = p.exposureAt;
        target.scan = p.scan;
        target.scanAt = p.scanAt;
        target.row = rowOf.value(key);
        target.kind = p.kind;
        trace.targets.push_back(target);
        if (p.scan != 0 && !p.seat.isEmpty())
            trace.seats.insert(p.scan, p.seat);
    }
    // Sorted by holder, the first of each holder kept (BatchWriter's order).
    std::stable_sort(trace.targets.begin(), trace.targets.end(), [](const Target &a, const Target &b) { return a.holderId < b.holderId; });
    for (size_t i = 1; i < trace.targets.size(); ++i)
        trace.targets[i].duplicate = trace.targets[i].holderId == trace.targets[i - 1].holderId;
    trace.cases = int(cases.size());

    // The accepted people as a batch of this database: its results, and its revert when the sender withdraws.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO case_batch(kind, file_name, file_sha256, format, encoding, delimiter, records, accepted,"
                             " left_out, status, imported_by, imported_at) VALUES ('cases', ?, ?, 'handoff', '', '', ?, ?, 0,"
                             " 'imported', ?, ?) RETURNING id"));
    for (const QVariant &v : QVariantList{tr("Hand-off from %1").arg(h.peerCommission), h.uuid, qint64(chosen.size()),
                                          qint64(chosen.size()), actor, t})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO case_batch returned no id"));
    const qint64 batchId = q.value(0).toLongLong();
    q.finish();
    const auto official = Authorizer(m_db).official(actor);
    if (!official)
        return official.error();
    const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
    LargeCacheScope cache(m_db, qint64(trace.targets.size()));
    // The conditions' source is the sending commission: only it can lift them (an appeal here is forwarded there).
    BatchWriter writer(m_db, engine, actor, t, Commission{h.peerDivision, h.peerCommission}, batchId);
    auto summary = writer.apply(trace, *official);
    if (!summary)
        return summary.error();
    QJsonObject s = *summary;
    s.insert(QStringLiteral("handoff"), h.uuid);
    q.prepare(QStringLiteral("UPDATE case_batch SET status = 'applied', applied_by = ?, applied_at = ?, summary = ? WHERE id = ?"));
    for (const QVariant &v : QVariantList{actor, t, json(s), batchId})
        q.addBindValue(v);
    if (Status st = exec(q); !st)
        return st.error();
    QList<HandoffPerson> answered;
    answered.reserve(chosen.size());
    for (int n : chosen) {
        people[n - 1].state = QStringLiteral("accepted");
        answered << people[n - 1];
    }
    if (Status st = HandoffRepository(m_db).setPeople(h.id, answered); !st)
        return st.error();
    return batchId;
}

Status HandoffService::receiveWithdrawal(const QJsonObject &value, const QString &fromProvince, const QString &actor, AuditLog &audit)
{
    HandoffRepository repo(m_db);
    auto h = repo.findByUuid(value.value(QLatin1String("handoffId")).toString());
    if (!h || h->direction != QLatin1String("in") || h->state == QLatin1String("withdrawn"))
        return Ok{}; // not this console's, or already ended
    if (h->peerProvince != fromProvince)
        return Error::refused(tr("A withdrawal of hand-off %1 came from province %2, not %3.").arg(h->uuid, fromProvince, h->peerProvince));
    const QString reason = value.value(QLatin1String("reason")).toString().left(500);
    const QString before = h->state;
    if (h->localBatchId) {
        // What was accepted is reverted as a batch: its conditions voided, the holders' colors derived again.
        const qint64 t = now();
        const policy::PolicyEngine engine(PolicyStore(m_db).inForce(t));
        BatchWriter writer(m_db, engine, actor, t, Commission{h->peerDivision, h->peerCommission}, *h->localBatchId);
        const auto r = writer.revert(tr("withdrawn by %1: %2").arg(h->peerCommission, reason));
        if (!r)
            return r.error();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE case_batch SET status = 'reverted', reverted_by = ?, reverted_at = ?, revert_reason = ?"
                                 " WHERE id = ?"));
        for (const QVariant &v : QVariantList{actor, t, reason, *h->localBatchId})
            q.addBindValue(v);
        if (Status s = exec(q); !s)
            return s;
    }
    QList<HandoffPerson> people = repo.people(h->id);
    for (HandoffPerson &p : people)
        if (p.state != QLatin1String("declined")) {
            p.state = QStringLiteral("withdrawn");
            if (Status s = repo.setPerson(h->id, p); !s)
                return s;
        }
    h->state = QStringLiteral("withdrawn");
    h->reason = reason;
    if (Status s = repo.update(*h); !s)
        return s;
    return audit.append(actor, QStringLiteral("handoff.withdrawn"), object(h->uuid), {{QStringLiteral("state"), before}},
                        {{QStringLiteral("state"), QStringLiteral("withdrawn")}, {QStringLiteral("reason"), reason}});
}

} // namespace hc
