#include "BatchFreezer.h"

#include "Crypto.h"
#include "Database.h"
#include "RawQuery.h"
#include "Protocol.h"
#include "TimeUtil.h"

#include <QJsonDocument>
#include <QSqlDriver>
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

void appendRaw(QByteArray &out, const char *text, int n)
{
    QByteArray tmp = QByteArray::fromRawData(text, n);
    static const char hexDigits[] = "0123456789abcdef";
    out.append('"');
    for (const char c : tmp) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out.append('\\').append(c);
        else if (u < 0x20)
            out.append("\\u00").append(hexDigits[u >> 4]).append(hexDigits[u & 15]);
        else
            out.append(c);
    }
    out.append('"');
}

// The raw string literal (quotes included) of a top-level key of a compact JSON object the core wrote, or empty.
// A scan, not a parse: the freezer reads a million payloads a minute and needs three keys of them.
QByteArrayView topLevelString(QByteArrayView json, QByteArrayView key)
{
    qsizetype i = 1, depth = 1;
    const qsizetype n = json.size();
    auto skipString = [&](qsizetype at) { // at the opening quote; returns the index after the closing one
        for (++at; at < n; ++at) {
            if (json[at] == '\\')
                ++at;
            else if (json[at] == '"')
                return at + 1;
        }
        return n;
    };
    while (i < n && depth > 0) {
        if (depth == 1 && json[i] == '"') {
            const qsizetype keyEnd = skipString(i);
            const QByteArrayView k = json.sliced(i + 1, keyEnd - i - 2);
            i = keyEnd + 1; // past ':'
            if (i < n && json[i] == '"') {
                const qsizetype valueEnd = skipString(i);
                if (k == key)
                    return json.sliced(i, valueEnd - i);
                i = valueEnd;
            }
            continue;
        }
        const char c = json[i];
        if (c == '"')
            i = skipString(i);
        else {
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++i;
        }
    }
    return {};
}

// The outbox read straight from the driver: QSqlQuery's per-value QVariant and UTF-16 round trips cost more than the rest.
class OutboxCursor
{
public:
    OutboxCursor(const QSqlDatabase &db, qint64 after, int limit)
        : m_q(db, QStringLiteral("SELECT seq, at, kind, object, payload, actor FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"))
    {
        m_q.bind(1, after);
        m_q.bind(2, qint64(limit));
    }
    bool valid() const { return bool(m_q.status()); }
    bool next() { return m_q.next(); }
    qint64 integer(int c) const { return m_q.int64(c); }
    QByteArrayView text(int c) const { return m_q.utf8(c); }

private:
    RawQuery m_q;
};

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

