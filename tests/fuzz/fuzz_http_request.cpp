// libFuzzer target for HttpRequestParser: the bytes of one connection, fed in a few pieces whose
// sizes come from the input itself, so that every split of a head or a body is tried.
//
// Checked on every input (a failed check aborts, which libFuzzer reports as a crash):
//   - feed() never claims more bytes than it was given and always makes progress or stops;
//   - a request's body has exactly its Content-Length, which is within the limit;
//   - the same bytes fed in one piece give the same requests and the same error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>

#include "core/api/httprequestparser.h"

namespace {

constexpr qint64 kMaxHeader = 4096; // small limits reach the limit paths quickly
constexpr qint64 kMaxBody = 4096;

struct Trace
{
    QList<QByteArray> requests; ///< method, path and body of each request
    int errorStatus = 0;
};

void check(bool ok)
{
    if (!ok)
        std::abort();
}

Trace run(const char *data, size_t size, const QList<size_t> &cuts)
{
    HttpRequestParser parser(kMaxHeader, 32, kMaxBody);
    Trace trace;
    size_t begin = 0;
    for (qsizetype c = 0; c <= cuts.size(); ++c) {
        const size_t end = c < cuts.size() ? cuts.at(c) : size;
        size_t pos = begin;
        for (int guard = 0;; ++guard) {
            check(guard < 1000000);
            qsizetype used = -1;
            const auto event = parser.feed(data + pos, qsizetype(end - pos), &used);
            check(used >= 0 && size_t(used) <= end - pos);
            pos += size_t(used);
            if (event == HttpRequestParser::Event::Error) {
                trace.errorStatus = httpStatus(parser.error().kind);
                check(trace.errorStatus >= 400);
                return trace;
            }
            if (event == HttpRequestParser::Event::Head) {
                check(parser.head().contentLength >= 0 && parser.head().contentLength <= kMaxBody);
                parser.startBody();
                continue;
            }
            if (event == HttpRequestParser::Event::Request) {
                const qint64 declared = parser.head().contentLength;
                HttpRequest request = parser.takeRequest();
                check(request.body.size() == declared && request.contentLength == declared);
                trace.requests.append(request.method.toUtf8() + ' ' + request.path.toUtf8() + ' ' + request.body);
                continue;
            }
            if (pos == end)
                break;
            check(used > 0); // NeedMore with bytes left would loop forever
        }
        begin = end;
    }
    return trace;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses up to three cut points; the rest is the stream.
    const uint8_t seed = bytes[0];
    const auto *data = reinterpret_cast<const char *>(bytes + 1);
    const size_t n = size - 1;
    QList<size_t> cuts;
    if (n > 0) {
        size_t at = 0;
        for (int i = 0; i < (seed & 3); ++i) {
            at += 1 + (size_t(seed >> 2) * 7919u + size_t(i) * 104729u) % n;
            if (at >= n)
                break;
            cuts.append(at);
        }
    }
    const Trace pieces = run(data, n, cuts);
    const Trace whole = run(data, n, {});
    check(pieces.requests == whole.requests);
    check(pieces.errorStatus == whole.errorStatus);
    return 0;
}
