#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include "core/ingest/formats/capturerecord.h"
#include "core/ingest/readsession.h"

/// What a MediaCrawler record (formats README §4) is, told from its keys alone. MediaCrawler
/// writes `{search|detail|creator}_{contents|comments}` files per platform; the platform is only in
/// the folder name, so each record's keys must say it: the id key and at least one key that only
/// that platform's store writes. A record whose keys fit several platforms is not guessed.
struct MediaCrawlerShape
{
    enum class Kind {
        None,            ///< no MediaCrawler id key at all
        Post,            ///< a `contents` record of `platform`
        Comment,         ///< a `comments` record (`comment_id` + its post's id under `idKey`)
        UnknownPlatform, ///< a post id key, but no key that tells the platform
    };
    Kind kind = Kind::None;
    QLatin1StringView platform; ///< Post: "xhs", "douyin", "weibo", "bilibili", "kuaishou", "tieba", "zhihu"
    QLatin1StringView idKey;    ///< the post id key (a Comment: its post's id key; may be empty)
};

/// The shape of `record` (a JSON object, or a CSV row / header as an object of its cells).
MediaCrawlerShape mediaCrawlerShape(const QJsonObject &record);

/// recognise() score for a file whose first record (or header) is `first`: 85 with MediaCrawler's
/// own bookkeeping keys (`last_modify_ts`, `source_keyword`), 65 without, 0 when it is no
/// MediaCrawler post or comment. A record with an undecidable platform is claimed (70) only with
/// the bookkeeping keys, so that its reader can say what is missing.
int mediaCrawlerScore(const QJsonObject &first);

/// Maps one `contents` record of `shape.platform`, in the legacy schema (`user_id`, `ip_location`)
/// or the 2026 one (`creator_hash`, masked `nickname`). Returns the name counted in the import
/// summary, e.g. "mediacrawler-bilibili" or "mediacrawler-xhs-legacy". `times` gives the capture
/// time for Tieba's Beijing-time `publish_time`.
QString mapMediaCrawlerRecord(const QJsonObject &record, const MediaCrawlerShape &shape, CaptureRecord &out,
                              const TimeParser &times);

/// Reads one record into `session`: a post is mapped and accepted or rejected, a comment is
/// counted as a comment (not imported), a record of undecidable platform is rejected naming the
/// `platform` problem. Only the sink's error is returned.
Status readMediaCrawlerRecord(const QJsonObject &record, const NativePostMapper &mapper, ReadSession &session,
                              qint64 line, qint64 index = -1);
