#include "core/ingest/formats/xitem.h"

#include <QDate>

using namespace Qt::StringLiterals;
using namespace capturejson;

std::optional<qint64> parseXTime(QStringView text)
{
    const QList<QStringView> parts = text.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return std::nullopt;
    static const QStringView kMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                          u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (parts[1] == kMonths[m])
            month = m + 1;
    }
    bool dayOk = false, yearOk = false;
    const QDate date(parts[5].toInt(&yearOk), month, parts[2].toInt(&dayOk));
    const QList<QStringView> hms = parts[3].split(u':');
    const QStringView zone = parts[4];
    if (!date.isValid() || !dayOk || !yearOk || hms.size() != 3 || zone.size() != 5
        || (zone[0] != u'+' && zone[0] != u'-'))
        return std::nullopt;
    bool ok[5] = {};
    const int h = hms[0].toInt(&ok[0]), mi = hms[1].toInt(&ok[1]), s = hms[2].toInt(&ok[2]);
    const int zh = zone.sliced(1, 2).toInt(&ok[3]), zm = zone.sliced(3, 2).toInt(&ok[4]);
    for (bool b : ok) {
        if (!b)
            return std::nullopt;
    }
    if (h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    const qint64 offsetS = (zone[0] == u'-' ? -1 : 1) * (zh * 3600 + zm * 60);
    const qint64 localS = date.toJulianDay() * 86400 - QDate(1970, 1, 1).toJulianDay() * 86400 + h * 3600 + mi * 60 + s;
    return (localS - offsetS) * 1000;
}

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
    const QString handle = firstPresent({at(user, "core"_L1, "screen_name"_L1), at(user, "legacy"_L1, "screen_name"_L1)})
                               .toString();
    record.setText(F::CreatorName, "core.user_results.result.core.screen_name"_L1, handle);
    record.set(F::Text, "legacy.full_text"_L1, firstPresent({legacy.value("full_text"_L1), legacy.value("text"_L1)}));
    record.setTags("legacy.entities.hashtags"_L1, collect(at(legacy, "entities"_L1, "hashtags"_L1), "text"_L1));

    const QString created = legacy.value("created_at"_L1).toString();
    if (const std::optional<qint64> ms = parseXTime(created))
        record.setEpochMs(F::CreatedAt, "legacy.created_at"_L1, *ms);
    else
        record.setText(F::CreatedAt, "legacy.created_at"_L1, created); // the mapper names what is wrong

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
