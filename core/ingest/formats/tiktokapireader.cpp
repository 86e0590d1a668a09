#include "core/ingest/formats/tiktokapireader.h"

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/formats/tiktokitem.h"

using namespace Qt::StringLiterals;

QString TikTokApiReader::id() const
{
    return u"tiktokapi-json"_s;
}

QStringList TikTokApiReader::extensions() const
{
    return {u"json"_s, u"jsonl"_s, u"ndjson"_s};
}

int TikTokApiReader::recognise(const SniffInput &input) const
{
    const QJsonObject first = input.firstJsonRecord();
    const bool itemStruct = first.contains("id"_L1) && first.contains("desc"_L1) && first.contains("createTime"_L1)
                            && first.contains("author"_L1);
    const bool stats = first.value("stats"_L1).isObject() || first.value("statsV2"_L1).isObject();
    return itemStruct && stats ? 80 : 0;
}

Status TikTokApiReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachJsonRecord(device, session, [&](const QJsonObject &item, const JsonRecordPlace &place) -> Status {
        CaptureRecord record;
        mapTikTokItem(item, record);
        return acceptOrReject(record, mapper, session, place.line, place.index);
    });
}
