#include "core/ingest/formats/douyinitem.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

/// Douyin's web API answers `play_count: 0` for every post: that is "not told", not zero views
/// (README §2c, §7.5), so a 0 stays unknown.
void setViews(CaptureRecord &record, QLatin1StringView source, const QJsonValue &plays)
{
    const std::optional<qint64> n = integer(plays);
    if (n && *n == 0)
        record.setMissing(F::Views, source);
    else
        record.set(F::Views, source, plays);
}

QString videoUrl(const QJsonValue &id)
{
    return u"https://www.douyin.com/video/"_s + (id.isString() ? id.toString() : QString::number(id.toInteger()));
}

void mapApi(const QJsonObject &item, CaptureRecord &record)
{
    const QJsonObject author = item.value("author"_L1).toObject();
    const QJsonValue id = firstPresent({item.value("aweme_id"_L1), item.value("id"_L1)});
    record.set(F::PostId, "aweme_id"_L1, id);
    record.set(F::CreatorId, "author.uid"_L1, firstPresent({author.value("uid"_L1), author.value("sec_uid"_L1)}));
    record.set(F::CreatorName, "author.nickname"_L1, author.value("nickname"_L1));
    record.set(F::Text, "desc"_L1, item.value("desc"_L1));
    record.setTags("text_extra"_L1, collect(item.value("text_extra"_L1), "hashtag_name"_L1));
    record.set(F::CreatedAt, "create_time"_L1, item.value("create_time"_L1));
    const QJsonObject stats = item.value("statistics"_L1).toObject();
    record.set(F::Likes, "statistics.digg_count"_L1, stats.value("digg_count"_L1));
    record.set(F::Comments, "statistics.comment_count"_L1, stats.value("comment_count"_L1));
    record.set(F::Shares, "statistics.share_count"_L1, stats.value("share_count"_L1));
    record.set(F::Saves, "statistics.collect_count"_L1, stats.value("collect_count"_L1));
    setViews(record, "statistics.play_count"_L1, stats.value("play_count"_L1));
    // The IP province (`ip_label`, what MediaCrawler reads) says more than the post's country.
    record.set(F::Region, "ip_label"_L1,
               firstPresent({item.value("ip_label"_L1), item.value("region"_L1), author.value("region"_L1)}));
    record.setText(F::Url, "aweme_id"_L1, videoUrl(id));
}

void mapEmbed(const QJsonObject &item, CaptureRecord &record)
{
    const QJsonObject author = item.value("authorInfo"_L1).toObject();
    const QJsonValue id = firstPresent({item.value("awemeId"_L1), item.value("id"_L1)});
    record.set(F::PostId, "awemeId"_L1, id);
    record.set(F::CreatorId, "authorUserId"_L1, firstPresent({item.value("authorUserId"_L1), author.value("uid"_L1),
                                                             author.value("secUid"_L1)}));
    record.set(F::CreatorName, "authorInfo.nickname"_L1, author.value("nickname"_L1));
    record.set(F::Text, "desc"_L1, item.value("desc"_L1));
    record.setTags("textExtra"_L1, collect(item.value("textExtra"_L1), "hashtagName"_L1));
    record.set(F::CreatedAt, "createTime"_L1, item.value("createTime"_L1));
    const QJsonObject stats = item.value("stats"_L1).toObject();
    record.set(F::Likes, "stats.diggCount"_L1, stats.value("diggCount"_L1));
    record.set(F::Comments, "stats.commentCount"_L1, stats.value("commentCount"_L1));
    record.set(F::Shares, "stats.shareCount"_L1, stats.value("shareCount"_L1));
    record.set(F::Saves, "stats.collectCount"_L1, stats.value("collectCount"_L1));
    setViews(record, "stats.playCount"_L1, stats.value("playCount"_L1));
    record.set(F::Region, "ipLabel"_L1, firstPresent({item.value("ipLabel"_L1), item.value("region"_L1)}));
    record.setText(F::Url, "awemeId"_L1, videoUrl(id));
}

} // namespace

QLatin1StringView mapDouyinItem(const QJsonObject &item, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"douyin"_s);
    if (item.contains("cell_room"_L1) && !item.contains("aweme_id"_L1)) {
        record.setMissing(F::PostId, "aweme_id"_L1);
        return "live"_L1;
    }
    if (item.value("ZS_collected_from_embed"_L1).toBool() || item.contains("awemeId"_L1)) {
        mapEmbed(item, record);
        return "embed"_L1;
    }
    mapApi(item, record);
    return "api"_L1;
}
