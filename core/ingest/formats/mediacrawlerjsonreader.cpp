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
    const QJsonObject first = firstJsonRecord(input.head);
    if (mediaCrawlerPlatform(first).isEmpty())
        return 0;
    // Crawl bookkeeping that only MediaCrawler writes makes it sure.
    return first.contains("last_modify_ts"_L1) || first.contains("source_keyword"_L1) ? 85 : 65;
}

Status MediaCrawlerJsonReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachJsonRecord(device, session, [&](const QJsonObject &object, const JsonRecordPlace &place) -> Status {
        CaptureRecord record;
        const QString format = mapMediaCrawlerRecord(object, record);
        if (format.isEmpty()) {
            session.countFormat(u"unknown"_s);
            session.reject(place.line, QString(), u"not a MediaCrawler record (no note_id or aweme_id)"_s, place.index);
            return Ok{};
        }
        session.countFormat(format);
        return acceptOrReject(record, mapper, session, place.line, place.index);
    });
}
