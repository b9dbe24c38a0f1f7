#include "HandoffRepository.h"
#include "Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace hc {

namespace {

const char kColumns[] = "id, uuid, direction, batch_id, local_batch_id, peer_province, peer_division, peer_console, peer_commission,"
                        " state, people, accepted, declined, created_at, created_by, deadline_at, sent_at, answered_at,"
                        " answered_by, reason, recipient_sha256, case_refs,"
                        // Delivered: the batch that carried its event has a verified receipt.
                        " (SELECT MIN(b.delivered_at) FROM sync_batch b WHERE b.state = 'delivered'"
                        " AND handoff.sent_seq BETWEEN b.seq_from AND b.seq_to)";

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

} // namespace

Handoff HandoffRepository::read(const QSqlQuery &q)
{
    Handoff h;
    h.id = q.value(0).toLongLong();
    h.uuid = q.value(1).toString();
    h.direction = q.value(2).toString();
    h.batchId = optOf(q.value(3));
    h.localBatchId = optOf(q.value(4));
    h.peerProvince = q.value(5).toString();
    h.peerDivision = q.value(6).toString();
    h.peerConsole = q.value(7).toString();
    h.peerCommission = q.value(8).toString();
    h.state = q.value(9).toString();
    h.people = q.value(10).toLongLong();
    h.accepted = q.value(11).toLongLong();
    h.declined = q.value(12).toLongLong();
    h.createdAt = q.value(13).toLongLong();
    h.createdBy = q.value(14).toString();
    h.deadlineAt = q.value(15).toLongLong();
    h.sentAt = optOf(q.value(16));
    h.answeredAt = optOf(q.value(17));
    h.answeredBy = q.value(18).toString();
    h.reason = q.value(19).toString();
    h.recipientSha256 = q.value(20).toString();
    h.caseRefs = q.value(21).toString();
    h.deliveredAt = optOf(q.value(22));
    return h;
}

Result<qint64> HandoffRepository::insert(const Handoff &h, const QList<HandoffPerson> &people)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO handoff(uuid, direction, batch_id, local_batch_id, peer_province, peer_division,"
                             " peer_console, peer_commission, state, people, accepted, declined, created_at, created_by,"
                             " deadline_at, sent_at, answered_at, answered_by, reason, recipient_sha256, case_refs)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(h.uuid), QVariant(h.direction), opt(h.batchId), opt(h.localBatchId),
                              QVariant(h.peerProvince), (text(h.peerDivision)), (text(h.peerConsole)),
                              (text(h.peerCommission)), QVariant(h.state), QVariant(qint64(people.size())),
                              QVariant(h.accepted), QVariant(h.declined), QVariant(h.createdAt), QVariant(h.createdBy),
                              QVariant(h.deadlineAt), opt(h.sentAt), opt(h.answeredAt), QVariant(h.answeredBy),
                              QVariant(h.reason), QVariant(h.recipientSha256), (text(h.caseRefs))})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO handoff returned no id"));
    const qint64 id = q.value(0).toLongLong();
    QSqlQuery p(m_db);
    p.prepare(QStringLiteral("INSERT INTO handoff_person(handoff_id, n, id_type, id_number, name, phone, address,"
                             " home_division, located_by, kind, exposure_at, scan, scan_at, case_row, basis_ref, basis_text,"
                             " holder_id, state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QHash<QString, QString> rowTexts; // each case row's JSON made once (people of one line share it)
    for (const HandoffPerson &person : people) {
        const QString key = person.row.caseRef + QLatin1Char('\n') + QString::number(person.row.line) + QLatin1Char('\n') + person.seat;
        auto text_ = rowTexts.constFind(key);
        if (text_ == rowTexts.cend()) {
            QJsonObject row = HandoffPerson::rowJson(person.row);
            row.insert(QStringLiteral("contact_seat"), person.seat);
            text_ = rowTexts.insert(key, QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        }
        for (const QVariant &v :
             {QVariant(id), QVariant(person.n), QVariant(int(person.idType)), QVariant(person.idNumber), (text(person.name)),
              (text(person.phone)), (text(person.address)), QVariant(person.homeDivision),
              QVariant(person.locatedBy), QVariant(int(person.kind)), QVariant(person.exposureAt), QVariant(person.scan),
              QVariant(person.scanAt), QVariant(*text_),
              (text(person.basisRef)), (text(person.basisText)), opt(person.holderId), QVariant(person.state),
              QVariant(person.reason)})
            p.addBindValue(v);
        if (Status s = exec(p); !s)
            return s.error();
    }
    return id;
}

std::optional<Handoff> HandoffRepository::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM handoff WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional(read(q)) : std::nullopt;
}

std::optional<Handoff> HandoffRepository::findByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM handoff WHERE uuid = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(uuid);
    return q.exec() && q.next() ? std::optional(read(q)) : std::nullopt;
}

