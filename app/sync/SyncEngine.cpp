#include "SyncEngine.h"
#include "SqlDialect.h"

#include "BatchFreezer.h"
#include "Crypto.h"
#include "Database.h"
#include "FeedApplier.h"
#include "HandoffDirectory.h"
#include "HandoffSealer.h"
#include "Commission.h"
#include "Outbox.h"
#include "TimeUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrlQuery>

namespace hc::sync {

namespace {

struct FrozenBatch
{
    qint64 row = 0;
    QString batchId;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    int events = 0;
    QByteArray body;
    QByteArray contentType;
    QString sha256;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    std::optional<protocol::AuditHead> auditHead; // what the batch carries; none for batches frozen before v12
};

std::optional<FrozenBatch> firstFrozen(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, batch_uuid, seq_from, seq_to, events, body, content_type, sha256, attempts,"
                               " next_attempt_at, audit_seq, audit_hash FROM sync_batch WHERE state = 'frozen' ORDER BY seq_from LIMIT 1"))
        || !q.next())
        return std::nullopt;
    FrozenBatch b{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toLongLong(),
                  q.value(3).toLongLong(), q.value(4).toInt(),       qUncompress(q.value(5).toByteArray()),
                  q.value(6).toByteArray(), q.value(7).toString(),   q.value(8).toInt(),
                  q.value(9).toLongLong(), std::nullopt};
    if (!q.value(10).isNull())
        b.auditHead = protocol::AuditHead{q.value(10).toLongLong(), q.value(11).toString()};
    return b;
}

QString describe(const std::optional<protocol::AuditHead> &h)
{
    return h ? SyncEngine::tr("entry %1 (%2…)").arg(h->seq).arg(h->hash.left(12)) : SyncEngine::tr("none");
}

// The batches waiting to be sent and their events.
std::pair<int, qint64> frozenTotals(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(events), 0) FROM sync_batch WHERE state = 'frozen'")) || !q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toLongLong()};
}

QString platformError(const PlatformTransport::Reply &r)
{
    const QString message = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString();
    return SyncEngine::tr("the platform answered %1: %2").arg(r.status).arg(message.isEmpty() ? QString::fromUtf8(r.body.left(200)) : message);
}

} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonObject feeds;
    for (auto it = pulled.cbegin(); it != pulled.cend(); ++it)
        feeds.insert(it.key(), it.value());
    return {{QStringLiteral("frozen"), frozen},
            {QStringLiteral("delivered"), delivered},
            {QStringLiteral("replayed"), replayed},
            {QStringLiteral("resent"), resent},
            {QStringLiteral("resynced"), resynced},
            {QStringLiteral("events"), events},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("anchored"), anchored},
            {QStringLiteral("handoffs"), QJsonObject{{QStringLiteral("sealed"), handoffsSealed},
                                                     {QStringLiteral("waiting"), handoffsWaiting}}},
            {QStringLiteral("pulled"), feeds},
            {QStringLiteral("depth"), depth},
            {QStringLiteral("online"), online},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
            {QStringLiteral("errorDetail"), errorDetail.isEmpty() ? QJsonValue() : QJsonValue(errorDetail)}};
}

SyncEngine::SyncEngine(QSqlDatabase db, const Clock &clock, PlatformTransport &platform, const SyncSettings &settings,
                       const UnlockedCredentials &credentials, Jitter jitter)
    : m_db(db), m_clock(clock), m_settings(settings), m_credentials(credentials), m_client(platform),
      m_jitter(jitter ? std::move(jitter) : Jitter([] { return QRandomGenerator::global()->generateDouble(); }))
{
    if (auto a = settings.anchors())
        m_anchors = *a;
}

qint64 SyncEngine::now() const
{
    return m_clock.now().toSecsSinceEpoch();
}

void SyncEngine::step(const ProgressStep &s, bool force)
{
    if (!m_step)
        return;
    m_lastStep = s;
    m_lastStep.cancellable = false;
    m_step(m_lastStep, force); // a cancel is not honoured (see setProgress)
}

qint64 SyncEngine::backoffSeconds(int failures, double jitter)
{
    const qint64 base = std::min<qint64>(300, qint64(5) << std::min(failures - 1, 10));
    return std::min<qint64>(300, std::max<qint64>(1, qint64(double(base) * (0.5 + jitter))));
}

