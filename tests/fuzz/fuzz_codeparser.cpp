// Any bytes given as a code string: a refusal with a reason, or a code whose canonical text is the input
// (the parser accepts one spelling per code), and verification of anything never crashes.
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
        if (r.error().kind != hc::ErrorKind::Refused || r.error().message.isEmpty())
            std::abort();
    } else if (r->toText() != text.trimmed() || r->signedBytes() != r->segmentA() + r->segmentB()) {
        std::abort();
    }
    const auto v = hc::codes::CodeVerifier(trust).verify(text, 1667354400);
    if (!v.ok() && v.error().kind != hc::ErrorKind::Refused)
        std::abort();
    return 0;
}
