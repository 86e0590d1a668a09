#include "core/storage/hourblockassembler.h"

#include "core/storage/hourblock.h"
#include "core/storage/twothreads.h"

HourBlockAssembler::HourBlockAssembler(std::vector<std::int32_t> rankOf, QStringList platformNames,
                                       qint64 fromExclusiveMs, qint64 toInclusiveMs)
    : m_rankOf(std::move(rankOf)), m_platformNames(std::move(platformNames)), m_fromExclusiveMs(fromExclusiveMs),
      m_toInclusiveMs(toInclusiveMs), m_platformIndex(std::size_t(m_platformNames.size()), -1)
{
}

Status HourBlockAssembler::append(QByteArrayView bytes)
{
    Result<hourblock::Reader> opened = hourblock::Reader::open(bytes);
    if (!opened)
        return opened.error();
    hourblock::Reader &block = opened.value();
    if (m_expectedBytes > bytes.size() && m_data.posts.empty()) {
        // Sized from the first block; a span denser than its first hour still grows as usual.
        const double scale = 1.1 * double(m_expectedBytes) / double(bytes.size());
        const auto posts = qsizetype(scale * double(block.postCount()));
        m_data.posts.reserve(std::size_t(posts));
        m_data.postIds.reserve(posts, 0);
        m_sizeTagsAfterFirstBlock = scale;
    }

    // The block's slots → the Dataset's indices, found on first use by a kept post (-2 = not yet).
    std::vector<std::int32_t> rank(block.platformCount(), -1);
    for (std::size_t p = 0; p < rank.size(); ++p) {
        const qint64 id = block.platformId(p);
        if (id >= 0 && std::size_t(id) < m_rankOf.size())
            rank[p] = m_rankOf[std::size_t(id)];
    }
    // Creators seen in earlier blocks are looked up in one pass over the block's table: independent loads, whose cache
    // misses overlap, where looking each up at its first post waited for one miss after another. The new ones are
    // numbered at their first kept post (-2), in the order the Dataset's numbering needs.
    std::vector<std::int32_t> creators(block.creatorCount());
    for (std::size_t slot = 0; slot < creators.size(); ++slot) {
        const std::int32_t known = knownCreator(block.creatorNumber(slot));
        creators[slot] = known >= 0 ? known : -2;
    }
    std::vector<std::int32_t> regions(block.regionCount(), -2);
    std::vector<std::int32_t> names(block.nameCount(), -1); ///< name slot → m_nameSpans index, -1 = not yet

    hourblock::Reader::SlotPost post;
    while (true) {
        m_blockTags.clear();
        if (!block.next(post, m_blockTags))
            break;
        const std::int32_t platformRank = rank[post.platform];
        if (post.createdAtMs <= m_fromExclusiveMs || post.createdAtMs > m_toInclusiveMs || platformRank < 0)
            continue;

        DatasetPost kept;
        kept.rowId = post.rowId;
        kept.createdAtMs = post.createdAtMs;
        kept.likes = post.likes;
        kept.comments = post.comments;
        kept.shares = post.shares;
        kept.saves = post.saves;
        kept.views = post.views;
        kept.approximateTime = post.approximateTime;

        std::int32_t &platform = m_platformIndex[std::size_t(platformRank)];
        if (platform < 0) {
            platform = std::int32_t(m_data.platforms.size());
            m_data.platforms.append(m_platformNames[platformRank]);
        }
        kept.platform = platform;

        std::int32_t &creator = creators[post.creator];
        if (creator == -2) {
            const qint64 number = block.creatorNumber(post.creator);
            const auto next = std::int32_t(m_creatorNumbers.size());
            creator = numberedCreator(number, next);
            if (creator == next) {
                m_data.creators.append(QString::fromUtf8(block.creator(post.creator)));
                m_creatorNumbers.push_back(number);
                m_latestName.push_back(-1);
            }
        }
        kept.creator = creator;
        if (post.name >= 0) {
            std::int32_t &name = names[std::size_t(post.name)];
            if (name < 0)
                name = keepName(block.name(std::size_t(post.name)));
            m_latestName[std::size_t(creator)] = name;
        }

        if (post.region >= 0) {
            std::int32_t &region = regions[std::size_t(post.region)];
            if (region == -2) {
                const QByteArrayView text = block.region(std::size_t(post.region));
                region = m_regions.intern(0, text);
                if (region == m_data.regions.size())
                    m_data.regions.append(QString::fromUtf8(text));
            }
            kept.region = region;
        }

        kept.tagBegin = std::uint32_t(m_data.postTags.size());
        for (const std::int32_t id : m_blockTags) {
            if (id >= 0)
                m_data.postTags.push_back(tagOf(id));
        }
        kept.tagCount = std::uint16_t(m_data.postTags.size() - kept.tagBegin);

        m_data.posts.push_back(kept);
        m_data.postIds.append(post.postId);
    }
    if (block.error())
        return *block.error();
    if (m_sizeTagsAfterFirstBlock > 0) {
        m_data.postTags.reserve(std::size_t(m_sizeTagsAfterFirstBlock * double(m_data.postTags.size())));
        m_data.postIds.reserve(m_data.postIds.size(),
                               qsizetype(m_sizeTagsAfterFirstBlock * double(m_data.postIds.byteSize())));
        m_sizeTagsAfterFirstBlock = 0;
    }
    return Ok{};
}

