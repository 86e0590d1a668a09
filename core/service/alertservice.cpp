#include "core/service/alertservice.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>
#include <vector>

#include "core/log/log.h"
#include "core/log/qstringformatter.h"
#include "core/model/alertjson.h"
#include "core/model/runresult.h"
#include "core/storage/alertstore.h"

AlertService::AlertService(std::shared_ptr<const AlertStore> store, WatchList watch, WebhookSettings webhooks,
                           QString baseUrl, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_watch(std::move(watch)), m_baseUrl(std::move(baseUrl)),
      m_sender(std::move(webhooks))
{
    m_recorder.setMaxThreadCount(1);
    connect(&m_sender, &WebhookSender::finished, this, [this](qint64 id, int attempts, bool delivered) {
        if (Status s = m_store->setDelivery(id, attempts, delivered); !s)
            gtlog::service()->error("alert {}: storing its delivery failed: {}", id, s.error().message);
        Q_EMIT deliveryFinished(id, attempts, delivered);
    });
}

AlertService::~AlertService() = default;

void AlertService::runStored(std::shared_ptr<const RunResult> run)
{
    QMetaObject::invokeMethod(
        this, [this, run = std::move(run)] { evaluate(*run); }, Qt::QueuedConnection);
}

void AlertService::evaluate(const RunResult &run)
{
    // Which alerts the run raises is decided here (the watch list belongs to this thread); they are recorded on a
    // thread of their own. A SQLite write waits while another connection writes (a run being stored, an ingest), and
    // this object lives on an event loop that must keep answering meanwhile: the server's requests, the desktop's
    // window. The results come back here, to be sent and signalled.
    using Recorded = std::vector<std::pair<Alert, Result<std::optional<AlertRecord>>>>;
    const QList<Alert> alerts = evaluateAlerts(run, m_watch);
    QtConcurrent::run(&m_recorder,
                      [store = m_store, alerts] {
                          const qint64 now = QDateTime::currentMSecsSinceEpoch();
                          Recorded recorded;
                          for (const Alert &alert : alerts)
                              recorded.emplace_back(alert, store->raise(alert, now));
                          return recorded;
                      })
        .then(this, [this, runId = run.runId](Recorded recorded) { announce(runId, recorded); });
}

void AlertService::announce(const QString &runId,
                            const std::vector<std::pair<Alert, Result<std::optional<AlertRecord>>>> &recorded)
{
    int raisedCount = 0;
    for (const auto &[alert, raised] : recorded) {
        if (!raised) {
            gtlog::service()->error("alert {} for trend {}: {}", alert.reason, alert.trendId, raised.error().message);
            continue;
        }
        if (!raised.value())
            continue; // raised by an earlier run (or process): once per trend and reason
        ++raisedCount;
        const AlertRecord &record = *raised.value();
        gtlog::service()->info("alert {}: {} for trend {} ({}) in run {}", record.id, alert.reason, alert.trendId,
                               alert.title, alert.runId);
        m_sender.send(record.id, alertjson::webhookBody(alert, m_baseUrl));
        Q_EMIT alertRaised(record);
    }
    Q_EMIT runEvaluated(runId, raisedCount);
}

void AlertService::resumeUndelivered()
{
    if (m_sender.settings().urls.isEmpty())
        return;
    auto open = m_store->undelivered(m_sender.settings().maxAttempts);
    if (!open) {
        gtlog::service()->error("alerts: reading undelivered alerts failed: {}", open.error().message);
        return;
    }
    for (const AlertRecord &record : open.value())
        m_sender.send(record.id, alertjson::webhookBody(record.alert, m_baseUrl), record.attempts);
}
