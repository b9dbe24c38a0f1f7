#include "FeedApplier.h"
#include "Envelope.h"
#include "HandoffService.h"

#include "AppealService.h"
#include "AuditLog.h"
#include "Database.h"
#include "ForwardedAppeals.h"
#include "NationalImporter.h"
#include "OpenSslKey.h"
#include "PolicyStore.h"
#include "SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace hc::sync {

namespace {

QString platformActor(const QString &originator)
{
    return QStringLiteral("platform:") + originator;
}

} // namespace

FeedApplier::FeedApplier(QSqlDatabase db, const SyncSettings &settings, const Clock &clock)
    : m_db(db), m_settings(settings), m_clock(clock)
{
}

qint64 FeedApplier::cursor(QSqlDatabase db, const QString &feed)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_feed WHERE feed = ?"));
    q.addBindValue(feed);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool FeedApplier::received(QSqlDatabase db, const QString &batchId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM inbox WHERE batch_uuid = ?"));
    q.addBindValue(batchId);
    return q.exec() && q.next();
}

Status FeedApplier::advance(const QString &feed, qint64 seq, int items)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_feed(feed, cursor, items, last_pull_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT(feed) DO UPDATE SET cursor = %1, items = sync_feed.items + excluded.items,"
                             " last_pull_at = excluded.last_pull_at, last_error = NULL")
                  .arg(sql::greatest(m_db, QStringLiteral("sync_feed.cursor"), QStringLiteral("excluded.cursor"))));
    q.addBindValue(feed);
    q.addBindValue(seq);
    q.addBindValue(items);
    q.addBindValue(m_clock.now().toSecsSinceEpoch());
    return exec(q);
}

Status FeedApplier::skip(const QString &feed, qint64 seq)
{
    return advance(feed, seq, 0);
}

