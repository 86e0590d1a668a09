#include "core/pipeline/runid.h"

#include <vector>

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace {

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/// FNV-1a over the UTF-16 code units, then mixed.
std::uint64_t hashString(const QString &s)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const QChar ch : s) {
        h ^= ch.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h ^ std::uint64_t(s.size()));
}

std::vector<std::uint64_t> hashAll(const QStringList &list)
{
    std::vector<std::uint64_t> out;
    out.reserve(std::size_t(list.size()));
    for (const QString &s : list)
        out.push_back(hashString(s));
    return out;
}

std::uint64_t combine(std::uint64_t h, std::uint64_t v)
{
    return mix(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
}

} // namespace

QString computeRunId(const Dataset &data, const WindowPlan &window, const PipelineParams &params)
{
    const std::vector<std::uint64_t> platforms = hashAll(data.platforms);
    const std::vector<std::uint64_t> creators = hashAll(data.creators);
    const std::vector<std::uint64_t> regions = hashAll(data.regions);
    const std::vector<std::uint64_t> tags = hashAll(data.tags);

    std::uint64_t sum = 0;
    std::uint64_t sumOfSquares = 0;
    std::uint64_t count = 0;
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if (window.slot[i] < 0)
            continue;
        const DatasetPost &p = data.posts[i];
        std::uint64_t tagSum = 0; // a set of tags: order-free
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
            tagSum += tags[std::size_t(data.postTags[t])];
        std::uint64_t h = platforms[std::size_t(p.platform)];
        h = combine(h, hashString(data.postIds.at(qsizetype(i))));
        h = combine(h, creators[std::size_t(p.creator)]);
        h = combine(h, p.region >= 0 ? regions[std::size_t(p.region)] : 0x5a5aULL);
        for (const qint64 v : {p.createdAtMs, p.likes, p.comments, p.shares, p.saves, p.views})
            h = combine(h, std::uint64_t(v));
        h = combine(h, tagSum);
        sum += h;
        sumOfSquares += mix(h);
        ++count;
    }

    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint64(count) << quint64(sum) << quint64(sumOfSquares);
    QStringList stoplist = params.stoplist;
    stoplist.sort();
    QStringList enabled = params.enabledPlatforms;
    enabled.sort();
    out << params.asOfMs << qint32(params.windowHours) << qint32(params.baselineWindows) << enabled
        << params.platformWeights << stoplist << qint32(params.minPosts) << qint32(params.minCooccurrence)
        << params.minJaccard << qint32(params.maxTags) << params.healthWeightDiversity
        << params.healthWeightEngagement << params.healthWeightVelocity << params.engagementRateTarget
        << params.velocityTarget << qint32(params.minCreators) << params.minCreatorDiversity
        << qint32(params.minRegions) << qint32(params.minPlatforms) << params.minGrowth << params.minSignificance
        << params.confidenceWeightCreators << params.confidenceWeightRegions << qint32(params.creatorTarget)
        << qint32(params.regionTarget) << params.actNowGrowth << params.actNowConfidence << params.prepareGrowth
        << qint32(params.topPostsPerTile);
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}
