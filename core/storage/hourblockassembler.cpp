#include "core/storage/hourblockassembler.h"

#include "core/storage/hourblock.h"

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

    // The block's slots → the Dataset's indices, found on first use by a kept post (-2 = not yet).
    std::vector<std::int32_t> rank(block.platformCount(), -1);
    for (std::size_t p = 0; p < rank.size(); ++p) {
        const qint64 id = block.platformId(p);
        if (id >= 0 && std::size_t(id) < m_rankOf.size())
            rank[p] = m_rankOf[std::size_t(id)];
    }
    std::vector<std::int32_t> creators(block.creatorCount(), -2);
    std::vector<std::int32_t> regions(block.regionCount(), -2);
    std::vector<std::int32_t> names(block.nameCount(), -2);

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
            const QByteArrayView id = block.creator(post.creator);
            creator = m_creators.intern(platformRank, id);
            if (std::size_t(creator) == m_latestName.size()) {
                m_data.creators.append(QString::fromUtf8(id));
                m_latestName.push_back(-1);
            }
        }
        kept.creator = creator;
        if (post.name >= 0) {
            std::int32_t &name = names[std::size_t(post.name)];
            if (name == -2)
                name = m_names.intern(0, block.name(std::size_t(post.name)));
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
            if (id < 0)
                continue;
            if (std::size_t(id) >= m_tagIndex.size())
                m_tagIndex.resize(std::max<std::size_t>(std::size_t(id) + 1, m_tagIndex.size() * 2), -1);
            std::int32_t &tag = m_tagIndex[std::size_t(id)];
            if (tag < 0) {
                tag = std::int32_t(m_tagRowIds.size());
                m_tagRowIds.push_back(id);
            }
            m_data.postTags.push_back(tag);
        }
        kept.tagCount = std::uint16_t(m_data.postTags.size() - kept.tagBegin);

        m_data.posts.push_back(kept);
        m_data.postIds.append(QString::fromUtf8(post.postId));
    }
    if (block.error())
        return *block.error();
    return Ok{};
}

Dataset HourBlockAssembler::finish(std::vector<std::int32_t> &tagRowIds)
{
    m_data.creatorNames.reserve(m_data.creators.size());
    for (const std::int32_t name : m_latestName)
        m_data.creatorNames.append(name < 0 ? QString() : QString::fromUtf8(m_names.bytes(name)));
    m_data.tags.resize(qsizetype(m_tagRowIds.size()));
    tagRowIds = std::move(m_tagRowIds);
    return std::move(m_data);
}
