#include "core/poll/feedpoller.h"

#include <algorithm>
#include <limits>

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/log/log.h"
#include "core/poll/backoff.h"
#include "core/poll/folderpoll.h"
#include "core/storage/pollstatestore.h"
#include "core/poll/sourceid.h"
#include "core/poll/urlfetch.h"
#include "core/poll/urlimport.h"
#include "core/service/importservice.h"

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isFolder(const PollSource &source)
{
    return source.kind == u"folder"_s;
}

} // namespace

/// The runtime of one source; lives on the poller's thread only.
struct FeedPoller::Source
{
    PollSource config;
    FeedStatus status;
    QTimer timer;
    UrlValidators validators;
    QPointer<UrlFetch> fetch;
    bool ready = false; ///< validators loaded (folders: always)
    bool busy = false;  ///< a fetch or import is in flight
    bool again = false; ///< pollNow() arrived while busy (or before ready)
};

/// What a poll ended with, handed from a worker (or a fetch) to finish().
struct FeedPoller::Outcome
{
    bool aborted = false;
    bool hasReport = false;
    ImportReport report;
    QString error; ///< empty = success
    int filesSeen = 0;
};

FeedPoller::FeedPoller(PollSettings settings, std::shared_ptr<const ImportService> importer,
                       std::shared_ptr<const PollStateStore> state, QObject *parent)
    : QObject(parent), m_importer(std::move(importer)), m_state(std::move(state))
{
    m_pool.setMaxThreadCount(2);
    setSettings(settings);
}

FeedPoller::~FeedPoller()
{
    m_shutdown.cancel();
    for (const auto &source : m_sources) {
        if (source->fetch)
            source->fetch->disconnect(this);
    }
    m_pool.waitForDone();
}

FeedPoller::Source *FeedPoller::find(const QString &id) const
{
    for (const auto &source : m_sources) {
        if (source->status.id == id)
            return source.get();
    }
    return nullptr;
}

void FeedPoller::setSettings(const PollSettings &settings)
{
    m_settings = settings;
    std::vector<std::unique_ptr<Source>> next;
    QStringList toLoad;
    for (const PollSource &config : settings.sources) {
        const QString id = poll::sourceId(config);
        if (std::any_of(next.begin(), next.end(), [&id](const auto &s) { return s->status.id == id; }))
            continue; // the same folder or URL twice: poll it once
        auto kept =
            std::find_if(m_sources.begin(), m_sources.end(), [&id](const auto &s) { return s && s->status.id == id; });
        std::unique_ptr<Source> source;
        if (kept != m_sources.end()) {
            source = std::move(*kept);
        } else {
            source = std::make_unique<Source>();
            source->status.id = id;
            source->ready = isFolder(config);
            if (!source->ready)
                toLoad.append(id);
            source->timer.setSingleShot(true);
            Source *raw = source.get();
            connect(&source->timer, &QTimer::timeout, this, [this, raw] { poll(*raw); });
            if (m_running)
                source->again = true;
        }
        source->config = config;
        source->status.kind = config.kind;
        source->status.label = poll::sourceLabel(config);
        next.push_back(std::move(source));
    }
    // Removed sources: a fetch in flight is aborted (its finish() finds no source); an import in
    // flight runs to its end on the pool.
    for (const auto &gone : m_sources) {
        if (gone && gone->fetch)
            gone->fetch->abort();
    }
    m_sources = std::move(next);
    if (!toLoad.isEmpty())
        loadValidators(toLoad);
    for (const auto &source : m_sources) {
        if (source->again && source->ready) {
            source->again = false;
            poll(*source);
        }
    }
    publish();
}

void FeedPoller::loadValidators(const QStringList &ids)
{
    QtConcurrent::run(&m_pool, [state = m_state, ids] {
        QHash<QString, UrlValidators> loaded;
        const PollStateStore &store = *state;
        for (const QString &id : ids) {
            auto validators = store.validators(id);
            if (validators)
                loaded.insert(id, validators.value());
            else
                gtlog::poll()->warn("{}: {}", id, validators.error().message);
        }
        return loaded;
    }).then(this, [this, ids](const QHash<QString, UrlValidators> &loaded) {
        for (const QString &id : ids) {
            Source *source = find(id);
            if (!source || source->ready)
                continue;
            source->validators = loaded.value(id);
            source->ready = true;
            if (source->again) {
                source->again = false;
                poll(*source);
            }
        }
    });
}

void FeedPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    gtlog::poll()->info("polling {} source(s)", m_sources.size());
    pollNow();
}

void FeedPoller::stop()
{
    if (!m_running && !m_stopping && m_inFlight == 0)
        return;
    m_running = false;
    m_stopping = true;
    for (const auto &source : m_sources) {
        source->timer.stop();
        source->again = false;
        source->status.nextPollMs = 0;
        if (source->fetch)
            source->fetch->abort();
    }
    publish();
    // An aborted fetch finishes synchronously and may already have emitted stopped().
    if (m_stopping && m_inFlight == 0) {
        m_stopping = false;
        Q_EMIT stopped();
    }
}

void FeedPoller::pollNow()
{
    for (const auto &source : m_sources)
        poll(*source);
}

