#include "core/service/webhooksender.h"

#include <algorithm>

#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include "core/log/log.h"
#include "core/log/qstringformatter.h"

using namespace Qt::StringLiterals;

QByteArray webhookSignature(const QByteArray &body, const QString &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

qint64 webhookRetryDelayMs(int firstRetryMs, int retry)
{
    constexpr qint64 kCapMs = 60LL * 60 * 1000;
    const int doublings = std::clamp(retry - 1, 0, 30);
    return std::min(kCapMs, qint64(std::max(firstRetryMs, 0)) << doublings);
}

WebhookSender::WebhookSender(WebhookSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_network.setAutoDeleteReplies(true);
}

WebhookSender::~WebhookSender() = default;

void WebhookSender::send(qint64 id, const QByteArray &body, int attemptsBefore)
{
    if (m_settings.urls.isEmpty() || m_deliveries.contains(id))
        return;
    Delivery &d = m_deliveries[id];
    d.body = body;
    d.open = int(m_settings.urls.size());
    d.attempts = attemptsBefore;
    for (const QString &url : m_settings.urls)
        post(id, url, attemptsBefore + 1);
}

void WebhookSender::post(qint64 id, const QString &url, int attempt)
{
    const auto it = m_deliveries.constFind(id);
    if (it == m_deliveries.cend())
        return;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("User-Agent", "GlassTrend-Webhook");
    if (!m_settings.secret.isEmpty())
        request.setRawHeader("X-GlassTrend-Signature", webhookSignature(it->body, m_settings.secret));
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network.post(request, it->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, url, attempt] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            urlDone(id, attempt, true);
            return;
        }
        const QString reason = status > 0 ? u"HTTP %1"_s.arg(status) : reply->errorString();
        Q_EMIT attemptFailed(id, url, attempt, reason);
        if (attempt >= m_settings.maxAttempts) {
            // The URL (never the secret) is logged: it is how the operator finds the failing receiver.
            gtlog::service()->warn("webhook {} gave up on alert {} after {} attempts: {}", url, id, attempt, reason);
            urlDone(id, attempt, false);
            return;
        }
        const qint64 delay = webhookRetryDelayMs(m_settings.firstRetryMs, attempt);
        gtlog::service()->info("webhook {} failed for alert {} ({}); retry {} in {} ms", url, id, reason, attempt,
                               delay);
        QTimer::singleShot(delay, this, [this, id, url, attempt] { post(id, url, attempt + 1); });
    });
}

void WebhookSender::urlDone(qint64 id, int attempt, bool accepted)
{
    auto it = m_deliveries.find(id);
    if (it == m_deliveries.end())
        return;
    it->attempts = std::max(it->attempts, attempt);
    it->allAccepted = it->allAccepted && accepted;
    if (--it->open > 0)
        return;
    const int attempts = it->attempts;
    const bool delivered = it->allAccepted;
    m_deliveries.erase(it);
    Q_EMIT finished(id, attempts, delivered);
}