std::int32_t HourBlockAssembler::knownCreator(qint64 number) const
{
    if (number >= 0 && number < kDenseCreatorNumbers) {
        return std::size_t(number) < m_creatorByNumber.size() ? m_creatorByNumber[std::size_t(number)] : -1;
    }
    return m_creatorOf.value(number, -1);
}

std::int32_t HourBlockAssembler::numberedCreator(qint64 number, std::int32_t next)
{
    // Numbers are dense (rows of block_creators): a flat table, a few hundred KB that stay in cache, for all
    // but absurd ones (a damaged block), which take the hash.
    if (number < kDenseCreatorNumbers) {
        if (std::size_t(number) >= m_creatorByNumber.size())
            m_creatorByNumber.resize(
                std::min<std::size_t>(kDenseCreatorNumbers, std::max<std::size_t>(std::size_t(number) + 1,
                                                                                 m_creatorByNumber.size() * 2)),
                -1);
        std::int32_t &creator = m_creatorByNumber[std::size_t(number)];
        if (creator < 0)
            creator = next;
        return creator;
    }
    auto found = m_creatorOf.constFind(number);
    if (found != m_creatorOf.cend())
        return *found;
    m_creatorOf.insert(number, next);
    return next;
}

std::int32_t HourBlockAssembler::keepName(QByteArrayView name)
{
    m_nameSpans.emplace_back(m_nameText.size(), std::size_t(name.size()));
    m_nameText.append(name.data(), std::size_t(name.size()));
    return std::int32_t(m_nameSpans.size() - 1);
}

std::int32_t HourBlockAssembler::tagOf(std::int32_t id)
{
    if (std::size_t(id) >= m_tagIndex.size())
        m_tagIndex.resize(std::max<std::size_t>(std::size_t(id) + 1, m_tagIndex.size() * 2), -1);
    std::int32_t &tag = m_tagIndex[std::size_t(id)];
    if (tag < 0) {
        tag = std::int32_t(m_tagRowIds.size());
        m_tagRowIds.push_back(id);
    }
    return tag;
}

