#include "ForwardedAppeals.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "Database.h"
#include "Outbox.h"

#include <QSqlQuery>

namespace hc {

namespace {

const QString kColumns = QStringLiteral("id, origin_console, origin_province, origin_ticket, identity, kind, reason, received_at,"
                                        " state, decision, answer, answered_by, answered_at");

// A missing field is stored as empty text (a null QString would bind NULL).
QString field(const QJsonObject &o, const char *key)
{
    const QString s = o.value(QLatin1String(key)).toString();
    return s.isNull() ? QStringLiteral("") : s;
}

ForwardRequest fromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),  q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
            q.value(8).toString(),  q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
            q.value(12).toLongLong()};
}

} // namespace

Result<qint64> ForwardedAppeals::receive(qint64 inboxId, const QString &originConsole, const QString &originProvince,
                                         const QString &originTicket, const QJsonObject &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO forward_request(inbox_id, origin_console, origin_province, origin_ticket, identity, kind,"
                             " reason, received_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')"
                             " ON CONFLICT(origin_console, origin_ticket) DO NOTHING RETURNING id"));
    for (const QVariant &v : {QVariant(inboxId), QVariant(originConsole), QVariant(originProvince), QVariant(originTicket),
                              QVariant(field(value, "identity")), QVariant(field(value, "kind")), QVariant(field(value, "reason")),
                              QVariant(m_clock.now().toSecsSinceEpoch())})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return id;
    }
    q.finish();
    // Already on file (DO NOTHING returns no row): the request that is.
    q.prepare(QStringLiteral("SELECT id FROM forward_request WHERE origin_console = ? AND origin_ticket = ?"));
    q.addBindValue(originConsole);
    q.addBindValue(originTicket);
    if (Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QList<ForwardRequest> ForwardedAppeals::list(bool openOnly) const
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM forward_request %2 ORDER BY id").arg(kColumns, openOnly ? QStringLiteral("WHERE state = 'open'") : QString()));
    QList<ForwardRequest> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

std::optional<ForwardRequest> ForwardedAppeals::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM forward_request WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

Status ForwardedAppeals::answer(qint64 id, bool approve, const QString &reason, const QString &actor, AuditLog &audit)
{
    if (reason.trimmed().size() < 4)
        return Error::badInput(tr("An answer needs its reason in words (at least 4 characters)."));
    const QString object = QStringLiteral("forward_request:%1").arg(id);
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::DecideAppeal, {}, QStringLiteral("appeal.answer"), object, audit); !s)
        return s;
    const auto r = find(id);
    if (!r)
        return Error::badInput(tr("No forwarded ticket %1.").arg(id));
    if (r->state != QLatin1String("open"))
        return Error::refused(tr("Forwarded ticket %1 was already answered (%2).").arg(id).arg(r->decision));
    const qint64 at = m_clock.now().toSecsSinceEpoch();
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // Only while still open, inside the transaction: a second official answering at the same time is refused.
    q.prepare(QStringLiteral("UPDATE forward_request SET state = 'answered', decision = ?, answer = ?, answered_by = ?, answered_at = ?"
                             " WHERE id = ? AND state = 'open'"));
    for (const QVariant &v : {QVariant(decision), QVariant(reason.trimmed()), QVariant(actor), QVariant(at), QVariant(id)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::refused(tr("Forwarded ticket %1 was answered meanwhile by another official; nothing was changed.").arg(id));
    const QJsonObject message{{QStringLiteral("province"), r->originProvince},
                              {QStringLiteral("ticket"), r->originTicket},
                              {QStringLiteral("decision"), decision},
                              {QStringLiteral("reason"), reason.trimmed()}};
    if (Status s = Outbox(m_db, at, actor).append(QStringLiteral("appeal.answer"), QStringLiteral("ticket:") + r->originTicket, message); !s)
        return s;
    if (Status s = audit.append(actor, QStringLiteral("appeal.answer"), object, {}, message); !s)
        return s;
    return tx.commit();
}

} // namespace hc
