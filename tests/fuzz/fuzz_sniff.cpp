// Format sniffing: every reader's recognise() on the same head (not just the winner's, so a reader that would
// lose anyway is still exercised), the registry's pick, and the sniff helpers the readers share.
#include <cstdint>

#include "core/ingest/readerregistry.h"
#include "core/ingest/sniff.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const ReaderRegistry registry = ReaderRegistry::standard();
    const QByteArray head = fuzzinput::bytes(data, std::min<std::size_t>(size, sniff::kHeadSize));
    static const QString names[] = {u"capture.ndjson"_s, u"capture.json"_s, u"capture.csv"_s, u"capture"_s};
    const QString &name = names[size % 4];
    const SniffInput input{head, name};
    for (const auto &reader : registry.readers()) {
        const int score = reader->recognise(input);
        fuzzinput::require(score >= 0, "negative recognise() score");
    }
    (void)registry.pick(input);
    const QByteArrayView body = sniff::body(head);
    bool complete = false;
    (void)sniff::firstLine(body, size <= std::size_t(sniff::kHeadSize), &complete);
    (void)sniff::firstLineObject(head);
    (void)sniff::csvHeader(head);
    (void)sniff::csvHeader(head, ';');
    (void)sniff::extension(QString::fromUtf8(head.left(64)));
    return 0;
}
