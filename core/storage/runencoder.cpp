#include "core/storage/runencoder.h"

#include <algorithm>

#include "core/model/runjson.h"
#include "core/storage/blockcompression.h"
#include "core/storage/decisionlog.h"

RunEncoder::RunEncoder(const RunResult &run)
    : m_run(run),
      m_clusterCount(std::size_t(run.clusters.size())),
      m_blockCount((run.decisions.size() + decisionlog::kPerBlock - 1) / decisionlog::kPerBlock),
      m_itemCount(m_clusterCount + m_blockCount + 3),
      m_clusters(m_clusterCount),
      m_decisions(m_blockCount + 3)
{
    if (std::thread::hardware_concurrency() > 1)
        m_helper = std::thread([this] {
            while (encodeNext()) {
            }
        });
}

RunEncoder::~RunEncoder()
{
    m_next.store(m_itemCount); // nothing more to take: the helper finishes the item in hand
    if (m_helper.joinable())
        m_helper.join();
}

const std::vector<QByteArray> &RunEncoder::clusters()
{
    helpUntil(m_clusterCount);
    return m_clusters;
}

const std::vector<QByteArray> &RunEncoder::decisions()
{
    helpUntil(m_itemCount);
    return m_decisions;
}

void RunEncoder::helpUntil(std::size_t until)
{
    while (m_next.load() < until && encodeNext()) {
    }
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this, until] { return (until <= m_clusterCount ? m_clustersDone : m_allDone) >= until; });
}

bool RunEncoder::encodeNext()
{
    const std::size_t item = m_next.fetch_add(1);
    if (item >= m_itemCount)
        return false;
    encode(item);
    {
        std::lock_guard lock(m_mutex);
        ++m_allDone;
        if (item < m_clusterCount)
            ++m_clustersDone;
    }
    m_done.notify_all();
    return true;
}

void RunEncoder::encode(std::size_t item)
{
    if (item < m_clusterCount) {
        // Compressed: the evidence of thousands of clusters is most of what a run writes.
        m_clusters[item] = blockcompression::compress(
            runjson::toJsonText(m_run.clusters.at(qsizetype(item)), runjson::Detail::Evidence));
        return;
    }
    // The three indexes first: each covers every decision, the longest items.
    const std::size_t d = item - m_clusterCount;
    if (d < 3) {
        m_decisions[m_blockCount + d] = decisionlog::encodeIndex(m_run.decisions, decisionlog::Kind(d));
        return;
    }
    const std::size_t b = d - 3;
    const std::size_t first = b * decisionlog::kPerBlock;
    m_decisions[b] = decisionlog::encodeBlock(
        m_run.decisions, first, std::min<std::size_t>(decisionlog::kPerBlock, m_run.decisions.size() - first));
}
