#include "core/pipeline/components.h"

#include <algorithm>

#include <QJsonArray>

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"
#include "core/pipeline/unionfind.h"

using namespace Qt::StringLiterals;

namespace {

const QString &tagText(const Dataset &data, const TagStats &stats, std::int32_t kept)
{
    return data.tags.at(stats.keptTags[std::size_t(kept)]);
}

int postsOf(const TagStats &stats, std::int32_t kept)
{
    return stats.posts[std::size_t(stats.keptTags[std::size_t(kept)])];
}

/// The anchor rule (most posts, ties lexicographic) names a component in the split decisions.
std::int32_t biggestTag(const TagStats &stats, const std::vector<std::int32_t> &tags)
{
    std::int32_t best = tags.front();
    for (const std::int32_t t : tags)
        if (postsOf(stats, t) > postsOf(stats, best) || (postsOf(stats, t) == postsOf(stats, best) && t < best))
            best = t;
    return best;
}

} // namespace

bool weakerEdge(const TagEdge &x, const TagEdge &y, const TagStats &stats)
{
    // jaccard = co / (posts(A) + posts(B) − co): compare co_x·union_y with co_y·union_x in integers.
    const qint64 unionX = qint64(postsOf(stats, x.a)) + postsOf(stats, x.b) - x.cooccurrence;
    const qint64 unionY = qint64(postsOf(stats, y.a)) + postsOf(stats, y.b) - y.cooccurrence;
    const qint64 lhs = qint64(x.cooccurrence) * unionY;
    const qint64 rhs = qint64(y.cooccurrence) * unionX;
    if (lhs != rhs)
        return lhs < rhs;
    if (x.cooccurrence != y.cooccurrence)
        return x.cooccurrence < y.cooccurrence;
    if (x.a != y.a)
        return x.a < y.a;
    return x.b < y.b;
}