SyncReport SyncEngine::run(bool force, bool pull)
{
    SyncReport report;
    // One workstation of a commission syncs at a time (a shared PostgreSQL database): the others leave it be.
    const WorkstationLock turn(m_db, sql::kSyncLock);
    if (!turn.held()) {
        report.waiting = true;
        report.error = QCoreApplication::translate("hc::sync::SyncEngine", "Another workstation (%1) is syncing with the "
                                                                            "platform; this one leaves it to it.")
                           .arg(turn.holder().isEmpty() ? QStringLiteral("?") : turn.holder());
        return report;
    }
    QSqlQuery attempt(m_db);
    attempt.prepare(QStringLiteral("UPDATE sync_state SET last_attempt_at = ?"));
    attempt.addBindValue(now());
    attempt.exec();
    // Hand-offs sealed to their receivers first, so that this run's batch carries them (issue 19).
    const HandoffSealer::Outcome sealed =
        HandoffSealer(m_db, m_clock, m_client, m_settings, m_anchors, [this](const QByteArray &sha) -> std::optional<pki::Certificate> {
            const auto r = m_client.get(QStringLiteral("/v1/certs/") + protocol::hex(sha));
            auto c = r.ok() && r.status == 200 ? pki::Certificate::fromPem(r.body) : Result<pki::Certificate>(Error::badInput({}));
            return c ? std::optional(*c) : std::nullopt;
        }).sealPending();
    report.handoffsSealed = sealed.sealed;
    report.handoffsWaiting = sealed.waiting;
    report.handoffProblem = sealed.problem;
    auto frozen = freezeWaiting();
    if (!frozen) {
        report.error = tr("cannot freeze the outbox: %1").arg(frozen.error().message);
        report.errorDetail = frozen.error().detail;
        report.refused = true;
    } else {
        report.frozen = *frozen;
        if (uploadDue(force, report)) {
            registerHandoff(report);
            if (pull)
                pullFeeds(report);
        }
    }
    report.depth = Outbox::undelivered(m_db);
    recordOutcome(report);
    if (m_step && report.error.isEmpty()) {
        m_lastStep.percent = 100;
        step(m_lastStep, true);
    }
    return report;
}

Result<int> SyncEngine::freezeWaiting()
{
    BatchFreezer freezer(m_db, m_settings, m_credentials.upload, now());
    if (!m_step)
        return freezer.freezeAll();
    // The changes not yet in a batch, as SyncService::status counts them (a rolled-back change's number counts
    // too: the total is only a bound).
    QSqlQuery q(m_db);
    qint64 waiting = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE((SELECT MAX(seq) FROM outbox), 0) - COALESCE((SELECT MAX(seq_to) FROM sync_batch), 0)"))
        && q.next())
        waiting = std::max<qint64>(0, q.value(0).toLongLong());
    // Its read snapshot would stay open: once an official's change commits, the freezer could not take the write
    // lock (SQLITE_BUSY_SNAPSHOT).
    q.finish();
    const QString phase = tr("Freezing the waiting changes");
    if (waiting > 0)
        step({phase, 0, waiting, 0}, true);
    int made = 0;
    qint64 done = 0;
    for (;;) {
        int events = 0;
        const auto one = freezer.freezeOne(&events);
        if (!one)
            return one.error();
        if (*one == 0)
            break;
        made += *one;
        done += events;
        step({phase, done, std::max(waiting, done), int(10 * done / std::max(waiting, done))});
    }
    if (done > 0)
        step({phase, done, done, 10}, true);
    return made;
}

