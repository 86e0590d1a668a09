#include "ui/networkjob.h"

#include <algorithm>
#include <variant>

#include <QtConcurrent/QtConcurrentRun>

#include "core/pipeline/tagnetworkbuilder.h"
#include "core/report/networklayout.h"

NetworkJob::NetworkJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

NetworkJob::~NetworkJob()
{
    m_token.cancel();
    m_pool.waitForDone();
}

void NetworkJob::start(const RunSnapshot &snapshot, bool withoutIsolated)
{
    cancel();
    if (snapshot.isNull())
        return;
    m_token = CancelToken();
    const quint64 request = m_request;
    const CancelToken token = m_token;
    const std::shared_ptr<const RunResult> run = snapshot.run;
    const quint64 generation = snapshot.generation;
    m_running = true;
    using Outcome = std::variant<std::shared_ptr<const NetworkScene>, QString>;
    QtConcurrent::run(&m_pool, [run, withoutIsolated, token, generation]() -> Outcome {
        auto built = buildTagNetwork(*run, run->decisions);
        if (!built)
            return built.error().message;
        auto scene = std::make_shared<NetworkScene>();
        scene->generation = generation;
        scene->network = withoutIsolated ? built.value().withoutIsolatedTags() : std::move(built).value();
        for (const ClusterResult &c : run->clusters)
            scene->hiddenTags += int(c.hashtags.size());
        scene->hiddenTags -= int(scene->network.nodes.size());
        for (const NetworkNode &n : scene->network.nodes)
            scene->maxPosts = std::max(scene->maxPosts, n.posts);
        scene->positions = layoutNetwork(scene->network, token);
        if (token.cancelled())
            return std::shared_ptr<const NetworkScene>();
        return std::shared_ptr<const NetworkScene>(std::move(scene));
    }).then(this, [this, request](const Outcome &outcome) {
        if (request != m_request)
            return; // a newer request (or a cancel) came since
        m_running = false;
        if (const auto *message = std::get_if<QString>(&outcome))
            Q_EMIT failed(*message);
        else if (const auto &scene = std::get<std::shared_ptr<const NetworkScene>>(outcome))
            Q_EMIT finished(scene);
    });
}

void NetworkJob::cancel()
{
    m_token.cancel();
    ++m_request;
    m_running = false;
}
