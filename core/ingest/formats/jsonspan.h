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

template <typename Fn>
bool forEachMember(QByteArrayView object, Fn &&fn)
{
    qsizetype pos = skipSpace(object, 0);
    if (pos >= object.size() || object[pos] != '{')
        return false;
    pos = skipSpace(object, pos + 1);
    if (pos < object.size() && object[pos] == '}')
        return true;
    while (pos < object.size()) {
        if (object[pos] != '"')
            return false;
        const qsizetype keyEnd = valueEnd(object, pos);
        if (keyEnd < 0)
            return false;
        const qsizetype colon = skipSpace(object, keyEnd);
        if (colon >= object.size() || object[colon] != ':')
            return false;
        const qsizetype end = valueEnd(object, colon + 1);
        if (end < 0)
            return false;
        fn(object.sliced(pos + 1, keyEnd - pos - 2), object.sliced(pos, end - pos));
        pos = skipSpace(object, end);
        if (pos < object.size() && object[pos] == '}')
            return true;
        if (pos >= object.size() || object[pos] != ',')
            return false;
        pos = skipSpace(object, pos + 1);
    }
    return false;
}

} // namespace jsonspan
