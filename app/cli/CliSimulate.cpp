#include "CliContext.h"
#include "JsonWriter.h"
#include "Scenario.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace hc::cli {

// `hcctl simulate FILE.json`: the policy engine over a timeline, no database (SCENARIOS.md).
int runSimulate(CliContext &c)
{
    const QString path = c.arg(1);
    if (path.isEmpty() || !c.arg(2).isEmpty())
        return c.usage(QCoreApplication::translate("hcctl", "usage: hcctl simulate FILE.json"));
    QFile f(path);
    if (path == QLatin1String("-") ? !f.open(stdin, QIODevice::ReadOnly) : !f.open(QIODevice::ReadOnly))
        return c.fail(Error::badInput(QStringLiteral("%1: %2").arg(path, f.errorString())));
    const auto scenario = policy::Scenario::parse(f.readAll());
    if (!scenario)
        return c.fail(Error::badInput(QStringLiteral("%1: %2").arg(path, scenario.error().message)));
    policy::Simulator sim(scenario.value());
    sim.run();
    const QByteArray out = sim.resultJson().toJson();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace hc::cli
