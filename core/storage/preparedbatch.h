#pragma once

#include <cstdint>
#include <list>
#include <optional>
#include <vector>

#include <QString>

#include "core/model/post.h"
#include "core/model/result.h"

/// A batch of posts made ready for PostWriter on any thread, so that the thread holding the
/// database connection (the one bottleneck of an import) only binds bytes and steps statements:
/// copies of one post are merged, every text is encoded to UTF-8 once, and the batch's distinct
/// tag names are listed with their hashes (the writer resolves each to an id once per batch).
class PreparedBatch
{
public:
    PreparedBatch() = default;
    /// Takes the batch over.
    explicit PreparedBatch(std::vector<Post> &&batch);
    /// Refers to `batch`, which must outlive this object and stay unchanged.
    explicit PreparedBatch(const std::vector<Post> &batch);
    // Rows point into the posts taken over (which keep their place when moved), never copied.
    PreparedBatch(const PreparedBatch &) = delete;
    PreparedBatch &operator=(const PreparedBatch &) = delete;
    PreparedBatch(PreparedBatch &&) = default;
    PreparedBatch &operator=(PreparedBatch &&) = default;

    /// The texts of a post, in this order.
    enum Text : int { PostId, CreatorId, CreatorName, Body, Region, Url, Language, RawCounts, TextCount };

    struct Row
    {
        const Post *post = nullptr;  ///< the merged post (copies of one post collapsed)
        std::int32_t platform = 0;   ///< index into platforms()
        std::uint32_t textBegin = 0; ///< into utf8(); the texts follow each other
        std::int32_t textSize[TextCount] = {};
        std::uint32_t tagBegin = 0; ///< [tagBegin, tagEnd) into tagIndices()
        std::uint32_t tagEnd = 0;
    };

    struct TagName
    {
        std::uint32_t begin = 0; ///< into utf8()
        std::int32_t size = 0;
        std::uint64_t hash = 0; ///< Utf8Interner::hashOf(0, bytes)
    };

    /// How posts wrote a tag: a distinct (tag, spelling) of the batch (Post::hashtagSpellings).
    struct Spelling
    {
        std::int32_t tag = 0;    ///< index into tagNames()
        std::uint32_t begin = 0; ///< into utf8()
        std::int32_t size = 0;
    };

    /// Posts as given, duplicates included (what a caller counts against its limits).
    std::size_t size() const { return m_size; }
    /// Why the batch cannot be stored (a post lacks its identity), if so.
    const std::optional<Error> &error() const { return m_error; }
    /// Copies merged into an earlier copy of the same post (each counts as an update).
    qint64 duplicates() const { return m_duplicates; }

    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<QString> &platforms() const { return m_platforms; }
    const std::vector<TagName> &tagNames() const { return m_tagNames; }
    /// Per row, indices into tagNames(), unique within a post, in the post's tag order.
    const std::vector<std::int32_t> &tagIndices() const { return m_tagIndices; }
    /// Parallel to tagIndices(): index into spellings() of how the post wrote that tag.
    const std::vector<std::int32_t> &tagSpellings() const { return m_tagSpellings; }
    const std::vector<Spelling> &spellings() const { return m_spellings; }
    const char *utf8() const { return m_utf8.data(); }

    /// The UTF-8 bytes of text `text` of `row`.
    const char *text(const Row &row, Text text) const
    {
        std::uint32_t at = row.textBegin;
        for (int i = 0; i < text; ++i)
            at += std::uint32_t(row.textSize[i]);
        return m_utf8.data() + at;
    }

private:
    void prepare(const std::vector<Post> &batch);

    std::vector<Post> m_owned;
    std::list<Post> m_merged;
    std::size_t m_size = 0;
    std::optional<Error> m_error;
    qint64 m_duplicates = 0;
    std::vector<Row> m_rows;
    std::vector<QString> m_platforms;
    std::vector<TagName> m_tagNames;
    std::vector<std::int32_t> m_tagIndices;
    std::vector<std::int32_t> m_tagSpellings;
    std::vector<Spelling> m_spellings;
    std::vector<char> m_utf8;
};

/// Whether a snapshot captured at `incoming` is older than one captured at `stored`: only when
/// both capture times are known; otherwise the copy that arrives later counts as newer.
inline bool olderSnapshot(const std::optional<qint64> &incoming, const std::optional<qint64> &stored)
{
    return incoming && stored && *incoming < *stored;
}
