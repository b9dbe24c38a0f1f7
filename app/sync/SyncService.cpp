#include "SyncService.h"

#include "AuditLog.h"
#include "Authorizer.h"
#include "BatchFreezer.h"
#include "Database.h"
#include "TimeUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlQuery>

namespace hc::sync {

namespace {

QJsonValue timeOrNull(qint64 t)
{
    return t > 0 ? QJsonValue(time::format(t)) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject SyncStatus::toJson() const
{
    QJsonArray feedList;
    for (const Feed &f : feeds)
        feedList.append(QJsonObject{{QStringLiteral("feed"), f.feed},
                                    {QStringLiteral("cursor"), f.cursor},
                                    {QStringLiteral("items"), f.items},
                                    {QStringLiteral("last_pull_at"), timeOrNull(f.lastPullAt)},
                                    {QStringLiteral("last_error"), textOrNull(f.lastError)}});
    return {{QStringLiteral("configured"), configured},
            {QStringLiteral("console"), textOrNull(settings.consoleId)},
            {QStringLiteral("province"), textOrNull(settings.province)},
            {QStringLiteral("platform"), textOrNull(settings.platformUrl)},
            {QStringLiteral("profile"), textOrNull(configured ? settings.profile : QString())},
            {QStringLiteral("online"), online},
            {QStringLiteral("queue_depth"), queueDepth},
            {QStringLiteral("unbatched"), unbatched},
            {QStringLiteral("frozen_batches"), frozenBatches},
            {QStringLiteral("delivered_batches"), deliveredBatches},
            {QStringLiteral("oldest_undelivered_at"), oldestUndeliveredAt ? timeOrNull(*oldestUndeliveredAt) : QJsonValue()},
            {QStringLiteral("oldest_undelivered_age_seconds"), oldestUndeliveredAt ? QJsonValue(ageSeconds) : QJsonValue()},
            {QStringLiteral("alert"), alert},
            {QStringLiteral("last_error"), textOrNull(lastError)},
            {QStringLiteral("last_error_at"), timeOrNull(lastErrorAt)},
            {QStringLiteral("last_success_at"), timeOrNull(lastSuccessAt)},
            {QStringLiteral("next_attempt_at"), timeOrNull(nextAttemptAt)},
            {QStringLiteral("credentials"), textOrNull(credentialsKept)},
            {QStringLiteral("feeds"), feedList}};
}

QJsonObject BatchRow::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("batch_id"), batchId},
            {QStringLiteral("seq_from"), seqFrom},
            {QStringLiteral("seq_to"), seqTo},
            {QStringLiteral("events"), events},
            {QStringLiteral("state"), state},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("last_error"), textOrNull(lastError)},
            {QStringLiteral("created_at"), timeOrNull(createdAt)},
            {QStringLiteral("delivered_at"), timeOrNull(deliveredAt)},
            {QStringLiteral("receipt_at"), textOrNull(receiptAt)},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("sha256"), sha256}};
}

SyncService::SyncService(QSqlDatabase db, const Clock &clock, SecretStore &secrets)
    : m_db(db), m_clock(clock), m_secrets(secrets)
{
}

