#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

#include "core/model/dataset.h"
#include "core/model/result.h"
#include "core/storage/utf8interner.h"

/// Builds a Dataset from hour blocks appended in hour order (DatasetLoader's block road): the same
/// Dataset, string for string and index for index, as the row road builds from the same posts.
/// Blocks are already in the Dataset's order, so nothing is sorted; strings are numbered in order of
/// first appearance among the posts kept (inside the span, of a wanted platform), as the row road
/// numbers them. Creators are told apart by their number (block_creators), regions by their text. A
/// creator shows the name of their newest kept post that has one.
class HourBlockAssembler
{
public:
    /// `rankOf`: platforms.id → rank among the wanted platforms (-1 = not wanted); `platformNames`:
    /// the wanted platforms' names by rank. Posts outside (fromExclusiveMs, toInclusiveMs] are skipped.
    HourBlockAssembler(std::vector<std::int32_t> rankOf, QStringList platformNames, qint64 fromExclusiveMs,
                       qint64 toInclusiveMs);

    /// The blocks this assembler will take, and those it will absorb, hold about `bytes`: the first block's posts and
    /// tags per byte then size the Dataset's arrays once, instead of their doubling as they fill (and the copy of
    /// the first half when the second is absorbed).
    void expectBytes(qint64 bytes) { m_expectedBytes = bytes; }

    /// Appends the kept posts of one block (blocks must come in hour order); a damaged block is an
    /// error and leaves the Dataset unusable.
    Status append(QByteArrayView block);

    /// Appends what `later` assembled from the hours after this one's (a second thread's half of a
    /// span): its posts renumbered into this Dataset, as if its blocks had been appended here. `later` keeps
    /// what is left of its memory, for the caller to free where it costs least.
    void absorb(HourBlockAssembler &later);

    /// tags.id per Dataset tag index so far (after absorb(), this one's then the absorbed ones' new tags).
    const std::vector<std::int32_t> &tagRowIds() const { return m_tagRowIds; }

    /// The Dataset without tag names: `tagRowIds` receives tags.id per Dataset tag index, for the
    /// caller to read their names. Call once.
    Dataset finish(std::vector<std::int32_t> &tagRowIds);

private:
    std::vector<std::int32_t> m_rankOf;
    QStringList m_platformNames;
    qint64 m_fromExclusiveMs;
    qint64 m_toInclusiveMs;

    qint64 m_expectedBytes = 0;
    double m_sizeTagsAfterFirstBlock = 0; ///< set by the first block: postTags are sized once it is read
    Dataset m_data;
    std::vector<std::int32_t> m_platformIndex; ///< rank → Dataset index, -1 = not yet seen
    static constexpr qint64 kDenseCreatorNumbers = qint64(1) << 24;
    std::vector<std::int32_t> m_creatorByNumber; ///< creator number (block_creators.id) → Dataset index, -1 = none
    QHash<qint64, std::int32_t> m_creatorOf;     ///< the same for numbers from kDenseCreatorNumbers on
    std::vector<qint64> m_creatorNumbers;       ///< Dataset creator index → its number
    Utf8Interner m_regions;                     ///< → Dataset region index
    /// Per creator: the name of their newest kept post that has one so far, as an index into m_nameSpans (-1 =
    /// none). A post only stores into it: reading a per-creator string there (a cache miss per post, creators are
    /// many) was half of append()'s time.
    std::vector<std::int32_t> m_latestName;
    /// The names posts used, copied once per block that uses them: (offset in m_nameText, bytes).
    std::vector<std::pair<std::size_t, std::size_t>> m_nameSpans;
    std::string m_nameText;
    std::vector<std::int32_t> m_tagIndex;   ///< tags.id → Dataset tag index, -1 = not yet seen
    std::vector<std::int32_t> m_tagRowIds;  ///< Dataset tag index → tags.id
    std::vector<std::int32_t> m_blockTags;  ///< one post's tags, scratch

    /// The Dataset index of the creator numbered `number`, -1 when not seen yet.
    std::int32_t knownCreator(qint64 number) const;
    /// The Dataset index of the creator numbered `number`, `next` when new (the caller then adds it).
    std::int32_t numberedCreator(qint64 number, std::int32_t next);
    /// The m_nameSpans index of `name`, copying it into m_nameText.
    std::int32_t keepName(QByteArrayView name);
    /// The Dataset tag index of tags.id `id`, numbering it when new.
    std::int32_t tagOf(std::int32_t id);
};
