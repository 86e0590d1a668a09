#include "core/api/httprequestparser.h"

#include <cstring>
#include <limits>

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

/// RFC 9110 tchar: the characters of a method or a header name.
bool isTokenChar(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != 0;
}

bool isToken(const char *p, qsizetype n)
{
    if (n == 0)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!isTokenChar(static_cast<unsigned char>(p[i])))
            return false;
    }
    return true;
}

bool equalsNoCase(const char *p, qsizetype n, const char *lower)
{
    const auto len = qsizetype(std::strlen(lower));
    if (n != len)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if ((static_cast<unsigned char>(p[i]) | 0x20) != static_cast<unsigned char>(lower[i]))
            return false;
    }
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

/// Whether a comma-separated header value lists `token` (case-insensitive), as Connection does.
bool listsToken(const QByteArray &value, const char *token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(',', start);
        if (end < 0)
            end = value.size();
        qsizetype a = start, b = end;
        while (a < b && isOws(value.at(a)))
            ++a;
        while (b > a && isOws(value.at(b - 1)))
            --b;
        if (equalsNoCase(value.constData() + a, b - a, token))
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxHeaderBytes, int maxHeaderCount, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes), m_maxHeaderCount(maxHeaderCount), m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestParser::Event HttpRequestParser::fail(ApiError::Kind kind, const QString &message)
{
    m_stage = Stage::Failed;
    m_error = ApiError{kind, message, {}, {}};
    return Event::Error;
}

HttpRequestParser::Event HttpRequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    switch (m_stage) {
    case Stage::Failed:
        return Event::Error;
    case Stage::AwaitBody:
        return Event::Head; // the caller has not decided yet
    case Stage::Complete:
        return Event::Request;
    case Stage::Body: {
        const qint64 want = m_head.contentLength - m_request.body.size();
        const qsizetype take = qsizetype(std::min<qint64>(want, size));
        m_request.body.append(data, take);
        *consumed = take;
        if (m_request.body.size() < m_head.contentLength)
            return Event::NeedMore;
        m_stage = Stage::Complete;
        return Event::Request;
    }
    case Stage::Head:
        break;
    }

    qsizetype pos = 0;
    // RFC 9112 2.2: empty lines before a request line are ignored (they still count as head bytes).
    while (m_buffer.isEmpty() && pos < size && (data[pos] == '\r' || data[pos] == '\n')) {
        ++pos;
        if (++m_headBytes > m_maxHeaderBytes) {
            *consumed = pos;
            return fail(ApiError::Kind::HeadersTooLarge, u"request line and headers exceed %1 bytes"_s.arg(m_maxHeaderBytes));
        }
    }

    // Look for the blank line that ends the head, checking that every LF follows a CR.
    // Only bytes within the limit are looked at, so the answer is the same however the bytes
    // were split into reads.
    const qsizetype before = m_buffer.size();
    const char *scan = data + pos;
    const qsizetype allowed = qsizetype(std::max<qint64>(0, m_maxHeaderBytes - m_headBytes));
    const qsizetype available = std::min(size - pos, allowed);
    qsizetype end = -1; // offset in [scan, scan + available) just past "\r\n\r\n"
    for (qsizetype i = 0; i < available;) {
        const void *lf = std::memchr(scan + i, '\n', size_t(available - i));
        if (!lf)
            break;
        const qsizetype at = static_cast<const char *>(lf) - scan;
        auto byteAt = [&](qsizetype k) -> char { // k relative to scan; negative reaches into m_buffer
            return k >= 0 ? scan[k] : (before + k >= 0 ? m_buffer.at(before + k) : '\0');
        };
        if (byteAt(at - 1) != '\r')
            return fail(ApiError::Kind::BadRequest, u"a line of the request head ends without CR (bare LF)"_s);
        if (byteAt(at - 2) == '\n' && byteAt(at - 3) == '\r' && before + at >= 3) {
            end = at + 1;
            break;
        }
        i = at + 1;
    }

    const qsizetype taken = end >= 0 ? end : available;
    if (end < 0 && size - pos > allowed) {
        *consumed = pos;
        return fail(ApiError::Kind::HeadersTooLarge, u"request line and headers exceed %1 bytes"_s.arg(m_maxHeaderBytes));
    }
    m_headBytes += taken;
    *consumed = pos + taken;
    if (end < 0) {
        m_buffer.append(scan, taken);
        return Event::NeedMore;
    }
    if (m_buffer.isEmpty())
        return parseHead(scan, end - 4); // the common case: a whole head in one read, no copy
    m_buffer.append(scan, taken);
    const QByteArray block = std::move(m_buffer);
    m_buffer = QByteArray();
    return parseHead(block.constData(), block.size() - 4);
}

