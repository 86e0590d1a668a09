#pragma once

#include <optional>

#include <QByteArrayView>
#include <QString>
#include <QStringList>

/// The text encodings an import reads (SPEC section 2). Everything is turned into UTF-8 by a
/// DecodingDevice below the readers, so a reader only ever sees UTF-8.
enum class TextEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Gb18030,     ///< what a Chinese Excel writes ("ANSI" on a Chinese Windows; GBK is a subset)
    Windows1252, ///< what a Western Excel writes ("ANSI"); Latin-1 is read as its superset
    MacRoman,    ///< old Excel for Mac "CSV (Macintosh)"
};

/// What sniffing found at the start of a file.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomBytes = 0; ///< the byte-order mark to skip (0, 2 or 3)
};

namespace textencoding {

/// "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Windows-1252", "Mac Roman".
QString name(TextEncoding encoding);

/// Reads a name given by a person (`--encoding`, config): the names above and the usual aliases
/// (utf8, utf-16le, gbk, gb2312, cp936, cp1252, latin1, iso-8859-1, macroman, mac), case and
/// punctuation ignored. std::nullopt for anything else.
std::optional<TextEncoding> fromName(QStringView name);

/// Every name fromName() accepts as a canonical spelling, for help texts and errors.
QStringList names();

/// Sniffs the encoding of `head` (the first bytes of a file; `headIsWholeFile` when there is no
/// more): a BOM decides (UTF-8, UTF-16LE/BE); else valid UTF-8 is UTF-8 (a few invalid bytes among
/// many valid multi-byte sequences are still UTF-8, repaired and counted while reading); else
/// GB18030 when the bytes decode as GB18030 into mostly CJK; else UTF-8 (repaired) when the head
/// is JSON, which is UTF-8 by definition; else Windows-1252 or Mac Roman, whichever reads as more
/// plausible text (accented letters inside words, typographic quotes).
EncodingGuess sniff(QByteArrayView head, bool headIsWholeFile);

/// The length of the valid UTF-8 sequence at `p` (1–4); 0 when it is cut off by `available`
/// (wait for more bytes); -k when the first k bytes are invalid and stand for one U+FFFD
/// (overlong forms, surrogates and values above U+10FFFF are invalid).
int utf8Sequence(const uchar *p, qsizetype available);

/// The character of `byte` in Windows-1252 or Mac Roman.
char16_t fromSingleByte(TextEncoding encoding, uchar byte);

} // namespace textencoding
