#include "core/ingest/formats/mediacrawlerjsonreader.h"

#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/formats/mediacrawlerrecord.h"

using namespace Qt::StringLiterals;

QString MediaCrawlerJsonReader::id() const
{
    return u"mediacrawler-json"_s;
}

QStringList MediaCrawlerJsonReader::extensions() const
{
    return {u"jsonl"_s, u"json"_s};
}

int MediaCrawlerJsonReader::recognise(const SniffInput &input) const
{
    return mediaCrawlerScore(input.firstJsonRecord());
}

Status MediaCrawlerJsonReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachJsonRecord(device, session, [&](const QJsonObject &object, const JsonRecordPlace &place) -> Status {
        return readMediaCrawlerRecord(object, mapper, session, place.line, place.index);
    });
}