HttpRequestParser::Event HttpRequestParser::parseHead(const char *data, qsizetype size)
{
    m_head = Head{};
    // Request line: method SP request-target SP HTTP-version.
    // Every CR must start a CRLF (the scan in feed() already checked that every LF ends one).
    const char *lineEnd = static_cast<const char *>(std::memchr(data, '\r', size_t(size)));
    if (lineEnd && (lineEnd + 1 >= data + size || lineEnd[1] != '\n'))
        return fail(ApiError::Kind::BadRequest, u"a CR without LF in the request head"_s);
    const qsizetype lineSize = lineEnd ? lineEnd - data : size;
    const char *sp1 = static_cast<const char *>(std::memchr(data, ' ', size_t(lineSize)));
    if (!sp1)
        return fail(ApiError::Kind::BadRequest, u"malformed request line"_s);
    const qsizetype methodSize = sp1 - data;
    const char *targetStart = sp1 + 1;
    const char *sp2 = static_cast<const char *>(std::memchr(targetStart, ' ', size_t(data + lineSize - targetStart)));
    if (!sp2 || !isToken(data, methodSize))
        return fail(ApiError::Kind::BadRequest, u"malformed request line"_s);
    const qsizetype targetSize = sp2 - targetStart;
    const char *version = sp2 + 1;
    const qsizetype versionSize = data + lineSize - version;
    if (versionSize != 8 || std::memcmp(version, "HTTP/", 5) != 0 || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return fail(ApiError::Kind::BadRequest, u"malformed HTTP version in the request line"_s);
    m_request.method = QString::fromLatin1(data, methodSize);
    if (version[5] != '1')
        return fail(ApiError::Kind::VersionNotSupported, u"only HTTP/1.0 and HTTP/1.1 are served"_s);
    m_head.minorVersion = version[7] == '0' ? 0 : 1;
    const QByteArray target(targetStart, targetSize);
    if (targetSize == 0 || !parseTarget(target))
        return fail(ApiError::Kind::BadRequest, u"malformed request target"_s);

    int hostCount = 0;
    int lengthCount = 0;
    QByteArray length;
    const char *p = lineEnd ? lineEnd + 2 : data + size;
    const char *const stop = data + size;
    while (p < stop) {
        const char *cr = static_cast<const char *>(std::memchr(p, '\r', size_t(stop - p)));
        if (cr && (cr + 1 >= stop || cr[1] != '\n'))
            return fail(ApiError::Kind::BadRequest, u"a CR without LF in the request head"_s);
        const qsizetype n = cr ? cr - p : stop - p;
        if (const Event e = parseHeaderLine(p, n, &hostCount, &lengthCount, &length); e == Event::Error)
            return e;
        p += n + 2;
    }
    if (m_request.headers.size() > m_maxHeaderCount)
        return fail(ApiError::Kind::HeadersTooLarge, u"more than %1 header lines"_s.arg(m_maxHeaderCount));
    if (hostCount > 1)
        return fail(ApiError::Kind::BadRequest, u"more than one Host header"_s);
    if (hostCount == 0 && m_head.minorVersion == 1 && m_head.host.isEmpty())
        return fail(ApiError::Kind::BadRequest, u"HTTP/1.1 requests need a Host header"_s);
    if (!m_request.header("Transfer-Encoding").isNull())
        return fail(ApiError::Kind::LengthRequired,
                    u"send the body with a Content-Length; Transfer-Encoding (chunked uploads) is not accepted"_s);
    if (lengthCount > 0) {
        qint64 value = 0;
        bool tooLarge = false;
        for (char c : length) {
            if (c < '0' || c > '9')
                return fail(ApiError::Kind::BadRequest, u"Content-Length is not a number"_s);
            if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
                tooLarge = true;
            else
                value = value * 10 + (c - '0');
        }
        if (length.isEmpty())
            return fail(ApiError::Kind::BadRequest, u"Content-Length is not a number"_s);
        if (tooLarge || value > m_maxBodyBytes) {
            m_stage = Stage::Failed;
            m_error = ApiError{ApiError::Kind::PayloadTooLarge,
                               u"the body has %1 bytes; the limit (server.max_body_mb) is %2 bytes"_s
                                   .arg(QString::fromLatin1(length))
                                   .arg(m_maxBodyBytes),
                               QJsonObject{{u"content_length"_s, tooLarge ? double(std::numeric_limits<qint64>::max()) : double(value)},
                                           {u"max_body_bytes"_s, double(m_maxBodyBytes)}},
                               {}};
            return Event::Error;
        }
        m_head.contentLength = value;
    }
    m_request.contentLength = m_head.contentLength;

    const QByteArray connection = m_request.header("Connection");
    m_head.keepAlive = m_head.minorVersion >= 1 ? !listsToken(connection, "close")
                                                : listsToken(connection, "keep-alive") && !listsToken(connection, "close");
    m_head.expectContinue = m_head.minorVersion >= 1 && listsToken(m_request.header("Expect"), "100-continue");
    m_head.contentType = m_request.header("Content-Type");
    m_stage = Stage::AwaitBody;
    return Event::Head;
}

HttpRequestParser::Event HttpRequestParser::parseHeaderLine(const char *line, qsizetype size, int *hostCount,
                                                            int *lengthCount, QByteArray *length)
{
    if (size == 0)
        return Event::Head; // cannot happen inside a head; harmless
    if (isOws(line[0]))
        return fail(ApiError::Kind::BadRequest, u"folded header lines are not accepted"_s);
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(size)));
    if (!colon || !isToken(line, colon - line))
        return fail(ApiError::Kind::BadRequest, u"malformed header line"_s);
    const qsizetype nameSize = colon - line;
    const char *v = colon + 1;
    const char *vEnd = line + size;
    while (v < vEnd && isOws(*v))
        ++v;
    while (vEnd > v && isOws(vEnd[-1]))
        --vEnd;
    for (const char *c = v; c < vEnd; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return fail(ApiError::Kind::BadRequest, u"a control character in a header value"_s);
    }
    if (m_request.headers.size() >= m_maxHeaderCount)
        return fail(ApiError::Kind::HeadersTooLarge, u"more than %1 header lines"_s.arg(m_maxHeaderCount));
    QByteArray value(v, vEnd - v);
    if (equalsNoCase(line, nameSize, "content-length")) {
        if (*lengthCount > 0 && value != *length)
            return fail(ApiError::Kind::BadRequest, u"conflicting Content-Length headers"_s);
        ++*lengthCount;
        *length = value;
    } else if (equalsNoCase(line, nameSize, "host")) {
        ++*hostCount;
        if (m_head.host.isEmpty())
            m_head.host = value;
    }
    m_request.headers.append(qMakePair(QByteArray(line, nameSize), std::move(value)));
    return Event::Head;
}

