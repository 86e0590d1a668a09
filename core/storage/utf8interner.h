#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <QByteArrayView>
#include <QHashFunctions>

/// Interns UTF-8 byte strings read straight from SQLite, without making a QString per row: an
/// open-addressing table of 64-bit hashes whose hits are confirmed against the stored bytes,
/// which live in one growing buffer (no allocation per string). Loading a million-post window
/// spends most of its time interning creators otherwise.
/// `group` separates equal strings that mean different things (a creator id per platform).
class Utf8Interner
{
public:
    /// The index of (group, bytes), adding it when new; indices count up from 0.
    std::int32_t intern(std::int32_t group, QByteArrayView bytes) { return intern(group, bytes, hashOf(group, bytes)); }

    /// intern() with `hash` = hashOf(group, bytes) computed beforehand (on another thread).
    std::int32_t intern(std::int32_t group, QByteArrayView bytes, std::uint64_t hash)
    {
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            grow();
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index < 0) {
                slot = {hash, m_text.size(), std::uint32_t(bytes.size()), std::int32_t(m_keys.size()), group};
                m_keys.push_back({m_text.size(), std::size_t(bytes.size()), group});
                m_text.insert(m_text.end(), bytes.data(), bytes.data() + bytes.size());
                return slot.index;
            }
            if (matches(slot, group, bytes, hash))
                return slot.index;
        }
    }

    /// The index of (group, bytes) with `hash` = hashOf(group, bytes), or -1 when not interned.
    std::int32_t find(std::int32_t group, QByteArrayView bytes, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (matches(slot, group, bytes, hash))
                return slot.index;
        }
    }

    std::size_t size() const { return m_keys.size(); }
    /// Valid until the next intern().
    QByteArrayView bytes(std::int32_t index) const
    {
        const Key &key = m_keys[std::size_t(index)];
        return {m_text.data() + key.offset, qsizetype(key.size)};
    }
    std::int32_t group(std::int32_t index) const { return m_keys[std::size_t(index)].group; }

    static std::uint64_t hashOf(std::int32_t group, QByteArrayView bytes)
    {
        return std::uint64_t(qHash(bytes, std::size_t(group) * 0x9E3779B97F4A7C15ULL + 1));
    }

private:
    /// Everything a lookup compares, so that a hit reads the slot and the text and nothing else (a
    /// million-post load is mostly cache misses here).
    struct Slot
    {
        std::uint64_t hash = 0;
        std::size_t offset = 0; ///< into m_text
        std::uint32_t size = 0;
        std::int32_t index = -1;
        std::int32_t group = 0;
    };

    bool matches(const Slot &slot, std::int32_t group, QByteArrayView bytes, std::uint64_t hash) const
    {
        return slot.hash == hash && slot.group == group && slot.size == std::size_t(bytes.size()) &&
               std::equal(bytes.begin(), bytes.end(), m_text.begin() + std::ptrdiff_t(slot.offset));
    }
    struct Key
    {
        std::size_t offset = 0; ///< into m_text
        std::size_t size = 0;
        std::int32_t group = 0;
    };

    void grow()
    {
        std::vector<Slot> slots(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const std::size_t mask = slots.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.index < 0)
                continue;
            std::size_t i = std::size_t(slot.hash) & mask;
            while (slots[i].index >= 0)
                i = (i + 1) & mask;
            slots[i] = slot;
        }
        m_slots = std::move(slots);
    }

    std::vector<Slot> m_slots;
    std::vector<Key> m_keys;
    std::vector<char> m_text;
};
