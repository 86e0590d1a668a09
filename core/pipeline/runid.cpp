#include "core/pipeline/runid.h"

#include <algorithm>
#include <array>
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

/// `count` UTF-16 code units, four at a time (one multiply each), then mixed. `Units` reads them: four(p) the 8
/// bytes of units p…p+3, two(p) the 4 bytes of units p, p+1, one(p) unit p (little-endian, as the units lie in a
/// QString). The last 0–3 units are read by fixed-size loads: a variable-length copy into a zero-filled word followed
/// by an 8-byte read stalls on store forwarding.
template <typename Units> [[gnu::always_inline]] inline std::uint64_t hashUnitsOf(const Units &units, qsizetype count)
{
    std::uint64_t h = 0x243f6a8885a308d3ULL ^ (std::uint64_t(count) * 2);
    qsizetype p = 0;
    for (; count - p >= 4; p += 4) {
        h = (h ^ units.four(p)) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    int shift = 0;
    if (count - p >= 2) {
        tail = units.two(p);
        shift = 32;
        p += 2;
    }
    if (count - p == 1)
        tail |= std::uint64_t(units.one(p)) << shift;
    return mix(h ^ tail);
}

/// The units of a QString.
struct Utf16Units
{
    const char16_t *chars;
    std::uint64_t four(qsizetype p) const
    {
        std::uint64_t w;
        std::memcpy(&w, chars + p, 8);
        return w;
    }
    std::uint32_t two(qsizetype p) const
    {
        std::uint32_t w;
        std::memcpy(&w, chars + p, 4);
        return w;
    }
    char16_t one(qsizetype p) const { return chars[p]; }
};

/// The units of ASCII text, without widening it in memory: four characters make the 8 bytes of their four units by
/// spreading each byte into its own 16-bit lane.
struct AsciiUnits
{
    const unsigned char *chars;
    std::uint64_t four(qsizetype p) const
    {
        std::uint32_t bytes;
        std::memcpy(&bytes, chars + p, 4);
        std::uint64_t w = bytes;
        w = (w | (w << 16)) & 0x0000ffff0000ffffULL;
        return (w | (w << 8)) & 0x00ff00ff00ff00ffULL;
    }
    std::uint32_t two(qsizetype p) const { return std::uint32_t(chars[p]) | (std::uint32_t(chars[p + 1]) << 16); }
    char16_t one(qsizetype p) const { return chars[p]; }
};

inline std::uint64_t hashUnits(const char16_t *chars, qsizetype size)
{
    return hashUnitsOf(Utf16Units{chars}, size);
}

/// hashUnits of every string of `list`. The hash loop's trip count is the string's length, and strings of different
/// lengths interleave: hashed grouped by length, the loop's branches are predicted and consecutive hashes overlap (a
/// mispredicted exit flushed them). Each string lives in its own heap block: those a few places ahead are fetched
/// early.
std::vector<std::uint64_t> hashAll(const QStringList &list)
{
    struct Text
    {
        const char16_t *chars;
        std::uint32_t size;
        std::uint32_t index;
    };
    constexpr std::size_t kGroups = 64; // 0 … 62 units by length, longer ones together
    auto groupOf = [](qsizetype size) { return std::size_t(std::min<qsizetype>(size, kGroups - 1)); };
    std::array<std::uint32_t, kGroups + 1> start{};
    for (const QString &s : list)
        ++start[groupOf(s.size()) + 1];
    for (std::size_t g = 0; g < kGroups; ++g)
        start[g + 1] += start[g];
    std::vector<Text> texts(start[kGroups]);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &s = list.at(i);
        texts[start[groupOf(s.size())]++] =
            Text{reinterpret_cast<const char16_t *>(s.utf16()), std::uint32_t(s.size()), std::uint32_t(i)};
    }
    std::vector<std::uint64_t> hashes(std::size_t(list.size()), 0);
    constexpr std::size_t kAhead = 16;
    for (std::size_t n = 0; n < texts.size(); ++n) {
        if (n + kAhead < texts.size())
            __builtin_prefetch(texts[n + kAhead].chars);
        hashes[texts[n].index] = hashUnits(texts[n].chars, qsizetype(texts[n].size));
    }
    return hashes;
}

/// hashUnits of the id's UTF-16 code units (the value a QString of it hashes to).
std::uint64_t hashId(QByteArrayView utf8)
{
    if (PostIds::isAscii(utf8))
        return hashUnitsOf(AsciiUnits{reinterpret_cast<const unsigned char *>(utf8.data())}, utf8.size());
    const QString id = PostIds::text(utf8);
    return hashUnits(reinterpret_cast<const char16_t *>(id.utf16()), id.size());
}

} // namespace

QString computeRunId(const Dataset &data, const WindowPlan &window, const PipelineParams &params,
                     const CancelToken &cancel)
{
    const std::vector<std::uint64_t> platforms = hashAll(data.platforms);
    const std::vector<std::uint64_t> creators = hashAll(data.creators);
    const std::vector<std::uint64_t> regions = hashAll(data.regions);
    const std::vector<std::uint64_t> tags = hashAll(data.tags);
    if (cancel.cancelled())
        return {};

    std::uint64_t sum = 0;
    std::uint64_t sumOfSquares = 0;
    std::uint64_t count = 0;
    constexpr std::size_t kCancelCheck = 0x10000;
    constexpr std::size_t kAhead = 12;
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & (kCancelCheck - 1)) == 0 && cancel.cancelled())
            return {};
        // The hashes of a post's creator and tags are read from all over tables of hundreds of KB: those of a post
        // a few places ahead are fetched now, so the misses overlap.
        if (const std::size_t ahead = i + kAhead; ahead < data.posts.size()) {
            const DatasetPost &q = data.posts[ahead];
            __builtin_prefetch(&creators[std::size_t(q.creator)]);
            for (std::uint32_t t = q.tagBegin; t < q.tagBegin + q.tagCount; ++t)
                __builtin_prefetch(&tags[std::size_t(data.postTags[t])]);
        }
        if (window.slot[i] < 0)
            continue;
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
                                      + hashId(data.postIds.utf8(qsizetype(i))) * 0x589965cc75374cc3ULL
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
    out << params.asOfMs.value_or(0) << qint32(params.windowHours) << qint32(params.baselineWindows) << enabled
        << params.platformWeights << stoplist << qint32(params.minPosts) << qint32(params.minCooccurrence)
        << params.minJaccard << qint32(params.maxTags) << params.healthWeightDiversity
        << params.healthWeightEngagement << params.healthWeightVelocity << params.engagementRateTarget
        << params.velocityTarget << qint32(params.minCreators) << params.minCreatorDiversity
        << qint32(params.minRegions) << qint32(params.minPlatforms) << params.minGrowth << params.minSignificance
        << params.confidenceWeightCreators << params.confidenceWeightRegions << qint32(params.creatorTarget)
        << qint32(params.regionTarget) << params.actNowGrowth << params.actNowConfidence << params.prepareGrowth
        << qint32(params.topPostsPerTile) << params.minBaselineCoverage << params.normalizeVolume;
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(16));
}
