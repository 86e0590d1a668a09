#include "core/ingest/formats/mediacrawlerrecord.h"

#include <QTimeZone>

#include "core/ingest/formats/xiaohongshuitem.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

constexpr int kBeijingOffsetSeconds = 8 * 3600; // Tieba pages show China Standard Time, which has no DST

bool hasAny(const QJsonObject &record, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys)
        if (record.contains(key))
            return true;
    return false;
}

/// The post platform of a `contents` record; each rule needs the id key and a key only that
/// platform's store writes (store/<platform>/__init__.py). Empty when none fits.
MediaCrawlerShape postShape(const QJsonObject &r)
{
    using K = MediaCrawlerShape::Kind;
    if (r.contains("aweme_id"_L1))
        return {K::Post, "douyin"_L1, "aweme_id"_L1};
    if (r.contains("video_id"_L1)) {
        if (hasAny(r, {"video_play_count"_L1, "video_danmaku"_L1, "video_coin_count"_L1, "video_comment"_L1}))
            return {K::Post, "bilibili"_L1, "video_id"_L1};
        if (hasAny(r, {"viewd_count"_L1, "video_play_url"_L1}))
            return {K::Post, "kuaishou"_L1, "video_id"_L1};
        return {K::UnknownPlatform, {}, "video_id"_L1};
    }
    if (r.contains("content_id"_L1)) {
        if (hasAny(r, {"voteup_count"_L1, "content_type"_L1, "question_id"_L1}))
            return {K::Post, "zhihu"_L1, "content_id"_L1};
        return {K::UnknownPlatform, {}, "content_id"_L1};
    }
    if (r.contains("note_id"_L1)) {
        // `note_id` is written by three stores. A key such as `content` or `desc` is shared (XHS
        // comments have `content` too, Tieba posts have `desc`), so it decides nothing.
        if (hasAny(r, {"tieba_name"_L1, "tieba_link"_L1, "total_replay_num"_L1}))
            return {K::Post, "tieba"_L1, "note_id"_L1};
        if (hasAny(r, {"comments_count"_L1, "shared_count"_L1, "create_date_time"_L1}))
            return {K::Post, "weibo"_L1, "note_id"_L1};
        if (hasAny(r, {"time"_L1, "tag_list"_L1, "collected_count"_L1, "xsec_token"_L1, "image_list"_L1}))
            return {K::Post, "xhs"_L1, "note_id"_L1};
        return {K::UnknownPlatform, {}, "note_id"_L1};
    }
    return {};
}

QLatin1StringView slugOf(QLatin1StringView platform)
{
    return platform == "xhs"_L1 ? "xiaohongshu"_L1 : platform;
}

/// A creator id: the 2026 `creator_hash`, else the legacy keys in order.
void setCreator(const QJsonObject &r, CaptureRecord &out, std::initializer_list<QLatin1StringView> legacyKeys)
{
    if (r.contains("creator_hash"_L1)) {
        out.set(F::CreatorId, "creator_hash"_L1, r.value("creator_hash"_L1));
        return;
    }
    for (const QLatin1StringView key : legacyKeys) {
        const QJsonValue v = r.value(key);
        if (!v.isNull() && !v.isUndefined() && !(v.isString() && v.toString().isEmpty())) {
            out.set(F::CreatorId, key, v);
            return;
        }
    }
    out.setMissing(F::CreatorId, *legacyKeys.begin());
}

void mapXhs(const QJsonObject &r, CaptureRecord &out)
{
    out.setText(F::Text, "desc"_L1, xiaohongshuText(r.value("title"_L1).toString(), r.value("desc"_L1).toString()));
    // `tag_list` is the topic names joined with commas (README §4).
    out.set(F::Hashtags, "tag_list"_L1, r.value("tag_list"_L1));
    out.set(F::CreatedAt, "time"_L1, r.value("time"_L1));
    out.set(F::Likes, "liked_count"_L1, r.value("liked_count"_L1));
    out.set(F::Comments, "comment_count"_L1, r.value("comment_count"_L1));
    out.set(F::Shares, "share_count"_L1, r.value("share_count"_L1));
    out.set(F::Saves, "collected_count"_L1, r.value("collected_count"_L1));
    out.set(F::Url, "note_url"_L1, r.value("note_url"_L1));
}

void mapDouyin(const QJsonObject &r, CaptureRecord &out)
{
    // `title` repeats `desc`; tags are only inline (README §4). Views are not stored: unknown.
    out.set(F::Text, "desc"_L1, firstPresent({r.value("desc"_L1), r.value("title"_L1)}));
    out.set(F::CreatedAt, "create_time"_L1, r.value("create_time"_L1));
    out.set(F::Likes, "liked_count"_L1, r.value("liked_count"_L1));
    out.set(F::Comments, "comment_count"_L1, r.value("comment_count"_L1));
    out.set(F::Shares, "share_count"_L1, r.value("share_count"_L1));
    out.set(F::Saves, "collected_count"_L1, r.value("collected_count"_L1));
    out.set(F::Url, "aweme_url"_L1, r.value("aweme_url"_L1));
}

