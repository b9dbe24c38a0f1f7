// Any bytes given as a national list: either a list or a BadInput error, never a crash or a hang.
#include "NationalList.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto r = hc::NationalList::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!r.ok() && r.error().kind != hc::ErrorKind::BadInput)
        std::abort();
    if (r.ok() && !r->time.isValid())
        std::abort();
    return 0;
}
