#pragma once

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QObject>
#include <QThreadPool>

#include "core/model/alert.h"
#include "core/model/result.h"
#include "core/service/alertevaluator.h"
#include "core/service/webhooksender.h"

class AlertStore;
struct RunResult;

/// The alerts of issue 12, after each stored run: evaluateAlerts() says which the run raises, the
/// AlertStore records each (trend, reason) once (so an alert is never sent twice, even after a
/// restart), and the new ones are POSTed by a WebhookSender; their delivery state is stored.
/// runStored() may be called from any thread (DiscoveryService's run listener); the work happens on
/// the thread this object lives on (the event loop).
class AlertService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertService)

public:
    /// `baseUrl`: where this server is reached ("http://127.0.0.1:8000"), for each alert's trend link.
    AlertService(std::shared_ptr<const AlertStore> store, WatchList watch, WebhookSettings webhooks, QString baseUrl,
                 QObject *parent = nullptr);
    ~AlertService() override;

    /// Evaluates a stored run (queued to this object's thread).
    void runStored(std::shared_ptr<const RunResult> run);
    /// Sends again what an earlier process raised but did not finish delivering (attempts left).
    void resumeUndelivered();
    /// Where this server is reached, once it listens (for the trend link of alerts raised from now on).
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    /// What to watch from the next evaluated run on (the desktop's watch list was edited).
    void setWatchList(WatchList watch) { m_watch = std::move(watch); }
    const WatchList &watchList() const { return m_watch; }
    /// Webhook deliveries in flight.
    int pendingDeliveries() const { return m_sender.pending(); }

Q_SIGNALS:
    /// A stored run was evaluated: `raised` alerts of it were new (the others were raised before).
    void runEvaluated(const QString &runId, int raised);
    /// A new alert was recorded (and, with webhooks, its delivery started).
    void alertRaised(const AlertRecord &record);
    /// Every webhook of alert `id` answered or gave up; the state is stored.
    void deliveryFinished(qint64 id, int attempts, bool delivered);

private:
    void evaluate(const RunResult &run);
    /// Sends and signals what the recorder thread recorded of run `runId`'s alerts.
    void announce(const QString &runId,
                  const std::vector<std::pair<Alert, Result<std::optional<AlertRecord>>>> &recorded);

    std::shared_ptr<const AlertStore> m_store;
    WatchList m_watch;
    QString m_baseUrl;
    WebhookSender m_sender;
    /// One thread that records raised alerts, in the order runs are evaluated. Last: destroyed (waiting for what it
    /// records) first.
    QThreadPool m_recorder;
};
