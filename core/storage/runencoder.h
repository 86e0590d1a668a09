#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

#include <QByteArray>

#include "core/model/runresult.h"

/// A run's stored forms, made on two cores while the store writes: every cluster's blob (runencoding::clusterBlobs'
/// form), then the decision log's blocks and indexes (decisionlog::encodeAll's). A helper thread starts on them at
/// once; the caller's thread joins in whenever it waits. Clusters come first, so a store writes them while the
/// helper still encodes the log: the writing no longer waits for all of the encoding, nor the encoding for the
/// writing.
class RunEncoder
{
public:
    /// Starts encoding `run`, which must outlive this object.
    explicit RunEncoder(const RunResult &run);
    /// Waits for the helper (after taking what is left of the work, so it stops soon).
    ~RunEncoder();
    RunEncoder(const RunEncoder &) = delete;
    RunEncoder &operator=(const RunEncoder &) = delete;

    /// The clusters' blobs, in the run's order; encodes along until they are all done.
    const std::vector<QByteArray> &clusters();
    /// The decision log as decisionlog::encodeAll returns it (the blocks, then the Stage, Subject and Outcome
    /// indexes); encodes along until everything is done.
    const std::vector<QByteArray> &decisions();

private:
    /// Encodes the items below `until` that are not taken yet, then waits until every one of them is done.
    void helpUntil(std::size_t until);
    /// Takes and encodes the next item; false when none is left.
    bool encodeNext();
    void encode(std::size_t item);

    const RunResult &m_run;
    std::size_t m_clusterCount = 0;
    std::size_t m_blockCount = 0;
    std::size_t m_itemCount = 0;
    std::vector<QByteArray> m_clusters;
    std::vector<QByteArray> m_decisions;
    std::atomic<std::size_t> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_done;
    std::size_t m_clustersDone = 0; ///< guarded by m_mutex
    std::size_t m_allDone = 0;      ///< guarded by m_mutex
    std::thread m_helper;
};