std::vector<TagPart> splitComponents(const Dataset &data, const TagStats &stats, const std::vector<TagEdge> &edges,
                                     const PipelineParams &params, std::vector<Decision> &log,
                                     const CancelToken &cancel)
{
    const auto keptCount = std::int32_t(stats.keptTags.size());
    const int maxTags = std::max(1, params.maxTags);
    UnionFind components{std::size_t(keptCount)};
    for (const TagEdge &e : edges)
        components.unite(e.a, e.b);

    // Edges of each oversized component, grouped by the component's root.
    std::vector<std::vector<std::size_t>> oversized(static_cast<std::size_t>(keptCount));
    std::vector<char> dropped(edges.size(), 0);
    bool anySplit = false;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const std::int32_t root = components.find(edges[i].a);
        if (components.sizeOf(root) > maxTags) {
            oversized[std::size_t(root)].push_back(i);
            anySplit = true;
        }
    }

    if (anySplit) {
        std::vector<std::int32_t> local(std::size_t(keptCount), -1);
        // Roots in order of their smallest tag, so decisions come out in string order.
        std::vector<std::int32_t> roots;
        std::vector<char> rootSeen(std::size_t(keptCount), 0);
        for (std::int32_t t = 0; t < keptCount; ++t) {
            const std::int32_t r = components.find(t);
            if (!oversized[std::size_t(r)].empty() && !rootSeen[std::size_t(r)]) {
                rootSeen[std::size_t(r)] = 1;
                roots.push_back(r);
            }
        }
        const QString rule = u"clustering.max_tags"_s;
        for (const std::int32_t root : roots) {
            if (cancel.cancelled())
                return {};
            std::vector<std::size_t> &list = oversized[std::size_t(root)];
            std::vector<std::int32_t> tags;
            for (const std::size_t i : list)
                for (const std::int32_t t : {edges[i].a, edges[i].b})
                    if (local[std::size_t(t)] < 0) {
                        local[std::size_t(t)] = std::int32_t(tags.size());
                        tags.push_back(t);
                    }
            std::sort(list.begin(), list.end(),
                      [&](std::size_t x, std::size_t y) { return weakerEdge(edges[x], edges[y], stats); });

            // Strongest first: the set an edge joins (or lies in) is its part when its turn to be dropped comes.
            UnionFind parts(tags.size());
            std::vector<int> partSize(list.size());
            std::vector<int> sideA(list.size(), 0);
            std::vector<int> sideB(list.size(), 0);
            for (std::size_t n = list.size(); n-- > 0;) {
                const TagEdge &e = edges[list[n]];
                const std::int32_t la = local[std::size_t(e.a)];
                const std::int32_t lb = local[std::size_t(e.b)];
                if (parts.find(la) != parts.find(lb)) {
                    sideA[n] = parts.sizeOf(la);
                    sideB[n] = parts.sizeOf(lb);
                    parts.unite(la, lb);
                }
                partSize[n] = parts.sizeOf(la);
            }

            const QString componentName = tagText(data, stats, biggestTag(stats, tags));
            int drops = 0;
            for (std::size_t n = 0; n < list.size(); ++n) {
                if (partSize[n] <= maxTags)
                    continue;
                ++drops;
                dropped[list[n]] = 1;
                const TagEdge &e = edges[list[n]];
                const bool splits = sideA[n] > 0;
                QJsonObject values{{u"jaccard"_s, e.jaccard},
                                   {u"cooccurrence"_s, e.cooccurrence},
                                   {u"part_tags"_s, partSize[n]},
                                   {u"max_tags"_s, maxTags}};
                QString message = u"#"_s + tagText(data, stats, e.a) + u" – #"_s + tagText(data, stats, e.b)
                                  + u" (jaccard = "_s + numbertext::exact(e.jaccard) + u", co = "_s
                                  + numbertext::integer(e.cooccurrence) + u") is the weakest edge of a part of "_s
                                  + numbertext::integer(partSize[n]) + u" tags > clustering.max_tags = "_s
                                  + numbertext::integer(maxTags) + u": dropped"_s;
                if (splits) {
                    values.insert(u"split_into"_s, QJsonArray{sideA[n], sideB[n]});
                    message += u", splitting the part into "_s + numbertext::integer(sideA[n]) + u" + "_s
                               + numbertext::integer(sideB[n]) + u" tags"_s;
                } else {
                    message += u", the part stays connected"_s;
                }
                decisions::add(log, decisions::kStageClustering,
                               u"edge:"_s + tagText(data, stats, e.a) + u'|' + tagText(data, stats, e.b), rule,
                               std::move(values), decisions::kDropped, std::move(message));
            }
            decisions::add(log, decisions::kStageClustering, u"component:"_s + componentName, rule,
                           QJsonObject{{u"tags"_s, int(tags.size())},
                                       {u"edges"_s, int(list.size())},
                                       {u"edges_dropped"_s, drops},
                                       {u"max_tags"_s, maxTags}},
                           decisions::kSplit,
                           u"the component of #"_s + componentName + u" has "_s + numbertext::integer(tags.size())
                               + u" tags > clustering.max_tags = "_s + numbertext::integer(maxTags) + u": "_s
                               + numbertext::integer(drops) + u" of its "_s + numbertext::integer(list.size())
                               + u" edges dropped, weakest first, until every part fits"_s);
            for (const std::int32_t t : tags)
                local[std::size_t(t)] = -1;
        }
    }

    UnionFind final{std::size_t(keptCount)};
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (!dropped[i])
            final.unite(edges[i].a, edges[i].b);
    std::vector<std::int32_t> partOfRoot(std::size_t(keptCount), -1);
    std::vector<TagPart> parts;
    for (std::int32_t t = 0; t < keptCount; ++t) { // ascending kept index: parts in order of their smallest tag
        const std::int32_t r = final.find(t);
        if (partOfRoot[std::size_t(r)] < 0) {
            partOfRoot[std::size_t(r)] = std::int32_t(parts.size());
            parts.emplace_back();
        }
        parts[std::size_t(partOfRoot[std::size_t(r)])].tags.push_back(t);
    }
    for (std::size_t i = 0; i < edges.size(); ++i)
        if (!dropped[i])
            parts[std::size_t(partOfRoot[std::size_t(final.find(edges[i].a))])].edges.push_back(edges[i]);
    return parts;
}
