#include "core/ingest/formats/twarcreader.h"

#include <QHash>
#include <QJsonArray>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

/// A page's `includes` by id: users (for the author) and places (for `geo.place_id`).
struct Includes
{
    QHash<QString, QJsonObject> users;
    QHash<QString, QJsonObject> places;
};

Includes includesOf(const QJsonObject &page)
{
    Includes out;
    const QJsonObject includes = page.value("includes"_L1).toObject();
    for (const QJsonValue &u : includes.value("users"_L1).toArray())
        out.users.insert(u.toObject().value("id"_L1).toString(), u.toObject());
    for (const QJsonValue &p : includes.value("places"_L1).toArray())
        out.places.insert(p.toObject().value("id"_L1).toString(), p.toObject());
    return out;
}

bool isTweet(const QJsonObject &o)
{
    return o.contains("id"_L1) && o.contains("text"_L1)
           && (o.contains("author_id"_L1) || o.contains("edit_history_tweet_ids"_L1) || o.contains("public_metrics"_L1));
}

bool isPage(const QJsonObject &o)
{
    const QJsonValue data = o.value("data"_L1);
    return (o.contains("includes"_L1) || o.contains("meta"_L1) || o.contains("__twarc"_L1))
           && (data.isArray() ? isTweet(data.toArray().first().toObject()) : isTweet(data.toObject()));
}

void mapTweet(const QJsonObject &tweet, const Includes &includes, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"x"_s);
    record.set(F::PostId, "id"_L1, tweet.value("id"_L1));
    const QString authorId = tweet.value("author_id"_L1).toString();
    // `twarc2 flatten` puts the user object under `author`; a page has it in `includes.users`.
    const QJsonObject author = tweet.value("author"_L1).isObject() ? tweet.value("author"_L1).toObject()
                                                                   : includes.users.value(authorId);
    record.set(F::CreatorId, "author_id"_L1, firstPresent({tweet.value("author_id"_L1), author.value("id"_L1)}));
    const QString handle = author.value("username"_L1).toString();
    record.set(F::CreatorName, "author.username"_L1, author.value("username"_L1));
    // Long posts keep the whole text in `note_tweet` (the plain `text` is cut at 280 characters).
    record.set(F::Text, "text"_L1, firstPresent({at(tweet, "note_tweet"_L1, "text"_L1), tweet.value("text"_L1)}));
    record.setTags("entities.hashtags"_L1, collect(at(tweet, "entities"_L1, "hashtags"_L1), "tag"_L1));
    record.set(F::CreatedAt, "created_at"_L1, tweet.value("created_at"_L1));
    const QJsonObject metrics = tweet.value("public_metrics"_L1).toObject();
    record.set(F::Likes, "public_metrics.like_count"_L1, metrics.value("like_count"_L1));
    record.set(F::Comments, "public_metrics.reply_count"_L1, metrics.value("reply_count"_L1));
    const std::optional<qint64> retweets = integer(metrics.value("retweet_count"_L1));
    const std::optional<qint64> quotes = integer(metrics.value("quote_count"_L1));
    if (retweets || quotes)
        record.set(F::Shares, "public_metrics.retweet_count"_L1, QJsonValue(retweets.value_or(0) + quotes.value_or(0)));
    record.set(F::Saves, "public_metrics.bookmark_count"_L1, metrics.value("bookmark_count"_L1));
    // X counts impressions only since December 2022 and reports 0 for older posts: unknown, not 0.
    const std::optional<qint64> impressions = integer(metrics.value("impression_count"_L1));
    if (impressions && *impressions > 0)
        record.set(F::Views, "public_metrics.impression_count"_L1, QJsonValue(*impressions));
    // `twarc2 flatten` merges the place into `geo`; a page has it in `includes.places`.
    const QJsonObject geo = tweet.value("geo"_L1).toObject();
    const QJsonObject place = geo.contains("country_code"_L1)
                                  ? geo
                                  : includes.places.value(geo.value("place_id"_L1).toString());
    record.set(F::Region, "geo.country_code"_L1, place.value("country_code"_L1));
    record.set(F::Language, "lang"_L1, tweet.value("lang"_L1));
    const QString id = tweet.value("id"_L1).toString();
    if (!id.isEmpty())
        record.setText(F::Url, "id"_L1,
                       handle.isEmpty() ? QString(u"https://x.com/i/web/status/"_s + id)
                                        : QString(u"https://x.com/"_s + handle + u"/status/"_s + id));
}

/// Maps and hands over one tweet, or rejects it. API v2 writes ids as strings; a numeric id was
/// rewritten by some tool on the way and may have lost digits (a 19-digit id is no exact double),
/// so it is refused rather than stored under a neighbour's id.
Status readTweet(const QJsonObject &tweet, const Includes &includes, const NativePostMapper &mapper,
                 ReadSession &session, qint64 line, qint64 index)
{
    if (tweet.value("id"_L1).isDouble()) {
        session.reject(line, u"id"_s,
                       u"a number, which may have lost digits: API v2 ids are strings (\""_s
                           + QString::number(tweet.value("id"_L1).toDouble(), 'g', 20) + u"\")"_s,
                       index);
        return Ok{};
    }
    CaptureRecord record;
    mapTweet(tweet, includes, record);
    return acceptOrReject(record, mapper, session, line, index);
}

} // namespace

QString TwarcReader::id() const
{
    return u"twarc-json"_s;
}

QStringList TwarcReader::extensions() const
{
    return {u"jsonl"_s, u"json"_s};
}

int TwarcReader::recognise(const SniffInput &input) const
{
    const QJsonObject first = input.firstJsonRecord();
    if (isPage(first))
        return 85;
    if (isTweet(first) && first.contains("created_at"_L1) && first.value("public_metrics"_L1).isObject())
        return first.contains("__twarc"_L1) || first.value("author"_L1).isObject() ? 85 : 75;
    if (!first.isEmpty())
        return 0;
    // A page longer than the head cannot be parsed here (100 tweets with their includes are often
    // 300 KB on one line): it opens with its tweets (or, keys sorted, `__twarc`), whose v2 keys say
    // what it is.
    const QByteArrayView text = sniff::body(input.head);
    const bool pageStart = text.startsWith("{\"data\"") || text.startsWith("{\"__twarc\"");
    return pageStart && text.contains("\"author_id\"") && text.contains("\"public_metrics\"")
                   && (text.contains("\"edit_history_tweet_ids\"") || text.contains("\"conversation_id\""))
               ? 75
               : 0;
}

Status TwarcReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachJsonRecord(device, session, [&](const QJsonObject &object, const JsonRecordPlace &place) -> Status {
        if (object.contains("data"_L1) || object.contains("meta"_L1) || object.contains("includes"_L1)) {
            // A response page; the last page of a search may have no `data` at all (no records).
            const Includes includes = includesOf(object);
            const QJsonValue data = object.value("data"_L1);
            const QJsonArray tweets = data.isArray() ? data.toArray()
                                      : data.isObject() ? QJsonArray{data} : QJsonArray{};
            for (qsizetype i = 0; i < tweets.size(); ++i) {
                session.countFormat(u"twarc-page"_s);
                // The line is the page's; the index is the tweet's place in its `data`.
                if (Status s = readTweet(tweets.at(i).toObject(), includes, mapper, session, place.line, i); !s.ok())
                    return s;
            }
            return Ok{};
        }
        session.countFormat(u"twarc-flat"_s);
        return readTweet(object, Includes{}, mapper, session, place.line, place.index);
    });
}
