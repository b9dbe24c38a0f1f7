#pragma once
// Runs the real hcctl binary (path in $HCCTL, set by hc_add_test) with a private environment.
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

inline Run runHcctl(const QString &home, const QStringList &args, const QString &password,
                    const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HCCTL_USER"));
    env.insert(QStringLiteral("HCCTL_PASSWORD"), password);
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
