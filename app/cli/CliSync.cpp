#include "CliContext.h"
#include "CliProgress.h"
#include "CliSecrets.h"
#include "ForwardedAppeals.h"
#include "SecretStore.h"
#include "SyncService.h"
#include "TimeUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace hc::cli {

// The keychain when one answers (HC_SECRET_STORE=memory forces memory: tests, shared machines).
OpenedSecretStore secrets()
{
    if (qEnvironmentVariable("HC_SECRET_STORE") == QLatin1String("memory"))
        return {std::make_unique<MemorySecretStore>(), QStringLiteral("HC_SECRET_STORE=memory")};
    return openSecretStore(QStringLiteral("hc-console"));
}

// --passphrase-stdin (one line) or --passphrase-file F; nullopt when neither is given.
std::optional<QByteArray> givenPassphrase(CliContext &c, QString *problem)
{
    if (c.has(QStringLiteral("passphrase-stdin"))) {
        char buf[1024] = {};
        if (!std::fgets(buf, sizeof buf, stdin)) {
            *problem = tr("no passphrase on standard input");
            return std::nullopt;
        }
        return QByteArray(buf).trimmed();
    }
    if (c.has(QStringLiteral("passphrase-file"))) {
        QFile f(c.option(QStringLiteral("passphrase-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = tr("cannot read the passphrase file \"%1\"").arg(f.fileName());
            return std::nullopt;
        }
        return f.readLine().trimmed();
    }
    return std::nullopt;
}

namespace {

// The keys for this run: the kept passphrase, or the one given. Sets *rc and returns nullopt on failure.
std::optional<sync::UnlockedCredentials> unlock(CliContext &c, sync::SyncService &service, int *rc)
{
    QString problem;
    const auto passphrase = givenPassphrase(c, &problem);
    if (!problem.isEmpty()) {
        *rc = c.fail(Error::badInput(problem));
        return std::nullopt;
    }
    auto credentials = service.unlock(passphrase);
    if (!credentials) {
        *rc = c.fail(credentials.error());
        return std::nullopt;
    }
    return *credentials;
}

int setup(CliContext &c, sync::SyncService &service)
{
    const QString dir = c.arg(2);
    if (dir.isEmpty())
        return c.usage(tr("usage: sync setup DIR [--profile intl|sm] [--url URL] [--batch-events N] [--timeout-ms MS] [--passphrase-stdin|--passphrase-file F]"));
    QString problem;
    auto passphrase = givenPassphrase(c, &problem);
    if (!problem.isEmpty())
        return c.fail(Error::badInput(problem));
    if (!passphrase)
        passphrase = readPassword(tr("Key passphrase of %1: ").arg(dir)).toUtf8();
    bool ok1 = true, ok2 = true;
    const sync::SyncService::Tuning tuning{c.option(QStringLiteral("batch-events"), QStringLiteral("5000")).toInt(&ok1),
                                           c.option(QStringLiteral("timeout-ms"), QStringLiteral("30000")).toInt(&ok2)};
    if (!ok1 || !ok2)
        return c.usage(tr("--batch-events and --timeout-ms are numbers"));
    AuditLog audit = c.ws().audit();
    const auto s = service.configure(dir, *passphrase, c.option(QStringLiteral("profile"), QStringLiteral("intl")),
                                     c.option(QStringLiteral("url")), tuning, *c.ws().actor(), audit);
    if (!s)
        return c.fail(s.error());
    if (c.json())
        c.print(service.status().toJson());
    else
        c.out(tr("Console %1 (province %2) will sync with %3.").arg(s->consoleId, s->province, s->platformUrl));
    return ExitOk;
}

int now(CliContext &c, sync::SyncService &service)
{
    int rc = ExitOk;
    const auto credentials = unlock(c, service, &rc);
    if (!credentials)
        return rc;
    CliProgress bar;
    const sync::SyncReport r = service.run(*credentials, true, nullptr, bar.fn());
    bar.finish();
    if (c.json())
        c.print(r.toJson());
    else {
        int pulled = 0;
        for (const int n : r.pulled)
            pulled += n;
        c.out(tr("Delivered with verified receipts: %1 batches (%2 events); feed items applied: %3; undelivered events left: %4.")
                  .arg(r.delivered).arg(r.events).arg(pulled).arg(r.depth));
        if (!r.error.isEmpty())
            c.err(r.error);
        if (!r.errorDetail.isEmpty())
            c.err(tr("  details: %1").arg(r.errorDetail));
    }
    return r.error.isEmpty() ? ExitOk : ExitRefused;
}

int status(CliContext &c, sync::SyncService &service)
{
    const sync::SyncStatus s = service.status();
    if (c.json()) {
        c.print(s.toJson());
        return ExitOk;
    }
    if (!s.configured) {
        c.out(tr("Sync is not set up."));
        return ExitOk;
    }
    c.out(tr("%1 → %2: %3; %4 undelivered events (%5).")
              .arg(s.settings.consoleId, s.settings.platformUrl, s.online ? tr("online") : tr("offline"))
              .arg(s.queueDepth)
              .arg(s.alert));
    if (!s.lastError.isEmpty())
        c.out(tr("last error: %1").arg(s.lastError));
    return ExitOk;
}

int batches(CliContext &c, sync::SyncService &service)
{
    QJsonArray list;
    for (const sync::BatchRow &b : service.batches(c.option(QStringLiteral("limit"), QStringLiteral("200")).toInt()))
        list.append(b.toJson());
    if (c.json())
        c.print(list);
    else
        for (const QJsonValue &v : std::as_const(list))
            c.out(QStringLiteral("%1  %2–%3  %4  %5").arg(v[QStringLiteral("batch_id")].toString())
                      .arg(v[QStringLiteral("seq_from")].toInteger()).arg(v[QStringLiteral("seq_to")].toInteger())
                      .arg(v[QStringLiteral("state")].toString(), v[QStringLiteral("last_error")].toString()));
    return ExitOk;
}

int exportBatches(CliContext &c, sync::SyncService &service)
{
    const QString dir = c.arg(2);
    if (dir.isEmpty())
        return c.usage(tr("usage: sync export DIR"));
    int rc = ExitOk;
    const auto credentials = unlock(c, service, &rc);
    if (!credentials)
        return rc;
    const auto n = service.exportFrozen(dir, *credentials);
    if (!n)
        return c.fail(n.error());
    if (c.json())
        c.print(QJsonObject{{QStringLiteral("exported"), *n}, {QStringLiteral("dir"), dir}});
    else
        c.out(tr("%1 signed batches written to %2.").arg(*n).arg(dir));
    return ExitOk;
}

} // namespace

int runSync(CliContext &c)
{
    const QString verb = c.arg(1);
    if (int rc = c.openWorkspace(); rc != ExitOk)
        return rc;
    OpenedSecretStore store = secrets();
    sync::SyncService service(c.ws().db(), c.ws().clock(), *store.store);
    if (verb == QLatin1String("status"))
        return status(c, service);
    if (verb == QLatin1String("batches"))
        return batches(c, service);
    if (int rc = c.signIn(); rc != ExitOk)
        return rc;
    if (verb == QLatin1String("setup"))
        return setup(c, service);
    if (verb == QLatin1String("now"))
        return now(c, service);
    if (verb == QLatin1String("export"))
        return exportBatches(c, service);
    return c.usage(tr("usage: sync setup DIR | now | status | batches | export DIR"));
}

} // namespace hc::cli
