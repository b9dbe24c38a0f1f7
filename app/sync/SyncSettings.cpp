#include "SyncSettings.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc::sync {

std::optional<SyncSettings> SyncSettings::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT platform_url, console_id, province, organisation, profile, ca_pem, pins, credentials,"
                               " credentials_sha256, batch_events, timeout_ms, configured_by, configured_at FROM sync_config"))
        || !q.next())
        return std::nullopt;
    SyncSettings s;
    s.platformUrl = q.value(0).toString();
    s.consoleId = q.value(1).toString();
    s.province = q.value(2).toString();
    s.organisation = q.value(3).toString();
    s.profile = q.value(4).toString();
    s.caPem = q.value(5).toByteArray();
    s.pins = q.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.credentials = q.value(7).toByteArray();
    s.credentialsSha256 = q.value(8).toString();
    s.batchEvents = q.value(9).toInt();
    s.timeoutMs = q.value(10).toInt();
    s.configuredBy = q.value(11).toString();
    s.configuredAt = q.value(12).toLongLong();
    return s;
}

Status SyncSettings::save(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_config(one, platform_url, console_id, province, organisation, profile,"
                             " ca_pem, pins, credentials, credentials_sha256, batch_events, timeout_ms, configured_by, configured_at)"
                             " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(one) DO UPDATE SET"
                             " platform_url = excluded.platform_url, console_id = excluded.console_id, province = excluded.province,"
                             " organisation = excluded.organisation, profile = excluded.profile, ca_pem = excluded.ca_pem,"
                             " pins = excluded.pins, credentials = excluded.credentials,"
                             " credentials_sha256 = excluded.credentials_sha256, batch_events = excluded.batch_events,"
                             " timeout_ms = excluded.timeout_ms, configured_by = excluded.configured_by,"
                             " configured_at = excluded.configured_at"));
    for (const QVariant &v : {QVariant(platformUrl), QVariant(consoleId), QVariant(province), QVariant(organisation),
                              QVariant(profile), QVariant(caPem), QVariant(pins.join(QLatin1Char('\n'))),
                              credentials.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(credentials),
                              QVariant(credentialsSha256), QVariant(batchEvents), QVariant(timeoutMs), QVariant(configuredBy),
                              QVariant(configuredAt)})
        q.addBindValue(v);
    return exec(q);
}

Result<QList<pki::Certificate>> SyncSettings::anchors() const
{
    auto list = pki::Certificate::listFromPem(caPem);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::badInput(QCoreApplication::translate("hc::sync::SyncSettings", "no platform CA certificate is configured"));
    return list;
}

} // namespace hc::sync