void HourBlockAssembler::absorb(HourBlockAssembler &later)
{
    Dataset &theirs = later.m_data;
    // Their indices → ours, visiting theirs in their order of first appearance: what is new here is
    // numbered exactly as appending their blocks here would have.
    std::vector<std::int32_t> platforms(std::size_t(theirs.platforms.size()), -1);
    for (std::size_t rank = 0; rank < later.m_platformIndex.size(); ++rank) {
        const std::int32_t at = later.m_platformIndex[rank];
        if (at >= 0)
            platforms[std::size_t(at)] = std::int32_t(rank); // their index → rank, for now
    }
    for (std::int32_t &platform : platforms) {
        std::int32_t &ours = m_platformIndex[std::size_t(platform)];
        if (ours < 0) {
            ours = std::int32_t(m_data.platforms.size());
            m_data.platforms.append(m_platformNames[platform]);
        }
        platform = ours;
    }
    std::vector<std::int32_t> creators(later.m_creatorNumbers.size());
    for (std::size_t c = 0; c < creators.size(); ++c) {
        const qint64 number = later.m_creatorNumbers[c];
        const auto next = std::int32_t(m_creatorNumbers.size());
        const std::int32_t ours = numberedCreator(number, next);
        if (ours == next) {
            m_data.creators.append(std::move(theirs.creators[qsizetype(c)]));
            m_creatorNumbers.push_back(number);
            m_latestName.push_back(-1);
        }
        if (const std::int32_t name = later.m_latestName[c]; name >= 0) {
            const auto [offset, size] = later.m_nameSpans[std::size_t(name)];
            m_latestName[std::size_t(ours)] = keepName(QByteArrayView(later.m_nameText.data() + offset, qsizetype(size)));
        }
        creators[c] = ours;
    }
    std::vector<std::int32_t> regions(later.m_regions.size());
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const std::int32_t ours = m_regions.intern(0, later.m_regions.bytes(std::int32_t(r)));
        if (ours == m_data.regions.size())
            m_data.regions.append(std::move(theirs.regions[qsizetype(r)]));
        regions[r] = ours;
    }
    std::vector<std::int32_t> tags(later.m_tagRowIds.size());
    for (std::size_t t = 0; t < tags.size(); ++t)
        tags[t] = tagOf(later.m_tagRowIds[t]);

    // Their posts, tags and ids go to the end of ours, renumbered, in parts on both cores. Their posts' tags are one
    // run in post order, so a post's tags keep their offset from the first.
    const std::size_t postBase = m_data.posts.size();
    const std::size_t tagBase = m_data.postTags.size();
    m_data.posts.resize(postBase + theirs.posts.size());
    m_data.postTags.resize(tagBase + theirs.postTags.size());
    constexpr std::size_t kParts = 8;
    onTwoThreads(kParts + 1, [&](std::size_t item) {
        if (item == kParts) {
            m_data.postIds.append(theirs.postIds);
            return;
        }
        const std::size_t count = theirs.posts.size();
        for (std::size_t j = count * item / kParts; j < count * (item + 1) / kParts; ++j) {
            DatasetPost post = theirs.posts[j];
            post.platform = platforms[std::size_t(post.platform)];
            post.creator = creators[std::size_t(post.creator)];
            if (post.region >= 0)
                post.region = regions[std::size_t(post.region)];
            for (std::uint32_t t = post.tagBegin; t < post.tagBegin + post.tagCount; ++t)
                m_data.postTags[tagBase + t] = tags[std::size_t(theirs.postTags[t])];
            post.tagBegin += std::uint32_t(tagBase);
            m_data.posts[postBase + j] = post;
        }
    });
    theirs.postIds = {};
}

Dataset HourBlockAssembler::finish(std::vector<std::int32_t> &tagRowIds)
{
    // A creator without a name gets an empty (not null) string, as a name read from no bytes always was. In parts on
    // both cores: a few hundred thousand strings.
    m_data.creatorNames.resize(qsizetype(m_latestName.size()));
    QString *names = m_data.creatorNames.data();
    constexpr std::size_t kParts = 8;
    onTwoThreads(kParts, [&](std::size_t part) {
        const std::size_t count = m_latestName.size();
        for (std::size_t c = count * part / kParts; c < count * (part + 1) / kParts; ++c) {
            const std::int32_t name = m_latestName[c];
            const auto [offset, size] =
                name < 0 ? std::pair<std::size_t, std::size_t>() : m_nameSpans[std::size_t(name)];
            names[c] = QString::fromUtf8(m_nameText.data() + offset, qsizetype(size));
        }
    });
    m_data.tags.resize(qsizetype(m_tagRowIds.size()));
    tagRowIds = std::move(m_tagRowIds);
    return std::move(m_data);
}
