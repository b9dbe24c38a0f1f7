#include "AuditAnchors.h"
#include "SqlDialect.h"

#include "Protocol.h"
#include "SignedObject.h"
#include "SyncSettings.h"

#include <QSqlQuery>

#include <map>

namespace hc::sync {

namespace {

QJsonValue numberOrNull(qint64 n)
{
    return n > 0 ? QJsonValue(n) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// One stored anchor with what proves it: the batch it came with and the platform's signed receipt of that batch.
struct StoredAnchor
{
    qint64 batchRow = 0;
    qint64 seq = 0;
    QString hash;
    QString receiptAt;
    QString batchId; // empty when the batch row is gone
    QString sha256;
    QByteArray receipt; // compressed, as the engine stored it
    qint64 deliveredAt = 0;
};

// Why the receipt does not prove the anchor, or empty when it does: the engine's checks again.
QString refuteReceipt(const StoredAnchor &a, const QList<pki::Certificate> &trusted)
{
    if (a.batchId.isEmpty())
        return AuditAnchors::tr("its batch is no longer in the console's list of batches");
    if (a.receipt.isEmpty())
        return AuditAnchors::tr("no receipt is stored for it");
    const QByteArray bytes = qUncompress(a.receipt);
    if (bytes.isEmpty())
        return AuditAnchors::tr("the stored receipt cannot be read (changed or cut off)");
    // At the time the console received it (and checked it then): a receipt certificate that expired since still
    // proves what it signed while it was valid.
    const QDateTime at = a.deliveredAt > 0 ? QDateTime::fromSecsSinceEpoch(a.deliveredAt, Qt::UTC)
                                           : QDateTime::currentDateTimeUtc();
    const auto opened = SignedObject::open(bytes, trusted, at);
    if (!opened)
        return AuditAnchors::tr("its signature does not verify (%1)").arg(opened.error().message);
    const pki::Subject signer = opened->signer.subject();
    if (signer.commonName != QLatin1String(protocol::kPlatformId) || signer.role != QLatin1String("receipt"))
        return AuditAnchors::tr("it is signed by %1 (%2), not by the platform's receipt key").arg(signer.commonName, signer.role);
    const auto r = protocol::Receipt::parse(opened->payload);
    if (!r)
        return r.error().message;
    if (r->batchId != a.batchId || r->sha256 != a.sha256)
        return AuditAnchors::tr("it is the receipt of batch %1, not of %2").arg(r->batchId, a.batchId);
    if (!r->auditHead)
        return AuditAnchors::tr("it countersigns no audit head");
    if (r->auditHead->seq != a.seq || r->auditHead->hash != a.hash)
        return AuditAnchors::tr("it countersigns entry %1 (%2…), not the anchor recorded for it (entry %3, %4…)")
            .arg(r->auditHead->seq)
            .arg(r->auditHead->hash.left(12))
            .arg(a.seq)
            .arg(a.hash.left(12));
    return {};
}

} // namespace

QString AnchorVerdict::stateName() const
{
    switch (state) {
    case State::None:
        return QStringLiteral("none");
    case State::Agrees:
        return QStringLiteral("ok");
    case State::Disagrees:
        return QStringLiteral("disagrees");
    case State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QJsonObject AnchorVerdict::toJson() const
{
    return {{QStringLiteral("state"), stateName()},
            {QStringLiteral("checked"), checked},
            {QStringLiteral("total"), total},
            {QStringLiteral("last_seq"), numberOrNull(lastSeq)},
            {QStringLiteral("last_anchored_at"), textOrNull(lastAnchoredAt)},
            {QStringLiteral("unanchored"), unanchored},
            {QStringLiteral("first_disagreeing_entry"), numberOrNull(firstDisagreeingEntry)},
            {QStringLiteral("last_agreeing_entry"), numberOrNull(lastAgreeingEntry)},
            {QStringLiteral("problem"), textOrNull(problem)},
            {QStringLiteral("ca_sha256"), textOrNull(caSha256)}};
}

Result<AnchorVerdict> AuditAnchors::check(QSqlDatabase db, const AnchorCheckOptions &options)
{
    AnchorVerdict v;
    QSqlQuery q(db);
    sql::stream(q);
    if (!q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_log), (SELECT COUNT(*) FROM audit_anchor),"
                               " (SELECT COUNT(*) FROM sync_batch WHERE state = 'delivered')"))
        || !q.next())
        return Error::internal(tr("Cannot read the audit log's anchors."));
    const qint64 lastEntry = q.value(0).toLongLong();
    v.total = q.value(1).toLongLong();
    const qint64 delivered = q.value(2).toLongLong();
    q.finish();
    const std::optional<SyncSettings> settings = SyncSettings::load(db);

