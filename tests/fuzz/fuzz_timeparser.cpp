// Time parsing: ISO-8601, day-name and Chinese forms, relative dates, epoch numbers, in UTC and in a zone with
// history (Asia/Shanghai had daylight saving), plus the as_of parser of core/model.
#include <cstdint>
#include <cstring>

#include "core/ingest/timeparser.h"
#include "core/model/timeformat.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    constexpr qint64 kCaptureMs = 1748779200000; // 2025-06-01T12:00:00Z
    static const TimeParser utc(QTimeZone::utc(), kCaptureMs);
    static const TimeParser shanghai = TimeParser::forZone(u"Asia/Shanghai"_s, kCaptureMs).value();
    static const TimeParser noCapture;
    const QString text = fuzzinput::text(data, size);
    for (const TimeParser *parser : {&utc, &shanghai, &noCapture}) {
        const Result<ParsedTime> t = parser->parse(text);
        if (!t.ok())
            fuzzinput::require(!t.error().message.isEmpty(), "refused time without a reason");
    }
    if (size >= sizeof(double)) {
        double epoch = 0;
        std::memcpy(&epoch, data, sizeof epoch);
        (void)utc.fromEpoch(epoch);
        qint64 ms = 0;
        std::memcpy(&ms, data, sizeof ms);
        (void)isoUtc(ms);
    }
    if (const auto ms = parseIsoUtc(text))
        (void)isoUtc(*ms);
    return 0;
}
