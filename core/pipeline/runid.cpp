#include "core/pipeline/runid.h"

#include <cstring>
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

/// The UTF-16 code units four at a time (one multiply each), then mixed. Inlined into the post loop, where it runs
/// 100,000s of times per run.
[[gnu::always_inline]] inline std::uint64_t hashString(const QString &s)
{
    const auto *units = reinterpret_cast<const char *>(s.utf16());
    std::size_t bytes = std::size_t(s.size()) * 2;
    std::uint64_t h = 0x243f6a8885a308d3ULL ^ bytes;
    while (bytes >= 8) {
        std::uint64_t w;
        std::memcpy(&w, units, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        units += 8;
        bytes -= 8;
    }
    // The last 0, 2, 4 or 6 bytes, little-endian as a zero-filled memcpy into 8 bytes gives them, by fixed-size
    // loads: a variable-length copy followed by an 8-byte read stalls on store forwarding.
    std::uint64_t tail = 0;
    int shift = 0;
    if (bytes >= 4) {
        std::uint32_t low;
        std::memcpy(&low, units, 4);
        tail = low;
        shift = 32;
        units += 4;
    }
    if (bytes & 2) {
        std::uint16_t unit;
        std::memcpy(&unit, units, 2);
        tail |= std::uint64_t(unit) << shift;
    }
    return mix(h ^ tail);
}

std::vector<std::uint64_t> hashAll(const QStringList &list)
{
    std::vector<std::uint64_t> out;
    out.reserve(std::size_t(list.size()));
    for (const QString &s : list)
        out.push_back(hashString(s));
    return out;
}

} // namespace

QString computeRunId(const Dataset &data, const WindowPlan &window, const PipelineParams &params,
                     const CancelToken &cancel)
{
    const std::vector<std::uint64_t> platforms = hashAll(data.platforms);
    const std::vector<std::uint64_t> creators = hashAll(data.creators);
    const std::vector<std::uint64_t> regions = hashAll(data.regions);
    const std::vector<std::uint64_t> tags = hashAll(data.tags);

    std::uint64_t sum = 0;
    std::uint64_t sumOfSquares = 0;
    std::uint64_t count = 0;
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel.cancelled())
            return {};
        if (window.slot[i] < 0)
            continue;
        // Post ids live in their own heap blocks: fetch a few ahead (the loop is memory-bound).
        if (i + 16 < data.posts.size())
            __builtin_prefetch(data.postIds.at(qsizetype(i + 16)).constData());
        const DatasetPost &p = data.posts[i];
        std::uint64_t tagSum = 0; // a set of tags: order-free
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t)
            tagSum += tags[std::size_t(data.postTags[t])];
        // Independent multiplies by odd constants (they pipeline), then one mix: a different value of any field
        // changes the post's hash.
        const std::uint64_t counters = std::uint64_t(p.createdAtMs) * 0x9e3779b97f4a7c15ULL
                                       + std::uint64_t(p.likes) * 0xc2b2ae3d27d4eb4fULL
                                       + std::uint64_t(p.comments) * 0x165667b19e3779f9ULL
                                       + std::uint64_t(p.shares) * 0xd6e8feb86659fd93ULL
                                       + std::uint64_t(p.saves) * 0xa0761d6478bd642fULL
                                       + std::uint64_t(p.views) * 0xe7037ed1a0b428dbULL;
        const std::uint64_t strings = platforms[std::size_t(p.platform)] * 0x8ebc6af09c88c6e3ULL
                                      + hashString(data.postIds.at(qsizetype(i))) * 0x589965cc75374cc3ULL
                                      + creators[std::size_t(p.creator)] * 0x1d8e4e27c47d124fULL
                                      + (p.region >= 0 ? regions[std::size_t(p.region)] : 0x5a5aULL) * 0x9fb21c651e98df25ULL
                                      + tagSum;
        const std::uint64_t h = mix(strings ^ mix(counters));
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
