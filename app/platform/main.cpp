// hc-platform: the reference central platform (PROTOCOL.md) — mutual TLS, signed batches and receipts, feeds.
#include "Crypto.h"
#include "NationalList.h"
#include "PlatformSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace hc;
using namespace hc::platform;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message, int code = 2)
{
    QTextStream(stderr) << "hc-platform: " << message << Qt::endl;
    return code;
}

// Every national list file not yet in the risk-area feed, oldest first: the feed serves the real national lists.
Status publishNational(PlatformServer &server, PlatformStore &store, const QString &dir)
{
    QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::badInput(QStringLiteral("no *.json national lists in %1").arg(dir));
    QList<std::pair<NationalList, QByteArray>> lists;
    for (const QString &f : files) {
        QFile file(d.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(QStringLiteral("cannot read %1").arg(file.fileName()));
        const QByteArray bytes = file.readAll();
        auto list = NationalList::parse(bytes);
        if (!list)
            return Error::badInput(QStringLiteral("%1: %2").arg(f, list.error().message));
        lists.append({*list, bytes});
    }
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.first.time < b.first.time; });
    for (const auto &[list, bytes] : lists) {
        const QString sha = QString::fromLatin1(list.sha256.toHex());
        QJsonObject content{{QStringLiteral("kind"), QStringLiteral("national-list")},
                            {QStringLiteral("version"), list.time.toSecsSinceEpoch()},
                            {QStringLiteral("effectiveFrom"), list.time.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("listSha256"), sha},
                            {QStringLiteral("list"), QString::fromLatin1(bytes.toBase64())}};
        if (store.published(QStringLiteral("risk-areas"), sha))
            continue;
        auto seq = server.publish(QStringLiteral("risk-areas"), content, sha);
        if (!seq)
            return seq.error();
        out() << "published national list " << list.timeText << " as risk-areas item " << *seq << Qt::endl;
    }
    return Ok{};
}

Status publishFile(PlatformServer &server, const QString &feed, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("cannot read %1").arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject())
        return Error::badInput(QStringLiteral("%1 is not a JSON object: %2").arg(path, err.errorString()));
    auto seq = server.publish(feed, doc.object());
    if (!seq)
        return seq.error();
    out() << "published " << path << " as " << feed << " item " << *seq << Qt::endl;
    return Ok{};
}

} // namespace

