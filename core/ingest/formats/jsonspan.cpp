#include "core/ingest/formats/jsonspan.h"

#include <cstring>

namespace jsonspan {

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
        ++pos;
    return pos;
}

qsizetype valueEnd(QByteArrayView text, qsizetype pos)
{
    pos = skipSpace(text, pos);
    if (pos >= text.size())
        return -1;
    const char first = text[pos];
    if (first != '"' && first != '{' && first != '[') {
        // A number, true, false or null: up to the next delimiter.
        while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']' && text[pos] != ' '
               && text[pos] != '\n' && text[pos] != '\r' && text[pos] != '\t')
            ++pos;
        return pos;
    }
    qsizetype depth = 0;
    const char *data = text.data();
    for (; pos < text.size(); ++pos) {
        const char c = data[pos];
        if (c == '"') {
            // Most bytes are inside strings: jump from quote to quote, skipping escaped ones.
            for (;;) {
                const void *quote = std::memchr(data + pos + 1, '"', size_t(text.size() - pos - 1));
                if (!quote)
                    return -1;
                pos = static_cast<const char *>(quote) - data;
                qsizetype backslashes = 0;
                while (data[pos - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            if (depth == 0)
                return pos + 1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return pos + 1;
        }
    }
    return -1;
}

} // namespace jsonspan
