// sync: N changes (1,000,000) synced over mutual TLS on loopback — frozen into signed batches, uploaded, stored by
// the reference platform, receipts verified — against curl sending the same signed bytes to a fresh platform store
// in the same run (issue 7: at least 20,000 changes per second).
#include "BenchSupport.h"
#include "Database.h"
#include "Outbox.h"
#include "PlatformSetup.h"
#include "SecretStore.h"
#include "SyncService.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

namespace hc::bench {

namespace {

bool startPlatform(QProcess &p, const QString &program, const QString &dir, quint16 port)
{
    p.setProcessChannelMode(QProcess::MergedChannels);

    p.start(program, {QStringLiteral("--dir"), dir, QStringLiteral("--port"), QString::number(port)});
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains("listening on"); ++i) {
        p.waitForReadyRead(100);
        out += p.readAll();
    }
    return out.contains("listening on");
}

void stopPlatform(QProcess &p)
{
    p.terminate();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished();
    }
    // HC_PLATFORM_TRACE: the platform's own time per upload, summed.
    qint64 ms = 0;
    int n = 0;
    for (const QByteArray &line : p.readAll().split('\n'))
        if (line.contains("handled in")) {
            ms += line.split(' ').value(5).toLongLong();
            ++n;
        }
    if (n)
        note(QStringLiteral("platform: %1 uploads handled in %2 ms").arg(n).arg(ms));
}

