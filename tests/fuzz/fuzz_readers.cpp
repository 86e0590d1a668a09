// Every reader of ReaderRegistry::standard(), so a reader added to the registry later is fuzzed with no change
// here. The first byte picks the reader: below the number of readers, that reader reads the rest directly (as if
// it had recognised it); otherwise the rest goes through readDevice(), sniffing and all, as an import does. Every
// accepted post must respect the value limits of issue 15: counts in [0, 10^15], times inside the ingest bounds.
#include <cstdint>

#include <QBuffer>

#include "core/ingest/countparser.h"
#include "core/ingest/readerregistry.h"
#include "core/ingest/readfile.h"
#include "core/ingest/readsession.h"
#include "core/ingest/sniff.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kCaptureMs = 1748779200000; // 2025-06-01T12:00:00Z
constexpr qint64 kYear2000Ms = 946684800000;

void checkPost(const Post &p)
{
    using fuzzinput::require;
    for (const qint64 c : {p.likes, p.comments, p.shares, p.saves})
        require(c >= 0 && c <= kMaxCount, "count outside [0, 10^15]");
    require(!p.views || (*p.views >= 0 && *p.views <= kMaxCount), "views outside [0, 10^15]");
    require(p.createdAtMs >= kYear2000Ms, "created_at before ingest.min_year");
    require(!p.postId.isEmpty() && !p.platform.isEmpty(), "post without id or platform");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ReaderRegistry registry = ReaderRegistry::standard();
    if (size < 1)
        return 0;
    const auto &readers = registry.readers();
    const std::size_t choice = data[0];
    QByteArray content = fuzzinput::bytes(data + 1, size - 1);
    QBuffer device(&content);
    device.open(QIODevice::ReadOnly);

    IngestOptions options;
    options.captureTimeMs = kCaptureMs;
    options.batchSize = 50;
    const BatchSink sink = [](std::vector<Post> &&batch) -> Status {
        for (const Post &p : batch)
            checkPost(p);
        return Ok{};
    };

    if (choice >= readers.size()) {
        (void)readDevice(registry, device, u"fuzz.input"_s, options, sink);
        return 0;
    }
    const Reader &reader = *readers[choice];
    (void)reader.recognise(SniffInput{QByteArrayView(content).first(std::min(content.size(), sniff::kHeadSize)),
                                      u"fuzz.input"_s});
    Result<TimeParser> times = TimeParser::forZone(options.naiveTimezone, options.captureTimeMs);
    ReadSession session(u"fuzz.input"_s, options, std::move(times).value(), sink, {}, {}, content.size());
    if (reader.read(device, session).ok())
        (void)session.finish(reader.id(), device.pos());
    return 0;
}
