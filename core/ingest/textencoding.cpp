#include "core/ingest/textencoding.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace {

// Bytes 0x80–0xFF of the two single-byte encodings (the WHATWG/Python tables; Windows-1252's five
// undefined bytes map to the C1 controls, as browsers do).
constexpr char16_t kWindows1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
constexpr char16_t kMacRoman[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

/// Punctuation that Western text uses: evidence for a single-byte reading that yields it.
constexpr int kTypographic[] = {0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x20AC, 0x00A0, 0x00AB,
                                0x00BB, 0x00B0, 0x2022, 0x00A9, 0x00AE, 0x2122, 0x00A3, 0x00B7, 0x00BF, 0x00A1};

bool isTypographic(char16_t c)
{
    for (const int t : kTypographic) {
        if (c == t)
            return true;
    }
    return false;
}

char16_t decodeSingle(const char16_t *table, uchar b)
{
    return b < 0x80 ? char16_t(b) : table[b - 0x80];
}

/// How plausible `head` reads as text in a single-byte encoding: accented letters inside words and
/// typographic punctuation count for it, C1 controls, an upper-case letter inside a lower-case word
/// and stray symbols (∑, ◊, ¬ …) against it.
int plausibility(QByteArrayView head, const char16_t *table)
{
    int score = 0;
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    const qsizetype n = head.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x80)
            continue;
        const QChar c(decodeSingle(table, p[i]));
        const QChar prev = i > 0 ? QChar(decodeSingle(table, p[i - 1])) : QChar(u' ');
        const QChar next = i + 1 < n ? QChar(decodeSingle(table, p[i + 1])) : QChar(u' ');
        if ((c.unicode() >= 0x80 && c.unicode() < 0xA0) || c.unicode() == 0xF8FF)
            score -= 5;
        else if (c.isLetter()) {
            if (c.isUpper() && prev.isLower())
                score -= 3;
            else if (prev.isLetter() || next.isLetter())
                score += 2;
        } else if (isTypographic(c.unicode())) {
            score += 1;
        } else {
            score -= 2;
        }
    }
    return score;
}

struct Utf8Census
{
    qsizetype multiByte = 0; ///< valid sequences of 2–4 bytes
    qsizetype invalid = 0;   ///< invalid sequences (a truncated one at the very end is not counted)
};

Utf8Census utf8Census(QByteArrayView head, bool headIsWholeFile)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    const qsizetype n = head.size();
    qsizetype i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = textencoding::utf8Sequence(p + i, n - i);
        if (len > 0) {
            ++census.multiByte;
            i += len;
        } else if (len == 0) { // cut off by the end of the head
            if (headIsWholeFile)
                ++census.invalid;
            break;
        } else {
            ++census.invalid;
            i += -len;
        }
    }
    return census;
}

/// True when `head` decodes as GB18030 without an error and at least half of its double-byte
/// characters are GB2312 hanzi or CJK punctuation (Latin text misread as GB18030 gives scattered
/// pairs all over the code space, and an invalid trail byte soon).
bool looksLikeGb18030(QByteArrayView head, bool headIsWholeFile)
{
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    const qsizetype n = head.size();
    qsizetype pairs = 0, cjk = 0;
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF)
            return false;
        if (i + 1 >= n)
            return !headIsWholeFile && pairs > 0 && cjk * 2 >= pairs;
        const uchar t = p[i + 1];
        if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            ++pairs;
            if ((b >= 0xB0 && b <= 0xF7 && t >= 0xA1) || (b >= 0xA1 && b <= 0xA9 && t >= 0xA1))
                ++cjk;
            i += 2;
        } else if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= n)
                return !headIsWholeFile && pairs > 0 && cjk * 2 >= pairs;
            if (p[i + 2] < 0x81 || p[i + 2] > 0xFE || p[i + 3] < 0x30 || p[i + 3] > 0x39)
                return false;
            i += 4;
        } else {
            return false;
        }
    }
    return pairs > 0 && cjk * 2 >= pairs;
}

QString simplified(QStringView name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

namespace textencoding {

int utf8Sequence(const uchar *p, qsizetype available)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    int len = 0;
    uchar lo = 0x80, hi = 0xBF; // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        len = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        if (b == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (b == 0xED)
            hi = 0x9F; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        if (b == 0xF0)
            lo = 0x90;
        else if (b == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        if (k >= available)
            return 0;
        const uchar c = p[k];
        const bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        if (!ok)
            return -k; // the maximal subpart so far is one U+FFFD (Unicode's "substitution of maximal subparts")
    }
    return len;
}

char16_t fromSingleByte(TextEncoding encoding, uchar byte)
{
    return decodeSingle(encoding == TextEncoding::MacRoman ? kMacRoman : kWindows1252, byte);
}

QString name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Gb18030:
        return u"GB18030"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    case TextEncoding::MacRoman:
        return u"Mac Roman"_s;
    }
    return {};
}

QStringList names()
{
    return {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"GB18030"_s, u"Windows-1252"_s, u"Mac Roman"_s};
}

std::optional<TextEncoding> fromName(QStringView text)
{
    const QString n = simplified(text);
    if (n == u"utf8"_s)
        return TextEncoding::Utf8;
    if (n == u"utf16le"_s || n == u"utf16"_s || n == u"ucs2"_s || n == u"unicode"_s)
        return TextEncoding::Utf16LE; // Windows' "Unicode" is UTF-16LE
    if (n == u"utf16be"_s)
        return TextEncoding::Utf16BE;
    if (n == u"gb18030"_s || n == u"gbk"_s || n == u"gb2312"_s || n == u"cp936"_s || n == u"euccn"_s)
        return TextEncoding::Gb18030; // GB18030 contains GBK, which contains GB2312
    if (n == u"windows1252"_s || n == u"cp1252"_s || n == u"latin1"_s || n == u"iso88591"_s || n == u"ansi"_s)
        return TextEncoding::Windows1252;
    if (n == u"macroman"_s || n == u"mac"_s || n == u"macintosh"_s)
        return TextEncoding::MacRoman;
    return std::nullopt;
}

EncodingGuess sniff(QByteArrayView head, bool headIsWholeFile)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    const Utf8Census utf8 = utf8Census(head, headIsWholeFile);
    // A file that is UTF-8 with a damaged byte here and there is still UTF-8 (repaired and counted
    // while reading); GB18030 Chinese or Latin-1 accents are invalid UTF-8 at nearly every character.
    if (utf8.invalid == 0 || utf8.multiByte >= 8 * utf8.invalid)
        return {TextEncoding::Utf8, 0};
    if (looksLikeGb18030(head, headIsWholeFile))
        return {TextEncoding::Gb18030, 0};
    // JSON is UTF-8 (RFC 8259): bytes that are not are damage, repaired and counted while reading,
    // not a sign of a Western single-byte encoding.
    const QByteArrayView text = head.trimmed();
    if (text.startsWith('{') || text.startsWith('['))
        return {TextEncoding::Utf8, 0};
    if (plausibility(head, kMacRoman) > plausibility(head, kWindows1252))
        return {TextEncoding::MacRoman, 0};
    return {TextEncoding::Windows1252, 0};
}

} // namespace textencoding