    if (v.total == 0) {
        v.unanchored = lastEntry;
        if (!settings)
            v.problem = tr("No anchor yet: sync with the platform is not set up, so no audit head of this log has been "
                           "countersigned.");
        else if (delivered == 0)
            v.problem = tr("No anchor yet: this console has not delivered a batch to the platform, so no audit head of "
                           "this log has been countersigned.");
        else
            v.problem = tr("No anchor yet: none of the %1 batches delivered carries an audit head countersigned by the "
                           "platform (delivered before the console recorded one, or to a platform that does not repeat it).")
                            .arg(delivered);
        return v;
    }

    QList<pki::Certificate> trusted = options.trusted;
    if (trusted.isEmpty()) {
        auto configured = settings ? settings->anchors() : Result<QList<pki::Certificate>>(Error::refused(tr("sync is not set up")));
        if (!configured) {
            v.state = AnchorVerdict::State::Refused;
            v.problem = tr("The %1 anchors cannot be checked: no platform CA to verify the receipts against (%2).")
                            .arg(v.total)
                            .arg(configured.error().message);
            return v;
        }
        trusted = *configured;
    }
    v.caSha256 = protocol::hex(trusted.first().sha256());

    // The anchors' keys, newest first (a few bytes each; a console syncing after every change makes one a change).
    QList<std::pair<qint64, qint64>> keys; // (batch row, seq)
    {
        QSqlQuery k(db);
        sql::stream(k);
        if (!k.exec(QStringLiteral("SELECT batch_id, seq FROM audit_anchor ORDER BY seq DESC, batch_id DESC")))
            return Error::internal(tr("Cannot read the audit log's anchors."));
        while (k.next())
            keys.append({k.value(0).toLongLong(), k.value(1).toLongLong()});
    }
    QSqlQuery row(db);
    sql::stream(row);
    row.prepare(QStringLiteral("SELECT a.hash, a.receipt_at, b.batch_uuid, b.sha256, b.receipt, b.delivered_at"
                               " FROM audit_anchor a LEFT JOIN sync_batch b ON b.id = a.batch_id WHERE a.batch_id = ?"));
    QSqlQuery entry(db);
    sql::stream(entry);
    entry.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    enum class Probe { Agrees, Disagrees, Missing, Refused, Failed };
    std::map<qsizetype, std::pair<Probe, StoredAnchor>> probed;
    // One anchor: its receipt verified again, then its entry compared with the countersigned hash.
    const auto probe = [&](qsizetype i) -> Probe {
        if (const auto it = probed.find(i); it != probed.end())
            return it->second.first;
        StoredAnchor a;
        a.batchRow = keys[i].first;
        a.seq = keys[i].second;
        row.bindValue(0, a.batchRow);
        if (!row.exec() || !row.next())
            return Probe::Failed;
        a.hash = row.value(0).toString();
        a.receiptAt = row.value(1).toString();
        a.batchId = row.value(2).toString();
        a.sha256 = row.value(3).toString();
        a.receipt = row.value(4).toByteArray();
        a.deliveredAt = row.value(5).toLongLong();
        row.finish();
        if (i == 0)
            v.lastAnchoredAt = a.receiptAt;
        Probe p;
        if (const QString why = refuteReceipt(a, trusted); !why.isEmpty()) {
            v.state = AnchorVerdict::State::Refused;
            v.problem = tr("The platform's receipt of batch %1, which anchors audit entry %2, is refused: %3. The stored "
                           "anchors cannot vouch for the log.")
                            .arg(a.batchId.isEmpty() ? QString::number(a.batchRow) : a.batchId)
                            .arg(a.seq)
                            .arg(why);
            p = Probe::Refused;
        } else {
            entry.bindValue(0, a.seq);
            if (!entry.exec())
                return Probe::Failed;
            const bool present = entry.next();
            p = !present ? Probe::Missing : entry.value(0).toString() == a.hash ? Probe::Agrees : Probe::Disagrees;
            entry.finish();
            ++v.checked;
        }
        probed.emplace(i, std::pair(p, a));
        return p;
    };

