#pragma once

#include <QByteArray>

#include "core/api/apierror.h"
#include "core/api/httprequest.h"

/// An incremental HTTP/1.x request parser: bytes in, requests or an error out. No sockets, no
/// timers, no threads, so that it can be fuzzed and tested byte by byte.
///
/// A caller feeds whatever bytes arrived; feed() consumes them up to the next event and says how
/// many it took, so pipelined requests are split exactly where one ends and the next begins and
/// every limit applies to the request whose bytes are counted:
///   - Head: the request line and headers are complete (head() and request() describe them). The
///     body has not been touched; the caller checks the request and either rejects it or calls
///     startBody(), which reserves the declared Content-Length once (it is at most the limit).
///   - Request: the whole request is here; takeRequest() hands it over (the body by move) and the
///     parser starts on the next one.
///   - Error: the stream cannot be read further (error() says why, with the status to answer:
///     400, 411 for Transfer-Encoding, 413 for a Content-Length over the limit, 431, 505).
///
/// Strict where leniency lets two parsers disagree (request smuggling): lines end with CRLF,
/// no folded headers, no space before a colon, one Content-Length value of digits only, any
/// Transfer-Encoding is refused (411: send a Content-Length), one Host.
class HttpRequestParser
{
public:
    enum class Event { NeedMore, Head, Request, Error };

    /// Framing facts of the current request.
    struct Head
    {
        int minorVersion = 1;        ///< 0 for HTTP/1.0, 1 for HTTP/1.1
        bool keepAlive = true;       ///< HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"
        bool expectContinue = false; ///< "Expect: 100-continue"
        QByteArray host;             ///< the authority of an absolute-form target, else the Host header
        QByteArray contentType;      ///< the Content-Type header as sent
        qint64 contentLength = 0;
    };

    HttpRequestParser(qint64 maxHeaderBytes, int maxHeaderCount, qint64 maxBodyBytes);

    /// Consumes bytes of [data, data + size) up to the next event; *consumed says how many.
    Event feed(const char *data, qsizetype size, qsizetype *consumed);

    /// After Event::Head: go on to read the body (reserves Content-Length bytes).
    void startBody();

    /// After Event::Request: the request (method, path, query, headers, body, contentLength) and
    /// a fresh start for the next one on the same stream.
    HttpRequest takeRequest();

    const Head &head() const { return m_head; }
    /// The request as far as it is parsed (method and path are set from Event::Head on).
    const HttpRequest &request() const { return m_request; }
    const ApiError &error() const { return m_error; }

    /// Bytes of an unfinished request have been consumed (a header or body timeout applies).
    bool inProgress() const { return m_stage != Stage::Head || m_headBytes > 0; }
    /// feed() has something to do only with more bytes (false while an event is pending).
    bool wantsBytes() const { return m_stage == Stage::Head || m_stage == Stage::Body; }
    /// The head is complete and the body is being (or about to be) read.
    bool readingBody() const { return m_stage == Stage::AwaitBody || m_stage == Stage::Body; }

private:
    enum class Stage { Head, AwaitBody, Body, Complete, Failed };

    Event fail(ApiError::Kind kind, const QString &message);
    Event parseHead(const char *data, qsizetype size);
    Event parseHeaderLine(const char *line, qsizetype size, int *hostCount, int *lengthCount, QByteArray *length);
    bool parseTarget(const QByteArray &target);

    qint64 m_maxHeaderBytes;
    int m_maxHeaderCount;
    qint64 m_maxBodyBytes;

    Stage m_stage = Stage::Head;
    qint64 m_headBytes = 0; ///< bytes of the current head consumed, leading empty lines included
    QByteArray m_buffer;    ///< a head split across feeds
    Head m_head;
    HttpRequest m_request;
    ApiError m_error;
};