Result<SyncSettings> SyncService::configure(const QString &dir, const QByteArray &passphrase, const QString &profile,
                                            const QString &urlOverride, const Tuning &tuning, const QString &actor,
                                            AuditLog &audit)
{
    if (Status s = Authorizer(m_db).requireAudited(actor, Permission::ManageIssuer, {}, QStringLiteral("sync.configure"),
                                                   QStringLiteral("sync"), audit);
        !s)
        return s.error();
    auto read = CredentialVault::readDirectory(dir, passphrase, profile, m_clock.now().toUTC());
    if (!read)
        return read.error();
    SyncSettings settings = read.value().first;
    const QByteArray bundle = read.value().second;
    if (!urlOverride.isEmpty()) {
        if (!urlOverride.startsWith(QLatin1String("https://")))
            return Error::badInput(tr("The platform address must begin with https://."));
        settings.platformUrl = urlOverride;
    }
    if (const auto old = SyncSettings::load(m_db); old && old->consoleId != settings.consoleId) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_batch")) && q.next() && q.value(0).toInt() > 0)
            return Error::refused(tr("This database already synced as console %1; it cannot become %2 (its sequence belongs to %1).")
                                      .arg(old->consoleId, settings.consoleId));
    }
    if (tuning.batchEvents < 1 || tuning.batchEvents > 100000 || tuning.timeoutMs < 100)
        return Error::badInput(tr("Batches hold 1 to 100,000 events; the timeout is at least 100 ms."));
    settings.batchEvents = tuning.batchEvents;
    settings.timeoutMs = tuning.timeoutMs;
    settings.configuredBy = actor;
    settings.configuredAt = m_clock.now().toSecsSinceEpoch();
    CredentialVault vault(m_secrets);
    if (Status s = vault.keep(settings, bundle, passphrase); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = settings.save(m_db); !s)
        return s.error();
    if (Status s = audit.append(actor, QStringLiteral("sync.configure"), QStringLiteral("sync"), {},
                                {{QStringLiteral("console"), settings.consoleId},
                                 {QStringLiteral("province"), settings.province},
                                 {QStringLiteral("platform"), settings.platformUrl},
                                 {QStringLiteral("profile"), settings.profile},
                                 {QStringLiteral("pins"), settings.pins.join(QLatin1Char(' '))},
                                 {QStringLiteral("credentials"), vault.whereKept(settings)}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return settings;
}

SyncStatus SyncService::status() const
{
    SyncStatus st;
    const auto settings = SyncSettings::load(m_db);
    st.configured = settings.has_value();
    if (settings) {
        st.settings = *settings;
        st.settings.credentials.clear();
        st.credentialsKept = CredentialVault(m_secrets).whereKept(*settings);
    }
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT COALESCE((SELECT MAX(seq) FROM outbox), 0),"
                          " COALESCE((SELECT MAX(seq_to) FROM sync_batch WHERE state = 'delivered'), 0),"
                          " COALESCE((SELECT MAX(seq_to) FROM sync_batch), 0),"
                          " (SELECT COUNT(*) FROM sync_batch WHERE state = 'frozen'),"
                          " (SELECT COUNT(*) FROM sync_batch WHERE state = 'delivered'),"
                          " (SELECT MIN(next_attempt_at) FROM sync_batch WHERE state = 'frozen')"));
    qint64 delivered = 0;
    if (q.next()) {
        delivered = q.value(1).toLongLong();
        st.queueDepth = q.value(0).toLongLong() - delivered;
        st.unbatched = q.value(0).toLongLong() - q.value(2).toLongLong();
        st.frozenBatches = q.value(3).toInt();
        st.deliveredBatches = q.value(4).toInt();
        st.nextAttemptAt = q.value(5).toLongLong();
    }
    // Delivery may be out of order only after a 409 resend; the oldest undelivered event is the first frozen
    // batch's oldest, else the first event after the delivered range.
    QSqlQuery oldest(m_db);
    oldest.exec(QStringLiteral("SELECT MIN(oldest_at) FROM sync_batch WHERE state = 'frozen'"));
    if (oldest.next() && !oldest.value(0).isNull())
        st.oldestUndeliveredAt = oldest.value(0).toLongLong();
    else {
        oldest.prepare(QStringLiteral("SELECT at FROM outbox WHERE seq > ? ORDER BY seq LIMIT 1"));
        oldest.addBindValue(delivered);
        if (oldest.exec() && oldest.next())
            st.oldestUndeliveredAt = oldest.value(0).toLongLong();
    }
    if (st.oldestUndeliveredAt) {
        st.ageSeconds = std::max<qint64>(0, now - *st.oldestUndeliveredAt);
        st.alert = st.ageSeconds >= kAlarmSeconds ? QStringLiteral("alarm")
                   : st.ageSeconds >= kWarningSeconds ? QStringLiteral("warning")
                                                      : QStringLiteral("ok");
    }
    QSqlQuery s(m_db);
    if (s.exec(QStringLiteral("SELECT online, last_error, last_error_at, last_success_at, last_attempt_at FROM sync_state")) && s.next()) {
        st.online = s.value(0).toInt() == 1;
        st.lastError = s.value(1).toString();
        st.lastErrorAt = s.value(2).toLongLong();
        st.lastSuccessAt = s.value(3).toLongLong();
        st.lastAttemptAt = s.value(4).toLongLong();
    }
    QSqlQuery f(m_db);
    f.exec(QStringLiteral("SELECT feed, cursor, items, last_pull_at, last_error FROM sync_feed ORDER BY feed"));
    QHash<QString, SyncStatus::Feed> byName;
    while (f.next())
        byName.insert(f.value(0).toString(), {f.value(0).toString(), f.value(1).toLongLong(), f.value(2).toInt(),
                                              f.value(3).toLongLong(), f.value(4).toString()});
    for (const QString &name : protocol::feeds())
        st.feeds.append(byName.value(name, SyncStatus::Feed{name, 0, 0, 0, {}}));
    return st;
}

