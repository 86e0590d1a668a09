#include "core/ingest/formats/zeeschuimerreader.h"

#include "core/ingest/formats/zeeschuimerline.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString ZeeschuimerReader::id() const
{
    return u"zeeschuimer-ndjson"_s;
}

QStringList ZeeschuimerReader::extensions() const
{
    return {u"ndjson"_s, u"jsonl"_s};
}

int ZeeschuimerReader::recognise(const SniffInput &input) const
{
    if (isZeeschuimerLine(input.firstLineObject()))
        return 90;
    // A first line longer than the head (an Instagram carousel can pass 64 KiB) cannot be parsed
    // here, but the wrapper's own keys come first in every line (README §1).
    const QByteArrayView text = sniff::body(input.head);
    const QByteArrayView start = text.first(qMin<qsizetype>(text.size(), 2048));
    return text.startsWith('{') && start.contains("\"nav_index\"") && start.contains("\"source_platform\"") ? 80 : 0;
}

Status ZeeschuimerReader::read(QIODevice &device, ReadSession &session) const
{
    return readCaptureLines(device, session);
}
