#pragma once

#include <cstdint>
#include <vector>

/// Counts (a, b) pairs of ids below `idCount`: the co-occurrence counter of the clustering stage, which sees
/// millions of pairs. Pairs are collected as integers a · idCount + b and counted after one LSD radix sort:
/// sequential memory traffic and 16 bytes per occurrence, where a hash table would miss the cache on every
/// increment and hold two slots per distinct pair.
class PairCounter
{
public:
    struct Entry
    {
        std::uint32_t a = 0;
        std::uint32_t b = 0;
        std::uint32_t count = 0;
    };

    explicit PairCounter(std::uint32_t idCount) : m_idCount(idCount) {}

    void add(std::uint32_t a, std::uint32_t b) { m_keys.push_back(std::uint64_t(a) * m_idCount + b); }

    /// The pairs counted at least `minCount` times, sorted by (a, b); `below` gets how many distinct pairs were not.
    /// Consumes the collected pairs.
    std::vector<Entry> takeSortedEntries(std::uint32_t minCount, std::size_t &below);

private:
    std::uint32_t m_idCount;
    std::vector<std::uint64_t> m_keys;
};
