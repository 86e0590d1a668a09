#include "core/ingest/formats/jsonspan.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jsonspan {

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
        ++pos;
    return pos;
}

namespace {

bool endsScalar(char c)
{
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// Where a string, object or array that starts at `p` ends, following quotes, escapes and brackets.
struct Scanner
{
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false; ///< the byte before was a backslash inside a string

    /// Feeds one structural byte (a quote, backslash or bracket); true when the value ends with it.
    bool feed(char c)
    {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            return !inString && depth == 0;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            return depth == 0;
        }
        return false;
    }
};

bool structural(char c)
{
    return c == '"' || c == '\\' || c == '{' || c == '}' || c == '[' || c == ']';
}

/// One past the end of the string or container starting at `p`, or nullptr. With SSE2 (every
/// x86-64), 16 bytes are classified at once and only their structural bytes are visited; strings
/// and brackets are dense in capture JSON, so jumping from one to the next with memchr costs more.
const char *containerEnd(const char *p, const char *end)
{
    Scanner scanner;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i openBrace = _mm_set1_epi8('{');
    const __m128i closeBrace = _mm_set1_epi8('}');
    const __m128i openBracket = _mm_set1_epi8('[');
    const __m128i closeBracket = _mm_set1_epi8(']');
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
                         _mm_or_si128(_mm_cmpeq_epi8(block, openBrace), _mm_cmpeq_epi8(block, closeBrace))),
            _mm_or_si128(_mm_cmpeq_epi8(block, openBracket), _mm_cmpeq_epi8(block, closeBracket)));
        unsigned mask = unsigned(_mm_movemask_epi8(hits));
        if (scanner.escaped) {
            // The first byte is escaped whatever it is.
            scanner.escaped = false;
            mask &= ~1u;
        }
        while (mask) {
            const int i = __builtin_ctz(mask);
            mask &= mask - 1;
            if (scanner.feed(p[i]))
                return p + i + 1;
            if (scanner.escaped && i < 15) {
                scanner.escaped = false;
                mask &= ~(1u << (i + 1));
            }
        }
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        if (scanner.escaped) {
            scanner.escaped = false;
            continue;
        }
        if (structural(*p) && scanner.feed(*p))
            return p + 1;
    }
    return nullptr;
}

} // namespace

qsizetype valueEnd(QByteArrayView text, qsizetype pos)
{
    pos = skipSpace(text, pos);
    if (pos >= text.size())
        return -1;
    const char *data = text.data();
    const char *end = data + text.size();
    const char *p = data + pos;
    const char first = *p;
    if (first != '"' && first != '{' && first != '[') {
        // A number, true, false or null: up to the next delimiter.
        while (p < end && !endsScalar(*p))
            ++p;
        return p - data;
    }
    const char *stop = containerEnd(p, end);
    return stop ? stop - data : -1;
}

} // namespace jsonspan
