#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "core/model/pollstate.h"

class QNetworkAccessManager;
class QNetworkReply;

/// One conditional GET of a URL source.
struct FetchRequest
{
    QUrl url;
    int timeoutS = 30;
    qint64 maxBytes = 64LL * 1024 * 1024;
    UrlValidators validators; ///< from the last imported 200; empty = unconditional
};

/// How a fetch ended. `ok` with `notModified` means a 304: nothing new.
struct FetchResult
{
    bool ok = false;
    bool notModified = false;
    bool aborted = false; ///< ended by abort(), not by the server or a limit
    int httpStatus = 0;
    QString error;            ///< for people, e.g. "HTTP 500 Internal Server Error", "timed out after 5 s"
    QByteArray body;          ///< the whole body of a 2xx answer, at most maxBytes
    UrlValidators validators; ///< ETag and Last-Modified of a 2xx answer
    QUrl finalUrl;            ///< after redirects
};

/// A single GET with the poller's rules, run on the thread that owns the QNetworkAccessManager
/// (asynchronous: nothing blocks):
/// - If-None-Match / If-Modified-Since from the previous answer; a 304 is "nothing new";
/// - a time limit of `timeoutS` for the whole request (a server that trickles bytes forever is cut
///   off too), plus QNetworkRequest's transfer timeout for a silent connection;
/// - a size cap: refused as soon as Content-Length or the bytes received exceed `maxBytes`;
/// - at most 5 redirects, each either to the same origin (scheme, host, port) or to https: a
///   feed may move to a CDN, but never be downgraded to plain http on another host.
/// `finished` is emitted exactly once; the object may be deleted (deleteLater) after it.
class UrlFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlFetch)

public:
    UrlFetch(QNetworkAccessManager &network, FetchRequest request, QObject *parent = nullptr);
    ~UrlFetch() override;

    void start();
    /// Stops the request; `finished` reports "stopped".
    void abort();

Q_SIGNALS:
    void finished(const FetchResult &result);

private:
    void fail(const QString &error, bool aborted = false);
    void onFinished();

    QNetworkAccessManager &m_network;
    FetchRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    bool m_done = false;
};
