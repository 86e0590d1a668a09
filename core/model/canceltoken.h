#pragma once

#include <atomic>
#include <memory>

/// A cheap, copyable cancellation flag shared between the thread that asks and the worker that
/// checks. Copies share one flag; a default-constructed token can be cancelled like any other.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};