bool SyncEngine::uploadDue(bool force, SyncReport &report)
{
    bool resentOnce = false;
    bool registered = m_settings.profile != QLatin1String("sm");
    // Batch k of n, by the changes they carry.
    const std::pair<int, qint64> waiting = m_step ? frozenTotals(m_db) : std::pair<int, qint64>{0, 0};
    int batches = waiting.first;
    qint64 toSend = waiting.second;
    int sent = 0;
    qint64 sentEvents = 0;
    const auto sending = [&](bool always) {
        step({tr("Sending batch %1 of %2").arg(std::min(sent + 1, batches)).arg(batches), sentEvents, toSend,
              10 + int(80 * sentEvents / std::max<qint64>(1, toSend))},
             always);
    };
    while (const auto b = firstFrozen(m_db)) {
        if (!force && b->nextAttemptAt > now()) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT last_error FROM sync_batch WHERE id = ?"));
            q.addBindValue(b->row);
            if (q.exec() && q.next())
                report.error = tr("waiting for the next attempt at %1; last: %2")
                                   .arg(time::format(b->nextAttemptAt), q.value(0).toString());
            report.waiting = true;
            return false;
        }
        if (!registered) {
            // An SM envelope names its signer only by hash: the platform must hold the UPLOAD certificate.
            const auto r = m_client.post(QStringLiteral("/v1/certs"), m_credentials.upload.cert.toPem(), "application/x-pem-file");
            if (!r.ok() || r.status != 200) {
                report.error = r.ok() ? platformError(r) : r.error;
                report.errorDetail = r.detail;
                report.online = r.status != 0;
                report.refused = r.ok() && r.status < 500;
                recordFailure(b->row, b->attempts + 1, report.error);
                return false;
            }
            registered = true;
        }
        if (m_step)
            sending(sent == 0);
        const auto reply = m_client.post(QStringLiteral("/v1/batches"), b->body, b->contentType,
                                         {{QByteArrayLiteral("Idempotency-Key"), b->batchId.toLatin1()}});
        if (!reply.ok() || reply.status >= 500) {
            report.error = reply.ok() ? platformError(reply) : reply.error;
            report.errorDetail = reply.detail;
            report.online = reply.status != 0;
            recordFailure(b->row, b->attempts + 1, report.error);
            return false;
        }
        if (reply.status == 409 && !resentOnce) {
            // The platform lost batches it had receipted (restored from a backup): send them again, same bytes.
            const qint64 expected = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("expectedSeq")).toInteger();
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_batch WHERE state = 'delivered' AND seq_from = ?"));
            q.addBindValue(expected);
            if (expected > 0 && expected < b->seqFrom && q.exec() && q.next() && q.value(0).toInt() == 1) {
                QSqlQuery r(m_db);
                r.prepare(QStringLiteral("UPDATE sync_batch SET state = 'frozen', next_attempt_at = 0 WHERE state = 'delivered' AND seq_from >= ?"));
                r.addBindValue(expected);
                r.exec();
                report.resent += r.numRowsAffected();
                resentOnce = true;
                if (m_step) { // the batches sent again join the count
                    const std::pair<int, qint64> again = frozenTotals(m_db);
                    batches = sent + again.first;
                    toSend = sentEvents + again.second;
                }
                continue;
            }
        }
        if (reply.status != 200 && reply.status != 201) {
            report.error = platformError(reply);
            report.refused = true;
            recordFailure(b->row, b->attempts + 1, report.error);
            return false;
        }
        // Done only on a verified receipt: signed by the platform's RECEIPT key, for exactly these bytes.
        const auto opened = SignedObject::open(reply.body, m_anchors, m_clock.now().toUTC());
        QString problem;
        std::optional<protocol::Receipt> receipt;
        if (!opened) {
            problem = tr("the receipt does not verify: %1").arg(opened.error().message);
        } else if (opened->signer.subject().commonName != QLatin1String(protocol::kPlatformId)
                   || opened->signer.subject().role != QLatin1String("receipt")) {
            problem = tr("the receipt is signed by %1, not by the platform's receipt key").arg(opened->signer.subject().commonName);
        } else if (auto r = protocol::Receipt::parse(opened->payload); !r) {
            problem = r.error().message;
        } else if (r->batchId != b->batchId || r->sha256 != b->sha256 || r->seqTo != b->seqTo || r->consoleId != m_settings.consoleId) {
            problem = tr("a replayed receipt: it is for batch %1 (to %2), not %3 (to %4)")
                          .arg(r->batchId).arg(r->seqTo).arg(b->batchId).arg(b->seqTo);
        } else if (r->auditHead && r->auditHead != b->auditHead) {
            // A platform that does not know auditHead repeats none (delivered, not anchored); one that repeats another
            // head than the batch carried would countersign a log this console never had.
            problem = tr("the receipt of batch %1 countersigns the audit head %2, not the one the batch carried (%3)")
                          .arg(b->batchId, describe(r->auditHead), describe(b->auditHead));
        } else {
            receipt = *r;
        }
        if (!receipt) {
            report.error = problem;
            report.refused = true;
            recordFailure(b->row, b->attempts + 1, problem);
            return false;
        }
        Transaction tx(m_db);
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE sync_batch SET state = 'delivered', receipt = ?, receipt_at = ?, delivered_at = ?,"
                                 " accepted = ?, duplicates = ?, rejected = ?, last_error = NULL, attempts = attempts + 1,"
                                 " last_attempt_at = ? WHERE id = ? AND state != 'delivered'"));
        const int accepted = receipt->count(QStringLiteral("accepted"));
        const int duplicates = receipt->count(QStringLiteral("duplicate"));
        const int rejected = receipt->count(QStringLiteral("rejected"));
        for (const QVariant &v : {QVariant(qCompress(reply.body, 1)), QVariant(receipt->receivedAt), QVariant(now()), QVariant(accepted),
                                  QVariant(duplicates), QVariant(rejected), QVariant(now()), QVariant(b->row)})
            u.addBindValue(v);
        bool ok = u.exec();
        // Another sync (a second console process on the same file) recorded this receipt first: nothing to add.
        const bool already = ok && u.numRowsAffected() == 0;
        QSqlQuery rej(m_db);
        rej.prepare(QStringLiteral("INSERT INTO sync_rejected(batch_id, seq, event_id, reason) VALUES (?, ?, ?, ?)"));
        for (const protocol::EventOutcome &e : receipt->events)
            if (ok && !already && e.status == QLatin1String("rejected")) {
                rej.addBindValue(b->row);
                rej.addBindValue(e.seq);
                rej.addBindValue(e.eventId);
                rej.addBindValue(e.reason);
                ok = rej.exec();
            }
        // The countersigned head: an anchor of the audit log outside the workstation (AuditAnchors::check).
        if (ok && !already && receipt->auditHead) {
            QSqlQuery a(m_db);
            a.prepare(QStringLiteral("INSERT INTO audit_anchor(batch_id, seq, hash, receipt_at) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT(batch_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
                                     " receipt_at = excluded.receipt_at"));
            for (const QVariant &v : {QVariant(b->row), QVariant(receipt->auditHead->seq), QVariant(receipt->auditHead->hash),
                                      QVariant(receipt->receivedAt)})
                a.addBindValue(v);
            ok = a.exec();
        }
        if (!ok || !tx.commit()) {
            report.error = tr("cannot record the receipt of batch %1").arg(b->batchId);
            return false;
        }
        if (already)
            continue; // counted by the process that recorded it
        ++report.delivered;
        report.replayed += reply.status == 200 ? 1 : 0;
        report.events += b->events;
        report.accepted += accepted;
        report.duplicates += duplicates;
        report.rejected += rejected;
        report.anchored += receipt->auditHead ? 1 : 0;
        ++sent;
        sentEvents += b->events;
    }
    if (m_step && sent > 0)
        sending(true);
    return true;
}

