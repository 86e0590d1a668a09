#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

/// The source's own spelling of a counter that was not a plain integer ("1.2万", "10万+"), kept
/// beside the parsed number so the evidence chain stays checkable.
struct RawCount
{
    QString field;           ///< "likes", "comments", "shares", "saves" or "views"
    QString raw;             ///< exactly as the source wrote it
    bool lowerBound = false; ///< "10万+": the true value is at least the parsed one

    friend bool operator==(const RawCount &, const RawCount &) = default;
};

/// The normalized post of SPEC section 1. `(platform, postId)` is its identity.
struct Post
{
    QString platform; ///< lower-case slug after aliasing (rednote/xhs → xiaohongshu, twitter → x)
    QString postId;
    QString creatorId;
    QString creatorName;
    QString text;
    QStringList hashtags; ///< normalized (see ingest/hashtags.h), unique, in order of first appearance
    /// Parallel to `hashtags`: how this post wrote each tag (ingest/hashtags.h hashtagSpelling), which
    /// votes for the tag's display form. May be empty (posts made in code): each tag then spells itself.
    QStringList hashtagSpellings;

    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    std::optional<qint64> views; ///< nullopt = unknown (Xiaohongshu shows none), which is not 0

    qint64 createdAtMs = 0;       ///< UTC, milliseconds since the epoch
    bool approximateTime = false; ///< resolved from a relative date ("3天前") against the capture time
    std::optional<qint64> firstSeenMs; ///< capture time when the source says it (UTC ms)
    /// Capture time of this snapshot (Zeeschuimer `last_updated`, MediaCrawler `last_modify_ts`), when the
    /// source says it: of two copies of one post, the one captured later has the newer counters.
    std::optional<qint64> capturedAtMs;

    QString region; ///< ISO 3166-1 alpha-2 (or 3166-2 "CN-ZJ") where known, else the source's label
    QString url;
    QString language;

    QList<RawCount> rawCounts; ///< only counters that were given as strings other than plain integers

    /// engagement = likes + comments + shares (SPEC section 3, "Per post")
    qint64 engagement() const { return likes + comments + shares; }

    friend bool operator==(const Post &, const Post &) = default;
};
