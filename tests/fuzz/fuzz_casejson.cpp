// Any bytes given as a case-report or verification file (the JSON form: CaseJsonFile, and the row checks it
// feeds: CaseRowChecker), against a database with the division tree and holders:
//  - read as the import reads it (CaseBatchService::read → CaseFileReader: encoding, JSON or CSV by content,
//    every row checked, duplicates and disagreeing cases taken back), as cases and as verifications: a file
//    whose rows are each accepted or named once as bad, in line order, or a BadInput error;
//  - every row of the JSON checked both ways CaseRowChecker has (CaseRowFastChecks.cpp's fast way over UTF-8,
//    and the reference way over text): a row the fast way accepts, the reference way accepts with the same
//    values ("as the reference checks would write it").
// Never a crash or a hang. Nothing is written to the database.
#include "CaseBatchService.h"
#include "CaseColumns.h"
#include "CaseJsonFile.h"
#include "CaseText.h"
#include "FuzzDb.h"
#include "Limits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

// The two ways of the checker are private: opened to this harness only (everything the header includes is
// included above, so nothing else changes access).
#define private public
#include "CaseRowChecker.h"
#undef private

namespace {

[[noreturn]] void differs(const char *what, int record, const QString &detail)
{
    std::fprintf(stderr, "fuzz_casejson: record %d: %s: %s\n", record, what, qPrintable(detail));
    std::abort();
}

QString show(const std::optional<qint64> &t)
{
    return t ? QString::number(*t) : QStringLiteral("none");
}

void compareCase(hc::CaseRowChecker &checker, const std::vector<QByteArrayView> &row, int record)
{
    if (!checker.fastCase(row))
        return; // the reference way decides alone, as check() does
    const hc::CaseRow fast = hc::casetext::caseRowOf(checker.m_case);
    hc::CaseRow ref;
    if (const auto why = checker.checkCase(ref, hc::casetext::strings(row)))
        differs("the fast way accepts a case row the reference way refuses", record, *why);
    const struct
    {
        const char *name;
        QString a, b;
    } texts[] = {{"case_ref", fast.caseRef, ref.caseRef},       {"id_number", fast.idNumber, ref.idNumber},
                 {"division", fast.division, ref.division},     {"address", fast.address, ref.address},
                 {"venue_code", fast.venueCode, ref.venueCode}, {"transport", fast.transport, ref.transport},
                 {"carriage", fast.carriage, ref.carriage},     {"seat", fast.seat, ref.seat}};
    for (const auto &t : texts)
        if (t.a != t.b)
            differs(t.name, record, QStringLiteral("fast \"%1\", reference \"%2\"").arg(t.a, t.b));
    if (fast.cls != ref.cls || fast.exposure != ref.exposure)
        differs("class or exposure", record,
                QStringLiteral("fast %1/%2, reference %3/%4")
                    .arg(int(fast.cls))
                    .arg(int(fast.exposure))
                    .arg(int(ref.cls))
                    .arg(int(ref.exposure)));
    if (fast.reportAt != ref.reportAt || fast.dischargeAt != ref.dischargeAt || fast.from != ref.from ||
        fast.to != ref.to)
        differs("times", record,
                QStringLiteral("fast %1 %2 %3 %4, reference %5 %6 %7 %8")
                    .arg(fast.reportAt)
                    .arg(show(fast.dischargeAt), show(fast.from), show(fast.to))
                    .arg(ref.reportAt)
                    .arg(show(ref.dischargeAt), show(ref.from), show(ref.to)));
}

void compareScan(hc::CaseRowChecker &checker, const std::vector<QByteArrayView> &row, int record)
{
    if (!checker.fastScan(row))
        return;
    const hc::ScanRow fast = hc::casetext::scanRowOf(checker.m_scan);
    hc::ScanRow ref;
    if (const auto why = checker.checkScan(ref, hc::casetext::strings(row)))
        differs("the fast way accepts a scan the reference way refuses", record, *why);
    if (fast.venueCode != ref.venueCode || fast.idNumber != ref.idNumber || fast.division != ref.division ||
        fast.carriage != ref.carriage || fast.seat != ref.seat)
        differs(
            "texts", record,
            QStringList{fast.venueCode, fast.idNumber, fast.division, fast.carriage, fast.seat}.join(u'|') +
                QStringLiteral(" vs ") +
                QStringList{ref.venueCode, ref.idNumber, ref.division, ref.carriage, ref.seat}.join(u'|'));
    if (fast.holderId != ref.holderId || fast.at != ref.at || fast.color != ref.color)
        differs("holder, time or color", record,
                QStringLiteral("fast %1 %2 %3, reference %4 %5 %6")
                    .arg(fast.holderId)
                    .arg(fast.at)
                    .arg(fast.color.value_or(-1))
                    .arg(ref.holderId)
                    .arg(ref.at)
                    .arg(ref.color.value_or(-1)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The reader's own cap (docs/limits.md): larger files are refused before they are read.
    if (qint64(size) > hc::limits::kCaseFileBytes)
        return 0;
    const fuzzdb::Fixture &f = fuzzdb::fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 now = f.clock.now().toSecsSinceEpoch();
    for (const hc::BatchKind kind : {hc::BatchKind::Cases, hc::BatchKind::Verifications}) {
        // As the import reads it.
        const auto r = hc::CaseBatchService(f.conn(), f.clock).read(bytes, kind);
        static const bool verbose =
            qEnvironmentVariableIsSet("HC_FUZZ_VERBOSE"); // what each input did, on stderr
        if (verbose)
            std::fprintf(stderr, "%s: %s\n", kind == hc::BatchKind::Cases ? "cases" : "verifications",
                         r ? qPrintable(QStringLiteral("%1 rows, %2 accepted, bad: %3")
                                            .arg(r->records)
                                            .arg(r->accepted())
                                            .arg([&] {
                                                QStringList bad;
                                                for (const hc::RowError &e : r->errors)
                                                    bad << QStringLiteral("%1 %2").arg(e.line).arg(e.reason);
                                                return bad.join(QStringLiteral("; "));
                                            }()))
                           : qPrintable(QStringLiteral("error: ") + r.error().message));
        if (!r) {
            if (r.error().kind != hc::ErrorKind::BadInput || r.error().message.isEmpty())
                std::abort();
        } else {
            if (r->format != QLatin1String("json") && r->format != QLatin1String("csv"))
                std::abort();
            // Every row read is accepted or named once as bad, in line order.
            if (r->records != r->accepted() + int(r->errors.size()) || r->accepted() < 0)
                std::abort();
            int last = 0;
            for (const hc::RowError &e : r->errors) {
                if (e.line <= last || e.reason.isEmpty() ||
                    (r->format == QLatin1String("json") && e.line > r->records))
                    std::abort();
                last = e.line;
            }
        }
        // Both ways of the checker, row by row, over the JSON as it is (UTF-8).
        hc::CaseRowChecker checker(f.conn(), now);
        hc::CaseColumns columns;
        columns.mapInOrder(kind);
        checker.setLayout(kind, columns.positions(), false, 0);
        QStringList header;
        const hc::Status s = hc::CaseJsonFile::read(
            bytes, kind, &header,
            [&](const std::vector<QByteArrayView> &row, int record) -> hc::Result<bool> {
                if (qsizetype(row.size()) != header.size())
                    std::abort();
                kind == hc::BatchKind::Cases ? compareCase(checker, row, record)
                                             : compareScan(checker, row, record);
                // And the checker's own entry point, as the reader calls it.
                const auto why = checker.check(row, record);
                if (why && why->isEmpty())
                    std::abort();
                return true;
            });
        if (!s && s.error().kind != hc::ErrorKind::BadInput)
            std::abort();
    }
    return 0;
}