// Other commissions encrypt hand-offs (协查) to this console's HANDOFF certificate: registered with the platform for
// the commission's division once per certificate and division (a renewed key or a new division registers again).
void SyncEngine::registerHandoff(SyncReport &report)
{
    if (!m_credentials.handoff)
        return;
    const QString division = Commission::load(m_db).division;
    if (division.size() < 2 || !division.startsWith(m_settings.province))
        return; // the commission's division is not set yet (or lies in another province): nothing to answer for
    const QString registered = protocol::hex(m_credentials.handoff->cert.sha256()) + QLatin1Char('|') + division;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'handoff_registered'"));
    if (q.exec() && q.next() && q.value(0).toString() == registered)
        return;
    if (Status s = HandoffDirectory::registerOwn(m_client, m_credentials.handoff->cert, division); !s) {
        if (report.error.isEmpty()) {
            report.error = s.error().message;
            report.errorDetail = s.error().detail;
        }
        return;
    }
    QSqlQuery w(m_db);
    w.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('handoff_registered', ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    w.addBindValue(registered);
    w.exec();
}

bool SyncEngine::pullFeeds(SyncReport &report)
{
    const CertificateResolver resolve = [this](const QByteArray &sha) -> std::optional<pki::Certificate> {
        const auto r = m_client.get(QStringLiteral("/v1/certs/") + protocol::hex(sha));
        if (!r.ok() || r.status != 200)
            return std::nullopt;
        auto c = pki::Certificate::fromPem(r.body);
        return c ? std::optional(*c) : std::nullopt;
    };
    const QStringList feeds = protocol::feeds();
    for (const QString &feed : feeds) {
        int applied = 0;
        ProgressStep receiving;
        if (m_step) {
            const qsizetype i = feeds.indexOf(feed);
            receiving = {tr("Receiving the feed %1 (%2 of %3)").arg(feed).arg(i + 1).arg(feeds.size()), 0, 0,
                         90 + int(10 * i / feeds.size())};
            step(receiving, true);
        }
        for (bool more = true; more;) {
            const qint64 after = FeedApplier::cursor(m_db, feed);
            auto reply = m_client.get(QStringLiteral("/v1/feeds/%1?after=%2&limit=1000").arg(feed).arg(after));
            if (reply.ok() && reply.status == 410) {
                // Compacted past our cursor: what is left is a whole snapshot (each item a complete signed list).
                const qint64 from = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("snapshotAfter")).toInteger(-1);
                if (from >= after) {
                    reply = m_client.get(QStringLiteral("/v1/feeds/%1?after=%2&limit=1000").arg(feed).arg(from));
                    ++report.resynced;
                }
            }
            if (!reply.ok() || reply.status != 200) {
                report.error = reply.ok() ? platformError(reply) : reply.error;
                report.errorDetail = reply.detail;
                report.refused = reply.ok() && reply.status < 500;
                report.online = reply.status != 0;
                return false;
            }
            const auto page = protocol::FeedPage::parse(reply.body);
            if (!page) {
                report.error = page.error().message;
                report.refused = true;
                return false;
            }
            more = page->more && !page->items.isEmpty();
            for (const protocol::FeedItem &item : page->items) {
                FeedApplier applier(m_db, m_settings, m_clock);
                applier.setHandoffKey(m_credentials.handoff ? &*m_credentials.handoff : nullptr);
                if (FeedApplier::received(m_db, item.batchId)) {
                    applier.skip(feed, item.seq);
                    continue;
                }
                const auto batch = m_client.get(QStringLiteral("/v1/batches/") + item.batchId);
                if (!batch.ok() || batch.status != 200) {
                    report.error = batch.ok() ? platformError(batch) : batch.error;
                    report.errorDetail = batch.detail;
                    report.online = batch.status != 0;
                    return false;
                }
                QString problem;
                const auto opened = SignedObject::open(batch.body, m_anchors, m_clock.now().toUTC(), resolve);
                if (protocol::hex(crypto::sha256(batch.body)) != item.sha256)
                    problem = tr("feed %1 item %2: the batch is not the one listed (SHA-256 differs)").arg(feed).arg(item.seq);
                else if (!opened)
                    problem = tr("feed %1 item %2: %3").arg(feed).arg(item.seq).arg(opened.error().message);
                else if (const pki::Subject s = opened->signer.subject(); s.commonName != item.originator
                         || s.role != (item.originator == QLatin1String(protocol::kPlatformId) ? QLatin1String("receipt") : QLatin1String("upload")))
                    problem = tr("feed %1 item %2: signed by %3, not by its originator %4").arg(feed).arg(item.seq).arg(s.commonName, item.originator);
                if (!problem.isEmpty()) {
                    report.error = problem;
                    report.refused = true;
                    return false;
                }
                const auto result = applier.apply(feed, item, batch.body, opened->payload);
                if (!result) {
                    report.error = tr("feed %1 item %2: %3").arg(feed).arg(item.seq).arg(result.error().message);
                    report.errorDetail = result.error().detail;
                    report.refused = true;
                    return false;
                }
                ++applied;
                if (m_step) {
                    receiving.done = applied;
                    step(receiving);
                }
            }
        }
        report.pulled.insert(feed, applied);
    }
    return true;
}

void SyncEngine::recordFailure(qint64 batchRow, int attempts, const QString &error)
{
    const qint64 next = now() + backoffSeconds(attempts, m_jitter());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_batch SET attempts = ?, last_attempt_at = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(attempts), QVariant(now()), QVariant(error), QVariant(next), QVariant(batchRow)})
        q.addBindValue(v);
    q.exec();
}

void SyncEngine::recordOutcome(const SyncReport &report)
{
    QSqlQuery s(m_db);
    if (report.error.isEmpty()) {
        s.prepare(QStringLiteral("UPDATE sync_state SET last_success_at = ?, last_error = NULL, online = 1"));
        s.addBindValue(now());
    } else if (!report.waiting) {
        s.prepare(QStringLiteral("UPDATE sync_state SET last_error = ?, last_error_at = ?, online = ?"));
        s.addBindValue(report.error);
        s.addBindValue(now());
        s.addBindValue(report.online ? 1 : 0);
    } else {
        return;
    }
    s.exec();
}

} // namespace hc::sync
