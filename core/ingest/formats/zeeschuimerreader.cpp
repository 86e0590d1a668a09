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
    return isZeeschuimerLine(sniff::firstLineObject(input.head)) ? 90 : 0;
}

Status ZeeschuimerReader::read(QIODevice &device, ReadSession &session) const
{
    return readCaptureLines(device, session);
}