QList<Handoff> HandoffRepository::select(const QString &where, const QVariantList &binds, const QString &order) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM handoff WHERE %2 %3").arg(QLatin1String(kColumns), where, order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<Handoff> out;
    if (q.exec())
        while (q.next())
            out << read(q);
    return out;
}

QList<Handoff> HandoffRepository::list(const QString &direction, const QString &state, int limit) const
{
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (!direction.isEmpty()) {
        where += QStringLiteral(" AND direction = ?");
        binds << direction;
    }
    if (!state.isEmpty()) {
        where += QStringLiteral(" AND state = ?");
        binds << state;
    }
    return select(where, binds, QStringLiteral("ORDER BY id DESC LIMIT %1").arg(std::max(1, limit)));
}

QList<Handoff> HandoffRepository::ofBatch(qint64 batchId) const
{
    return select(QStringLiteral("batch_id = ? AND direction = 'out'"), {batchId}, QStringLiteral("ORDER BY id"));
}

QList<HandoffPerson> HandoffRepository::people(qint64 handoffId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT n, id_type, id_number, name, phone, address, home_division, located_by, kind, exposure_at,"
                             " scan, scan_at, case_row, basis_ref, basis_text, holder_id, state, reason FROM handoff_person"
                             " WHERE handoff_id = ? ORDER BY n"));
    q.addBindValue(handoffId);
    QList<HandoffPerson> out;
    if (!q.exec())
        return out;
    QHash<QString, std::pair<CaseRow, QString>> rows;
    while (q.next()) {
        HandoffPerson p;
        p.n = q.value(0).toInt();
        p.idType = IdType(q.value(1).toInt());
        p.idNumber = q.value(2).toString();
        p.name = q.value(3).toString();
        p.phone = q.value(4).toString();
        p.address = q.value(5).toString();
        p.homeDivision = q.value(6).toString();
        p.locatedBy = q.value(7).toString();
        p.kind = policy::ConditionKind(q.value(8).toInt());
        p.exposureAt = q.value(9).toLongLong();
        p.scan = q.value(10).toLongLong();
        p.scanAt = q.value(11).toLongLong();
        const QString rowText = q.value(12).toString();
        auto parsed = rows.constFind(rowText); // people of one line share the text: parsed once
        if (parsed == rows.cend()) {
            const QJsonObject row = QJsonDocument::fromJson(rowText.toUtf8()).object();
            parsed = rows.insert(rowText, {HandoffPerson::rowFromJson(row).value_or(CaseRow{}),
                                           row.value(QLatin1String("contact_seat")).toString()});
        }
        p.row = parsed->first;
        p.seat = parsed->second;
        p.basisRef = q.value(13).toString();
        p.basisText = q.value(14).toString();
        p.holderId = optOf(q.value(15));
        p.state = q.value(16).toString();
        p.reason = q.value(17).toString();
        out << p;
    }
    return out;
}

Status HandoffRepository::setPerson(qint64 handoffId, const HandoffPerson &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff_person SET state = ?, reason = ?, holder_id = ? WHERE handoff_id = ? AND n = ?"));
    for (const QVariant &v : {QVariant(p.state), QVariant(p.reason), opt(p.holderId), QVariant(handoffId), QVariant(p.n)})
        q.addBindValue(v);
    return exec(q);
}

Status HandoffRepository::setPeople(qint64 handoffId, const QList<HandoffPerson> &people)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff_person SET state = ?, reason = ?, holder_id = ? WHERE handoff_id = ? AND n = ?"));
    for (const HandoffPerson &p : people) {
        q.bindValue(0, p.state);
        q.bindValue(1, p.reason);
        q.bindValue(2, opt(p.holderId));
        q.bindValue(3, handoffId);
        q.bindValue(4, p.n);
        if (Status s = exec(q); !s)
            return s;
    }
    return Ok{};
}

Result<bool> HandoffRepository::moveState(qint64 id, const QStringList &from, const QString &to)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff SET state = ? WHERE id = ? AND state IN (%1)")
                  .arg(QStringList(from.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    q.addBindValue(to);
    q.addBindValue(id);
    for (const QString &f : from)
        q.addBindValue(f);
    if (Status s = exec(q); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Status HandoffRepository::update(const Handoff &h)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE handoff SET state = ?, accepted = ?, declined = ?, sent_at = ?, answered_at = ?,"
                             " answered_by = ?, reason = ?, recipient_sha256 = ?, peer_console = ?, peer_commission = ?,"
                             " peer_division = ?, local_batch_id = ?, people = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(h.state), QVariant(h.accepted), QVariant(h.declined), opt(h.sentAt), opt(h.answeredAt),
                              QVariant(h.answeredBy), QVariant(h.reason), QVariant(h.recipientSha256), (text(h.peerConsole)),
                              (text(h.peerCommission)), (text(h.peerDivision)), opt(h.localBatchId),
                              QVariant(h.people), QVariant(h.id)})
        q.addBindValue(v);
    return exec(q);
}

} // namespace hc
