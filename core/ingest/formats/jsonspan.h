#pragma once

#include <QByteArrayView>

/// Byte-level helpers to find where JSON values sit without parsing them, so that a reader can
/// hand only the members it maps to the JSON parser (a TikTok capture line is ~2 KB, of which the
/// mapper reads about half: the rest is music, video and author statistics).
namespace jsonspan {

/// One past the end of the JSON value starting at `pos` (leading whitespace skipped) in `text`, or
/// -1 when it is unterminated. Only brackets and strings are followed; the parser checks the rest.
qsizetype valueEnd(QByteArrayView text, qsizetype pos);

/// Calls `fn(key, member)` for each member of the JSON object `object`: `key` is the raw key without
/// its quotes (escapes as written), `member` the whole `"key": value` text. False when malformed.
template <typename Fn>
bool forEachMember(QByteArrayView object, Fn &&fn);

/// The position of the next non-whitespace byte at or after `pos` (text.size() at the end).
qsizetype skipSpace(QByteArrayView text, qsizetype pos);

/// The members of the object starting at `pos` in `text`: `fn(key, memberStart, valueStart)` finds
/// the end of each value itself and returns it (-1 when malformed), so that a caller can walk into
/// a value instead of skipping it first. Returns one past the object's `}`, or -1.
template <typename Fn>
qsizetype walkMembers(QByteArrayView text, qsizetype pos, Fn &&fn)
{
    pos = skipSpace(text, pos);
    if (pos >= text.size() || text[pos] != '{')
        return -1;
    pos = skipSpace(text, pos + 1);
    if (pos < text.size() && text[pos] == '}')
        return pos + 1;
    while (pos < text.size()) {
        if (text[pos] != '"')
            return -1;
        const qsizetype keyEnd = valueEnd(text, pos);
        if (keyEnd < 0)
            return -1;
        const qsizetype colon = skipSpace(text, keyEnd);
        if (colon >= text.size() || text[colon] != ':')
            return -1;
        const qsizetype end = fn(text.sliced(pos + 1, keyEnd - pos - 2), pos, skipSpace(text, colon + 1));
        if (end < 0)
            return -1;
        pos = skipSpace(text, end);
        if (pos < text.size() && text[pos] == '}')
            return pos + 1;
        if (pos >= text.size() || text[pos] != ',')
            return -1;
        pos = skipSpace(text, pos + 1);
    }
    return -1;
}

template <typename Fn>
bool forEachMember(QByteArrayView object, Fn &&fn)
{
    return walkMembers(object, 0, [&](QByteArrayView key, qsizetype memberStart, qsizetype valueStart) {
        const qsizetype end = valueEnd(object, valueStart);
        if (end >= 0)
            fn(key, object.sliced(memberStart, end - memberStart));
        return end;
    }) >= 0;
}

} // namespace jsonspan
