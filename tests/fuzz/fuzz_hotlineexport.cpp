// Any bytes given as a 12345 hotline export (AppealService::importCsv, the appeal import: CsvStream, UTF-8 or
// GB18030, any delimiter) against a database with holders: a report whose counts add up and whose tickets are
// on file, or a BadInput error, never a crash or a hang. Every input is rolled back (FuzzDb.h).
#include "AppealService.h"
#include "FuzzDb.h"
#include "Limits.h"

#include <QSqlQuery>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_hotlineexport: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The import's own cap (docs/limits.md): larger exports are refused before they are read.
    if (qint64(size) > hc::limits::kTicketFileBytes)
        return 0;
    const fuzzdb::Fixture &f = fuzzdb::fixture();
    fuzzdb::Scope scope;
    hc::AuditLog audit = f.audit();
    hc::AppealService appeals(f.conn(), f.clock);
    // Both ways of the import, chosen by the input's length: the valid rows only, or nothing when any is bad.
    const bool validRowsOnly = size % 2 == 1;
    const auto r = appeals.importCsv(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                     validRowsOnly, fuzzdb::kActor, audit);
    static const bool verbose =
        qEnvironmentVariableIsSet("HC_FUZZ_VERBOSE"); // what each input did, on stderr
    if (verbose)
        std::fprintf(stderr, "%s\n",
                     r ? qPrintable(QStringLiteral("records %1, filed %2, bad rows %3 (%4, %5)")
                                        .arg(r->records)
                                        .arg(r->filed)
                                        .arg(r->checked.errors.size())
                                        .arg(r->checked.encoding, r->checked.delimiter))
                       : qPrintable(QStringLiteral("error: ") + r.error().message));
    if (!r) {
        if (r.error().kind != hc::ErrorKind::BadInput || r.error().message.isEmpty())
            broken("an error other than BadInput, or without a message");
        if (fuzzdb::count(QStringLiteral("ticket")) != 0)
            broken("refused, yet tickets were filed");
        return 0;
    }
    const qint64 bad = qint64(r->checked.errors.size());
    if (r->filed < 0 || r->filed > r->records || bad > r->records)
        broken("counts out of range");
    if (validRowsOnly ? r->filed + bad != r->records : (bad > 0 ? r->filed != 0 : r->filed != r->records))
        broken("filed and bad rows do not add up to the records");
    if (fuzzdb::count(QStringLiteral("ticket")) != r->filed)
        broken("the tickets on file are not the ones reported filed");
    for (const hc::RowError &e : r->checked.errors)
        if (e.line < 2 || e.reason.isEmpty())
            broken("a bad row without its line or reason");
    // 重新申请 is allowed once per person (AppealService::checkInput), whatever the file holds.
    QSqlQuery q(f.conn());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ticket WHERE kind = 'reapplication' GROUP BY holder_id "
                               "HAVING COUNT(*) > 1")))
        broken("cannot count the re-applications");
    if (q.next())
        broken("two re-applications (重新申请) of one holder were filed; docs/appeals.md: once per person");
    return 0;
}
