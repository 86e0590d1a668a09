#include "core/ingest/formats/fourcatndjsonreader.h"

#include "core/ingest/formats/zeeschuimerline.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString FourCatNdjsonReader::id() const
{
    return u"4cat-ndjson"_s;
}

QStringList FourCatNdjsonReader::extensions() const
{
    return {u"ndjson"_s, u"jsonl"_s};
}

int FourCatNdjsonReader::recognise(const SniffInput &input) const
{
    return isFourCatLine(input.firstLineObject()) ? 90 : 0;
}

Status FourCatNdjsonReader::read(QIODevice &device, ReadSession &session) const
{
    return readCaptureLines(device, session);
}
