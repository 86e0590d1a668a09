#include "core/ingest/hashtags.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxTagLength = 100; // SPEC section 1, in code points
constexpr char16_t kTopicSuffix[] = u"[话题]";
constexpr qsizetype kTopicSuffixLength = 4;

bool isHash(QChar c)
{
    return c == u'#' || c == u'＃';
}

bool isTagCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    if (c == 0x200D || (c >= 0xE0020 && c <= 0xE007F)) // ZWJ and emoji tag characters (subdivision flags)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format: // invisible (U+FEFF, U+200B …): part of the word a person sees, removed by normalization
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Symbol_Other: // emoji
        return true;
    case QChar::Symbol_Modifier:
        return c >= 0x1F3FB && c <= 0x1F3FF; // skin-tone modifiers, not ^ ` ¨
    default:
        return false;
    }
}

/// Length in UTF-16 units of the run of tag characters starting at `from`.
qsizetype tagRunLength(QStringView text, qsizetype from)
{
    qsizetype i = from;
    const qsizetype n = text.size();
    while (i < n) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (!isTagCodePoint(c))
            break;
        i += width;
    }
    return i - from;
}

/// A `#` right after an ASCII letter/digit, `/` or `&` is a URL anchor, "C#" or "&#39;", not a tag.
bool startsTag(QStringView text, qsizetype at)
{
    if (at == 0)
        return true;
    const char16_t prev = text[at - 1].unicode();
    return !((prev >= u'a' && prev <= u'z') || (prev >= u'A' && prev <= u'Z') || (prev >= u'0' && prev <= u'9')
             || prev == u'/' || prev == u'&');
}

/// Xiaohongshu's `#话题名[话题]#`: the topic may hold spaces, so look for the suffix before the
/// next `#` or line break instead of stopping at the first non-tag character.
qsizetype topicSuffixAt(QStringView text, qsizetype tagStart)
{
    const qsizetype limit = qMin(text.size(), tagStart + kMaxTagLength + kTopicSuffixLength);
    for (qsizetype i = tagStart; i < limit; ++i) {
        const QChar c = text[i];
        if (isHash(c) || c == u'\n' || c == u'\r')
            return -1;
        if (c == u'[' && text.sliced(i).startsWith(QStringView(kTopicSuffix)))
            return i;
    }
    return -1;
}

/// Weibo's `#话题#`: the closing `#` on the same line, or -1.
qsizetype closingHashAt(QStringView text, qsizetype tagStart)
{
    const qsizetype limit = qMin(text.size(), tagStart + kMaxTagLength + 1);
    for (qsizetype i = tagStart; i < limit; ++i) {
        const QChar c = text[i];
        if (isHash(c))
            return i;
        if (c == u'\n' || c == u'\r')
            return -1;
    }
    return -1;
}

/// Leading and trailing `#`, the `[话题]` suffix and the whitespace between them ("cdmd## \f#" is "cdmd"): whitespace is
/// removed from inside a tag later, so a `#` it hid must not survive to the end of the tag.
QStringView stripDecorations(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && isHash(s.front()))
        s = s.sliced(1).trimmed();
    for (;;) {
        const qsizetype before = s.size();
        while (!s.isEmpty() && isHash(s.back()))
            s = s.chopped(1).trimmed();
        if (s.endsWith(QStringView(kTopicSuffix)))
            s = s.chopped(kTopicSuffixLength).trimmed();
        if (s.size() == before)
            return s;
    }
}

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

qsizetype codePointCount(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s[i].isLowSurrogate() && i > 0 && s[i - 1].isHighSurrogate()))
            ++n;
    }
    return n;
}

/// A ZWJ joins two emoji ("👩‍💻"); anywhere else it is as invisible as any other format character.
bool isEmojiPart(QStringView s, qsizetype at)
{
    if (at < 0 || at >= s.size())
        return false;
    char32_t c = s[at].unicode();
    if (s[at].isLowSurrogate() && at > 0 && s[at - 1].isHighSurrogate())
        c = QChar::surrogateToUcs4(s[at - 1], s[at]);
    else if (s[at].isHighSurrogate() && at + 1 < s.size() && s[at + 1].isLowSurrogate())
        c = QChar::surrogateToUcs4(s[at], s[at + 1]);
    const QChar::Category category = QChar::category(c);
    return category == QChar::Symbol_Other || c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF);
}

/// SPEC section 1: format characters (category Cf: U+FEFF, U+200B, U+2060, U+00AD …, but not a
/// ZWJ inside an emoji sequence) and whitespace are removed from inside a tag, so `领克900` with a
/// hidden U+FEFF and `bubble tea` match `领克900` and `#bubbletea`.
QString withoutInvisibles(QString s)
{
    qsizetype out = 0;
    const qsizetype n = s.size();
    QChar *d = s.data();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = d[i];
        if (c.isSpace())
            continue;
        if (c.category() == QChar::Other_Format) {
            if (c.unicode() != 0x200D || !isEmojiPart(s, i - 1) || !isEmojiPart(s, i + 1))
                continue;
        }
        d[out++] = c;
    }
    s.truncate(out);
    return s;
}

/// A tag as written, made presentable: format characters removed as withoutInvisibles() removes
/// them, every run of whitespace one space, none at the ends.
QString spelledWithoutInvisibles(QStringView s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c.category() == QChar::Other_Format && (c.unicode() != 0x200D || !isEmojiPart(s, i - 1) || !isEmojiPart(s, i + 1)))
            continue;
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    return out;
}

