#include "core/service/keepuntilexit.h"

#include <mutex>
#include <vector>

void keepUntilExit(std::shared_ptr<const void> object)
{
    static std::mutex mutex;
    // Never destroyed, on purpose: reachable until the process exits, then gone with it.
    static auto *const kept = new std::vector<std::shared_ptr<const void>>;
    std::lock_guard lock(mutex);
    kept->push_back(std::move(object));
}
