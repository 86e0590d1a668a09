#include "core/ingest/formats/jsonspan.h"

#include <array>
#include <cstring>

namespace jsonspan {

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
        ++pos;
    return pos;
}

namespace {

enum CharClass : unsigned char { Plain, Quote, Open, Close };

/// What valueEnd() cares about in a byte (a table: one load instead of four comparisons).
constexpr std::array<unsigned char, 256> kClasses = [] {
    std::array<unsigned char, 256> t{};
    t['"'] = Quote;
    t['{'] = t['['] = Open;
    t['}'] = t[']'] = Close;
    return t;
}();

bool endsScalar(char c)
{
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The closing quote of the string whose opening quote is at p[-1], or nullptr. Most strings
/// are short (keys, ids): a byte loop first, memchr for long ones.
const char *stringEnd(const char *p, const char *end)
{
    for (int n = 0; p < end && n < 32; ++p, ++n) {
        if (*p == '"')
            return p;
        if (*p == '\\' && ++p == end)
            return nullptr;
    }
    for (;;) {
        const void *quote = std::memchr(p, '"', size_t(end - p));
        if (!quote)
            return nullptr;
        const char *q = static_cast<const char *>(quote);
        qsizetype backslashes = 0;
        while (q[-1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return q;
        p = q + 1;
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
    qsizetype depth = 0;
    for (; p < end; ++p) {
        switch (kClasses[static_cast<unsigned char>(*p)]) {
        case Quote:
            p = stringEnd(p + 1, end);
            if (!p)
                return -1;
            if (depth == 0)
                return p + 1 - data;
            break;
        case Open:
            ++depth;
            break;
        case Close:
            if (--depth == 0)
                return p + 1 - data;
            break;
        default:
            break;
        }
    }
    return -1;
}

} // namespace jsonspan
