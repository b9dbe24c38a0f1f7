// Any bytes given as a holders CSV (HolderService::importCsv, the real import: CsvStream, UTF-8 or GB18030,
// any delimiter, every row checked, then written in one transaction) against a database with holders: a
// report whose counts add up, or a BadInput error naming the bad rows, never a crash or a hang. Every input
// is rolled back (FuzzDb.h).
#include "FuzzDb.h"
#include "HolderService.h"
#include "Limits.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_holderscsv: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The import's own cap (docs/limits.md): larger files are refused before they are read.
    if (qint64(size) > hc::limits::kHolderFileBytes)
        return 0;
    const fuzzdb::Fixture &f = fuzzdb::fixture();
    static const qint64 before = fuzzdb::count(QStringLiteral("holder"));
    fuzzdb::Scope scope;
    hc::AuditLog audit = f.audit();
    hc::HolderService holders(f.conn(), f.clock);
    // The import and its dry run (hcctl holders import --dry-run), chosen by the input's length.
    const bool dryRun = size % 2 == 1;
    const auto r = holders.importCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                     fuzzdb::kActor, audit, dryRun);
    static const bool verbose =
        qEnvironmentVariableIsSet("HC_FUZZ_VERBOSE"); // what each input did, on stderr
    if (verbose)
        std::fprintf(stderr, "%s\n",
                     r ? qPrintable(QStringLiteral("rows %1: created %2, updated %3, unchanged %4%5")
                                        .arg(r->rows)
                                        .arg(r->created)
                                        .arg(r->updated)
                                        .arg(r->unchanged)
                                        .arg(dryRun ? QStringLiteral(" (dry run)") : QString()))
                       : qPrintable(QStringLiteral("error: ") + r.error().message));
    if (!r) {
        // A bad file or bad rows (BadInput); a row naming a holder registered outside the jurisdiction
        // (Refused).
        if ((r.error().kind != hc::ErrorKind::BadInput && r.error().kind != hc::ErrorKind::Refused) ||
            r.error().message.isEmpty())
            broken("an error other than BadInput or Refused, or without a message");
        return 0;
    }
    if (r->rows < 0 || r->created < 0 || r->updated < 0 || r->unchanged < 0 ||
        r->created + r->updated + r->unchanged != r->rows)
        broken("created, updated and unchanged do not add up to the rows");
    if (fuzzdb::count(QStringLiteral("holder")) != before + (dryRun ? 0 : r->created))
        broken("the holders registered are not the ones reported created");
    return 0;
}
