#include "core/ingest/formats/xitem.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

void mapXItem(const QJsonObject &data, CaptureRecord &record)
{
    using F = NativePostMapper::Field;
    record.setText(F::Platform, "platform"_L1, u"x"_s);
    // Tweets with limited visibility wrap the tweet one level down.
    const QJsonObject tweet = data.value("tweet"_L1).isObject() ? data.value("tweet"_L1).toObject() : data;
    // Legacy/adaptive items are the `legacy` object itself.
    const QJsonObject legacy = tweet.value("legacy"_L1).isObject() ? tweet.value("legacy"_L1).toObject() : tweet;
    const QJsonValue id = firstPresent({tweet.value("rest_id"_L1), legacy.value("id_str"_L1)});
    record.set(F::PostId, "rest_id"_L1, id);

    const QJsonObject user = at(tweet, "core"_L1, "user_results"_L1, "result"_L1).toObject();
    record.set(F::CreatorId, "legacy.user_id_str"_L1,
               firstPresent({legacy.value("user_id_str"_L1), user.value("rest_id"_L1)}));
    // Newer payloads moved screen_name from user.legacy to user.core (4cat #606, README §2e).
    const QString handle =
        firstPresent({at(user, "core"_L1, "screen_name"_L1), at(user, "legacy"_L1, "screen_name"_L1)}).toString();
    record.setText(F::CreatorName, "core.user_results.result.core.screen_name"_L1, handle);
    record.set(F::Text, "legacy.full_text"_L1, firstPresent({legacy.value("full_text"_L1), legacy.value("text"_L1)}));
    record.setTags("legacy.entities.hashtags"_L1, collect(at(legacy, "entities"_L1, "hashtags"_L1), "text"_L1));

    // "Wed Feb 25 16:42:10 +0000 2026": read by the one TimeParser, which names what is wrong.
    record.set(F::CreatedAt, "legacy.created_at"_L1, legacy.value("created_at"_L1));

    record.set(F::Likes, "legacy.favorite_count"_L1, legacy.value("favorite_count"_L1));
    record.set(F::Comments, "legacy.reply_count"_L1, legacy.value("reply_count"_L1));
    // Shares = retweets + quotes (README §6).
    const std::optional<qint64> retweets = integer(legacy.value("retweet_count"_L1));
    const std::optional<qint64> quotes = integer(legacy.value("quote_count"_L1));
    if (retweets || quotes)
        record.set(F::Shares, "legacy.retweet_count"_L1, QJsonValue(retweets.value_or(0) + quotes.value_or(0)));
    record.set(F::Saves, "legacy.bookmark_count"_L1, legacy.value("bookmark_count"_L1));
    record.set(F::Views, "views.count"_L1, at(tweet, "views"_L1, "count"_L1));
    record.set(F::Region, "legacy.place.full_name"_L1, at(legacy, "place"_L1, "full_name"_L1));
    record.set(F::Language, "legacy.lang"_L1, legacy.value("lang"_L1));
    if (!handle.isEmpty() && id.isString())
        record.setText(F::Url, "rest_id"_L1, u"https://x.com/"_s + handle + u"/status/"_s + id.toString());
}
