#include "Cli.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QTranslator>

namespace hc::cli {

QString Cli::help()
{
    return QStringLiteral(
        "hcctl [--db PATH] [--user NAME] NOUN VERB ... [--json]\n"
        "  init --admin NAME [--display-name TEXT]      create the first administrator (password: HCCTL_PASSWORD)\n"
        "  user add NAME [--make-admin] [--display-name TEXT] add an official (password: HCCTL_NEW_PASSWORD)\n"
        "  divisions count | import PATH | search TEXT [--limit N] | children [CODE] | show CODE\n"
        "  risk declare CODE --level high|medium|low --from TIME [--to TIME] [--subarea TEXT]... --basis TEXT --reason TEXT\n"
        "  risk lift CODE [--subarea TEXT]... [--at TIME] --reason TEXT\n"
        "  risk list [--at TIME] [--level L] [--division CODE] [--division-level 1-5]\n"
        "  risk history CODE [--subarea TEXT]\n"
        "  risk import-national FILE [--dry-run]\n"
        "  risk map --province P [--city C] [--county K] (--division CODE | --zone NAME)\n"
        "  risk zone-create NAME CODE... [--note TEXT] | risk zones | risk mappings\n"
        "  audit verify | audit list [--action A] [--limit N]\n"
        "  simulate FILE.json                             run a timeline scenario through the default policy\n"
        "Times: ISO 8601 with offset (2022-11-01T08:00:00+08:00), or \"2022-11-01 08:00\" read as UTC+8.\n"
        "Exit: 0 done, 1 refused or a check failed, 2 bad input or usage.");
}

int Cli::run(const QStringList &args)
{
    QString error;
    auto ctx = CliContext::parse(args, &error);
    if (!ctx) {
        CliContext c;
        return c.usage(error);
    }
    CliContext &c = *ctx;
    const QString noun = c.arg(0);
    if (noun.isEmpty() || noun == QLatin1String("help") || c.has(QStringLiteral("help"))) {
        c.out(help());
        return noun.isEmpty() && !c.has(QStringLiteral("help")) ? ExitBadInput : ExitOk;
    }
    using Runner = int (*)(CliContext &);
    static const QHash<QString, Runner> nouns{{QStringLiteral("init"), &runInit},
                                              {QStringLiteral("divisions"), &runDivisions},
                                              {QStringLiteral("risk"), &runRisk},
                                              {QStringLiteral("audit"), &runAudit},
                                              {QStringLiteral("user"), &runUser}};
    if (noun == QLatin1String("simulate")) // pure: no database
        return runSimulate(c);
    const Runner r = nouns.value(noun);
    if (!r)
        return c.usage(QCoreApplication::translate("hcctl", "unknown command \"%1\"").arg(noun));
    if (int rc = c.openWorkspace(); rc != ExitOk)
        return rc;
    return r(c);
}

} // namespace hc::cli
