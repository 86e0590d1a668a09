#pragma once

#include <atomic>
#include <cstddef>
#include <thread>

/// Calls fn(i) for every i in [0, count), on the calling thread and one helper thread that take
/// the next index in turn (items of very different sizes still share out evenly). For CPU-bound
/// work on independent items only: fn must not touch shared state without its own care.
template <typename Fn> void onTwoThreads(std::size_t count, Fn &&fn)
{
    std::atomic<std::size_t> next{0};
    auto work = [&next, &fn, count] {
        for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            fn(i);
    };
    if (count < 2 || std::thread::hardware_concurrency() < 2) {
        work();
        return;
    }
    std::thread helper(work);
    work();
    helper.join();
}
