#pragma once

#include <cstdint>
#include <vector>

/// Counts of (a, b) pairs of 32-bit ids in one flat open-addressing table: the co-occurrence counter of the
/// clustering stage, which sees millions of increments and must not allocate per pair.
class PairCounter
{
public:
    struct Entry
    {
        std::uint64_t key = 0; ///< a << 32 | b
        std::uint32_t count = 0;
    };

    explicit PairCounter(std::size_t expectedPairs = 1024);

    void increment(std::uint32_t a, std::uint32_t b);
    std::size_t size() const { return m_size; }
    /// The pairs counted at least `minCount` times, sorted by key (a, then b); `below` gets how many were not.
    std::vector<Entry> sortedEntries(std::uint32_t minCount, std::size_t &below) const;

private:
    void grow();

    std::vector<Entry> m_slots; ///< count 0 = empty slot
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};
