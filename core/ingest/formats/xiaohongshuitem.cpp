#include "core/ingest/formats/xiaohongshuitem.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

QString exploreUrl(const QString &id, const QString &token)
{
    // The token is required, otherwise the link answers 404 (README §2b).
    QString url = u"https://www.xiaohongshu.com/explore/"_s + id;
    if (!token.isEmpty())
        url += u"?xsec_token="_s + token;
    return url;
}

/// (i) search / explore feed item: no text but the title, and only a relative date (README §2b).
void mapSearch(const QJsonObject &item, CaptureRecord &record)
{
    const QJsonObject card = item.value("note_card"_L1).toObject();
    const QJsonObject user = card.value("user"_L1).toObject();
    const QJsonValue id = firstPresent({item.value("id"_L1), item.value("note_id"_L1)});
    record.set(F::PostId, "id"_L1, id);
    record.set(F::CreatorId, "note_card.user.user_id"_L1, user.value("user_id"_L1));
    record.set(F::CreatorName, "note_card.user.nickname"_L1,
               firstPresent({user.value("nickname"_L1), user.value("nick_name"_L1)}));
    record.set(F::Text, "note_card.display_title"_L1, card.value("display_title"_L1));
    const QJsonObject interact = card.value("interact_info"_L1).toObject();
    record.set(F::Likes, "note_card.interact_info.liked_count"_L1, interact.value("liked_count"_L1));
    record.set(F::Saves, "note_card.interact_info.collected_count"_L1, interact.value("collected_count"_L1));
    record.set(F::Comments, "note_card.interact_info.comment_count"_L1, interact.value("comment_count"_L1));
    record.set(F::Shares, "note_card.interact_info.shared_count"_L1,
               firstPresent({interact.value("shared_count"_L1), interact.value("share_count"_L1)}));
    // "刚刚", "3天前", "05-12": resolved against the capture time and flagged approximate (§7.2).
    QString when;
    const QJsonArray corner = card.value("corner_tag_info"_L1).toArray();
    for (const QJsonValue &tag : corner) {
        if (tag.toObject().value("type"_L1).toString() == "publish_time"_L1)
            when = tag.toObject().value("text"_L1).toString();
    }
    record.setText(F::CreatedAt, "note_card.corner_tag_info.publish_time"_L1, when);
    record.setText(F::Url, "id"_L1, exploreUrl(id.toString(), item.value("xsec_token"_L1).toString()));
}

/// (ii) post page: `note` in camelCase (README §2b).
void mapNote(const QJsonObject &item, CaptureRecord &record)
{
    const QJsonObject note = item.value("note"_L1).toObject();
    const QJsonObject user = note.value("user"_L1).toObject();
    const QJsonValue id = firstPresent({note.value("noteId"_L1), item.value("id"_L1)});
    record.set(F::PostId, "note.noteId"_L1, id);
    record.set(F::CreatorId, "note.user.userId"_L1, user.value("userId"_L1));
    record.set(F::CreatorName, "note.user.nickname"_L1, user.value("nickname"_L1));
    record.setText(F::Text, "note.desc"_L1,
                   xiaohongshuText(note.value("title"_L1).toString(), note.value("desc"_L1).toString()));
    record.setTags("note.tagList"_L1, collect(note.value("tagList"_L1), "name"_L1, "type"_L1, QJsonValue(u"topic"_s)));
    record.set(F::CreatedAt, "note.time"_L1, note.value("time"_L1));
    const QJsonObject interact = note.value("interactInfo"_L1).toObject();
    record.set(F::Likes, "note.interactInfo.likedCount"_L1, interact.value("likedCount"_L1));
    record.set(F::Saves, "note.interactInfo.collectedCount"_L1, interact.value("collectedCount"_L1));
    record.set(F::Comments, "note.interactInfo.commentCount"_L1, interact.value("commentCount"_L1));
    record.set(F::Shares, "note.interactInfo.shareCount"_L1, interact.value("shareCount"_L1));
    record.set(F::Region, "note.ipLocation"_L1, note.value("ipLocation"_L1));
    record.setText(F::Url, "note.noteId"_L1, exploreUrl(id.toString(), note.value("xsecToken"_L1).toString()));
}

/// (iii) feed/detail API JSON in snake_case, as MediaCrawler stores it too (README §2b).
void mapApi(const QJsonObject &item, CaptureRecord &record)
{
    const QJsonObject user = item.value("user"_L1).toObject();
    const QJsonValue id = firstPresent({item.value("note_id"_L1), item.value("id"_L1)});
    record.set(F::PostId, "note_id"_L1, id);
    record.set(F::CreatorId, "user.user_id"_L1, firstPresent({user.value("user_id"_L1), user.value("userId"_L1)}));
    record.set(F::CreatorName, "user.nickname"_L1, user.value("nickname"_L1));
    record.setText(F::Text, "desc"_L1,
                   xiaohongshuText(item.value("title"_L1).toString(), item.value("desc"_L1).toString()));
    record.setTags("tag_list"_L1, collect(item.value("tag_list"_L1), "name"_L1, "type"_L1, QJsonValue(u"topic"_s)));
    record.set(F::CreatedAt, "time"_L1, item.value("time"_L1));
    const QJsonObject interact = item.value("interact_info"_L1).toObject();
    record.set(F::Likes, "interact_info.liked_count"_L1, interact.value("liked_count"_L1));
    record.set(F::Saves, "interact_info.collected_count"_L1, interact.value("collected_count"_L1));
    record.set(F::Comments, "interact_info.comment_count"_L1, interact.value("comment_count"_L1));
    record.set(F::Shares, "interact_info.share_count"_L1, interact.value("share_count"_L1));
    record.set(F::Region, "ip_location"_L1, item.value("ip_location"_L1));
    record.setText(F::Url, "note_id"_L1, exploreUrl(id.toString(), item.value("xsec_token"_L1).toString()));
}

/// (iv) HTML-scraped card: no time, no author id; the author's name stands in for it.
void mapHtml(const QJsonObject &item, CaptureRecord &record)
{
    record.set(F::PostId, "id"_L1, item.value("id"_L1));
    record.set(F::CreatorId, "author_name"_L1, item.value("author_name"_L1));
    record.set(F::CreatorName, "author_name"_L1, item.value("author_name"_L1));
    record.set(F::Text, "title"_L1, item.value("title"_L1));
    record.set(F::Likes, "likes"_L1, item.value("likes"_L1));
    record.setMissing(F::CreatedAt, "time"_L1);
    record.set(F::Url, "url"_L1, item.value("url"_L1));
}

} // namespace

QString xiaohongshuText(const QString &title, const QString &desc)
{
    if (title.isEmpty() || desc.startsWith(title))
        return desc;
    if (desc.isEmpty())
        return title;
    return title + u'\n' + desc;
}

QLatin1StringView mapXiaohongshuItem(const QJsonObject &item, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"xiaohongshu"_s);
    // 4CAT picks the shape by `_zs-origin`, `note` or `note_card` (README §2b).
    if (item.value("_zs-origin"_L1).toString() == "html"_L1) {
        mapHtml(item, record);
        return "html"_L1;
    }
    if (item.value("note_card"_L1).isObject()) {
        mapSearch(item, record);
        return "search"_L1;
    }
    if (item.value("note"_L1).isObject()) {
        mapNote(item, record);
        return "note"_L1;
    }
    if (item.contains("note_id"_L1) || item.value("user"_L1).isObject()) {
        mapApi(item, record);
        return "api"_L1;
    }
    record.setMissing(F::PostId, "note_card"_L1);
    return "tile"_L1;
}
