#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

/// How tags are written in a post's text.
enum class HashtagSyntax {
    /// `#tag` ending at whitespace, `#` or punctuation, plus Xiaohongshu's `#tag[话题]#`
    /// (TikTok, Douyin, Instagram, X, Xiaohongshu, YouTube).
    Inline,
    /// Weibo's `#话题#` pairs, whose topic may contain spaces; falls back to Inline for an
    /// unpaired `#`.
    Paired,
};

/// SPEC section 1 hashtag normalization, the one function used everywhere: strip leading
/// `#`/`＃`, strip Xiaohongshu's `[话题]` suffix and trailing `#`, NFKC, remove format characters
/// (category Cf: U+FEFF, U+200B, U+2060, U+00AD …, except a ZWJ inside an emoji sequence),
/// case-fold, remove whitespace inside the tag, drop empty tags and tags over 100 characters, then
/// apply `aliases` (normalized tag → tag). Returns an empty string when the tag is dropped.
/// Pure-ASCII tags skip NFKC (it is the identity there) and are only lower-cased and stripped of
/// whitespace, which keeps imports fast.
QString normalizeHashtag(QStringView raw, const QMap<QString, QString> &aliases = {});

/// How a person wrote a tag, for display (SPEC section 1: a tag is matched by its normalized form and
/// shown in its display form): the decorations normalization strips (leading `#`/`＃`, `[话题]`,
/// trailing `#`) are stripped, format characters removed as normalization removes them, runs of
/// whitespace made one space, Unicode NFC (not NFKC: full-width letters stay as written), case
/// kept. Empty when normalization would drop the tag. `normalized` is normalizeHashtag(raw) without
/// aliases; an ASCII spelling equal to it is returned as a shared copy of it (no allocation).
QString hashtagSpelling(QStringView raw, const QString &normalized);

/// The tags of a post, normalized, with how the post spelled each one (see hashtagSpelling).
struct PostHashtags
{
    QStringList tags;      ///< normalized, unique, in order of first appearance
    QStringList spellings; ///< parallel to `tags`: the spelling of the tag's first appearance
};

/// Finds the tags written in `text`, as written (without `#` and without `[话题]#`), in order.
/// Tag characters are letters, digits and marks (\p{L}\p{N}\p{M}), `_`, emoji (symbols,
/// ZWJ) and invisible format characters (\p{Cf}, which normalization removes); a tag ends at whitespace, `#`, `[` or punctuation, so Xiaohongshu emoji codes such as
/// `[偷笑R]` are never part of a tag.
QStringList extractHashtags(QStringView text, HashtagSyntax syntax = HashtagSyntax::Inline);

/// The post's tags: `structured` (the source's own list) ∪ the tags found in `text`, each
/// normalized, empty ones dropped, unique, in order of first appearance. SPEC section 2: the
/// structured list is often incomplete, so the text is always read as well.
QStringList collectHashtags(const QStringList &structured, QStringView text,
                            const QMap<QString, QString> &aliases = {},
                            HashtagSyntax syntax = HashtagSyntax::Inline);

/// Appends `tag` to `tags` unless it is empty or already there (the small lists of one post make
/// a linear search cheaper than a set).
void appendUniqueTag(QStringList &tags, QString tag);

/// collectHashtags() that also keeps each tag's spelling. A tag replaced by an alias is spelled as
/// the alias's target is written in the configuration.
PostHashtags collectHashtagsWithSpellings(const QStringList &structured, QStringView text,
                                          const QMap<QString, QString> &aliases = {},
                                          HashtagSyntax syntax = HashtagSyntax::Inline);
