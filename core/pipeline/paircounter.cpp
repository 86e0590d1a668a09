#include "core/pipeline/paircounter.h"

#include <array>
#include <bit>

std::vector<PairCounter::Entry> PairCounter::takeSortedEntries(std::uint32_t minCount, std::size_t &below)
{
    // LSD radix sort, 11 bits per pass, only over the bits a key can have.
    const std::uint64_t maxKey = std::uint64_t(m_idCount) * m_idCount;
    const int bits = std::max(1, int(std::bit_width(maxKey)));
    constexpr int digitBits = 11;
    constexpr std::size_t digits = std::size_t(1) << digitBits;
    std::vector<std::uint64_t> buffer(m_keys.size());
    for (int shift = 0; shift < bits; shift += digitBits) {
        std::array<std::size_t, digits> start{};
        for (const std::uint64_t k : m_keys)
            ++start[(k >> shift) & (digits - 1)];
        std::size_t sum = 0;
        for (std::size_t &s : start) {
            const std::size_t n = s;
            s = sum;
            sum += n;
        }
        for (const std::uint64_t k : m_keys)
            buffer[start[(k >> shift) & (digits - 1)]++] = k;
        m_keys.swap(buffer);
    }
    buffer = {};

    std::vector<Entry> out;
    below = 0;
    for (std::size_t i = 0; i < m_keys.size();) {
        std::size_t j = i + 1;
        while (j < m_keys.size() && m_keys[j] == m_keys[i])
            ++j;
        const auto count = std::uint32_t(j - i);
        if (count >= minCount)
            out.push_back(Entry{std::uint32_t(m_keys[i] / m_idCount), std::uint32_t(m_keys[i] % m_idCount), count});
        else
            ++below;
        i = j;
    }
    m_keys = {};
    return out;
}
