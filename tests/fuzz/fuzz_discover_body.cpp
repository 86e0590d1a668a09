// The JSON body of POST /api/v1/discover (as_of, window_hours, overrides) through the controller's own parsing.
#include <cstdint>

#include "core/api/discoverycontroller.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = DiscoveryController::parseBody(fuzzinput::bytes(data, size));
    if (auto *error = std::get_if<ApiError>(&parsed)) {
        fuzzinput::require(!error->message.isEmpty(), "error without a message");
        return 0;
    }
    const DiscoverRequest &request = std::get<DiscoverRequest>(parsed);
    fuzzinput::require(!request.windowHours || *request.windowHours >= 1, "window_hours below 1 accepted");
    // Any as_of is a time, before 1970 included (epoch 0 is a time like any other, issue 15 finding 8): a window
    // that holds no posts is an empty run, not an error.
    return 0;
}
