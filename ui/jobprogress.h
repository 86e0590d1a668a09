#pragma once

#include <atomic>

/// Progress of a background job, written by the worker and read by a GUI timer. Atomics rather
/// than queued signals: a reader calling back per record would flood the event loop, while a
/// 10 Hz poll costs nothing and always shows the latest value.
struct JobProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<int> item{0};  ///< 0-based index of the file/tile being worked on
    std::atomic<int> items{0};
};
