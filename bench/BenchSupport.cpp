#include "BenchSupport.h"
#include "DatabaseLocation.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <malloc.h>

namespace hc::bench {

std::optional<Args> Args::parse(const QStringList &args, QString *error)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        if (!s.startsWith(QLatin1String("--"))) {
            a.positional << s;
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("the option %1 needs a value").arg(s);
            return std::nullopt;
        }
        a.options.insert(s.mid(2), args.at(++i));
    }
    return a;
}

int Args::intOption(const QString &name, int fallback) const
{
    bool ok = false;
    const int v = options.value(name).toInt(&ok);
    return ok && v > 0 ? v : fallback;
}

Stats Stats::of(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto i = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(i, 0, samples.size() - 1));
    };
    return {rank(0.5), rank(0.95), samples.last()};
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString fixed(double value)
{
    const double a = std::abs(value);
    return QString::number(value, 'f', a < 10 ? 2 : a < 1000 ? 1 : 0);
}

QString thousands(qint64 value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // keep the group separator
    return c.toString(value);
}

void report(const QString &name, const QString &value, const QString &unit, const QString &limit,
            const QString &context)
{
    QString line = name + QStringLiteral(": ") + value;
    if (!unit.isEmpty())
        line += QLatin1Char(' ') + unit;
    QStringList extra;
    if (!limit.isEmpty())
        extra << QStringLiteral("limit: ") + limit;
    if (!context.isEmpty())
        extra << context;
    if (!extra.isEmpty())
        line += QStringLiteral(" (") + extra.join(QStringLiteral("; ")) + QLatin1Char(')');
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fputs((QStringLiteral("# ") + text).toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs((QStringLiteral("hc-bench: ") + message).toUtf8().append('\n').constData(), stderr);
    return 1;
}

int usage(const QString &synopsis)
{
    std::fputs((QStringLiteral("usage: hc-bench ") + synopsis).toUtf8().append('\n').constData(), stderr);
    return 2;
}

RawConnection::RawConnection(const QString &path)
    : m_name(QStringLiteral("hc-bench-raw-") + QUuid::createUuid().toString(QUuid::Id128))
{
    if (DatabaseLocation::looksLikeUri(path)) {
        const auto loc = DatabaseLocation::parse(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (loc) {
            db.setHostName(loc->host);
            db.setPort(loc->port);
            db.setDatabaseName(loc->database);
            db.setUserName(loc->user);
            db.setConnectOptions(loc->connectOptions());
            db.open();
        }
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        return;
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536"})
        q.exec(QString::fromLatin1(pragma));
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace {

double statusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) // proc files have no size: read whole, not to atEnd()
        if (line.startsWith(key)) // "VmHWM:    123456 kB"
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble() * 1024 / 1e6;
    return 0;
}

} // namespace

double rssMb()
{
    return statusMb("VmRSS:");
}

double peakRssMb()
{
    return statusMb("VmHWM:");
}

bool resetPeakRss()
{
    malloc_trim(0); // what the previous step freed goes back to the system, not into the next step's figure
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

namespace {

// A database's own command-line tool fed a script on stdin, timed from start to exit.
Result<ProcessRun> runTool(const QString &name, const char *package, const QStringList &args, const QString &script)
{
    const QString exe = QStandardPaths::findExecutable(name);
    if (exe.isEmpty())
        return Error::refused(QStringLiteral("the %1 command-line tool is not on PATH (Debian: apt-get install %2)").arg(name, QLatin1String(package)));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForStarted())
        return Error::internal(QStringLiteral("cannot start %1: %2").arg(exe, p.errorString()));
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(-1))
        return Error::internal(QStringLiteral("%1 did not finish: %2").arg(exe, p.errorString()));
    const double ms = elapsedMs(t);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error::internal(QStringLiteral("%1 failed (exit %2): %3")
                                   .arg(name)
                                   .arg(p.exitCode())
                                   .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
    return ProcessRun{ms, QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

Result<ProcessRun> runSqlite3(const QString &dbPath, const QString &script)
{
    return runTool(QStringLiteral("sqlite3"), "sqlite3", {QStringLiteral("-batch"), QStringLiteral("-bail"), dbPath}, script);
}

Result<ProcessRun> runPsql(const QString &uri, const QString &script)
{
    return runTool(QStringLiteral("psql"), "postgresql-client",
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), uri, QStringLiteral("-f"), QStringLiteral("-")},
                   script);
}

Result<ProcessRun> runBare(const QString &location, const QString &sqliteScript, const QString &psqlScript)
{
    return DatabaseLocation::looksLikeUri(location) ? runPsql(location, psqlScript) : runSqlite3(location, sqliteScript);
}

} // namespace hc::bench
