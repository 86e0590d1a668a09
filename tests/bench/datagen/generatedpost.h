#pragma once

#include <optional>

#include <QString>
#include <QStringList>

/// How a source spells a time. The native format accepts all four (SPEC section 1); other
/// writers may map them onto what their source really writes.
enum class TimeStyle {
    IsoUtc,    ///< "2026-11-20T09:15:02Z"
    IsoOffset, ///< "2026-11-20T17:15:02+08:00" (offset in GeneratedPost::utcOffsetMinutes)
    EpochSeconds,
    EpochMillis,
};

/// A counter as the source writes it: `text` empty means a JSON integer, otherwise the string
/// (e.g. "1.2万", "3.4w", "1,234", "10万+"), which parses back to about `value`.
struct CountValue
{
    qint64 value = 0;
    QString text;
};

/// One generated post, format-neutral: the values plus the presentation choices (spellings of
/// tags, counters and times) that make the data look like real exports. Writers turn it into bytes.
struct GeneratedPost
{
    QString platform; ///< SPEC slug: tiktok, xiaohongshu, douyin, instagram, youtube, weibo, x
    QString postId;
    QString creatorId;
    QString creatorName;
    QString text;
    QStringList hashtags;          ///< as the source spells them ("#MatchaLatte", "抹茶拿铁[话题]")
    bool hashtagsInTextOnly = false; ///< no structured list: the reader must extract them from text

    CountValue likes;
    CountValue comments;
    CountValue shares;
    CountValue saves;
    std::optional<CountValue> views; ///< nullopt = unknown
    bool unknownViewsAsNull = false; ///< unknown views written as null instead of omitted

    qint64 createdAtMs = 0; ///< UTC
    TimeStyle timeStyle = TimeStyle::IsoUtc;
    int utcOffsetMinutes = 0;

    QString region; ///< empty = none
    QString url;
    QString language; ///< empty = omitted
};
