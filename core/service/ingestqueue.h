#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/model/post.h"
#include "core/model/result.h"
#include "core/storage/preparedbatch.h"

class IngestSession;
class PostStore;
class QThread;

/// What storing one submitted batch did. Every post counts once: a post new to the database is
/// inserted; a post already stored, or stored earlier in the same transaction, is updated.
struct IngestCounts
{
    qint64 inserted = 0;
    qint64 updated = 0;
};

/// Group commit for posts that arrive in many small batches (POST /api/v1/posts): callers submit
/// validated batches from any thread, and one writer thread stores whatever has queued in ONE
/// transaction, which also takes the batches that arrive while it is being stored (up to
/// maxPostsPerCommit) and commits as soon as nothing more is waiting. A commit costs about the same for 1,000 posts as
/// for 10,000 (every random-keyed index leaf a batch touches goes to the WAL), so grouping is what makes many
/// concurrent small requests fast.
///
/// Each batch is upserted on its own inside the group, in submission order, so its counts are
/// exactly what it would have got had the batches been stored one after another: a post carried by
/// two batches of one group is inserted for the first and updated for the second. A batch's
/// completion runs only after the transaction holding it committed, so whoever acknowledges on
/// completion never acknowledges a post that a killed process could lose. If a group fails, it is
/// rolled back and each of its batches is retried in a transaction of its own, so one bad batch
/// (or a moment of contention) fails only itself.
///
/// Bounded: submit() blocks while `maxQueuedPosts` posts wait (back-pressure on the producers).
/// The writer stores through one IngestSession for its whole life (on SQLite the session leaves WAL
/// checkpoints to a WalCheckpointer thread, so that the writer only ever stores).
class IngestQueue
{
public:
    struct Limits
    {
        qsizetype maxQueuedPosts = 20000;    ///< submit() waits beyond this (a larger batch still fits an empty queue)
        qsizetype maxPostsPerCommit = 50000; ///< a group stops growing here (whole batches only)
    };

    /// Called exactly once per submitted batch, on the writer thread: the counts after COMMIT, or
    /// the error that kept the batch from being stored (then none of it is stored).
    using Done = std::function<void(Result<IngestCounts>)>;

    explicit IngestQueue(std::shared_ptr<const PostStore> posts);
    IngestQueue(std::shared_ptr<const PostStore> posts, Limits limits);
    /// close()
    ~IngestQueue();
    IngestQueue(const IngestQueue &) = delete;
    IngestQueue &operator=(const IngestQueue &) = delete;

    /// Queues a non-empty batch. Blocks while the queue is full. False after close(): the batch is
    /// not taken and `done` is never called.
    bool submit(std::vector<Post> &&batch, Done done);

    /// Refuses new batches, stores every batch already submitted (each completion runs), and stops
    /// the writer thread, whose ingest session closes with it. Calling it again does nothing.
    void close();

    /// Transactions committed so far (for tests and logs: fewer than batches means grouping).
    qint64 commits() const;

private:
    struct Item
    {
        PreparedBatch batch; ///< prepared by submit(), on the producer's thread
        Done done;
    };

    void run();
    /// Opens the writer's session if it has none yet (a store that was down at start may be up now).
    Status openSession();
    /// openSession(), then a transaction on it.
    Status begin();
    /// Rolls the session's transaction back and answers `error`.
    Error rolledBack(Error error);
    /// Moves queued batches to the end of `group` (whole batches while `posts` stays within
    /// maxPostsPerCommit; at least one into an empty group). False when none was queued.
    bool takeQueued(std::vector<Item> &group, qsizetype &posts);
    /// Stores a group and runs each batch's completion (retrying batches alone if it fails).
    void store(std::vector<Item> &group);
    /// One transaction for whatever is queued, and for whatever arrives while it is being stored.
    Result<std::vector<IngestCounts>> storeGroup(std::vector<Item> &group);
    Result<IngestCounts> storeAlone(const Item &item);

    std::shared_ptr<const PostStore> m_posts;
    Limits m_limits;
    std::unique_ptr<IngestSession> m_session; ///< writer thread only
    std::unique_ptr<QThread> m_writer;

    mutable std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Item> m_queue;           ///< guarded by m_mutex
    qsizetype m_queuedPosts = 0;        ///< guarded by m_mutex
    std::vector<PreparedBatch> m_spent; ///< guarded by m_mutex: stored batches, freed by submit()
    bool m_closed = false;              ///< guarded by m_mutex
    qint64 m_commits = 0;               ///< guarded by m_mutex
    std::mutex m_closeMutex;            ///< serializes close()
};
