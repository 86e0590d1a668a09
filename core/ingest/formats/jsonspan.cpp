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

/// The first byte in [p, end) that is one of `chars` (up to 5, padded with repeats), or end.
/// 16 bytes per step with SSE2, which every x86-64 has; a byte loop elsewhere.
template <int N>
const char *findAny(const char *p, const char *end, const char (&chars)[N])
{
#if defined(__SSE2__)
    __m128i needles[N];
    for (int i = 0; i < N; ++i)
        needles[i] = _mm_set1_epi8(chars[i]);
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = _mm_cmpeq_epi8(block, needles[0]);
        for (int i = 1; i < N; ++i)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(block, needles[i]));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    for (; p < end; ++p) {
        for (int i = 0; i < N; ++i) {
            if (*p == chars[i])
                return p;
        }
    }
    return end;
}

bool endsScalar(char c)
{
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The closing quote of the string whose opening quote is at p[-1], or nullptr.
const char *stringEnd(const char *p, const char *end)
{
    static constexpr char kStop[] = {'"', '\\'};
    for (;;) {
        p = findAny(p, end, kStop);
        if (p == end)
            return nullptr;
        if (*p == '"')
            return p;
        p += 2; // an escape and the byte it escapes
        if (p >= end)
            return nullptr;
    }
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
    // Jump from one structural byte to the next; only quotes and brackets matter here.
    static constexpr char kStructural[] = {'"', '{', '}', '[', ']'};
    qsizetype depth = 0;
    for (p = findAny(p, end, kStructural); p < end; p = findAny(p + 1, end, kStructural)) {
        const char c = *p;
        if (c == '"') {
            p = stringEnd(p + 1, end);
            if (!p)
                return -1;
            if (depth == 0)
                return p + 1 - data;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (--depth == 0) {
            return p + 1 - data;
        }
    }
    return -1;
}

} // namespace jsonspan
