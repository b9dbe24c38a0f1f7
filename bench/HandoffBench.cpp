// handoff: a contact hand-off (协查) of N people (100,000) from 山东 to 北京 through the reference platform on loopback
// (issue 19): the 山东 official applies a batch whose venue was scanned by N 北京 residents (request and a second
// official's approval: the batch makes one hand-off per 10,000 people), 山东's sync seals them to 北京's certificate
// and uploads them, 北京's sync pulls, decrypts and stores them, and the 北京 official accepts every one. Against
// the limit of the same run: on a copy of 北京's database taken before, a local case batch naming the same N people
// (the same venue exposure), requested and approved (issue 19: at most 3×). Each step's wall time and peak RSS.
// The consoles are made by hcctl (init, commission, officials, sync setup, `demo populate` with the same seed on
// both sides: the same ID numbers); the timed steps run in this process, the platform is its own process.
#include "BenchSupport.h"
#include "Handoff.h"
#include "HandoffRepository.h"
#include "HandoffService.h"
#include "IdNumber.h"
#include "PlatformSetup.h"
#include "SecretStore.h"
#include "SyncService.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

namespace hc::bench {

namespace {

const QString kPassword = QStringLiteral("handoff-bench-pass");
const QString kSender = QStringLiteral("console-370303");   // 山东 淄博 张店
const QString kReceiver = QStringLiteral("console-110105"); // 北京 朝阳

struct CliRun
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// hcctl as an official runs it, with a private home and the memory secret store.
class Hcctl
{
public:
    Hcctl(QString program, QString home) : m_program(std::move(program)), m_home(std::move(home)) {}
    CliRun operator()(const QString &db, const QString &user, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"HCCTL_USER", "HCCTL_PROGRESS", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(v));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HCCTL_PASSWORD"), kPassword);
        env.insert(QStringLiteral("HCCTL_NEW_PASSWORD"), kPassword);
        env.insert(QStringLiteral("HC_SECRET_STORE"), QStringLiteral("memory"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/xdg-data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/xdg-config"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        QStringList all{QStringLiteral("--db"), db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(m_program, all + args);
        CliRun r;
        if (!p.waitForFinished(-1))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QString m_program;
    QString m_home;
};

QString siblingTool(const QString &option, const char *env, const QString &relative)
{
    if (!option.isEmpty())
        return option;
    if (!qEnvironmentVariableIsEmpty(env))
        return qEnvironmentVariable(env);
    // hc-bench lives in BUILD/bench: the tools of the same build tree.
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../") + relative);
}

QString residentId(const QString &county, const QString &birth, int serial)
{
    const QString first17 = county + birth + QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return first17 + idnumber::checkDigit(first17);
}

qint64 scalar(const QString &db, const QString &sql)
{
    RawConnection c(db);
    QSqlQuery q(c.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

double platformPeakMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024 / 1e6;
    return 0;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// A batch naming everyone who scanned at `venue` during the case's visit: scans written set-wise through sqlite3,
// the case report imported by hcctl. Returns the batch's id, 0 on failure (said on stderr).
qint64 venueBatch(const Hcctl &hcctl, const QString &db, const QString &dir, const QString &venue, const QString &street,
                  const QString &caseId, qint64 now)
{
    const qint64 visit = now - 6 * 3600;
    const auto scanned = runSqlite3(db, QStringLiteral("PRAGMA journal_mode=WAL;\nBEGIN;\nINSERT INTO scan_record(holder_id, venue_code,"
                                                       " division_code, at, color) SELECT id, '%1', '%2', %3 + id % 1800, color FROM holder;\n"
                                                       "COMMIT;\n")
                                            .arg(venue, street)
                                            .arg(visit));
    if (!scanned) {
        fail(QStringLiteral("cannot write the scans: %1").arg(scanned.error().message));
        return 0;
    }
    const QString csv = QDir(dir).filePath(venue + QStringLiteral(".csv"));
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    f.write(QStringLiteral("case_ref,id_number,class,report_time,exposure,venue_code,from,to\n"
                           "C-%1,%2,confirmed,%3,venue,%1,%4,%5\n")
                .arg(venue, caseId, time::format(now - 600), time::format(visit - 600), time::format(visit + 3600))
                .toUtf8());
    f.close();
    const CliRun r = hcctl(db, QStringLiteral("chen"), {QStringLiteral("cases"), QStringLiteral("import"), csv, QStringLiteral("--json")});
    const qint64 batch = r.json().value(QStringLiteral("batch")).toInteger();
    if (r.code != 0 || batch <= 0)
        fail(QStringLiteral("hcctl cases import: %1%2").arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err)));
    return batch;
}

// Request and, above the bulk threshold, a second official's approval: what the officials wait for.
Result<QJsonObject> applyBatch(Workspace &ws, qint64 batch)
{
    AuditLog audit = ws.audit();
    const auto requested = ws.cases().apply(batch, QStringLiteral("chen"), audit);
    if (!requested)
        return requested.error();
    if (requested->approval)
        if (const auto approved = ws.approvals().approve(*requested->approval, QStringLiteral("chen2"), audit); !approved)
            return approved.error();
    const auto b = ws.cases().find(batch);
    return b ? b->summary : QJsonObject{};
}

struct Step
{
    QString name;
    double ms = 0;
    double peakMb = 0;
    QString detail;
};

} // namespace

int handoff(const Args &a)
{
    const int people = a.intOption(QStringLiteral("people"), 100000);
    const QString profile = a.options.value(QStringLiteral("profile"), QStringLiteral("intl"));
    const QString platform = siblingTool(a.options.value(QStringLiteral("platform")), "HC_PLATFORM", QStringLiteral("app/platform/hc-platform"));
    const QString hcctlPath = siblingTool(a.options.value(QStringLiteral("hcctl")), "HCCTL", QStringLiteral("app/cli/hcctl"));
    if (people < 1 || (profile != QLatin1String("intl") && profile != QLatin1String("sm")) || !QFile::exists(platform) ||
        !QFile::exists(hcctlPath))
        return usage(QStringLiteral("hc-bench handoff [--people N] [--profile intl|sm] [--work DIR] [--platform PATH] [--hcctl PATH]"
                                    " (hc-platform and hcctl default to the same build tree)"));
    QTemporaryDir tmp(a.options.contains(QStringLiteral("work")) ? a.options.value(QStringLiteral("work")) + QStringLiteral("/handoff-XXXXXX")
                                                                 : QDir::tempPath() + QStringLiteral("/hc-bench-handoff-XXXXXX"));
    if (!tmp.isValid())
        return fail(QStringLiteral("no work folder"));
    const QString dir = tmp.path();
    const Hcctl hcctl(hcctlPath, dir);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    const QString platformDir = dir + QStringLiteral("/plat");
    const auto consoles = platform::PlatformSetup::createDemo(platformDir, QStringLiteral("https://127.0.0.1:%1").arg(port));
    if (!consoles)
        return fail(consoles.error().message);
    QHash<QString, QString> passphrase;
    for (const platform::DemoConsole &c : *consoles)
        passphrase.insert(c.consoleId, c.passphrase);
    if (!passphrase.contains(kSender) || !passphrase.contains(kReceiver))
        return fail(QStringLiteral("the demo platform has no %1 and %2").arg(kSender, kReceiver));
    const QString senderDb = dir + QStringLiteral("/sender.sqlite"), receiverDb = dir + QStringLiteral("/receiver.sqlite"),
                  baselineDb = dir + QStringLiteral("/baseline.sqlite");

    QElapsedTimer setupTimer;
    setupTimer.start();
    // Both consoles, as the test of the loop makes them; the same N 北京 residents in both (same seed, all in 朝阳).
    auto makeConsole = [&](const QString &db, const QString &console, const QString &division, const QString &name,
                           const QString &consoleProfile) -> bool {
        const QString passFile = dir + QLatin1Char('/') + console + QStringLiteral(".pass");
        QFile f(passFile);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(passphrase.value(console).toLatin1());
        f.close();
        const QString province = division.left(2);
        const QList<std::pair<QString, QStringList>> steps{
            {QString(), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}},
            {QStringLiteral("admin"), {QStringLiteral("commission"), QStringLiteral("set"), QStringLiteral("--division"), division, QStringLiteral("--name"), name}},
            {QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen"), QStringLiteral("--roles"),
                                       QStringLiteral("operator,epidemiologist,supervisor"), QStringLiteral("--jurisdiction"), province}},
            {QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("chen2"), QStringLiteral("--roles"),
                                       QStringLiteral("supervisor"), QStringLiteral("--jurisdiction"), province}},
            {QStringLiteral("admin"), {QStringLiteral("sync"), QStringLiteral("setup"), platformDir + QStringLiteral("/consoles/") + console,
                                       QStringLiteral("--profile"), consoleProfile, QStringLiteral("--passphrase-file"), passFile}},
            {QStringLiteral("admin"), {QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--holders"), QString::number(people),
                                       QStringLiteral("--seed"), QStringLiteral("19"), QStringLiteral("--days"), QStringLiteral("1"),
                                       QStringLiteral("--scans-per-day"), QStringLiteral("0"), QStringLiteral("--focus"), QStringLiteral("110105"),
                                       QStringLiteral("--focus-share"), QStringLiteral("1"), QStringLiteral("--community-share"), QStringLiteral("0")}}};
        for (const auto &[user, args] : steps) {
            const CliRun r = hcctl(db, user, args);
            if (r.code != 0) {
                fail(QStringLiteral("hcctl %1: %2%3").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(r.out), QString::fromUtf8(r.err)));
                return false;
            }
        }
        return true;
    };
    if (!makeConsole(senderDb, kSender, QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局"), QStringLiteral("intl")) ||
        !makeConsole(receiverDb, kReceiver, QStringLiteral("110105"), QStringLiteral("北京市朝阳区卫生健康委员会"), profile))
        return 1;
    // The case: a 张店 resident (serial 999 of a birth date: no populated ID number is that).
    const QString senderCase = residentId(QStringLiteral("370303"), QStringLiteral("19900101"), 999);
    const QString localCase = residentId(QStringLiteral("110105"), QStringLiteral("19900101"), 999);
    for (const auto &[db, id, home] : {std::tuple{senderDb, senderCase, QStringLiteral("370303001")}}) {
        const CliRun r = hcctl(db, QStringLiteral("chen"),
                               {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), id, QStringLiteral("--name"),
                                QStringLiteral("张病例"), QStringLiteral("--home"), home, QStringLiteral("--address"), QStringLiteral("1号楼1单元"),
                                QStringLiteral("--phone"), QStringLiteral("13912345678")});
        if (r.code != 0)
            return fail(QStringLiteral("hcctl holders add: %1").arg(QString::fromUtf8(r.err)));
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(platform, {QStringLiteral("--dir"), platformDir, QStringLiteral("--port"), QString::number(port)});
    {
        QByteArray out;
        for (int i = 0; i < 100 && !out.contains("listening on"); ++i) {
            server.waitForReadyRead(100);
            out += server.readAll();
        }
        if (!out.contains("listening on"))
            return fail(QStringLiteral("hc-platform did not start: %1").arg(QString::fromUtf8(out)));
    }
    struct StopServer
    {
        QProcess &p;
        ~StopServer()
        {
            if (p.state() != QProcess::NotRunning) {
                p.terminate();
                if (!p.waitForFinished(10000)) {
                    p.kill();
                    p.waitForFinished();
                }
            }
        }
    } stopServer{server};
    // Each console registers its HANDOFF certificate in the platform's directory.
    for (const auto &[db, console] : {std::pair{senderDb, kSender}, std::pair{receiverDb, kReceiver}}) {
        const CliRun r = hcctl(db, QStringLiteral("admin"),
                               {QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--passphrase-file"),
                                dir + QLatin1Char('/') + console + QStringLiteral(".pass"), QStringLiteral("--json")});
        if (r.code != 0)
            return fail(QStringLiteral("first sync of %1: %2%3").arg(console, QString::fromUtf8(r.out), QString::fromUtf8(r.err)));
    }
    // The limit's database: 北京's as it is now, its own case and the same venue exposure of the same people.
    if (!copyDatabase(receiverDb, baselineDb))
        return fail(QStringLiteral("cannot copy %1").arg(receiverDb));
    {
        const CliRun r = hcctl(baselineDb, QStringLiteral("chen"),
                               {QStringLiteral("holders"), QStringLiteral("add"), QStringLiteral("--id-number"), localCase, QStringLiteral("--name"),
                                QStringLiteral("李病例"), QStringLiteral("--home"), QStringLiteral("110105011"), QStringLiteral("--address"),
                                QStringLiteral("朝阳路1号"), QStringLiteral("--phone"), QStringLiteral("13912345679")});
        if (r.code != 0)
            return fail(QStringLiteral("hcctl holders add: %1").arg(QString::fromUtf8(r.err)));
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 sentBatch = venueBatch(hcctl, senderDb, dir, QStringLiteral("V-MALL"), QStringLiteral("370303001"), senderCase, now);
    const qint64 localBatch = venueBatch(hcctl, baselineDb, dir, QStringLiteral("V-BJ"), QStringLiteral("110105011"), localCase, now);
    if (!sentBatch || !localBatch)
        return 1;
    const qint64 inSender = scalar(senderDb, QStringLiteral("SELECT COUNT(*) FROM holder WHERE home_division LIKE '11%'"));
    const qint64 shared = [&] {
        RawConnection c(receiverDb);
        QSqlQuery q(c.db());
        q.exec(QStringLiteral("ATTACH DATABASE '%1' AS s").arg(senderDb));
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM holder h JOIN s.holder o ON o.id_number = h.id_number")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }();
    if (inSender != people || shared != people)
        return fail(QStringLiteral("the consoles share %1 of %2 北京 residents (%3 in 山东's database)").arg(shared).arg(people).arg(inSender));
    note(QStringLiteral("setup %1 s: platform, two consoles (receiver %2 profile), %3 北京 residents registered in both, scans, case reports")
             .arg(fixed(elapsedMs(setupTimer) / 1000.0), profile, thousands(people)));

    QList<Step> steps;
    QElapsedTimer t;
    MemorySecretStore secrets;
    // 1. 山东 applies its batch: request, approval, the hand-offs made in the approval's transaction.
    {
        Workspace ws(senderDb);
        if (Status s = ws.open(); !s)
            return fail(s.error().message);
        resetPeakRss();
        t.start();
        const auto applied = applyBatch(ws, sentBatch);
        steps << Step{QStringLiteral("sender: apply batch"), elapsedMs(t), peakRssMb(), {}};
        if (!applied)
            return fail(applied.error().message);
        const qint64 made = scalar(senderDb, QStringLiteral("SELECT COUNT(*) FROM handoff WHERE direction = 'out'"));
        const qint64 named = scalar(senderDb, QStringLiteral("SELECT COUNT(*) FROM handoff_person"));
        steps.last().detail = QStringLiteral("request + approval; %1 hand-offs of %2 people made").arg(made).arg(thousands(named));
        if (named != people)
            return fail(QStringLiteral("the batch handed off %1 of %2 people").arg(named).arg(people));
        // 2. 山东's sync: the hand-offs sealed to 北京's certificate, frozen, signed and uploaded.
        sync::SyncService service(ws.db(), ws.clock(), secrets);
        const auto credentials = service.unlock(passphrase.value(kSender).toLatin1());
        if (!credentials)
            return fail(credentials.error().message);
        resetPeakRss();
        t.restart();
        const sync::SyncReport r = service.run(*credentials, true);
        steps << Step{QStringLiteral("sender: sync (seal + upload)"), elapsedMs(t), peakRssMb(),
                      QStringLiteral("%1 sealed, %2 batches of %3 events delivered").arg(r.handoffsSealed).arg(r.delivered).arg(thousands(r.events))};
        if (!r.error.isEmpty() || r.handoffsSealed != made)
            return fail(QStringLiteral("sender sync: %1 sealed of %2: %3 %4").arg(r.handoffsSealed).arg(made).arg(r.error, r.handoffProblem));
    }
    // 3. 北京's sync: pulled, verified, decrypted and stored as incoming hand-offs.
    Workspace rx(receiverDb);
    if (Status s = rx.open(); !s)
        return fail(s.error().message);
    {
        sync::SyncService service(rx.db(), rx.clock(), secrets);
        const auto credentials = service.unlock(passphrase.value(kReceiver).toLatin1());
        if (!credentials)
            return fail(credentials.error().message);
        resetPeakRss();
        t.restart();
        const sync::SyncReport r = service.run(*credentials, true);
        int pulled = 0;
        for (const int n : r.pulled)
            pulled += n;
        steps << Step{QStringLiteral("receiver: sync (pull + decrypt + store)"), elapsedMs(t), peakRssMb(),
                      QStringLiteral("%1 feed items applied").arg(pulled)};
        if (!r.error.isEmpty())
            return fail(QStringLiteral("receiver sync: %1").arg(r.error));
    }
    // 4. 北京 accepts every hand-off: people matched by ID number, conditions whose source is 山东's commission.
    {
        const QList<Handoff> incoming = HandoffRepository(rx.db()).list(QStringLiteral("in"), QStringLiteral("received"));
        qint64 offered = 0;
        for (const Handoff &h : incoming)
            offered += h.people;
        if (offered != people)
            return fail(QStringLiteral("北京 received %1 hand-offs of %2 people, not %3").arg(incoming.size()).arg(offered).arg(people));
        AuditLog audit = rx.audit();
        HandoffService service(rx.db(), rx.clock());
        qint64 accepted = 0;
        resetPeakRss();
        t.restart();
        for (const Handoff &h : incoming) {
            const auto r = service.accept(h.id, {}, QStringLiteral("chen"), audit);
            if (!r)
                return fail(QStringLiteral("accepting hand-off %1: %2").arg(h.id).arg(r.error().message));
            accepted += r->accepted;
        }
        steps << Step{QStringLiteral("receiver: accept"), elapsedMs(t), peakRssMb(), {}};
        const qint64 registered = scalar(receiverDb, QStringLiteral("SELECT COUNT(*) FROM holder"));
        const qint64 conditions = scalar(receiverDb, QStringLiteral("SELECT COUNT(*) FROM condition WHERE source_division = '370303'"));
        steps.last().detail = QStringLiteral("%1 hand-offs, %2 people accepted, %3 conditions sourced to 张店, %4 holders (none registered anew)")
                                  .arg(incoming.size())
                                  .arg(thousands(accepted), thousands(conditions), thousands(registered));
        if (accepted != people || conditions != people || registered != people)
            return fail(steps.last().detail);
    }
    const double platformPeak = platformPeakMb(server.processId());

    // The limit: the same people applied locally as a batch on 北京's copy.
    double baselineMs = 0, baselinePeak = 0;
    QString baselineDetail;
    {
        Workspace ws(baselineDb);
        if (Status s = ws.open(); !s)
            return fail(s.error().message);
        resetPeakRss();
        t.restart();
        const auto applied = applyBatch(ws, localBatch);
        baselineMs = elapsedMs(t);
        baselinePeak = peakRssMb();
        if (!applied)
            return fail(applied.error().message);
        baselineDetail = QStringLiteral("%1 conditions, %2 changed color").arg(thousands(applied->value(QStringLiteral("conditions")).toInteger()),
                                                                           thousands(applied->value(QStringLiteral("changed")).toInteger()));
    }

    double totalMs = 0;
    for (const Step &s : std::as_const(steps)) {
        totalMs += s.ms;
        report(QStringLiteral("handoff %1").arg(s.name), fixed(s.ms / 1000.0), QStringLiteral("s"), QString(),
               QStringLiteral("%1; peak RSS %2 MB").arg(s.detail, fixed(s.peakMb)));
    }
    report(QStringLiteral("handoff local batch (limit)"), fixed(baselineMs / 1000.0), QStringLiteral("s"), QString(),
           QStringLiteral("the same %1 people applied as a batch on a copy of 北京's database: request + approval; %2; peak RSS %3 MB")
               .arg(thousands(people), baselineDetail, fixed(baselinePeak)));
    const double ratio = totalMs / std::max(1.0, baselineMs);
    report(QStringLiteral("handoff sent, relayed and accepted"), fixed(totalMs / 1000.0), QStringLiteral("s"),
           QStringLiteral("at most 3× applying the same %1 people locally as a batch: %2 s, %3×")
               .arg(thousands(people), fixed(baselineMs / 1000.0), fixed(ratio)),
           QStringLiteral("receiver profile %1; hc-platform peak RSS %2 MB").arg(profile, fixed(platformPeak)));
    return ratio <= 3.0 ? 0 : 1;
}

} // namespace hc::bench