QString normalizeWithoutAliases(QStringView raw)
{
    QStringView s = stripDecorations(raw);
    if (s.isEmpty() || s.size() > 4 * kMaxTagLength) // cheap early exit before NFKC on long junk
        return {};
    if (isAscii(s)) {
        QString out(s.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (const QChar c : s) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f')
                continue;
            *d++ = (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
        }
        out.truncate(d - out.constData());
        if (out.isEmpty() || out.size() > kMaxTagLength)
            return {};
        return out;
    }
    // NFKC_Casefold (NFKC, fold, NFKC: a fold can undo a composition). NFKC can reveal decorations (full-width
    // ［话题］, ＃) and spaces (U+00A8 is a space and a combining diaeresis); removing those can put a combining mark
    // next to a letter again ("o\u200B\u0328"), so repeat until a pass removes nothing: normalizing a normalized
    // tag must change nothing.
    QString tag = withoutInvisibles(s.toString());
    for (int pass = 0; pass < 4; ++pass) {
        const QString folded =
            tag.normalized(QString::NormalizationForm_KC).toCaseFolded().normalized(QString::NormalizationForm_KC);
        QString visible = withoutInvisibles(folded);
        const QStringView stripped = stripDecorations(visible);
        const bool removedNothing = visible.size() == folded.size() && stripped.size() == visible.size();
        tag = stripped.size() == visible.size() ? std::move(visible) : stripped.toString();
        if (removedNothing || tag.isEmpty())
            break;
    }
    if (tag.isEmpty() || codePointCount(tag) > kMaxTagLength)
        return {};
    return tag;
}

/// Calls `found` with each tag of `text` as written, without copying it.
template <typename Found>
void forEachHashtag(QStringView text, HashtagSyntax syntax, Found found)
{
    const qsizetype n = text.size();
    qsizetype lastTagEnd = -1; // "#fyp#matcha": a tag may start right where the previous one ended
    for (qsizetype i = 0; i < n; ++i) {
        if (!isHash(text[i]) || (i != lastTagEnd && !startsTag(text, i)))
            continue;
        const qsizetype start = i + 1;
        if (start >= n)
            break;
        const qsizetype suffix = topicSuffixAt(text, start);
        if (suffix > start) {
            found(text.sliced(start, suffix - start).trimmed());
            i = suffix + kTopicSuffixLength;
            if (i < n && !isHash(text[i]))
                --i; // no closing '#': let the loop look at this character again
            continue;
        }
        if (syntax == HashtagSyntax::Paired) {
            const qsizetype close = closingHashAt(text, start);
            if (close > start && !text[start].isSpace()) {
                found(text.sliced(start, close - start).trimmed());
                i = close;
                continue;
            }
        }
        const qsizetype length = tagRunLength(text, start);
        if (length > 0) {
            found(text.sliced(start, length));
            i = start + length - 1;
            lastTagEnd = start + length;
        }
    }
}

} // namespace

QString normalizeHashtag(QStringView raw, const QMap<QString, QString> &aliases)
{
    QString tag = normalizeWithoutAliases(raw);
    if (!tag.isEmpty() && !aliases.isEmpty()) {
        const auto it = aliases.constFind(tag);
        if (it != aliases.cend())
            return normalizeWithoutAliases(it.value());
    }
    return tag;
}

QString hashtagSpelling(QStringView raw, const QString &normalized)
{
    if (normalized.isEmpty())
        return {};
    const QStringView s = stripDecorations(raw);
    if (isAscii(s)) {
        // Normalization only lower-cases an ASCII tag and drops its whitespace: a tag written in
        // lower case without spaces is spelled as its normalized form.
        const bool plain = std::none_of(s.begin(), s.end(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || c.isSpace();
        });
        return plain ? normalized : spelledWithoutInvisibles(s);
    }
    return spelledWithoutInvisibles(s.toString().normalized(QString::NormalizationForm_C));
}

QStringList extractHashtags(QStringView text, HashtagSyntax syntax)
{
    QStringList tags;
    forEachHashtag(text, syntax, [&tags](QStringView tag) { tags.append(tag.toString()); });
    return tags;
}

void appendUniqueTag(QStringList &tags, QString tag)
{
    if (!tag.isEmpty() && !tags.contains(tag))
        tags.append(std::move(tag));
}

QStringList collectHashtags(const QStringList &structured, QStringView text, const QMap<QString, QString> &aliases,
                            HashtagSyntax syntax)
{
    return collectHashtagsWithSpellings(structured, text, aliases, syntax).tags;
}

PostHashtags collectHashtagsWithSpellings(const QStringList &structured, QStringView text,
                                          const QMap<QString, QString> &aliases, HashtagSyntax syntax)
{
    PostHashtags out;
    out.tags.reserve(structured.size() + 4);
    out.spellings.reserve(structured.size() + 4);
    const auto add = [&](QStringView raw) {
        QString tag = normalizeWithoutAliases(raw);
        if (tag.isEmpty())
            return;
        QStringView written = raw;
        if (!aliases.isEmpty()) {
            const auto it = aliases.constFind(tag);
            if (it != aliases.cend()) {
                written = it.value();
                tag = normalizeWithoutAliases(written);
                if (tag.isEmpty())
                    return;
            }
        }
        if (out.tags.contains(tag))
            return;
        out.spellings.append(hashtagSpelling(written, tag));
        out.tags.append(std::move(tag));
    };
    for (const QString &raw : structured)
        add(raw);
    forEachHashtag(text, syntax, add);
    return out;
}
