#pragma once
// Runs the real hcctl binary (path in $HCCTL, set by hc_add_test) with a private environment.
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

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
inline Run runHcctl(const QString &home, const QStringList &args, const QString &password,
                    const QByteArray &stdinData = {}, const QHash<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HCCTL_USER"));
    env.remove(QStringLiteral("HCCTL_PROGRESS"));
    env.insert(QStringLiteral("HCCTL_PASSWORD"), password);
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (stdinData.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(qEnvironmentVariable("HCCTL"), args);
    if (!stdinData.isEmpty()) {
        p.write(stdinData);
        p.closeWriteChannel();
    }
    Run r;
    if (!p.waitForFinished(300000)) {
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

} // namespace hctest
