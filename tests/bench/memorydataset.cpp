#include "tests/bench/memorydataset.h"

#include <algorithm>
#include <tuple>

#include <QHash>

#include "core/ingest/readfile.h"
#include "core/model/ingestoptions.h"

using namespace Qt::StringLiterals;

namespace {

// Interns strings in first-seen order.
class Interner
{
public:
    explicit Interner(QStringList &list) : m_list(list) {}
    std::int32_t id(const QString &s)
    {
        const auto it = m_ids.constFind(s);
        if (it != m_ids.cend())
            return *it;
        const auto id = std::int32_t(m_list.size());
        m_list.append(s);
        m_ids.insert(s, id);
        return id;
    }

private:
    QStringList &m_list;
    QHash<QString, std::int32_t> m_ids;
};

} // namespace

Result<MemoryDataset> MemoryDataset::read(const QString &path)
{
    MemoryDataset data;
    std::vector<Post> all;
    auto report = readFile(path, IngestOptions{}, [&all](std::vector<Post> &&batch) -> Status {
        for (Post &p : batch)
            all.push_back(std::move(p));
        return Ok{};
    });
    if (!report)
        return report.error();
    data.m_report = report.value();

    // Identity dedup: the later copy of (platform, post_id) wins, as in storage.
    std::stable_sort(all.begin(), all.end(), [](const Post &a, const Post &b) {
        return std::tie(a.platform, a.postId) < std::tie(b.platform, b.postId);
    });
    for (size_t i = 0; i < all.size(); ++i) {
        if (i + 1 < all.size() && all[i].platform == all[i + 1].platform && all[i].postId == all[i + 1].postId)
            continue;
        data.m_posts.push_back(std::move(all[i]));
    }
    std::sort(data.m_posts.begin(), data.m_posts.end(), [](const Post &a, const Post &b) {
        return std::tie(a.createdAtMs, a.platform, a.postId) < std::tie(b.createdAtMs, b.platform, b.postId);
    });
    data.m_newestMs = data.m_posts.empty() ? 0 : data.m_posts.back().createdAtMs;
    return data;
}

Dataset MemoryDataset::window(qint64 fromExclusiveMs, qint64 toInclusiveMs) const
{
    Dataset d;
    d.newestCreatedAtMs = m_newestMs;
    Interner platforms(d.platforms);
    Interner creators(d.creators);
    Interner regions(d.regions);
    Interner tags(d.tags);
    const auto begin = std::upper_bound(m_posts.begin(), m_posts.end(), fromExclusiveMs,
                                        [](qint64 t, const Post &p) { return t < p.createdAtMs; });
    qint64 row = begin - m_posts.begin();
    for (auto it = begin; it != m_posts.end() && it->createdAtMs <= toInclusiveMs; ++it, ++row) {
        const Post &p = *it;
        DatasetPost dp;
        dp.rowId = row + 1;
        dp.createdAtMs = p.createdAtMs;
        dp.likes = p.likes;
        dp.comments = p.comments;
        dp.shares = p.shares;
        dp.saves = p.saves;
        dp.views = p.views ? *p.views : -1;
        dp.platform = platforms.id(p.platform);
        const auto creatorCount = d.creators.size();
        dp.creator = creators.id(p.platform + u'\x1f' + p.creatorId);
        if (d.creators.size() != creatorCount)
            d.creatorNames.append(p.creatorName);
        dp.region = p.region.isEmpty() ? -1 : regions.id(p.region);
        dp.tagBegin = std::uint32_t(d.postTags.size());
        for (const QString &tag : p.hashtags)
            d.postTags.push_back(tags.id(tag));
        dp.tagCount = std::uint16_t(p.hashtags.size());
        dp.approximateTime = p.approximateTime;
        d.posts.push_back(dp);
        d.postIds.append(p.postId);
    }
    // Dataset::creators holds creator ids; the (platform, id) key only made them unique.
    for (QString &c : d.creators)
        c = c.mid(c.indexOf(u'\x1f') + 1);
    return d;
}
