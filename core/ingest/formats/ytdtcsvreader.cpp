#include "core/ingest/formats/ytdtcsvreader.h"

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/csvrecords.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

using F = NativePostMapper::Field;

void mapYtdtRow(const QJsonObject &row, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"youtube"_s);
    record.set(F::PostId, "videoId"_L1, row.value("videoId"_L1));
    record.set(F::CreatorId, "channelId"_L1, row.value("channelId"_L1));
    record.set(F::CreatorName, "channelTitle"_L1, row.value("channelTitle"_L1));
    // Title and description both carry tags (README §6: videoTitle + videoDescription).
    const QString title = row.value("videoTitle"_L1).toString();
    const QString description = row.value("videoDescription"_L1).toString();
    record.setText(F::Text, "videoDescription"_L1,
                   description.isEmpty() ? title : title.isEmpty() ? description : title + u'\n' + description);
    record.set(F::Hashtags, "tags"_L1, row.value("tags"_L1));
    record.set(F::CreatedAt, "publishedAt"_L1, row.value("publishedAt"_L1));
    record.set(F::Likes, "likeCount"_L1, row.value("likeCount"_L1));
    record.set(F::Comments, "commentCount"_L1, row.value("commentCount"_L1));
    record.set(F::Views, "viewCount"_L1, row.value("viewCount"_L1));
    record.set(F::Language, "defaultLanguage"_L1, row.value("defaultLanguage"_L1));
    record.setText(F::Url, "videoId"_L1, u"https://www.youtube.com/watch?v="_s + row.value("videoId"_L1).toString());
}

} // namespace

QString YtdtCsvReader::id() const
{
    return u"ytdt-csv"_s;
}

QStringList YtdtCsvReader::extensions() const
{
    return {u"csv"_s, u"tab"_s};
}

int YtdtCsvReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty() || text.startsWith('{') || text.startsWith('['))
        return 0;
    const QStringList header = input.csvHeader();
    return header.contains("videoid"_L1) && header.contains("channelid"_L1) && header.contains("publishedat"_L1) ? 85 : 0;
}

Status YtdtCsvReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachCsvRecord(device, session, [&](const QJsonObject &row, qint64 line) -> Status {
        CaptureRecord record;
        mapYtdtRow(row, record);
        return acceptOrReject(record, mapper, session, line);
    });
}