QList<BatchRow> SyncService::listBatches(QSqlDatabase db, int limit, qint64 beforeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, batch_uuid, seq_from, seq_to, events, state, attempts, last_error, created_at,"
                             " delivered_at, receipt_at, accepted, duplicates, rejected, sha256 FROM sync_batch WHERE id < ?"
                             " ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    QList<BatchRow> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toInt(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString(),
                        q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toString(), q.value(11).toInt(),
                        q.value(12).toInt(), q.value(13).toInt(), q.value(14).toString()});
    return out;
}

Result<UnlockedCredentials> SyncService::unlock(const std::optional<QByteArray> &passphrase)
{
    const auto settings = SyncSettings::load(m_db);
    if (!settings)
        return Error::refused(tr("Sync is not set up: run sync setup with the directory the platform issued."));
    CredentialVault vault(m_secrets);
    auto u = vault.unlock(*settings, passphrase);
    if (u && passphrase && !vault.hasPassphrase(*settings))
        vault.rememberPassphrase(*settings, *passphrase);
    return u;
}

bool SyncService::needsPassphrase()
{
    const auto settings = SyncSettings::load(m_db);
    return settings && !CredentialVault(m_secrets).hasPassphrase(*settings);
}

SyncReport SyncService::run(const UnlockedCredentials &credentials, bool force, PlatformTransport *transport,
                            const ProgressFn &progress)
{
    const auto settings = SyncSettings::load(m_db);
    if (!settings) {
        SyncReport r;
        r.error = tr("Sync is not set up.");
        r.refused = true;
        return r;
    }
    if (transport) {
        SyncEngine engine(m_db, m_clock, *transport, *settings, credentials);
        engine.setProgress(progress);
        return engine.run(force);
    }
    PlatformClient client(*settings, credentials);
    SyncEngine engine(m_db, m_clock, client, *settings, credentials);
    engine.setProgress(progress);
    return engine.run(force);
}

Result<int> SyncService::exportFrozen(const QString &dir, const UnlockedCredentials &credentials)
{
    const auto settings = SyncSettings::load(m_db);
    if (!settings)
        return Error::refused(tr("Sync is not set up."));
    if (auto frozen = BatchFreezer(m_db, *settings, credentials.upload, m_clock.now().toSecsSinceEpoch()).freezeAll(); !frozen)
        return frozen.error();
    if (!QDir().mkpath(dir))
        return Error::badInput(tr("Cannot create %1.").arg(dir));
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, batch_uuid, body, content_type, seq_from, seq_to, sha256 FROM sync_batch WHERE state = 'frozen' ORDER BY seq_from"));
    int n = 0;
    QByteArray manifest;
    while (q.next()) {
        const bool sm = q.value(3).toString() == QLatin1String(SignedObject::kSmContentType);
        const QString name = QStringLiteral("%1-%2-%3.%4").arg(settings->consoleId).arg(q.value(4).toLongLong(), 12, 10, QLatin1Char('0'))
                                 .arg(q.value(1).toString(), sm ? QStringLiteral("json") : QStringLiteral("cms"));
        QSaveFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(qUncompress(q.value(2).toByteArray())) < 0 || !f.commit())
            return Error::internal(tr("Cannot write %1.").arg(f.fileName()));
        manifest += q.value(6).toString().toLatin1() + "  " + name.toUtf8() + '\n';
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE sync_batch SET exported_at = ? WHERE id = ?"));
        u.addBindValue(m_clock.now().toSecsSinceEpoch());
        u.addBindValue(q.value(0));
        u.exec();
        ++n;
    }
    QSaveFile sums(QDir(dir).filePath(QStringLiteral("SHA256SUMS")));
    if (!sums.open(QIODevice::WriteOnly) || sums.write(manifest) < 0 || !sums.commit())
        return Error::internal(tr("Cannot write SHA256SUMS."));
    return n;
}

} // namespace hc::sync