void FeedPoller::pollNow(const QString &sourceId)
{
    if (Source *source = find(sourceId))
        poll(*source);
}

void FeedPoller::poll(Source &source)
{
    if (source.busy || !source.ready) {
        source.again = true;
        return;
    }
    source.timer.stop();
    source.busy = true;
    source.status.busy = true;
    source.status.nextPollMs = 0;
    source.status.lastAttemptMs = nowMs();
    ++m_inFlight;
    publish();

    if (!isFolder(source.config)) {
        fetch(source);
        return;
    }
    const QString id = source.status.id;
    QtConcurrent::run(&m_pool, [config = source.config, id, importer = m_importer, state = m_state,
                                token = m_shutdown] {
        FolderPollResult result = poll::pollFolder(config, id, *importer, *state, token);
        Outcome outcome;
        outcome.hasReport = result.filesImported > 0;
        outcome.report = std::move(result.report);
        outcome.filesSeen = result.filesSeen;
        // The first errors are enough to act on; all of them are in the log.
        outcome.error = result.errors.mid(0, 3).join(u"; "_s);
        if (result.errors.size() > 3)
            outcome.error += u" (and %1 more)"_s.arg(result.errors.size() - 3);
        for (const QString &error : std::as_const(result.errors))
            gtlog::poll()->warn("{}: {}", id, error);
        return outcome;
    }).then(this, [this, id](const Outcome &outcome) { finish(id, outcome); });
}

void FeedPoller::fetch(Source &source)
{
    const QString id = source.status.id;
    FetchRequest request{QUrl(source.config.url), source.config.timeoutS, source.config.maxBytes, source.validators};
    auto *fetch = new UrlFetch(m_network, std::move(request), this);
    source.fetch = fetch;
    connect(fetch, &UrlFetch::finished, this, [this, id, fetch](const FetchResult &result) {
        fetch->deleteLater();
        Outcome failed;
        failed.aborted = result.aborted;
        failed.error = result.error;
        if (!result.ok || result.notModified || result.aborted) {
            finish(id, failed);
            return;
        }
        // The body is imported on the pool; the source stays busy until that ends.
        const QString url = result.finalUrl.toString();
        QtConcurrent::run(&m_pool, [body = result.body, url, validators = result.validators, id, importer = m_importer,
                                    state = m_state, token = m_shutdown] {
            Outcome outcome;
            Result<ImportReport> imported = poll::importUrlBody(body, url, validators, id, *importer, *state, token);
            if (imported) {
                outcome.hasReport = true;
                outcome.report = std::move(imported).value();
                outcome.aborted = outcome.report.cancelled;
            } else {
                outcome.error = imported.error().message;
            }
            outcome.report.file = url;
            return outcome;
        }).then(this, [this, id, validators = result.validators](const Outcome &outcome) {
            if (Source *source = find(id); source && outcome.error.isEmpty() && !outcome.aborted)
                source->validators = validators;
            finish(id, outcome);
        });
    });
    fetch->start();
}

void FeedPoller::finish(const QString &id, const Outcome &outcome)
{
    --m_inFlight;
    Source *source = find(id);
    if (source) {
        source->busy = false;
        source->status.busy = false;
        source->fetch = nullptr;
        if (!outcome.aborted) {
            FeedStatus &status = source->status;
            if (isFolder(source->config))
                status.filesSeen = outcome.filesSeen;
            if (outcome.hasReport) {
                status.postsImported += outcome.report.accepted;
                status.postsRejected += outcome.report.rejected;
            }
            if (outcome.error.isEmpty()) {
                status.lastSuccessMs = nowMs();
                status.lastError.clear();
                status.consecutiveFailures = 0;
            } else {
                status.lastError = outcome.error;
                ++status.consecutiveFailures;
                gtlog::poll()->warn("{}: {} (failure {} in a row)", status.label, outcome.error,
                                    status.consecutiveFailures);
            }
            if (outcome.hasReport && outcome.report.accepted > 0)
                Q_EMIT batchImported(outcome.report);
        }
        // batchImported's receivers may have changed the settings: look the source up again.
        source = find(id);
    }
    if (source) {
        if (m_running)
            schedule(*source);
        if (source->again) {
            source->again = false;
            poll(*source);
        }
    }
    publish();
    if (m_stopping && m_inFlight == 0) {
        m_stopping = false;
        Q_EMIT stopped();
    }
}

void FeedPoller::schedule(Source &source)
{
    const qint64 delay = poll::pollDelayMs(source.config.intervalS, source.status.consecutiveFailures);
    source.status.nextPollMs = nowMs() + delay;
    // QTimer takes an int: the delay is capped at max(interval, 1 h), and interval_s fits in 32 bits
    // of seconds, so clamp the milliseconds rather than trust the product.
    source.timer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

QList<FeedStatus> FeedPoller::status() const
{
    QList<FeedStatus> out;
    out.reserve(qsizetype(m_sources.size()));
    for (const auto &source : m_sources)
        out.append(source->status);
    return out;
}

void FeedPoller::publish()
{
    Q_EMIT statusChanged(status());
}
