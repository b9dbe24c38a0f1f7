#pragma once
// Runs the real hcctl binary (path in $HCCTL, set by hc_add_test) with a private environment.
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <memory>
#include <vector>

namespace hctest {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray describe() const { return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err; }
};

// `extraEnv` is set last (e.g. HCCTL_PROGRESS=1 to draw progress as on a terminal; unset otherwise).
// hcctl speaks the locale's language: the tests compare English, so the messages' locale is C (LANG=C.UTF-8, with
// LC_ALL, LC_MESSAGES and LANGUAGE of the caller's shell removed) unless extraEnv names one.
inline QProcessEnvironment hcctlEnvironment(const QString &home, const QString &password, const QHash<QString, QString> &extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HCCTL_USER"));
    env.remove(QStringLiteral("HCCTL_PROGRESS"));
    for (const char *v : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HCCTL_PASSWORD"), password);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    return env;
}

// Waits for a started hcctl and collects what it said; one that hangs is killed and reported as timed out.
inline Run collect(QProcess &p, int timeoutMs)
{
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline Run runHcctl(const QString &home, const QStringList &args, const QString &password,
                    const QByteArray &stdinData = {}, const QHash<QString, QString> &extraEnv = {})
{
    QProcess p;
    p.setProcessEnvironment(hcctlEnvironment(home, password, extraEnv));
    if (stdinData.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(qEnvironmentVariable("HCCTL"), args);
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    return collect(p, 300000);
}

// Starts one hcctl process per argument list at once (real processes racing on one file) and waits for all.
inline std::vector<Run> runHcctlTogether(const QString &home, const QList<QStringList> &argLists, const QString &password)
{
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const QStringList &args : argLists) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(hcctlEnvironment(home, password));
        p->setStandardInputFile(QProcess::nullDevice());
        p->start(qEnvironmentVariable("HCCTL"), args);
        procs.push_back(std::move(p));
    }
    std::vector<Run> out;
    for (auto &p : procs) {
        Run r;
        // waitForFinished() is false for a process already seen to end: not a timeout.
        if (p->state() != QProcess::NotRunning && !p->waitForFinished(300000)) {
            p->kill();
            p->waitForFinished();
            r.err = "timed out";
        } else {
            r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2;
        }
        r.out = p->readAllStandardOutput();
        r.err += p->readAllStandardError();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace hctest
