#include "core/ingest/formats/mediacrawlerrecord.h"

#include "core/ingest/formats/xiaohongshuitem.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

QLatin1StringView mediaCrawlerPlatform(const QJsonObject &record)
{
    // The id key and one key only that platform has; a missing time is then a field reject.
    if (record.contains("aweme_id"_L1))
        return "douyin"_L1;
    if (record.contains("note_id"_L1) && (record.contains("content"_L1) || record.contains("comments_count"_L1)))
        return "weibo"_L1;
    if (record.contains("note_id"_L1) && (record.contains("time"_L1) || record.contains("desc"_L1)))
        return "xhs"_L1;
    return {};
}

QString mapMediaCrawlerRecord(const QJsonObject &record, CaptureRecord &out)
{
    using F = NativePostMapper::Field;
    const QLatin1StringView platform = mediaCrawlerPlatform(record);
    if (platform.isEmpty())
        return {};
    // The 2026-07-01 schema dropped user ids for a stable `creator_hash` (README §4, §7.7).
    const bool legacy = !record.contains("creator_hash"_L1);
    const QJsonValue creator = legacy ? record.value("user_id"_L1) : record.value("creator_hash"_L1);
    const QLatin1StringView creatorKey = legacy ? "user_id"_L1 : "creator_hash"_L1;
    out.set(F::CreatorId, creatorKey, creator);
    out.set(F::CreatorName, "nickname"_L1, record.value("nickname"_L1));
    out.set(F::Region, "ip_location"_L1, record.value("ip_location"_L1));
    out.set(F::Likes, "liked_count"_L1, record.value("liked_count"_L1));

    // `last_modify_ts` (ms) is when the crawler stored this snapshot; files append without
    // de-duplication, so the same post recurs with newer counters (README §4).
    if (const std::optional<qint64> stored = integer(record.value("last_modify_ts"_L1))) {
        out.setEpochMs(F::FirstSeen, "last_modify_ts"_L1, *stored);
        out.setCapturedAtMs(*stored);
    }

    if (platform == "xhs"_L1) {
        out.setText(F::Platform, "platform"_L1, u"xiaohongshu"_s);
        out.set(F::PostId, "note_id"_L1, record.value("note_id"_L1));
        out.setText(F::Text, "desc"_L1,
                    xiaohongshuText(record.value("title"_L1).toString(), record.value("desc"_L1).toString()));
        // `tag_list` is the topic names joined with commas (README §4).
        out.set(F::Hashtags, "tag_list"_L1, record.value("tag_list"_L1));
        out.set(F::CreatedAt, "time"_L1, record.value("time"_L1));
        out.set(F::Comments, "comment_count"_L1, record.value("comment_count"_L1));
        out.set(F::Shares, "share_count"_L1, record.value("share_count"_L1));
        out.set(F::Saves, "collected_count"_L1, record.value("collected_count"_L1));
        out.set(F::Url, "note_url"_L1, record.value("note_url"_L1));
    } else if (platform == "douyin"_L1) {
        out.setText(F::Platform, "platform"_L1, u"douyin"_s);
        out.set(F::PostId, "aweme_id"_L1, record.value("aweme_id"_L1));
        // `title` repeats `desc`; tags are only inline (README §4). Views are not stored: unknown.
        out.set(F::Text, "desc"_L1, firstPresent({record.value("desc"_L1), record.value("title"_L1)}));
        out.set(F::CreatedAt, "create_time"_L1, record.value("create_time"_L1));
        out.set(F::Comments, "comment_count"_L1, record.value("comment_count"_L1));
        out.set(F::Shares, "share_count"_L1, record.value("share_count"_L1));
        out.set(F::Saves, "collected_count"_L1, record.value("collected_count"_L1));
        out.set(F::Url, "aweme_url"_L1, record.value("aweme_url"_L1));
    } else {
        out.setText(F::Platform, "platform"_L1, u"weibo"_s);
        out.set(F::PostId, "note_id"_L1, record.value("note_id"_L1));
        // `#话题#` pairs in the text: the mapper reads Weibo text with the paired syntax.
        out.set(F::Text, "content"_L1, record.value("content"_L1));
        out.set(F::CreatedAt, "create_time"_L1,
                firstPresent({record.value("create_time"_L1), record.value("create_date_time"_L1)}));
        out.set(F::Comments, "comments_count"_L1, record.value("comments_count"_L1));
        out.set(F::Shares, "shared_count"_L1, record.value("shared_count"_L1));
        out.set(F::Url, "note_url"_L1, record.value("note_url"_L1));
    }
    return u"mediacrawler-"_s + platform + (legacy ? u"-legacy"_s : QString());
}
