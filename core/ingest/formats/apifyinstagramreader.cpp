#include "core/ingest/formats/apifyinstagramreader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/formats/flatkeys.h"

using namespace Qt::StringLiterals;
using namespace capturejson;

namespace {

using F = NativePostMapper::Field;

/// The shortcode in a post URL (`https://www.instagram.com/p/C8xYz/`, `/reel/…`, `/tv/…`).
QString codeFromUrl(const QString &url)
{
    static const QRegularExpression code(u"instagram\\.com/(?:[^/?#]+/)?(?:p|reel|reels|tv)/([A-Za-z0-9_-]+)"_s);
    const QRegularExpressionMatch m = code.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// Apify writes -1 for a count that Instagram hides (`like_and_view_counts_disabled`): unknown.
QJsonValue knownCount(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() < 0)
        return {};
    if (value.isString() && value.toString().trimmed().startsWith(u'-'))
        return {};
    return value;
}

void mapApifyInstagramItem(const QJsonObject &item, CaptureRecord &record)
{
    record.setText(F::Platform, "platform"_L1, u"instagram"_s);
    // The shortcode is the post id everywhere else (4CAT, Zeeschuimer: README §2d), so that the
    // same post from two tools is one post; the numeric `id` is not used.
    const QJsonValue code = item.value("shortCode"_L1);
    const QString urlCode = codeFromUrl(item.value("url"_L1).toString());
    if ((code.isUndefined() || code.isNull()) && !urlCode.isEmpty())
        record.setText(F::PostId, "url"_L1, urlCode);
    else
        record.set(F::PostId, "shortCode"_L1, code);
    const QJsonValue ownerId = item.value("ownerId"_L1);
    if (ownerId.isUndefined() || ownerId.isNull())
        record.set(F::CreatorId, "ownerUsername"_L1, item.value("ownerUsername"_L1));
    else
        record.set(F::CreatorId, "ownerId"_L1, ownerId);
    record.set(F::CreatorName, "ownerUsername"_L1, item.value("ownerUsername"_L1));
    record.set(F::Text, "caption"_L1, item.value("caption"_L1));
    QStringList tags;
    for (const QJsonValue &tag : item.value("hashtags"_L1).toArray())
        if (tag.isString() && !tag.toString().isEmpty())
            tags.append(tag.toString());
    record.setTags("hashtags"_L1, tags);
    record.set(F::CreatedAt, "timestamp"_L1, item.value("timestamp"_L1));
    record.set(F::Likes, "likesCount"_L1, knownCount(item.value("likesCount"_L1)));
    record.set(F::Comments, "commentsCount"_L1, knownCount(item.value("commentsCount"_L1)));
    // Plays count every loop of a reel; views (the older counter) are what older runs have.
    const QJsonValue plays = knownCount(item.value("videoPlayCount"_L1));
    if (plays.isUndefined() || plays.isNull())
        record.set(F::Views, "videoViewCount"_L1, knownCount(item.value("videoViewCount"_L1)));
    else
        record.set(F::Views, "videoPlayCount"_L1, plays);
    record.set(F::Region, "locationName"_L1, item.value("locationName"_L1));
    const QJsonValue url = item.value("url"_L1);
    if (url.isString())
        record.set(F::Url, "url"_L1, url);
    else if (code.isString())
        record.setText(F::Url, "shortCode"_L1, u"https://www.instagram.com/p/"_s + code.toString() + u'/');
}

} // namespace

QString ApifyInstagramReader::id() const
{
    return u"apify-instagram"_s;
}

QStringList ApifyInstagramReader::extensions() const
{
    return {u"json"_s, u"jsonl"_s, u"csv"_s};
}

int ApifyInstagramReader::recognise(const SniffInput &input) const
{
    const QJsonObject first = input.firstFlatRecord();
    const bool owner = first.contains("ownerUsername"_L1) || first.contains("ownerId"_L1);
    const bool counts = first.contains("likesCount"_L1) || first.contains("commentsCount"_L1);
    if (first.contains("shortCode"_L1))
        return owner || counts ? 85 : 0;
    // Without `shortCode` (a field selection), the post URL and Apify's owner/count keys; in a CSV
    // header the URL's value is not known yet.
    const QJsonValue url = first.value("url"_L1);
    const bool postUrl = url.isString() ? url.toString().contains(u"instagram.com/"_s) : first.contains("url"_L1);
    return postUrl && owner && counts ? 85 : 0;
}

Status ApifyInstagramReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachFlatItem(device, session, [&](const QJsonObject &item, qint64 line, qint64 index) -> Status {
        CaptureRecord record;
        mapApifyInstagramItem(item, record);
        return acceptOrReject(record, mapper, session, line, index);
    });
}