void mapWeibo(const QJsonObject &r, CaptureRecord &out)
{
    // `#话题#` pairs in the text: the mapper reads Weibo text with the paired syntax.
    out.set(F::Text, "content"_L1, r.value("content"_L1));
    out.set(F::CreatedAt, "create_time"_L1, firstPresent({r.value("create_time"_L1), r.value("create_date_time"_L1)}));
    out.set(F::Likes, "liked_count"_L1, r.value("liked_count"_L1));
    out.set(F::Comments, "comments_count"_L1, r.value("comments_count"_L1));
    out.set(F::Shares, "shared_count"_L1, r.value("shared_count"_L1));
    out.set(F::Url, "note_url"_L1, r.value("note_url"_L1));
}

/// store/bilibili: `update_bilibili_video` (counters as strings, `create_time` = pubdate in seconds).
void mapBilibili(const QJsonObject &r, CaptureRecord &out)
{
    out.setText(F::Text, "desc"_L1, xiaohongshuText(r.value("title"_L1).toString(), r.value("desc"_L1).toString()));
    out.set(F::CreatedAt, "create_time"_L1, r.value("create_time"_L1));
    out.set(F::Likes, "liked_count"_L1, r.value("liked_count"_L1));
    out.set(F::Comments, "video_comment"_L1, r.value("video_comment"_L1));
    out.set(F::Shares, "video_share_count"_L1, r.value("video_share_count"_L1));
    out.set(F::Saves, "video_favorite_count"_L1, r.value("video_favorite_count"_L1));
    out.set(F::Views, "video_play_count"_L1, r.value("video_play_count"_L1));
    out.set(F::Url, "video_url"_L1, r.value("video_url"_L1));
}

/// store/kuaishou: `update_kuaishou_video` (`title` = `desc` = the caption, `create_time` in ms).
void mapKuaishou(const QJsonObject &r, CaptureRecord &out)
{
    out.set(F::Text, "desc"_L1, firstPresent({r.value("desc"_L1), r.value("title"_L1)}));
    out.set(F::CreatedAt, "create_time"_L1, r.value("create_time"_L1));
    out.set(F::Likes, "liked_count"_L1, r.value("liked_count"_L1));
    out.set(F::Views, "viewd_count"_L1, r.value("viewd_count"_L1)); // sic
    out.set(F::Url, "video_url"_L1, r.value("video_url"_L1));
}

/// model/m_baidu_tieba `TiebaNote`: `publish_time` is the page's `YYYY-MM-DD HH:MM` in Beijing
/// time, whatever `ingest.naive_timezone` says; `total_replay_num` counts the replies.
void mapTieba(const QJsonObject &r, const TimeParser &times, CaptureRecord &out)
{
    out.setText(F::Text, "desc"_L1, xiaohongshuText(r.value("title"_L1).toString(), r.value("desc"_L1).toString()));
    const QJsonValue published = r.value("publish_time"_L1);
    const TimeParser beijing(QTimeZone(kBeijingOffsetSeconds), times.captureMs());
    const Result<ParsedTime> parsed =
        published.isString() ? beijing.parse(published.toString()) : Result<ParsedTime>(Error{});
    if (parsed && !parsed.value().approximate)
        out.setEpochMs(F::CreatedAt, "publish_time"_L1, parsed.value().msSinceEpoch);
    else
        out.set(F::CreatedAt, "publish_time"_L1, published); // the mapper names what is wrong
    out.set(F::Comments, "total_replay_num"_L1, r.value("total_replay_num"_L1));
    out.set(F::Url, "note_url"_L1, r.value("note_url"_L1));
}

/// model/m_zhihu `ZhihuContent` (answer, article or zvideo): `created_time` in seconds.
void mapZhihu(const QJsonObject &r, CaptureRecord &out)
{
    out.setText(F::Text, "content_text"_L1,
                xiaohongshuText(r.value("title"_L1).toString(),
                                firstPresent({r.value("content_text"_L1), r.value("desc"_L1)}).toString()));
    out.set(F::CreatedAt, "created_time"_L1, r.value("created_time"_L1));
    out.set(F::Likes, "voteup_count"_L1, r.value("voteup_count"_L1));
    out.set(F::Comments, "comment_count"_L1, r.value("comment_count"_L1));
    out.set(F::Url, "content_url"_L1, r.value("content_url"_L1));
}

} // namespace

MediaCrawlerShape mediaCrawlerShape(const QJsonObject &record)
{
    if (record.contains("comment_id"_L1)) {
        // Every store's comments carry `comment_id` and their post's id (README §4): a comment is
        // never a post, whatever else it looks like.
        for (const QLatin1StringView key : {"note_id"_L1, "aweme_id"_L1, "video_id"_L1, "content_id"_L1})
            if (record.contains(key))
                return {MediaCrawlerShape::Kind::Comment, {}, key};
        return {MediaCrawlerShape::Kind::Comment, {}, {}};
    }
    return postShape(record);
}

