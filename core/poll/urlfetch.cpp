#include "core/poll/urlfetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == u"https"_s ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

} // namespace

UrlFetch::UrlFetch(QNetworkAccessManager &network, FetchRequest request, QObject *parent)
    : QObject(parent), m_network(network), m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(u"timed out after %1 s (timeout_s)"_s.arg(m_request.timeoutS)); });
}

UrlFetch::~UrlFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void UrlFetch::start()
{
    QNetworkRequest request(m_request.url);
    const int timeoutMs = std::max(m_request.timeoutS, 1) * 1000;
    request.setTransferTimeout(timeoutMs);
    // Redirects are checked in the redirected() handler below against our own rule.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("GlassTrend/" GT_VERSION));
    request.setRawHeader("Accept", "application/x-ndjson, application/json, text/csv;q=0.9, */*;q=0.5");
    // Without a QNetworkDiskCache Qt sends no validators of its own: the poller keeps them.
    if (!m_request.validators.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.validators.etag.toLatin1());
    if (!m_request.validators.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.validators.lastModified.toLatin1());

    m_reply = m_network.get(request);
    m_deadline.start(timeoutMs);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_request.maxBytes)
            fail(u"body over %1 bytes (max_bytes): Content-Length %2"_s.arg(m_request.maxBytes)
                     .arg(length.toLongLong()));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->readAll();
        if (m_body.size() > m_request.maxBytes)
            fail(u"body over %1 bytes (max_bytes)"_s.arg(m_request.maxBytes));
    });
    // reply->url() already names the target when redirected() arrives, so the origin to compare
    // with is tracked here, hop by hop.
    connect(reply, &QNetworkReply::redirected, this, [this, reply, from = m_request.url](const QUrl &target) mutable {
        if (target.scheme() == u"https"_s || sameOrigin(target, from)) {
            from = target;
            Q_EMIT reply->redirectAllowed();
        } else
            fail(u"redirect to %1 refused (only to the same origin or to https)"_s.arg(target.toDisplayString()));
    });
    connect(reply, &QNetworkReply::finished, this, &UrlFetch::onFinished);
}

void UrlFetch::abort()
{
    fail(u"stopped"_s, true);
}

void UrlFetch::fail(const QString &error, bool aborted)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    FetchResult result;
    result.error = error;
    result.aborted = aborted;
    result.finalUrl = m_request.url;
    Q_EMIT finished(result);
}

void UrlFetch::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_body += reply->readAll();

    FetchResult result;
    result.finalUrl = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (m_body.size() > m_request.maxBytes) {
        result.error = u"body over %1 bytes (max_bytes)"_s.arg(m_request.maxBytes);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        // The transfer timeout aborts this way: nothing arrived for timeout_s.
        result.error = u"timed out after %1 s (timeout_s)"_s.arg(m_request.timeoutS);
    } else if (result.httpStatus == 304) {
        result.ok = true;
        result.notModified = true;
    } else if (result.httpStatus >= 200 && result.httpStatus < 300 && reply->error() == QNetworkReply::NoError) {
        result.ok = true;
        result.body = std::move(m_body);
        result.validators.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        result.validators.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    } else if (result.httpStatus >= 400) {
        result.error = u"HTTP %1 %2"_s.arg(result.httpStatus).arg(reason).trimmed();
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->errorString(); // connection refused, too many redirects, TLS, …
    } else {
        result.error = u"unexpected HTTP status %1"_s.arg(result.httpStatus);
    }
    Q_EMIT finished(result);
}
