#include "core/pipeline/clusterformation.h"

#include <algorithm>
#include <cstdint>

#include <QCryptographicHash>
#include <QJsonArray>

#include "core/pipeline/decisions.h"
#include "core/pipeline/jsonstringarray.h"
#include "core/pipeline/tiles.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

QString trendIdForAnchor(const QString &anchor)
{
    // The hex digits written straight into the id (a run derives thousands of them).
    const QByteArray digest = QCryptographicHash::hash(anchor.toUtf8(), QCryptographicHash::Sha1);
    constexpr char kHex[] = "0123456789abcdef";
    char16_t id[11];
    id[0] = u't';
    for (int i = 0; i < 5; ++i) {
        const auto byte = std::uint8_t(digest.at(i));
        id[1 + 2 * i] = char16_t(kHex[byte >> 4]);
        id[2 + 2 * i] = char16_t(kHex[byte & 0xF]);
    }
    return QString(reinterpret_cast<const QChar *>(id), 11);
}

JsonTemplate clusterFormedValues()
{
    return JsonTemplate{u"anchor"_s, u"tags"_s, u"edges"_s, u"anchor_posts"_s};
}

ClusterResult formCluster(const Dataset &data, const TagStats &stats, const TagPart &part,
                          const JsonTemplate &formedValues, std::vector<Decision> &log)
{
    auto postsOf = [&](std::int32_t kept) { return stats.posts[std::size_t(stats.keptTags[std::size_t(kept)])]; };
    std::vector<std::int32_t> order = part.tags; // ascending kept index = ascending string
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t x, std::int32_t y) { return postsOf(x) > postsOf(y); });

    ClusterResult c;
    c.hashtags.reserve(qsizetype(order.size()));
    for (const std::int32_t k : order)
        c.hashtags.append(data.tags.at(stats.keptTags[std::size_t(k)]));
    c.anchor = c.hashtags.constFirst();
    c.trendId = trendIdForAnchor(c.anchor);
    c.title = clusterTitle(c);
    c.edges.reserve(qsizetype(part.edges.size()));
    for (const TagEdge &e : part.edges)
        c.edges.append(ClusterEdge{data.tags.at(stats.keptTags[std::size_t(e.a)]),
                                   data.tags.at(stats.keptTags[std::size_t(e.b)]), e.cooccurrence, e.jaccard});

    QString tagsText = u"#"_s + c.hashtags.mid(0, 6).join(u", #"_s);
    if (c.hashtags.size() > 6)
        tagsText += u", …"_s;
    decisions::add(log, decisions::kStageClustering, u"cluster:"_s + c.trendId, u"clustering.components"_s,
                   formedValues.make({c.anchor, jsonStringArray(c.hashtags), int(part.edges.size()),
                                      postsOf(order.front())}),
                   decisions::kFormed,
                   u"cluster "_s + c.trendId + u" formed from "_s + numbertext::integer(c.hashtags.size())
                       + (c.hashtags.size() == 1 ? u" tag ("_s : u" tags ("_s) + tagsText + u") joined by "_s
                       + numbertext::integer(part.edges.size()) + u" edges; anchor #"_s + c.anchor + u" has the most posts ("_s
                       + numbertext::integer(postsOf(order.front())) + u')');
    return c;
}
