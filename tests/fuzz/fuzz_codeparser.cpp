// Any bytes given as a code string: a BadInput with a reason (not a code at all: hcctl exit 2), or a code
// whose canonical text is the input (the parser accepts one spelling per code); verification of anything is
// the code, that BadInput, or a refusal (a well-formed code failing a check: exit 1), never a crash.
#include "CodeFormat.h"
#include "CodeVerifier.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const hc::codes::TrustList trust = [] {
        hc::codes::TrustList t;
        t.add({QStringLiteral("370303000000"), QStringLiteral("k1"), QStringLiteral("fuzz"),
               hc::codes::OpenSslKey::generate(hc::codes::Profile::EcdsaP256Sha256).value()});
        return t;
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = hc::codes::parseCode(text);
    if (!r.ok()) {
        if (r.error().kind != hc::ErrorKind::BadInput || r.error().message.isEmpty())
            std::abort();
    } else if (r->toText() != text.trimmed() || r->signedBytes() != r->segmentA() + r->segmentB()) {
        std::abort();
    }
    const auto v = hc::codes::CodeVerifier(trust).verify(text, 1667354400);
    if (!v.ok() && ((v.error().kind != hc::ErrorKind::Refused && v.error().kind != hc::ErrorKind::BadInput) ||
                    v.error().message.isEmpty()))
        std::abort();
    return 0;
}
