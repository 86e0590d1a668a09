#include "core/pipeline/paircounter.h"

#include <algorithm>
#include <bit>

namespace {

std::size_t slotOf(std::uint64_t key, std::size_t mask)
{
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return std::size_t(key) & mask;
}

} // namespace

PairCounter::PairCounter(std::size_t expectedPairs)
{
    const std::size_t capacity = std::bit_ceil(std::max<std::size_t>(16, expectedPairs * 2));
    m_slots.resize(capacity);
    m_mask = capacity - 1;
}

void PairCounter::increment(std::uint32_t a, std::uint32_t b)
{
    const std::uint64_t key = (std::uint64_t(a) << 32) | b;
    std::size_t i = slotOf(key, m_mask);
    for (;;) {
        Entry &e = m_slots[i];
        if (e.count == 0) {
            e.key = key;
            e.count = 1;
            if (++m_size * 4 > m_slots.size() * 3)
                grow();
            return;
        }
        if (e.key == key) {
            ++e.count;
            return;
        }
        i = (i + 1) & m_mask;
    }
}

void PairCounter::grow()
{
    std::vector<Entry> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Entry &e : old) {
        if (e.count == 0)
            continue;
        std::size_t i = slotOf(e.key, m_mask);
        while (m_slots[i].count != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = e;
    }
}

std::vector<PairCounter::Entry> PairCounter::sortedEntries(std::uint32_t minCount, std::size_t &below) const
{
    std::vector<Entry> out;
    below = 0;
    for (const Entry &e : m_slots) {
        if (e.count == 0)
            continue;
        if (e.count >= minCount)
            out.push_back(e);
        else
            ++below;
    }
    std::sort(out.begin(), out.end(), [](const Entry &x, const Entry &y) { return x.key < y.key; });
    return out;
}
