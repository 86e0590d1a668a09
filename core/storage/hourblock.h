#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include "core/model/result.h"

/// One hour of stored posts in the compact form a window load decodes (table `hour_blocks`, see
/// schema.cpp and DatasetLoader): exactly the fields a Dataset needs, in the Dataset's own order
/// (created_at, platform name, post id), with the hour's strings interned once. A cold command reads
/// a few dozen of these instead of a quarter of a million wide rows and never sorts.
///
/// Layout (every integer a LEB128 varint; signed values zigzag-encoded):
///   "GTH2", post count,
///   platforms: count, then each platforms.id (signed),
///   creators:  count, then each (platform slot, creator number, byte length, UTF-8 bytes),
///   regions:   count, then each (length, bytes),
///   names:     count, then each (length, bytes),
///   posts:     each (row id − previous row id, created_at − previous created_at, likes, comments,
///              shares, saves: all signed; views + 1 (0 = unknown); platform slot, creator slot,
///              region slot + 1, name slot + 1 (0 = none), approximate time (0/1), tag count, each
///              tags.id (signed), post id length, post id bytes).
/// Slots index the block's own tables. A creator's number is its row in `block_creators`, the same in
/// every block of the database, so a load tells creators apart by number instead of by hashing text. Every read is bounds-checked: a damaged block is an error,
/// never a crash (the loader then reads the hour's rows again).
namespace hourblock {

constexpr qint64 kHourMs = 3600000;

/// Error code of a block that cannot be read (its hours are then read from the rows and built again).
inline const QString kDamaged = QStringLiteral("hour_block_damaged");

/// The hour holding `ms` (floor division, so times before 1970 fall in the hour before, as the
/// triggers of the `hour_blocks` table compute it).
constexpr qint64 hourOf(qint64 ms)
{
    return ms / kHourMs - ((ms % kHourMs) < 0 ? 1 : 0);
}

/// What a post of a block holds besides strings and tags, written and read alike.
struct Numbers
{
    qint64 rowId = 0;
    qint64 createdAtMs = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    qint64 views = -1; ///< -1 = unknown
    bool approximateTime = false;
};

/// One post to write. The views point into the caller's strings, valid during add(); an empty
/// `creatorName` or `region` means none. The keys are the caller's numbers for the strings: equal
/// keys must mean equal strings (and the creator's platform), different keys different ones; the
/// writer keeps each string once per block by its key, without hashing the text.
struct Post : Numbers
{
    qint64 platformId = 0;
    QByteArrayView postId;
    QByteArrayView creator;
    QByteArrayView creatorName;
    QByteArrayView region;
    std::vector<std::int32_t> tagIds; ///< tags.id, in the post's order
    qint64 creatorKey = 0;
    qint64 creatorNumber = 0; ///< block_creators.id of (platform, creator)
    qint64 regionKey = 0;
    qint64 nameKey = 0;
};

/// Builds one block. Posts must be added in the Dataset's order.
class Writer
{
public:
    void add(const Post &post);
    QByteArray finish() const;

private:
    /// A string table: each distinct entry once, encoded as it is first seen.
    struct Table
    {
        QHash<qint64, std::uint32_t> slots; ///< the caller's key → slot
        QByteArray encoded;
        std::uint32_t count = 0;
    };
    std::uint32_t platformSlot(qint64 platformId);
    /// The slot of the string `key` names (for creators, encoded with their platform slot), adding
    /// `bytes` when new.
    static std::uint32_t slotOf(Table &table, qint64 key, QByteArrayView bytes,
                                std::optional<std::uint32_t> platformSlot = {}, qint64 number = 0);

    std::vector<qint64> m_platforms;
    Table m_creators;
    Table m_regions;
    Table m_names;
    QByteArray m_posts;
    qint64 m_count = 0;
    qint64 m_lastRowId = 0;
    qint64 m_lastCreatedAtMs = 0;
};

/// Reads one block in place (the bytes must outlive the reader).
class Reader
{
public:
    /// Checks the header and reads the tables; an error names what is damaged.
    static Result<Reader> open(QByteArrayView block);

    qint64 postCount() const { return m_count; }
    std::size_t platformCount() const { return m_platforms.size(); }
    qint64 platformId(std::size_t slot) const { return m_platforms[slot]; }
    std::size_t creatorCount() const { return m_creators.size(); }
    std::size_t creatorPlatformSlot(std::size_t slot) const { return m_creators[slot].platformSlot; }
    QByteArrayView creator(std::size_t slot) const { return m_creators[slot].bytes; }
    qint64 creatorNumber(std::size_t slot) const { return m_creators[slot].number; }
    std::size_t regionCount() const { return m_regions.size(); }
    QByteArrayView region(std::size_t slot) const { return m_regions[slot].bytes; }
    std::size_t nameCount() const { return m_names.size(); }
    QByteArrayView name(std::size_t slot) const { return m_names[slot].bytes; }

    /// The next post in slots (strings left as views of the tables above); false at the end of the
    /// block or on damage (then error() is set).
    struct SlotPost : Numbers
    {
        std::uint32_t platform = 0;
        std::uint32_t creator = 0;
        std::int32_t region = -1;
        std::int32_t name = -1;
        std::uint32_t tagCount = 0;
        QByteArrayView postId;
    };
    /// Reads the next post; its tag ids are appended to `tags`.
    bool next(SlotPost &post, std::vector<std::int32_t> &tags);
    const std::optional<Error> &error() const { return m_error; }

private:
    struct Text
    {
        std::uint32_t platformSlot = 0;
        QByteArrayView bytes;
        qint64 number = 0; ///< creators only
    };
    Reader() = default;

    const char *m_in = nullptr;
    const char *m_end = nullptr;
    qint64 m_count = 0;
    qint64 m_read = 0;
    qint64 m_lastRowId = 0;
    qint64 m_lastCreatedAtMs = 0;
    std::vector<qint64> m_platforms;
    std::vector<Text> m_creators;
    std::vector<Text> m_regions;
    std::vector<Text> m_names;
    std::optional<Error> m_error;
};

} // namespace hourblock