qint64 platformEvents(const QString &dir)
{
    RawConnection c(dir + QStringLiteral("/platform/platform.sqlite"));
    QSqlQuery q(c.db());
    return q.exec(QStringLiteral("SELECT COUNT(DISTINCT event_id) FROM event")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int syncUpload(const Args &a)
{
    const int events = a.intOption(QStringLiteral("events"), 1000000);
    const int perBatch = a.intOption(QStringLiteral("batch-events"), 5000);
    const QString platform = a.options.value(QStringLiteral("platform"));
    if (platform.isEmpty() || !QFile::exists(platform))
        return usage(QStringLiteral("hc-bench sync --platform PATH/hc-platform [--events N] [--batch-events B]"));
    QTemporaryDir dir;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    const QString platformDir = dir.filePath(QStringLiteral("plat"));
    const auto consoles = platform::PlatformSetup::createDemo(platformDir, QStringLiteral("https://127.0.0.1:%1").arg(port));
    if (!consoles)
        return fail(consoles.error().message);
    const platform::DemoConsole &console = consoles->first();

    Workspace ws(dir.filePath(QStringLiteral("console.sqlite")));
    if (Status s = ws.open(); !s)
        return fail(s.error().message);
    if (!ws.createFirstAdmin(QStringLiteral("bench"), QStringLiteral("perf-2026-pass")) || !ws.signIn(QStringLiteral("bench"), QStringLiteral("perf-2026-pass")))
        return fail(QStringLiteral("cannot create the administrator"));
    {
        // Changes as the core writes them: a color message per holder, pseudonymous identity and conditions.
        Transaction tx(ws.db());
        Outbox outbox(ws.db(), ws.clock().now().toSecsSinceEpoch(), QStringLiteral("bench"));
        for (int i = 1; i <= events; ++i)
            if (Status s = outbox.append(QStringLiteral("holder.color"), QStringLiteral("holder:%1").arg(i),
                                         {{QStringLiteral("identity"), QString::number(0x10000000000LL + i, 16)},
                                          {QStringLiteral("county"), QStringLiteral("370303")},
                                          {QStringLiteral("color"), QStringLiteral("yellow")},
                                          {QStringLiteral("since"), 1667260800 + i},
                                          {QStringLiteral("conditions"), QJsonArray{QStringLiteral("close_contact")}},
                                          {QStringLiteral("policy"), QStringLiteral("default@1")},
                                          {QStringLiteral("cause"), QStringLiteral("密接（病例 C-2022-0001，场所扫码）")}});
                !s)
                return fail(s.error().message);
        if (Status s = tx.commit(); !s)
            return fail(s.error().message);
    }
    MemorySecretStore secrets;
    sync::SyncService service(ws.db(), ws.clock(), secrets);
    AuditLog audit = ws.audit();
    if (auto s = service.configure(console.dir, console.passphrase.toLatin1(), QStringLiteral("intl"), {}, {perBatch, 120000},
                                   QStringLiteral("bench"), audit);
        !s)
        return fail(s.error().message);
    const auto credentials = service.unlock();
    if (!credentials)
        return fail(credentials.error().message);

    QProcess server;
    if (!startPlatform(server, platform, platformDir, port))
        return fail(QStringLiteral("hc-platform did not start"));
    QElapsedTimer t;
    t.start();
    const sync::SyncReport synced = service.run(*credentials, true);
    const double oursMs = elapsedMs(t);
    stopPlatform(server);
    if (!synced.error.isEmpty())
        return fail(QStringLiteral("sync failed: %1").arg(synced.error));
    if (synced.events != events || platformEvents(platformDir) != events)
        return fail(QStringLiteral("the platform holds %1 of %2 events").arg(platformEvents(platformDir)).arg(events));

    // The limit: the same signed bodies, sent by curl over one mutual-TLS connection to a fresh platform store.
    QFile::remove(platformDir + QStringLiteral("/platform/platform.sqlite"));
    QFile::remove(platformDir + QStringLiteral("/platform/platform.sqlite-wal"));
    QFile::remove(platformDir + QStringLiteral("/platform/platform.sqlite-shm"));
    QDir().mkpath(dir.filePath(QStringLiteral("bodies")));
    QByteArray config;
    qint64 bytes = 0;
    int batches = 0;
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT batch_uuid, body FROM sync_batch ORDER BY seq_from"));
    QFile pins(console.dir + QStringLiteral("/pins.txt"));
    pins.open(QIODevice::ReadOnly);
    const QByteArray serverPin = pins.readLine().trimmed().mid(7); // "sha256/…" → curl's "sha256//…"
    while (q.next()) {
        const QString file = dir.filePath(QStringLiteral("bodies/%1.cms").arg(batches, 6, 10, QLatin1Char('0')));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        const QByteArray body = qUncompress(q.value(1).toByteArray());
        f.write(body);
        bytes += body.size();
        config += "url = \"https://127.0.0.1:" + QByteArray::number(port) + "/v1/batches\"\n"
                  "data-binary = \"@" + file.toUtf8() + "\"\n"
                  "header = \"Content-Type: application/cms\"\n"
                  "header = \"Expect:\"\n" // no 100-continue wait: the platform answers the whole request
                  "header = \"Idempotency-Key: " + q.value(0).toByteArray() + "\"\n"
                  "cacert = \"" + console.dir.toUtf8() + "/ca.pem\"\n"
                  "cert = \"" + console.dir.toUtf8() + "/auth.pem\"\n"
                  "key = \"" + console.dir.toUtf8() + "/auth.key\"\n"
                  "pass = \"" + console.passphrase.toUtf8() + "\"\n"
                  "pinnedpubkey = \"sha256//" + serverPin + "\"\n"
                  "tlsv1.3\nsilent\nshow-error\noutput = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\nnext\n";
        ++batches;
    }
    QFile cfg(dir.filePath(QStringLiteral("curl.cfg")));
    cfg.open(QIODevice::WriteOnly);
    cfg.write(config);
    cfg.close();
    if (!startPlatform(server, platform, platformDir, port))
        return fail(QStringLiteral("hc-platform did not start again"));
    QProcess curl;
    t.restart();
    curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), cfg.fileName()});
    curl.waitForFinished(-1);
    const double curlMs = elapsedMs(t);
    stopPlatform(server);
    const int created = int(curl.readAllStandardOutput().count("201"));
    if (created != batches || platformEvents(platformDir) != events)
        return fail(QStringLiteral("curl: %1 of %2 batches answered 201: %3").arg(created).arg(batches).arg(QString::fromUtf8(curl.readAllStandardError())));

    note(QStringLiteral("%1 changes in %2 batches of %3, %4 MB of signed CMS; the platform verifies each signature and stores "
                        "every event with its receipt (synchronous=FULL)")
             .arg(thousands(events)).arg(batches).arg(perBatch).arg(fixed(double(bytes) / 1e6)));
    const double ours = events / (oursMs / 1000.0);
    const double raw = events / (curlMs / 1000.0);
    report(QStringLiteral("sync-upload"), thousands(qint64(ours)), QStringLiteral("changes/s"),
           QStringLiteral("≥ 20,000 changes/s"),
           QStringLiteral("%1 s: freeze, sign, upload, verify receipts; curl sending the same bytes: %2 s = %3 changes/s, ours at %4 %")
               .arg(fixed(oursMs / 1000), fixed(curlMs / 1000), thousands(qint64(raw)), fixed(100.0 * ours / raw)));
    return ours >= 20000 ? 0 : 1;
}

} // namespace hc::bench
