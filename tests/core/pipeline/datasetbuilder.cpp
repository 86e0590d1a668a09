#include "tests/core/pipeline/datasetbuilder.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <QHash>

using namespace Qt::StringLiterals;

namespace testdata {

DatasetBuilder &DatasetBuilder::add(const Row &row)
{
    Row r = row;
    const int n = int(m_rows.size()) + 1;
    if (r.postId.isEmpty())
        r.postId = u"p"_s + QString::number(n);
    if (r.creator.isEmpty())
        r.creator = u"c"_s + QString::number(n);
    if (r.rowId == 0)
        r.rowId = n;
    m_rows.append(r);
    return *this;
}

DatasetBuilder &DatasetBuilder::add(int n, const Row &row)
{
    for (int i = 0; i < n; ++i)
        add(row);
    return *this;
}

Dataset DatasetBuilder::build() const
{
    return buildFrom(m_rows);
}

Dataset DatasetBuilder::buildReversed() const
{
    QList<Row> rows = m_rows;
    std::reverse(rows.begin(), rows.end());
    return buildFrom(rows);
}

Dataset DatasetBuilder::buildShuffled(unsigned seed) const
{
    QList<Row> rows = m_rows;
    std::mt19937 rng(seed);
    std::shuffle(rows.begin(), rows.end(), rng);
    return buildFrom(rows);
}

Dataset DatasetBuilder::buildFrom(const QList<Row> &rows) const
{
    Dataset d;
    QHash<QString, int> platforms, creators, regions, tags;
    auto intern = [](QHash<QString, int> &ids, QStringList &list, const QString &s) {
        auto it = ids.find(s);
        if (it == ids.end()) {
            it = ids.insert(s, int(list.size()));
            list.append(s);
        }
        return it.value();
    };
    for (const Row &r : rows) {
        DatasetPost p;
        p.rowId = r.rowId;
        p.createdAtMs = kAsOf - qint64(std::llround(r.hours * double(kHour)));
        p.likes = r.likeCount;
        p.comments = r.commentCount;
        p.shares = r.shareCount;
        p.saves = r.saveCount;
        p.views = r.viewCount;
        p.platform = intern(platforms, d.platforms, r.platform);
        // A creator is a (platform, creator_id) pair.
        const int before = int(d.creators.size());
        p.creator = intern(creators, d.creators, r.platform + u'\x1f' + r.creator);
        if (int(d.creators.size()) > before) {
            d.creators.last() = r.creator;
            d.creatorNames.append(u"name of "_s + r.creator);
        }
        p.region = r.region.isEmpty() ? -1 : intern(regions, d.regions, r.region);
        p.tagBegin = std::uint32_t(d.postTags.size());
        p.tagCount = std::uint16_t(r.tagList.size());
        for (const QString &t : r.tagList)
            d.postTags.push_back(intern(tags, d.tags, t));
        d.postIds.append(r.postId);
        d.posts.push_back(p);
        d.newestCreatedAtMs = std::max(d.newestCreatedAtMs, p.createdAtMs);
    }
    return d;
}

} // namespace testdata