Result<int> BatchFreezer::freezeOne(int *frozenEvents)
{
    if (frozenEvents)
        *frozenEvents = 0;
    Transaction tx(m_db);
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT seq_to, sha256 FROM sync_batch ORDER BY seq_to DESC LIMIT 1")))
        return Error::internal(tr("cannot read the batches"));
    const bool any = last.next();
    const qint64 after = any ? last.value(0).toLongLong() : 0;
    const QString prevHash = any ? last.value(1).toString() : QStringLiteral(""); // not null: NOT NULL column
    last.finish();
    // The audit head now, under the write lock: the last entry the log holds as this batch is frozen. The platform's
    // receipt countersigns it (AuditAnchors). An empty log has no head to anchor.
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Error::internal(tr("cannot read the audit log's head"));
    std::optional<protocol::AuditHead> auditHead;
    if (head.next())
        auditHead = protocol::AuditHead{head.value(0).toLongLong(), head.value(1).toString()};
    head.finish();
    OutboxCursor q(m_db, after, std::max(1, m_settings.batchEvents));
    if (!q.valid())
        return Error::internal(tr("cannot read the outbox"));
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray events;
    events.reserve(qsizetype(std::min<qint64>(qint64(std::max(1, m_settings.batchEvents)) * 450, kMaxEventBytes + 64 * 1024)));
    QByteArray eventIdPrefix;
    appendString(eventIdPrefix, m_settings.consoleId + QLatin1Char(':'));
    eventIdPrefix.chop(1); // the closing quote: the number follows
    const QByteArray ownProvince = '"' + m_settings.province.toUtf8() + '"';
    qint64 seqFrom = 0, seqTo = 0, oldest = 0;
    qint64 lastAt = -1;
    QByteArray lastAtText, lastKind, lastType;
    int n = 0;
    while (q.next()) {
        const qint64 seq = q.integer(0);
        if (n > 0 && seq != seqTo + 1)
            break; // a gap (a rolled-back change's number): the next batch starts after it, as the platform expects
        const qsizetype mark = events.size();
        const QByteArrayView kind = q.text(2);
        if (kind != lastKind) {
            lastKind = kind.toByteArray();
            lastType.clear();
            appendString(lastType, protocol::eventType(QString::fromUtf8(lastKind)));
        }
        if (q.integer(1) != lastAt) {
            lastAt = q.integer(1);
            lastAtText.clear();
            appendString(lastAtText, time::format(lastAt));
        }
        const QByteArrayView payload = q.text(4);
        events.append(n ? ",{\"eventId\":" : "{\"eventId\":").append(eventIdPrefix).append(QByteArray::number(seq));
        events.append("\",\"seq\":").append(QByteArray::number(seq)).append(",\"type\":").append(lastType);
        events.append(",\"kind\":");
        appendRaw(events, kind.data(), int(kind.size()));
        events.append(",\"subject\":");
        appendRaw(events, q.text(3).data(), int(q.text(3).size()));
        events.append(",\"baseVersion\":null,\"value\":");
        if (payload.isEmpty())
            events.append("{}");
        else
            events.append(payload);
        events.append(",\"effectiveAt\":").append(lastAtText).append(",\"operator\":");
        appendRaw(events, q.text(5).data(), int(q.text(5).size()));
        events.append(",\"basis\":");
        QByteArrayView basis;
        for (const char *key : {"basis", "cause", "reason"})
            if (basis = topLevelString(payload, QByteArrayView(key)); !basis.isEmpty())
                break;
        events.append(basis.isEmpty() ? QByteArrayView("null") : basis);
        // Messages for another province travel as pushes: the platform relays the batch to it.
        if (const QByteArrayView to = topLevelString(payload, "province"); !to.isEmpty() && to != ownProvince)
            events.append(",\"to\":").append(to);
        events.append('}');
        if (n > 0 && events.size() > kMaxEventBytes) {
            events.truncate(mark); // this event starts the next batch
            break;
        }
        if (n == 0) {
            seqFrom = seq;
            oldest = q.integer(1);
        }
        seqTo = seq;
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
    if (auditHead) {
        payload.append(",\"auditHead\":{\"seq\":").append(QByteArray::number(auditHead->seq)).append(",\"hash\":");
        appendString(payload, auditHead->hash);
        payload.append('}');
    }
    payload.append(",\"events\":[").append(events).append("]}");
    const auto body = SignedObject::sign(m_signer, payload);
    if (!body)
        return body.error();
    // A batch of sealed hand-offs is mostly ciphertext in base64: deflate gains a quarter at most and costs seconds on
    // tens of megabytes, so such a body is stored (level 0). A sample decides; qUncompress reads both the same.
    const int level = qCompress(body->left(64 * 1024), 1).size() > body->left(64 * 1024).size() * 3 / 4 ? 0 : 1;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO sync_batch(batch_uuid, seq_from, seq_to, events, body, content_type, sha256, prev_hash,"
                               " created_at, oldest_at, state, next_attempt_at, audit_seq, audit_hash)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'frozen', ?, ?, ?)"));
    for (const QVariant &v : {QVariant(batchId), QVariant(seqFrom), QVariant(seqTo), QVariant(n), QVariant(qCompress(*body, level)),
                              QVariant(QString::fromLatin1(SignedObject::contentType(m_signer.profile()))),
                              QVariant(protocol::hex(crypto::sha256(*body))), QVariant(prevHash), QVariant(m_now),
                              QVariant(oldest), QVariant(m_now),
                              auditHead ? QVariant(auditHead->seq) : QVariant(QMetaType::fromType<qint64>()),
                              auditHead ? QVariant(auditHead->hash) : QVariant(QMetaType::fromType<QString>())})
        ins.addBindValue(v);
    if (Status s = exec(ins); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (frozenEvents)
        *frozenEvents = n;
    return 1;
}

} // namespace hc::sync
