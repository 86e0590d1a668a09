#include "core/ingest/transcoder.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <iconv.h>

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8

const char *iconvName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Gb18030:
        return "GB18030";
    default:
        return nullptr;
    }
}

void appendUtf8(QByteArray &out, char16_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

/// Length of the run of ASCII bytes at `p` (8 at a time while it can).
qsizetype asciiRun(const uchar *p, qsizetype n)
{
    qsizetype i = 0;
    while (i + 16 <= n) {
        quint64 a, b;
        std::memcpy(&a, p + i, 8);
        std::memcpy(&b, p + i + 8, 8);
        if ((a | b) & 0x8080808080808080ULL)
            break;
        i += 16;
    }
    while (i + 8 <= n) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < n && p[i] < 0x80)
        ++i;
    return i;
}

} // namespace

Transcoder::Transcoder(TextEncoding encoding) : m_encoding(encoding)
{
    if (const char *from = iconvName(encoding)) {
        iconv_t cd = iconv_open("UTF-8", from);
        if (cd != iconv_t(-1))
            m_iconv = cd;
    }
}

Transcoder::~Transcoder()
{
    if (m_iconv)
        iconv_close(iconv_t(m_iconv));
}

void Transcoder::decode(QByteArrayView input, bool last, QByteArray &out)
{
    const qsizetype chunkStart = out.size();
    switch (m_encoding) {
    case TextEncoding::Utf8: {
        // Complete a character cut off by the previous chunk from the first bytes of this one.
        qsizetype used = 0;
        while (!m_pending.isEmpty() && used < input.size()) {
            m_pending.append(input[used++]);
            const int len = textencoding::utf8Sequence(reinterpret_cast<const uchar *>(m_pending.constData()),
                                                       m_pending.size());
            if (len > 0) {
                out.append(m_pending);
                m_pending.clear();
            } else if (len < 0) {
                replace(out, chunkStart);
                used -= m_pending.size() + len; // the bytes after the invalid ones are read again
                m_pending.clear();
            }
        }
        decodeUtf8(reinterpret_cast<const uchar *>(input.data()) + used, input.size() - used, last, out, chunkStart);
        break;
    }
    case TextEncoding::Windows1252:
    case TextEncoding::MacRoman:
        decodeSingleByte(reinterpret_cast<const uchar *>(input.data()), input.size(), out);
        break;
    default:
        decodeIconv(input, last, out, chunkStart);
        break;
    }
    if (last && !m_pending.isEmpty()) {
        m_pending.clear();
        replace(out, chunkStart);
    }
    account(out, chunkStart);
}

void Transcoder::decodeUtf8(const uchar *p, qsizetype n, bool last, QByteArray &out, qsizetype chunkStart)
{
    qsizetype i = 0;
    qsizetype runStart = 0; // valid bytes not yet copied
    while (i < n) {
        i += asciiRun(p + i, n - i);
        if (i >= n)
            break;
        const int len = textencoding::utf8Sequence(p + i, n - i);
        if (len > 0) {
            i += len;
            continue;
        }
        out.append(reinterpret_cast<const char *>(p + runStart), i - runStart);
        if (len == 0) { // cut off by the end of the input
            if (last)
                replace(out, chunkStart);
            else
                m_pending = QByteArray(reinterpret_cast<const char *>(p + i), n - i);
            return;
        }
        replace(out, chunkStart);
        i += -len;
        runStart = i;
    }
    out.append(reinterpret_cast<const char *>(p + runStart), n - runStart);
}

void Transcoder::decodeSingleByte(const uchar *p, qsizetype n, QByteArray &out)
{
    out.reserve(out.size() + n + n / 4);
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] < 0x80)
            out.append(char(p[i]));
        else
            appendUtf8(out, textencoding::fromSingleByte(m_encoding, p[i]));
    }
}

void Transcoder::decodeIconv(QByteArrayView input, bool last, QByteArray &out, qsizetype chunkStart)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + input.toByteArray();
        input = joined;
        m_pending.clear();
    }
    if (!m_iconv) { // iconv lacks the encoding: say so through the repair count rather than guessing
        if (!input.isEmpty())
            replace(out, chunkStart);
        return;
    }
    const qsizetype unit = m_encoding == TextEncoding::Gb18030 ? 1 : 2;
    char *in = const_cast<char *>(input.data());
    size_t inLeft = size_t(input.size());
    while (inLeft > 0) {
        const qsizetype old = out.size();
        out.resize(old + qsizetype(inLeft) * 2 + 16);
        char *dst = out.data() + old;
        size_t outLeft = size_t(out.size() - old);
        const size_t rc = iconv(iconv_t(m_iconv), &in, &inLeft, &dst, &outLeft);
        const int err = errno;
        out.resize(out.size() - qsizetype(outLeft));
        if (rc != size_t(-1))
            break;
        if (err == E2BIG)
            continue;
        if (err == EINVAL) { // a character cut off by the end of the input
            if (last) {
                replace(out, chunkStart);
            } else {
                m_pending = QByteArray(in, qsizetype(inLeft));
            }
            break;
        }
        // EILSEQ: an invalid sequence; replace one code unit and go on.
        replace(out, chunkStart);
        const size_t skip = std::min(size_t(unit), inLeft);
        in += skip;
        inLeft -= skip;
    }
}

void Transcoder::replace(QByteArray &out, qsizetype chunkStart)
{
    ++m_repairs;
    if (m_first.size() < kKeptRepairs) {
        const QByteArrayView chunk = QByteArrayView(out).sliced(chunkStart);
        const qsizetype lastBreak = chunk.lastIndexOf('\n');
        const qint64 breaks = std::count(chunk.begin(), chunk.end(), '\n');
        const qint64 byte = lastBreak >= 0 ? chunk.size() - lastBreak : m_bytesSinceBreak + chunk.size() + 1;
        m_first.append(Repair{m_lines + breaks + 1, byte});
    }
    out.append(kReplacement, 3);
}

void Transcoder::account(const QByteArray &out, qsizetype chunkStart)
{
    const QByteArrayView chunk = QByteArrayView(out).sliced(chunkStart);
    const qsizetype lastBreak = chunk.lastIndexOf('\n');
    if (lastBreak < 0) {
        m_bytesSinceBreak += chunk.size();
        return;
    }
    m_lines += std::count(chunk.begin(), chunk.end(), '\n');
    m_bytesSinceBreak = chunk.size() - lastBreak - 1;
}