int mediaCrawlerScore(const QJsonObject &first)
{
    const bool bookkeeping = first.contains("last_modify_ts"_L1) || first.contains("source_keyword"_L1);
    switch (mediaCrawlerShape(first).kind) {
    case MediaCrawlerShape::Kind::None:
        return 0;
    case MediaCrawlerShape::Kind::UnknownPlatform:
        return bookkeeping ? 70 : 0;
    case MediaCrawlerShape::Kind::Comment:
    case MediaCrawlerShape::Kind::Post:
        break;
    }
    return bookkeeping ? 85 : 65;
}

QString mapMediaCrawlerRecord(const QJsonObject &record, const MediaCrawlerShape &shape, CaptureRecord &out,
                              const TimeParser &times)
{
    const QLatin1StringView platform = shape.platform;
    out.setText(F::Platform, "platform"_L1, QString(slugOf(platform)));
    out.set(F::PostId, shape.idKey, record.value(shape.idKey));
    // The 2026-07-01 schema dropped user ids for a stable `creator_hash` (README §4, §7.7).
    const bool legacy = !record.contains("creator_hash"_L1);
    const bool userPrefixed = platform == "tieba"_L1 || platform == "zhihu"_L1; // pydantic models: user_*
    if (platform == "tieba"_L1)
        setCreator(record, out, {"user_link"_L1, "user_nickname"_L1}); // Tieba pages show no user id
    else if (platform == "zhihu"_L1)
        setCreator(record, out, {"user_id"_L1, "user_url_token"_L1});
    else
        setCreator(record, out, {"user_id"_L1});
    const QLatin1StringView nameKey = userPrefixed ? "user_nickname"_L1 : "nickname"_L1;
    out.set(F::CreatorName, nameKey, record.value(nameKey));
    out.set(F::Region, "ip_location"_L1, record.value("ip_location"_L1));

    // `last_modify_ts` (ms) is when the crawler stored this snapshot; files append without
    // de-duplication, so the same post recurs with newer counters (README §4).
    if (const std::optional<qint64> stored = integer(record.value("last_modify_ts"_L1))) {
        out.setEpochMs(F::FirstSeen, "last_modify_ts"_L1, *stored);
        out.setCapturedAtMs(*stored);
    }

    if (platform == "xhs"_L1)
        mapXhs(record, out);
    else if (platform == "douyin"_L1)
        mapDouyin(record, out);
    else if (platform == "weibo"_L1)
        mapWeibo(record, out);
    else if (platform == "bilibili"_L1)
        mapBilibili(record, out);
    else if (platform == "kuaishou"_L1)
        mapKuaishou(record, out);
    else if (platform == "tieba"_L1)
        mapTieba(record, times, out);
    else
        mapZhihu(record, out);
    return u"mediacrawler-"_s + platform + (legacy ? u"-legacy"_s : QString());
}

Status readMediaCrawlerRecord(const QJsonObject &record, const NativePostMapper &mapper, ReadSession &session,
                              qint64 line, qint64 index)
{
    const MediaCrawlerShape shape = mediaCrawlerShape(record);
    switch (shape.kind) {
    case MediaCrawlerShape::Kind::Comment: {
        const QJsonValue parent = shape.idKey.isEmpty() ? QJsonValue() : record.value(shape.idKey);
        const std::optional<qint64> number = capturejson::integer(parent);
        session.countComment(parent.isDouble() ? (number ? QString::number(*number) : QString()) : parent.toString());
        return Ok{};
    }
    case MediaCrawlerShape::Kind::UnknownPlatform:
        session.countFormat(u"mediacrawler-unknown-platform"_s);
        session.reject(line, u"platform"_s,
                       u"cannot be determined: MediaCrawler writes `"_s + shape.idKey
                           + u"` for several platforms and this record has none of the keys that tell them apart "
                             u"(Xiaohongshu `time`/`tag_list`, Weibo `comments_count`, Tieba `tieba_name`, "
                             u"Bilibili `video_play_count`, Kuaishou `viewd_count`, Zhihu `voteup_count`); "
                             u"the platform has to be given for this file"_s,
                       index);
        return Ok{};
    case MediaCrawlerShape::Kind::None:
        session.countFormat(u"unknown"_s);
        session.reject(line, QString(),
                       u"not a MediaCrawler post or comment (no note_id, aweme_id, video_id or content_id)"_s, index);
        return Ok{};
    case MediaCrawlerShape::Kind::Post:
        break;
    }
    CaptureRecord out;
    session.countFormat(mapMediaCrawlerRecord(record, shape, out, session.times()));
    return acceptOrReject(out, mapper, session, line, index);
}
