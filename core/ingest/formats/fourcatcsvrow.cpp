#include "core/ingest/formats/fourcatcsvrow.h"

#include "core/ingest/formats/xiaohongshuitem.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

/// `hashtags` (and TikTok's `challenges`) are comma-joined; NativePostMapper splits them.
void setTags(const QJsonObject &row, CaptureRecord &record)
{
    QString tags = row.value("hashtags"_L1).toString();
    const QString challenges = row.value("challenges"_L1).toString();
    if (!challenges.isEmpty())
        tags += u',' + challenges;
    record.set(F::Hashtags, "hashtags"_L1, tags.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tags));
}

/// A 0 from a platform that does not report the number is unknown, not 0 (README §7.5).
void setViewsUnlessZero(CaptureRecord &record, QLatin1StringView column, const QJsonValue &value)
{
    if (integer(value) == std::optional<qint64>(0))
        record.setMissing(F::Views, column);
    else
        record.set(F::Views, column, value);
}

} // namespace

FourCatCsvKind fourCatCsvKind(const QStringList &header)
{
    const auto has = [&header](QLatin1StringView column) { return header.contains(column); };
    if (!has("id"_L1))
        return FourCatCsvKind::None;
    if (has("unix_timestamp"_L1)) {
        if (has("tiktok_url"_L1))
            return FourCatCsvKind::TikTok;
        if (has("digg_count"_L1) && has("post_url"_L1))
            return FourCatCsvKind::Douyin;
        if (has("num_likes"_L1) && has("media_type"_L1))
            return FourCatCsvKind::Instagram;
        if (has("retweet_count"_L1) && has("like_count"_L1))
            return FourCatCsvKind::X;
        if (has("likes"_L1) && has("title"_L1) && has("author_avatar_url"_L1))
            return FourCatCsvKind::Xiaohongshu;
    }
    // 4CAT's "Custom/other" upload: id, thread_id, author, body, timestamp (README §3).
    if (has("thread_id"_L1) && has("author"_L1) && has("body"_L1) && has("timestamp"_L1))
        return FourCatCsvKind::Custom;
    return FourCatCsvKind::None;
}

QLatin1StringView fourCatCsvFormat(FourCatCsvKind kind)
{
    switch (kind) {
    case FourCatCsvKind::TikTok: return "4cat-csv-tiktok"_L1;
    case FourCatCsvKind::Xiaohongshu: return "4cat-csv-xiaohongshu"_L1;
    case FourCatCsvKind::Douyin: return "4cat-csv-douyin"_L1;
    case FourCatCsvKind::Instagram: return "4cat-csv-instagram"_L1;
    case FourCatCsvKind::X: return "4cat-csv-x"_L1;
    case FourCatCsvKind::Custom: return "4cat-csv-custom"_L1;
    case FourCatCsvKind::None: break;
    }
    return "4cat-csv"_L1;
}