    const qsizetype n = keys.size();
    v.lastSeq = keys.first().second;
    v.unanchored = std::max<qint64>(0, lastEntry - v.lastSeq);
    // The newest `atLeast` in turn. An entry's hash covers every entry before it, so with an intact chain (which
    // AuditLog::verify checks) an anchor that agrees vouches for all before it, and one that disagrees for a change at
    // or before its entry: disagreement runs from some anchor to the newest. Where it does not stop within those,
    // its oldest anchor is found by doubling the step back, then halving (about 2·log2 receipts, not one per anchor).
    const qsizetype window = options.atLeast > 0 ? std::min<qsizetype>(options.atLeast, n) : n;
    qsizetype bad = -1;   // the oldest anchor known to disagree
    qsizetype good = -1;  // the newest anchor older than `bad` known to agree
    for (qsizetype i = 0; i < window; ++i) {
        const Probe p = probe(i);
        if (p == Probe::Failed)
            return Error::internal(tr("Cannot read the audit log's anchors."));
        if (p == Probe::Refused)
            return v;
        if (p != Probe::Agrees) {
            bad = i;
        } else if (bad >= 0) {
            good = i;
            break;
        }
    }
    if (bad == window - 1 && good < 0 && window < n) { // disagreeing to the end of the window: on back
        qsizetype step = 1;
        while (good < 0) {
            const qsizetype i = std::min(n - 1, bad + step);
            const Probe p = probe(i);
            if (p == Probe::Failed)
                return Error::internal(tr("Cannot read the audit log's anchors."));
            if (p == Probe::Refused)
                return v;
            if (p == Probe::Agrees)
                good = i;
            else
                bad = i;
            if (i == n - 1)
                break;
            step *= 2;
        }
        while (good >= 0 && good - bad > 1) {
            const qsizetype mid = bad + (good - bad) / 2;
            const Probe p = probe(mid);
            if (p == Probe::Failed)
                return Error::internal(tr("Cannot read the audit log's anchors."));
            if (p == Probe::Refused)
                return v;
            (p == Probe::Agrees ? good : bad) = mid;
        }
    }
    const bool disagrees = bad >= 0;
    const bool missing = disagrees && probed.at(bad).first == Probe::Missing;
    const StoredAnchor oldestBad = disagrees ? probed.at(bad).second : StoredAnchor();
    if (good >= 0)
        v.lastAgreeingEntry = keys[good].second;
    if (!disagrees) {
        v.state = AnchorVerdict::State::Agrees;
        return v;
    }
    v.state = AnchorVerdict::State::Disagrees;
    v.firstDisagreeingEntry = oldestBad.seq;
    const QString what = missing ? tr("Audit entry %1 is missing, though the platform countersigned it on %2 (batch %3)")
                                 : tr("Audit entry %1 is not the one the platform countersigned on %2 (batch %3): its hash differs");
    const QString where = v.lastAgreeingEntry > 0
                              ? tr("the log was changed after entry %1, which still agrees, and at or before entry %2")
                                    .arg(v.lastAgreeingEntry)
                                    .arg(oldestBad.seq)
                              : tr("the log was changed at or before entry %1").arg(oldestBad.seq);
    v.problem = what.arg(oldestBad.seq).arg(oldestBad.receiptAt, oldestBad.batchId) + QStringLiteral("; ") + where
                + QLatin1Char('.');
    return v;
}

} // namespace hc::sync
