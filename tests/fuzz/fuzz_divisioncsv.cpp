// Any bytes given as a division CSV of any level: rows that all pass the checks, or a BadInput naming a line.
#include "DivisionCode.h"
#include "DivisionImporter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int level = 1 + data[0] % 5;
    const QByteArray csv(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto r = hc::DivisionImporter::parseLevel(csv, level, QStringLiteral("fuzz.csv"));
    if (!r.ok()) {
        if (r.error().kind != hc::ErrorKind::BadInput)
            std::abort();
        return 0;
    }
    for (const auto &row : r.value())
        if (hc::divcode::levelOf(row.code) != level || row.name.isEmpty()
            || (level > 1 && row.parent != hc::divcode::parentOf(row.code)))
            std::abort();
    return 0;
}
