#include "tests/core/storage/postgenerator.h"

using namespace Qt::StringLiterals;

namespace postgen {

Post post(qint64 n, qint64 spacingMs)
{
    static const QStringList platforms = {u"tiktok"_s,  u"xiaohongshu"_s, u"douyin"_s, u"instagram"_s,
                                          u"youtube"_s, u"weibo"_s,       u"x"_s};
    static const QStringList regions = {u"US"_s, u"CN-ZJ"_s, u"GB"_s, u"DE"_s, u"JP"_s, u"BR"_s, u""_s};
    // A cheap deterministic scramble so neighbouring posts do not share everything.
    const quint64 h = quint64(n) * 0x9E3779B97F4A7C15ULL;
    Post p;
    p.platform = platforms[int(n % platforms.size())];
    p.postId = u"p%1"_s.arg(n);
    p.creatorId = u"c%1"_s.arg((h >> 20) % 50000);
    p.creatorName = u"Creator %1"_s.arg((h >> 20) % 50000);
    p.text = u"post number %1 #tag%2"_s.arg(n).arg((h >> 7) % 20000);
    const int tagCount = 1 + int((h >> 40) % 5);
    for (int t = 0; t < tagCount; ++t) {
        const QString tag = u"tag%1"_s.arg(((h >> 7) + quint64(t) * 7919) % 20000);
        if (!p.hashtags.contains(tag))
            p.hashtags.append(tag);
    }
    p.likes = qint64((h >> 3) % 10000);
    p.comments = qint64((h >> 13) % 500);
    p.shares = qint64((h >> 23) % 200);
    p.saves = qint64((h >> 33) % 300);
    if (p.platform != "xiaohongshu"_L1)
        p.views = p.likes * 10 + 7;
    p.createdAtMs = kBaseMs + n * spacingMs;
    p.region = regions[int((h >> 50) % quint64(regions.size()))];
    p.url = u"https://example.com/%1/%2"_s.arg(p.platform, p.postId);
    p.language = u"en"_s;
    return p;
}

std::vector<Post> posts(qint64 first, qint64 count, qint64 spacingMs)
{
    std::vector<Post> out;
    out.reserve(std::size_t(count));
    for (qint64 n = first; n < first + count; ++n)
        out.push_back(post(n, spacingMs));
    return out;
}

} // namespace postgen
