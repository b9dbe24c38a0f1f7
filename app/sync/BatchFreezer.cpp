#include "BatchFreezer.h"

#include "Crypto.h"
#include "Database.h"
#include "Protocol.h"
#include "TimeUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace hc::sync {

namespace {

// A JSON string by hand: a million events are written per minute of a big batch, QJsonDocument per field is slow.
void appendString(QByteArray &out, const QString &s)
{
    static const char hexDigits[] = "0123456789abcdef";
    out.append('"');
    for (const char c : s.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hexDigits[u >> 4]).append(hexDigits[u & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QString stringOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys)
        if (const QJsonValue v = o.value(QLatin1String(k)); v.isString())
            return v.toString();
    return {};
}

} // namespace

BatchFreezer::BatchFreezer(QSqlDatabase db, const SyncSettings &settings, const SigningIdentity &signer, qint64 now)
    : m_db(db), m_settings(settings), m_signer(signer), m_now(now)
{
}

Result<int> BatchFreezer::freezeAll()
{
    int made = 0;
    for (;;) {
        auto one = freezeOne();
        if (!one)
            return one.error();
        if (*one == 0)
            return made;
        made += *one;
    }
}

Result<int> BatchFreezer::freezeOne()
{
    Transaction tx(m_db);
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT seq_to, sha256 FROM sync_batch ORDER BY seq_to DESC LIMIT 1")))
        return Error::internal(QStringLiteral("cannot read the batches"));
    const bool any = last.next();
    const qint64 after = any ? last.value(0).toLongLong() : 0;
    const QString prevHash = any ? last.value(1).toString() : QStringLiteral(""); // not null: NOT NULL column
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, kind, object, payload, actor FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(std::max(1, m_settings.batchEvents));
    if (Status s = exec(q); !s)
        return s.error();
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray events;
    events.reserve(std::max(1, m_settings.batchEvents) * 400);
    qint64 seqFrom = 0, seqTo = 0, oldest = 0;
    int n = 0;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (n == 0) {
            seqFrom = seq;
            oldest = q.value(1).toLongLong();
        } else if (seq != seqTo + 1) {
            break; // a gap (a rolled-back change's number): the next batch starts after it, as the platform expects
        }
        seqTo = seq;
        const QString kind = q.value(2).toString();
        const QByteArray payload = q.value(4).toByteArray();
        const QJsonObject value = QJsonDocument::fromJson(payload).object();
        events.append(n ? ",{\"eventId\":" : "{\"eventId\":");
        appendString(events, m_settings.consoleId + QLatin1Char(':') + QString::number(seq));
        events.append(",\"seq\":").append(QByteArray::number(seq)).append(",\"type\":");
        appendString(events, protocol::eventType(kind));
        events.append(",\"kind\":");
        appendString(events, kind);
        events.append(",\"subject\":");
        appendString(events, q.value(3).toString());
        events.append(",\"baseVersion\":null,\"value\":").append(payload.isEmpty() ? QByteArray("{}") : payload);
        events.append(",\"effectiveAt\":");
        appendString(events, time::format(q.value(1).toLongLong()));
        events.append(",\"operator\":");
        appendString(events, q.value(5).toString());
        events.append(",\"basis\":");
        const QString basis = stringOf(value, {"basis", "cause", "reason"});
        if (basis.isEmpty())
            events.append("null");
        else
            appendString(events, basis);
        // Messages for another province travel as pushes: the platform relays the batch to it.
        if (const QString to = stringOf(value, {"province"}); !to.isEmpty() && to != m_settings.province) {
            events.append(",\"to\":");
            appendString(events, to);
        }
        events.append('}');
        ++n;
    }
    if (n == 0)
        return 0;
    QByteArray payload;
    payload.reserve(events.size() + 512);
    payload.append("{\"schema\":");
    appendString(payload, QLatin1String(protocol::kBatchSchema));
    payload.append(",\"batchId\":");
    appendString(payload, batchId);
    payload.append(",\"consoleId\":");
    appendString(payload, m_settings.consoleId);
    payload.append(",\"province\":");
    appendString(payload, m_settings.province);
    payload.append(",\"seqFrom\":").append(QByteArray::number(seqFrom));
    payload.append(",\"seqTo\":").append(QByteArray::number(seqTo));
    payload.append(",\"prevBatchHash\":");
    appendString(payload, prevHash);
    payload.append(",\"createdAt\":");
    appendString(payload, time::format(m_now));
    payload.append(",\"events\":[").append(events).append("]}");
    const auto body = SignedObject::sign(m_signer, payload);
    if (!body)
        return body.error();
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO sync_batch(batch_uuid, seq_from, seq_to, events, body, content_type, sha256, prev_hash,"
                               " created_at, oldest_at, state, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'frozen', ?)"));
    for (const QVariant &v : {QVariant(batchId), QVariant(seqFrom), QVariant(seqTo), QVariant(n), QVariant(*body),
                              QVariant(QString::fromLatin1(SignedObject::contentType(m_signer.profile()))),
                              QVariant(protocol::hex(crypto::sha256(*body))), QVariant(prevHash), QVariant(m_now),
                              QVariant(oldest), QVariant(m_now)})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return 1;
}

} // namespace hc::sync
