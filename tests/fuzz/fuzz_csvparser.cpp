// The streaming RFC 4180 parser on its own: every record or break until the end, with each delimiter the readers
// use. It must always reach End (no endless loop on a broken record) and count lines forward.
#include <cstdint>

#include <QBuffer>

#include "core/ingest/csvparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const char delimiters[] = {',', ';', '\t'};
    QByteArray content = fuzzinput::bytes(data + 1, size - 1);
    QBuffer device(&content);
    device.open(QIODevice::ReadOnly);
    CsvParser parser(device, delimiters[data[0] % 3]);
    QStringList fields;
    qint64 lastLine = 0;
    for (qsizetype steps = 0;; ++steps) {
        fuzzinput::require(steps <= content.size() + 1, "CsvParser does not advance");
        const CsvParser::Next next = parser.next(fields);
        if (next == CsvParser::Next::End)
            break;
        fuzzinput::require(parser.recordLine() >= lastLine, "record lines go backwards");
        lastLine = parser.recordLine();
    }
    return 0;
}