Result<qint64> FeedApplier::keep(const QString &feed, const protocol::FeedItem &item, const QByteArray &body, const QString &result)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO inbox(batch_uuid, feed, feed_seq, originator, sha256, body, received_at, result)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(item.batchId), QVariant(feed), QVariant(item.seq), QVariant(item.originator),
                              QVariant(item.sha256), QVariant(body), QVariant(m_clock.now().toSecsSinceEpoch()), QVariant(result)})
        q.addBindValue(v);
    if (Status s = exec(q); !s)
        return s.error();
    if (!q.next())
        return Error::internal(QStringLiteral("INSERT INTO inbox returned no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status FeedApplier::record(const QString &feed, const protocol::FeedItem &item, const QByteArray &body, const QString &result)
{
    if (auto kept = keep(feed, item, body, result); !kept)
        return kept.error();
    return advance(feed, item.seq, 1);
}

Result<QString> FeedApplier::apply(const QString &feed, const protocol::FeedItem &item, const QByteArray &body,
                                   const QByteArray &payloadBytes)
{
    const QJsonObject payload = QJsonDocument::fromJson(payloadBytes).object();
    if (payload.isEmpty())
        return Error::badInput(tr("the signed payload is not a JSON object"));
    if (feed == QLatin1String("pushes")) {
        Transaction tx(m_db);
        auto inboxId = keep(feed, item, body, QStringLiteral("")); // the result is written below
        if (!inboxId)
            return inboxId.error();
        auto result = applyPush(payload, *inboxId);
        if (!result)
            return result.error();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE inbox SET result = ? WHERE id = ?"));
        q.addBindValue(*result);
        q.addBindValue(*inboxId);
        if (Status s = exec(q); !s)
            return s.error();
        if (Status s = advance(feed, item.seq, 1); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return result;
    }
    if (payload.value(QLatin1String("schema")).toString() != QLatin1String(protocol::kFeedSchema)
        || payload.value(QLatin1String("feed")).toString() != feed)
        return Error::badInput(tr("the batch is not an item of the %1 feed").arg(feed));
    const QJsonObject content = payload.value(QLatin1String("content")).toObject();
    // The national import is its own transaction; applying the same list twice changes nothing, so a crash between it
    // and the cursor only repeats an idempotent step. The trust list and policies go in the cursor's transaction.
    const bool ownTransaction = feed == QLatin1String("risk-areas");
    std::optional<Result<QString>> early;
    if (ownTransaction)
        early = applyRiskAreas(content);
    Transaction tx(m_db);
    Result<QString> result = ownTransaction ? *early
                             : feed == QLatin1String("trust-list") ? applyTrustList(content)
                                                                   : applyPolicy(content);
    if (!result)
        return result.error();
    if (Status s = record(feed, item, body, *result); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QString> FeedApplier::applyRiskAreas(const QJsonObject &content)
{
    if (content.value(QLatin1String("kind")).toString() != QLatin1String("national-list"))
        return Error::badInput(tr("unknown risk-area item kind"));
    const QByteArray bytes = QByteArray::fromBase64(content.value(QLatin1String("list")).toString().toLatin1());
    auto list = NationalList::parse(bytes);
    if (!list)
        return Error::badInput(tr("the national list does not parse: %1").arg(list.error().message));
    AuditLog audit(m_db, m_clock);
    auto report = NationalImporter(m_db, m_clock).importTrusted(*list, platformActor(QLatin1String(protocol::kPlatformId)), audit);
    if (!report)
        return report.error();
    return tr("national list %1: %2 entries, %3 declared, %4 lifted%5")
        .arg(list->timeText)
        .arg(report->entries())
        .arg(report->declared)
        .arg(report->lifted)
        .arg(report->applied ? QString() : tr(" (older than the applied list: recorded only)"));
}

Result<QString> FeedApplier::applyTrustList(const QJsonObject &content)
{
    const QJsonArray keys = content.value(QLatin1String("keys")).toArray();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO trust_key(issuer_division, key_id, profile, organisation, public_pem, valid_from, valid_to,"
                             " revoked, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT(issuer_division, key_id) DO UPDATE SET profile = excluded.profile,"
                             " organisation = excluded.organisation, public_pem = excluded.public_pem, valid_from = excluded.valid_from,"
                             " valid_to = excluded.valid_to, revoked = excluded.revoked, added_by = excluded.added_by,"
                             " added_at = excluded.added_at"));
    int n = 0;
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        const QString profile = k.value(QLatin1String("profile")).toString();
        const QByteArray pem = k.value(QLatin1String("publicPem")).toString().toLatin1();
        const auto key = codes::OpenSslKey::fromPublicPem(pem);
        if (!codes::profileFromKey(profile) || !key || codes::profileKey(key->profile()) != profile)
            return Error::badInput(tr("trust list key %1: bad profile or public key").arg(k.value(QLatin1String("keyId")).toString()));
        for (const QVariant &x : {QVariant(k.value(QLatin1String("issuerDivision")).toString()),
                                  QVariant(k.value(QLatin1String("keyId")).toString()), QVariant(profile),
                                  QVariant(k.value(QLatin1String("organisation")).toString()), QVariant(pem),
                                  QVariant(k.value(QLatin1String("validFrom")).toInteger()),
                                  k.contains(QLatin1String("validTo")) ? QVariant(k.value(QLatin1String("validTo")).toInteger())
                                                                       : QVariant(QMetaType::fromType<qint64>()),
                                  QVariant(k.value(QLatin1String("revoked")).toBool() ? 1 : 0),
                                  QVariant(platformActor(QLatin1String(protocol::kPlatformId))),
                                  QVariant(m_clock.now().toSecsSinceEpoch())})
            q.addBindValue(x);
        if (Status s = exec(q); !s)
            return s.error();
        ++n;
    }
    AuditLog audit(m_db, m_clock);
    if (Status s = audit.append(platformActor(QLatin1String(protocol::kPlatformId)), QStringLiteral("trust.sync"),
                                QStringLiteral("trust_list"), {}, {{QStringLiteral("keys"), n}});
        !s)
        return s.error();
    return tr("trust list: %1 keys").arg(n);
}

Result<QString> FeedApplier::applyPolicy(const QJsonObject &content)
{
    auto policy = policy::Policy::fromJson(content);
    if (!policy)
        return Error::badInput(tr("the policy does not parse: %1").arg(policy.error().message));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM policy WHERE id = ? AND version = ?"));
    q.addBindValue(policy->id);
    q.addBindValue(policy->version);
    if (q.exec() && q.next())
        return tr("policy %1 already held").arg(policy->versionTag());
    // Future versions arrive early: they are stored now and switch on at their effectiveFrom.
    if (auto added = PolicyStore(m_db).add(*policy, platformActor(QLatin1String(protocol::kPlatformId)), m_clock.now().toSecsSinceEpoch()); !added)
        return added.error();
    AuditLog audit(m_db, m_clock);
    if (Status s = audit.append(platformActor(QLatin1String(protocol::kPlatformId)), QStringLiteral("policy.sync"),
                                QStringLiteral("policy:%1").arg(policy->versionTag()), {}, policy->toJson());
        !s)
        return s.error();
    return tr("policy %1 from %2").arg(policy->versionTag()).arg(policy->effectiveFrom);
}

Result<QString> FeedApplier::applyPush(const QJsonObject &payload, qint64 inboxId)
{
    const auto header = protocol::BatchHeader::parse(payload);
    if (!header)
        return header.error();
    const QString actor = platformActor(header->consoleId);
    AuditLog audit(m_db, m_clock);
    int forwarded = 0, answered = 0, other = 0, handoffs = 0;
    QStringList notes;
    for (const QJsonValue &v : payload.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("to")).toString() != m_settings.province)
            continue; // the rest of the originator's batch is for the platform, not for this province
        const QString type = e.value(QLatin1String("type")).toString();
        const QJsonObject value = e.value(QLatin1String("value")).toObject();
        const QString ticket = e.value(QLatin1String("subject")).toString().section(QLatin1Char(':'), 1);
        if (type == QLatin1String("APPEAL_FORWARD")) {
            auto id = ForwardedAppeals(m_db, m_clock).receive(inboxId, header->consoleId, header->province, ticket, value);
            if (!id)
                return id.error();
            ++forwarded;
        } else if (type == QLatin1String("APPEAL_ANSWER")) {
            const QString number = value.value(QLatin1String("ticket")).toString();
            auto r = AppealService(m_db, m_clock)
                         .recordForwardedAnswer(number, header->province,
                                                value.value(QLatin1String("decision")).toString() == QLatin1String("approved"),
                                                value.value(QLatin1String("reason")).toString(), actor, audit);
            if (r)
                ++answered;
            else if (r.error().kind == ErrorKind::Internal || r.error().storage)
                return r.error(); // the whole batch rolls back: nothing half-applied, the cursor not advanced
            else
                notes.append(r.error().message); // kept with the inbox row; the batch itself is sound
        } else if (type == QLatin1String("HANDOFF")) {
            // Sealed to one console of this province: the others leave it (its recipient is another certificate).
            const QJsonObject sealed = value.value(QLatin1String("sealed")).toObject();
            const QString recipient = sealed.value(QLatin1String("recipient_cert_sha256")).toString();
            if (!m_handoffKey || recipient != protocol::hex(m_handoffKey->cert.sha256())) {
                ++other;
                continue;
            }
            const QByteArray body = QByteArray::fromBase64(sealed.value(QLatin1String("body_b64")).toString().toLatin1());
            const auto plain = envelope::open(body, sealed.value(QLatin1String("content_type")).toString(), m_handoffKey->cert,
                                              m_handoffKey->key);
            const auto read = plain ? HandoffService::readSealed(*plain)
                                    : Result<std::pair<HandoffHeader, QList<HandoffPerson>>>(plain.error());
            // The sealed header must be the one the platform routed (and the sender the batch's signer).
            if (!read || read->first.uuid != value.value(QLatin1String("handoff"))[QLatin1String("handoffId")].toString() ||
                read->first.fromConsole != header->consoleId || read->first.fromProvince != header->province) {
                notes.append(tr("hand-off %1 could not be opened: %2")
                                 .arg(e.value(QLatin1String("subject")).toString(),
                                      read ? tr("its sealed header differs from the event's") : read.error().message));
                continue;
            }
            auto id = HandoffService(m_db, m_clock).receive(read->first, read->second, inboxId, actor, audit);
            if (!id)
                return id.error();
            ++handoffs;
        } else if (type == QLatin1String("HANDOFF_ANSWER") || type == QLatin1String("HANDOFF_WITHDRAWN")) {
            HandoffService service(m_db, m_clock);
            const Status s = type == QLatin1String("HANDOFF_ANSWER") ? service.recordAnswer(value, header->province, actor, audit)
                                                                     : service.receiveWithdrawal(value, header->province, actor, audit);
            if (!s && (s.error().kind == ErrorKind::Internal || s.error().storage))
                return s.error();
            if (!s)
                notes.append(s.error().message);
            else
                ++handoffs;
        } else {
            ++other;
        }
    }
    QString result = tr("push from %1: %2 forwarded tickets, %3 answers, %4 other").arg(header->consoleId).arg(forwarded).arg(answered).arg(other);
    if (handoffs > 0)
        result += tr("; %1 hand-off messages").arg(handoffs);
    if (!notes.isEmpty())
        result += tr("; not applied: ") + notes.join(QStringLiteral("; "));
    return result;
}

} // namespace hc::sync