// Said at every demo set-up and start: a real platform must not run this way.
const char *const kPlainSecretWarning =
    "WARNING - DEMO ONLY: platform/secret holds, in plain text, the passphrase of the platform CA's key and of the\n"
    "server and receipt keys. Anyone who can read this directory can issue console certificates and sign receipts.\n"
    "A real platform keeps no such file: set HC_PLATFORM_PASSPHRASE (from the operator's vault) at set-up and at start.";

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hc-platform"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Reference central platform for the health-code console (PROTOCOL.md)."));
    p.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Create a demo CA and two consoles in DIR, then serve."), QStringLiteral("DIR"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Serve the platform directory DIR."), QStringLiteral("DIR"));
    const QCommandLineOption setupOnly(QStringLiteral("setup-only"), QStringLiteral("With --demo: create the files and exit."));
    const QCommandLineOption listenOpt(QStringLiteral("listen"), QStringLiteral("Address to listen on (127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("Port (8443; 0 picks a free one)."), QStringLiteral("PORT"), QStringLiteral("8443"));
    const QCommandLineOption national(QStringLiteral("national"), QStringLiteral("Publish the national risk lists (*.json) of DIR in the risk-area feed."), QStringLiteral("DIR"));
    const QCommandLineOption publish(QStringLiteral("publish"), QStringLiteral("Publish FEED=FILE (trust-list, policies) before serving."), QStringLiteral("FEED=FILE"));
    const QCommandLineOption issue(QStringLiteral("issue-console"), QStringLiteral("Issue a console ID:PROVINCE:ORGANISATION from the CA and exit."), QStringLiteral("SPEC"));
    const QCommandLineOption compact(QStringLiteral("compact"), QStringLiteral("Keep only the newest item of FEED (risk-areas, trust-list) before serving."), QStringLiteral("FEED"));
    const QCommandLineOption importOpt(QStringLiteral("import"), QStringLiteral("Take batches a console exported (hcctl sync export) and exit."), QStringLiteral("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"), QStringLiteral("Inject a fault (tests): status500:N, slow:MS, truncate:N, replay-receipt:N, die-before-receipt:N."), QStringLiteral("SPEC"));
    p.addOptions({demo, dirOpt, setupOnly, listenOpt, portOpt, national, publish, issue, compact, importOpt, fault});
    p.process(app);

    const QString dir = p.isSet(demo) ? p.value(demo) : p.value(dirOpt);
    if (dir.isEmpty())
        return fail(QStringLiteral("give --demo DIR or --dir DIR"));
    bool portOk = false;
    const quint16 port = quint16(p.value(portOpt).toUInt(&portOk));
    if (!portOk)
        return fail(QStringLiteral("bad --port"));
    const QString url = QStringLiteral("https://%1:%2").arg(p.value(listenOpt) == QLatin1String("127.0.0.1") ? QStringLiteral("127.0.0.1") : p.value(listenOpt)).arg(port);
    if (p.isSet(demo)) {
        const auto consoles = PlatformSetup::createDemo(dir, url);
        if (!consoles)
            return fail(consoles.error().message, consoles.error().kind == ErrorKind::Refused ? 1 : 2);
        out() << "Demo platform created in " << QDir(dir).absolutePath() << "\n\n";
        if (qEnvironmentVariableIsEmpty("HC_PLATFORM_PASSPHRASE"))
            out() << kPlainSecretWarning << "\n\n";
        for (const DemoConsole &c : *consoles) {
            out() << "Console " << c.consoleId << " (province " << c.province << ", " << c.organisation << "):\n"
                  << "  key passphrase (shown once): " << c.passphrase << "\n"
                  << "  echo '" << c.passphrase << "' | hcctl --db " << c.consoleId << ".sqlite --user admin sync setup "
                  << QDir(c.dir).absolutePath() << " --passphrase-stdin\n"
                  << "  hcctl --db " << c.consoleId << ".sqlite --user admin sync now\n\n";
        }
        out().flush();
        if (p.isSet(setupOnly))
            return 0;
    }
    if (p.isSet(issue)) {
        const QStringList spec = p.value(issue).split(QLatin1Char(':'));
        if (spec.size() != 3)
            return fail(QStringLiteral("--issue-console ID:PROVINCE:ORGANISATION"));
        const auto c = PlatformSetup::issueConsole(dir, spec[0], spec[1], spec[2], url);
        if (!c)
            return fail(c.error().message);
        out() << "Console " << c->consoleId << " issued in " << c->dir << "\n  key passphrase (shown once): " << c->passphrase << Qt::endl;
        return 0;
    }
    Result<PlatformConfig> config = PlatformSetup::load(dir);
    if (!config)
        return fail(config.error().message);
    if (bool plain = false; PlatformSetup::passphrase(dir, &plain) && plain)
        QTextStream(stderr) << kPlainSecretWarning << Qt::endl;
    const auto faults = Faults::parse(p.values(fault));
    if (!faults)
        return fail(faults.error().message);
    config.value().faults = faults.value();
    PlatformStore store(PlatformSetup::storePath(dir));
    if (Status s = store.open(); !s)
        return fail(s.error().message, 1);
    PlatformServer server(store, *config);
    if (p.isSet(national))
        if (Status s = publishNational(server, store, p.value(national)); !s)
            return fail(s.error().message);
    for (const QString &spec : p.values(publish)) {
        const QString feed = spec.section(QLatin1Char('='), 0, 0);
        if (feed != QLatin1String("trust-list") && feed != QLatin1String("policies") && feed != QLatin1String("risk-areas"))
            return fail(QStringLiteral("--publish FEED=FILE: FEED is trust-list, policies or risk-areas"));
        if (Status s = publishFile(server, feed, spec.section(QLatin1Char('='), 1)); !s)
            return fail(s.error().message);
    }
    if (p.isSet(importOpt)) {
        int refused = 0;
        for (const QString &path : p.values(importOpt)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1").arg(path));
            const auto [status, why] = server.importFile(f.readAll());
            out() << QFileInfo(path).fileName() << ": "
                  << (status == 201 ? QStringLiteral("accepted") : status == 200 ? QStringLiteral("already held")
                                                                                  : QStringLiteral("refused (%1) %2").arg(status).arg(QString::fromUtf8(why)))
                  << Qt::endl;
            refused += status >= 400;
        }
        return refused ? 1 : 0;
    }
    for (const QString &feed : p.values(compact)) {
        const auto floor = store.compact(feed);
        if (!floor)
            return fail(floor.error().message);
        out() << "compacted " << feed << ": items before " << *floor << " removed" << Qt::endl;
    }
    const quint16 bound = server.start(QHostAddress(p.value(listenOpt)), port);
    if (!bound)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(p.value(listenOpt)).arg(port), 1);
    out() << "hc-platform listening on https://" << p.value(listenOpt) << ':' << bound << Qt::endl;
    return app.exec();
}