bool HttpRequestParser::parseTarget(const QByteArray &target)
{
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return false;
    }
    QByteArray pathAndQuery = target;
    if (target == "*") {
        if (m_request.method != "OPTIONS"_L1)
            return false;
    } else if (!target.startsWith('/')) {
        // Absolute form (RFC 9112 3.2.2): its authority replaces the Host header.
        const qsizetype schemeEnd = target.indexOf("://");
        if (schemeEnd <= 0)
            return false;
        const QByteArray scheme = target.left(schemeEnd).toLower();
        if (scheme != "http" && scheme != "https")
            return false;
        qsizetype authorityEnd = schemeEnd + 3;
        while (authorityEnd < target.size() && target.at(authorityEnd) != '/' && target.at(authorityEnd) != '?')
            ++authorityEnd;
        const QByteArray authority = target.mid(schemeEnd + 3, authorityEnd - schemeEnd - 3);
        if (authority.isEmpty() || authority.contains('@'))
            return false;
        m_head.host = authority;
        pathAndQuery = target.mid(authorityEnd);
        if (pathAndQuery.isEmpty() || pathAndQuery.startsWith('?'))
            pathAndQuery.prepend('/');
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArray path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    m_request.path = path.contains('%') ? QUrl::fromPercentEncoding(path) : QString::fromLatin1(path);
    if (question >= 0 && question + 1 < pathAndQuery.size())
        m_request.query = QUrlQuery(QString::fromLatin1(pathAndQuery.mid(question + 1)));
    return true;
}

void HttpRequestParser::startBody()
{
    if (m_stage != Stage::AwaitBody)
        return;
    if (m_head.contentLength == 0) {
        m_stage = Stage::Complete;
        return;
    }
    // One allocation of exactly the declared size (at most the limit): the body is never copied
    // while it grows and is handed on by move.
    m_request.body.reserve(m_head.contentLength);
    m_stage = Stage::Body;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    m_head = Head{};
    m_headBytes = 0;
    m_stage = Stage::Head;
    return out;
}
