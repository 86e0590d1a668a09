#include "core/api/cachedreads.h"

#include <algorithm>

#include <QElapsedTimer>

#include "core/cache/readcache.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

/// How long "which run is the latest" is remembered at most, even when no run was announced: a run
/// stored by a process that does not announce (no cache.redis_url) shows within this time.
constexpr qint64 kMemoMaxAgeMs = 1000;

} // namespace

CachedReads::CachedReads(std::shared_ptr<const ReadCache> cache, std::shared_ptr<const RunStore> runs)
    : m_cache(std::move(cache)), m_runs(std::move(runs))
{
}

QString CachedReads::key(const HttpRequest &request, const QString &run)
{
    // The query in a canonical order: ?a=1&b=2 and ?b=2&a=1 are one answer.
    QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyEncoded);
    std::sort(items.begin(), items.end());
    QUrlQuery canonical;
    canonical.setQueryItems(items);
    return u"%1|%2?%3"_s.arg(run, QString::fromUtf8(QUrl::toPercentEncoding(request.path, "/")),
                             canonical.query(QUrl::FullyEncoded));
}

std::optional<std::optional<CachedReads::Latest>> CachedReads::latestRun() const
{
    const std::optional<quint64> generation = m_cache->generation();
    QElapsedTimer clock;
    clock.start();
    if (generation) {
        const std::lock_guard lock(m_mutex);
        if (m_memo && m_memo->generation == *generation && m_memo->since.isValid() &&
            m_memo->since.elapsed() < kMemoMaxAgeMs)
            return m_memo->latest;
    }
    // The generation is read before the database: a run stored in between changes it, and the memo
    // kept here is not used again.
    auto listed = m_runs->listRuns(1, 0);
    if (!listed)
        return std::nullopt;
    std::optional<Latest> latest;
    if (!listed.value().isEmpty())
        latest = Latest{listed.value().constFirst().runId, listed.value().constFirst().createdAtMs};
    if (generation) {
        const std::lock_guard lock(m_mutex);
        m_memo = Memo{*generation, latest, clock};
    }
    return latest;
}

HandlerResult CachedReads::answer(const HttpRequest &request, const HttpRequest &asked, const Handler &handler,
                                  const QString &run) const
{
    const QString key = CachedReads::key(request, run);
    if (std::optional<QByteArray> hit = m_cache->get(key))
        return HttpResponse{200, QByteArrayLiteral("application/json"), std::move(*hit), {}};
    HandlerResult result = handler(asked);
    if (const auto *response = std::get_if<HttpResponse>(&result);
        response && response->status == 200 && response->headers.isEmpty() &&
        response->contentType == QByteArrayLiteral("application/json"))
        m_cache->put(key, response->body);
    return result;
}

Handler CachedReads::cached(Handler handler, Scope scope) const
{
    return [self = shared_from_this(), handler = std::move(handler), scope](const HttpRequest &request) -> HandlerResult {
        if (scope == Scope::GivenRun || request.query.hasQueryItem(u"run_id"_s))
            return self->answer(request, request, handler, QString());
        const auto latest = self->latestRun();
        if (!latest || !*latest)
            return handler(request); // no run yet (an empty state), or the database's error: not kept
        // The handler is asked about that run by id, so the answer is the one keyed (a run stored
        // meanwhile does not slip in under this key), and the same bytes as its answer about "the latest".
        HttpRequest aboutRun = request;
        aboutRun.query.addQueryItem(u"run_id"_s, (*latest)->runId);
        return self->answer(request, aboutRun, handler, u"%1@%2"_s.arg((*latest)->runId).arg((*latest)->storedAtMs));
    };
}

Handler CachedReads::cachedRunList(Handler handler) const
{
    return [self = shared_from_this(), handler = std::move(handler)](const HttpRequest &request) -> HandlerResult {
        const auto latest = self->latestRun();
        if (!latest || !*latest)
            return handler(request);
        return self->answer(request, request, handler, u"%1@%2"_s.arg((*latest)->runId).arg((*latest)->storedAtMs));
    };
}
