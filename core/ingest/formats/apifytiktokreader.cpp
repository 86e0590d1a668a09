#include "core/ingest/formats/apifytiktokreader.h"

#include <algorithm>

#include <QRegularExpression>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/flatkeys.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

/// The video id in a `webVideoUrl` (`https://www.tiktok.com/@user/video/7234…`, or `/photo/` for
/// slideshows); empty when the URL has none.
QString idFromVideoUrl(const QString &url)
{
    static const QRegularExpression id(u"/(?:video|photo)/(\\d+)"_s);
    const QRegularExpressionMatch m = id.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The flattened camelCase item (README §5): counters at the top level, the author in `authorMeta`.
void mapApifyItem(const QJsonObject &item, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"tiktok"_s);
    const QJsonValue id = item.value("id"_L1);
    const QString urlId = idFromVideoUrl(item.value("webVideoUrl"_L1).toString());
    // A field selection may leave `id` out, and a spreadsheet may have rewritten the id cell as
    // `7.47513E+18` (digits lost): the video URL holds the id whole, as text.
    const QString idText = id.toString();
    const bool wholeId = id.isDouble() || (!idText.isEmpty() && std::all_of(idText.begin(), idText.end(), [](QChar c) {
                                               return c.isDigit();
                                           }));
    if (!wholeId && !urlId.isEmpty())
        record.setText(F::PostId, "webVideoUrl"_L1, urlId);
    else
        record.set(F::PostId, "id"_L1, id);
    const QJsonObject author = item.value("authorMeta"_L1).toObject();
    record.set(F::CreatorId, "authorMeta.id"_L1, firstPresent({author.value("id"_L1), author.value("name"_L1)}));
    record.set(F::CreatorName, "authorMeta.name"_L1, author.value("name"_L1));
    record.set(F::Text, "text"_L1, item.value("text"_L1));
    // Newer runs write [{name}], older ones [{id, name, title, cover}]; both have `name`.
    record.setTags("hashtags"_L1, collect(item.value("hashtags"_L1), "name"_L1));
    record.set(F::CreatedAt, "createTime"_L1, firstPresent({item.value("createTime"_L1), item.value("createTimeISO"_L1)}));
    record.set(F::Likes, "diggCount"_L1, item.value("diggCount"_L1));
    record.set(F::Comments, "commentCount"_L1, item.value("commentCount"_L1));
    record.set(F::Shares, "shareCount"_L1, item.value("shareCount"_L1));
    record.set(F::Saves, "collectCount"_L1, item.value("collectCount"_L1));
    record.set(F::Views, "playCount"_L1, item.value("playCount"_L1));
    record.set(F::Region, "locationCreated"_L1, item.value("locationCreated"_L1));
    record.set(F::Url, "webVideoUrl"_L1, item.value("webVideoUrl"_L1));
    record.set(F::Language, "textLanguage"_L1, item.value("textLanguage"_L1));
}

/// An item of Apify's TikTok comments scraper (`cid`, `awemeId`, `videoWebUrl`, `text`): a comment.
bool isComment(const QJsonObject &item)
{
    return item.contains("cid"_L1) && (item.contains("videoWebUrl"_L1) || item.contains("awemeId"_L1));
}

} // namespace

QString ApifyTikTokReader::id() const
{
    return u"apify-tiktok"_s;
}

QStringList ApifyTikTokReader::extensions() const
{
    return {u"json"_s, u"jsonl"_s, u"csv"_s};
}

int ApifyTikTokReader::recognise(const SniffInput &input) const
{
    const QJsonObject first = input.firstFlatRecord();
    return first.value("authorMeta"_L1).isObject() || first.contains("webVideoUrl"_L1) || isComment(first) ? 85 : 0;
}

Status ApifyTikTokReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachFlatItem(device, session, [&](const QJsonObject &item, qint64 line, qint64 index) -> Status {
        if (isComment(item)) {
            const QJsonValue video = item.value("awemeId"_L1);
            session.countComment(video.isString() ? video.toString()
                                                  : idFromVideoUrl(item.value("videoWebUrl"_L1).toString()));
            return Ok{};
        }
        CaptureRecord record;
        mapApifyItem(item, record);
        return acceptOrReject(record, mapper, session, line, index);
    });
}
