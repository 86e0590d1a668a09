// Count parsing ("1.2万", "10万+", "1,234", "2.1M"): whatever the text, a parsed count lies in [0, 10^15]
// (issue 15, finding 7) and a refused one says why.
#include <cstdint>

#include "core/ingest/countparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzzinput::text(data, size);
    const ParsedCount c = parseCount(text);
    if (c.ok) {
        fuzzinput::require(c.value >= 0 && c.value <= kMaxCount, "parsed count outside [0, 10^15]");
        fuzzinput::require(c.error.isEmpty(), "ok count with an error");
    } else {
        fuzzinput::require(!c.error.isEmpty(), "refused count without a reason");
    }
    return 0;
}