void mapFourCatCsvRow(FourCatCsvKind kind, const QJsonObject &row, CaptureRecord &record)
{
    record.set(F::PostId, "id"_L1, row.value("id"_L1));
    record.set(F::CreatedAt, "unix_timestamp"_L1, row.value("unix_timestamp"_L1));
    setTags(row, record);
    switch (kind) {
    case FourCatCsvKind::TikTok:
        record.setText(F::Platform, "platform"_L1, u"tiktok"_s);
        record.set(F::CreatorId, "author"_L1, row.value("author"_L1)); // the handle: no author id column
        record.set(F::CreatorName, "author"_L1, row.value("author"_L1));
        record.set(F::Text, "body"_L1, row.value("body"_L1));
        record.set(F::Likes, "likes"_L1, row.value("likes"_L1));
        record.set(F::Comments, "comments"_L1, row.value("comments"_L1));
        record.set(F::Shares, "shares"_L1, row.value("shares"_L1));
        record.set(F::Views, "plays"_L1, row.value("plays"_L1));
        record.set(F::Region, "location_created"_L1, row.value("location_created"_L1));
        record.set(F::Url, "tiktok_url"_L1, row.value("tiktok_url"_L1));
        break;
    case FourCatCsvKind::Xiaohongshu:
        // No author id, no comments/shares/saves, and `likes` is the raw "1.2万" (README §3).
        record.setText(F::Platform, "platform"_L1, u"xiaohongshu"_s);
        record.set(F::CreatorId, "author"_L1, row.value("author"_L1));
        record.set(F::CreatorName, "author"_L1, row.value("author"_L1));
        record.setText(F::Text, "body"_L1,
                       xiaohongshuText(row.value("title"_L1).toString(), row.value("body"_L1).toString()));
        record.set(F::Likes, "likes"_L1, row.value("likes"_L1));
        record.set(F::Url, "url"_L1, row.value("url"_L1));
        break;
    case FourCatCsvKind::Douyin:
        record.setText(F::Platform, "platform"_L1, u"douyin"_s);
        record.set(F::CreatorId, "author_user_id"_L1, row.value("author_user_id"_L1));
        record.set(F::CreatorName, "author_nickname"_L1, row.value("author_nickname"_L1));
        record.set(F::Text, "body"_L1, row.value("body"_L1));
        record.set(F::Likes, "digg_count"_L1, row.value("digg_count"_L1));
        record.set(F::Comments, "comment_count"_L1, row.value("comment_count"_L1));
        record.set(F::Shares, "share_count"_L1, row.value("share_count"_L1));
        record.set(F::Saves, "collect_count"_L1, row.value("collect_count"_L1));
        setViewsUnlessZero(record, "play_count"_L1, row.value("play_count"_L1));
        record.set(F::Region, "region"_L1, row.value("region"_L1));
        record.set(F::Url, "post_url"_L1, row.value("post_url"_L1));
        break;
    case FourCatCsvKind::Instagram:
        record.setText(F::Platform, "platform"_L1, u"instagram"_s);
        record.set(F::CreatorId, "author_id"_L1, firstPresent({row.value("author_id"_L1), row.value("author"_L1)}));
        record.set(F::CreatorName, "author"_L1, row.value("author"_L1));
        record.set(F::Text, "body"_L1, row.value("body"_L1));
        record.set(F::Likes, "num_likes"_L1, row.value("num_likes"_L1));
        record.set(F::Comments, "num_comments"_L1, row.value("num_comments"_L1));
        record.set(F::Views, "play_count"_L1, row.value("play_count"_L1));
        record.set(F::Region, "location_name"_L1, row.value("location_name"_L1));
        record.set(F::Url, "url"_L1, row.value("url"_L1));
        break;
    case FourCatCsvKind::X: {
        record.setText(F::Platform, "platform"_L1, u"x"_s);
        record.set(F::CreatorId, "author_id"_L1, firstPresent({row.value("author_id"_L1), row.value("author"_L1)}));
        record.set(F::CreatorName, "author"_L1, row.value("author"_L1));
        record.set(F::Text, "body"_L1, row.value("body"_L1));
        record.set(F::Likes, "like_count"_L1, row.value("like_count"_L1));
        record.set(F::Comments, "reply_count"_L1, row.value("reply_count"_L1));
        const std::optional<qint64> retweets = integer(row.value("retweet_count"_L1));
        const std::optional<qint64> quotes = integer(row.value("quote_count"_L1));
        if (retweets || quotes)
            record.set(F::Shares, "retweet_count"_L1, QJsonValue(retweets.value_or(0) + quotes.value_or(0)));
        record.set(F::Views, "impression_count"_L1, row.value("impression_count"_L1));
        record.set(F::Region, "place_name"_L1, row.value("place_name"_L1));
        record.set(F::Url, "link"_L1, row.value("link"_L1));
        record.set(F::Language, "language_guess"_L1, row.value("language_guess"_L1));
        break;
    }
    case FourCatCsvKind::Custom:
    case FourCatCsvKind::None:
        // The custom upload names no platform; a `platform` column wins, else "other".
        record.setText(F::Platform, "platform"_L1,
                       row.value("platform"_L1).toString().isEmpty() ? u"other"_s : row.value("platform"_L1).toString());
        record.set(F::CreatorId, "author"_L1, row.value("author"_L1));
        record.set(F::CreatorName, "author"_L1, row.value("author"_L1));
        record.set(F::Text, "body"_L1, row.value("body"_L1));
        record.set(F::CreatedAt, "timestamp"_L1, firstPresent({row.value("unix_timestamp"_L1), row.value("timestamp"_L1)}));
        break;
    }
}
