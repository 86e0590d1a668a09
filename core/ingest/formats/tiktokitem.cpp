#include "core/ingest/formats/tiktokitem.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

/// `textExtra[type==1].hashtagName` ∪ `challenges[].title` ∪ photo posts' `contents[].textExtra`
/// (README §2a); the text is read as well by the mapper, since `textExtra` is often empty.
template <typename Object>
QStringList tiktokTags(const Object &item)
{
    QStringList tags = collect(item.value("textExtra"_L1), "hashtagName"_L1, "type"_L1, QJsonValue(1));
    tags += collect(item.value("challenges"_L1), "title"_L1);
    const auto contents = item.value("contents"_L1).toArray();
    for (const auto &content : contents)
        tags += collect(content.toObject().value("textExtra"_L1), "hashtagName"_L1, "type"_L1, QJsonValue(1));
    return tags;
}

} // namespace

template <typename Object>
void mapTikTokItem(const Object &item, CaptureRecord &record)
{
    using F = NativePostMapper::Field;
    record.setText(F::Platform, "platform"_L1, u"tiktok"_s);
    record.set(F::PostId, "id"_L1, item.value("id"_L1));

    // Embedded page JSON has `author` as the plain handle and `nickname` beside it (README §2a).
    const auto author = item.value("author"_L1);
    QString handle;
    if (author.isString()) {
        handle = author.toString();
        record.setText(F::CreatorId, "author"_L1, handle);
    } else {
        const auto a = author.toObject();
        handle = a.value("uniqueId"_L1).toString();
        record.set(F::CreatorId, "author.id"_L1, firstPresent({a.value("id"_L1), a.value("uniqueId"_L1)}));
    }
    record.setText(F::CreatorName, "author.uniqueId"_L1,
                   handle.isEmpty() ? author.toObject().value("nickname"_L1).toString() : handle);
    record.set(F::Text, "desc"_L1, item.value("desc"_L1));
    record.setTags("textExtra"_L1, tiktokTags(item));
    record.set(F::CreatedAt, "createTime"_L1, item.value("createTime"_L1));

    // TikTok-Api reads `statsV2 or stats`; statsV2 holds the same counts as strings (README §5).
    const auto stats = item.value("stats"_L1).toObject();
    const auto statsV2 = item.value("statsV2"_L1).toObject();
    const auto count = [&](F field, QLatin1StringView source, QLatin1StringView key) {
        record.set(field, source, firstPresent({stats.value(key), statsV2.value(key)}));
    };
    count(F::Likes, "stats.diggCount"_L1, "diggCount"_L1);
    count(F::Comments, "stats.commentCount"_L1, "commentCount"_L1);
    count(F::Shares, "stats.shareCount"_L1, "shareCount"_L1);
    count(F::Saves, "stats.collectCount"_L1, "collectCount"_L1);
    count(F::Views, "stats.playCount"_L1, "playCount"_L1);

    record.set(F::Region, "locationCreated"_L1, item.value("locationCreated"_L1));
    record.set(F::Language, "textLanguage"_L1, item.value("textLanguage"_L1));
    const auto idValue = item.value("id"_L1);
    const QString id = idValue.isString() ? idValue.toString() : QString::number(idValue.toInteger());
    if (!handle.isEmpty())
        record.setText(F::Url, "url"_L1, u"https://www.tiktok.com/@"_s + handle + u"/video/"_s + id);
}

template void mapTikTokItem<QJsonObject>(const QJsonObject &, CaptureRecord &);
template void mapTikTokItem<jsonlite::Object>(const jsonlite::Object &, CaptureRecord &);
