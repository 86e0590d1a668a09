#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

/// How alerts reach their webhooks (`alerts.webhooks`, `alerts.secret`).
struct WebhookSettings
{
    QStringList urls;
    QString secret;          ///< empty = unsigned
    int maxAttempts = 5;     ///< POSTs per URL at most (the first and the retries)
    int firstRetryMs = 2000; ///< the wait before the first retry; doubled for each further one
    int timeoutMs = 10000;   ///< per POST
};

/// `X-GlassTrend-Signature` of a body: "sha256=" + lower-case hex of HMAC-SHA256(secret, body).
QByteArray webhookSignature(const QByteArray &body, const QString &secret);

/// Milliseconds before retry number `retry` (1 = the first retry): firstRetryMs × 2^(retry − 1),
/// capped at one hour.
qint64 webhookRetryDelayMs(int firstRetryMs, int retry);

/// POSTs a JSON body to every URL on the thread that owns it (the event loop's), retrying each URL
/// whose answer is not 2xx (or that cannot be reached) with exponential backoff up to maxAttempts.
/// One delivery = one body to all URLs; finished() tells when every URL accepted it or gave up.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)

public:
    explicit WebhookSender(WebhookSettings settings, QObject *parent = nullptr);
    ~WebhookSender() override;

    const WebhookSettings &settings() const { return m_settings; }
    /// Starts delivery `id` of `body`; `attemptsBefore` POST rounds were made already (by an earlier
    /// process), so a resumed delivery keeps within maxAttempts.
    void send(qint64 id, const QByteArray &body, int attemptsBefore = 0);
    /// Deliveries not finished yet.
    int pending() const { return int(m_deliveries.size()); }

Q_SIGNALS:
    /// Every URL of delivery `id` answered 2xx (`delivered`) or used up its attempts; `attempts` is the
    /// most POSTs any URL needed or made.
    void finished(qint64 id, int attempts, bool delivered);
    /// After each failed POST that will be retried or given up (for the log and the tests).
    void attemptFailed(qint64 id, const QString &url, int attempt, const QString &reason);

private:
    struct Delivery
    {
        QByteArray body;
        int open = 0;     ///< URLs still being tried
        int attempts = 0; ///< the most attempts of any URL so far
        bool allAccepted = true;
    };
    void post(qint64 id, const QString &url, int attempt);
    void urlDone(qint64 id, int attempt, bool accepted);

    WebhookSettings m_settings;
    QNetworkAccessManager m_network;
    QHash<qint64, Delivery> m_deliveries;
};
