#include "tests/bench/datagen/plantedscenario.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

qint64 scaled(qint64 total, double share, qint64 floor)
{
    return std::max(floor, qint64(std::llround(double(total) * share)));
}

PlantedItem trend(QString name, QStringList tags, std::vector<double> probability, QStringList platforms,
                  qint64 inWindow, qint64 earlyPosts, int baselineWindows)
{
    PlantedItem item;
    item.name = std::move(name);
    item.kind = u"trend"_s;
    item.displayTags = std::move(tags);
    item.tagProbability = std::move(probability);
    item.platforms = std::move(platforms);
    // Near-zero baseline: a couple of early adopters at the end of the last baseline window.
    item.postsPerWindow.assign(size_t(baselineWindows) + 1, 0);
    item.postsPerWindow[size_t(baselineWindows) - 1] = earlyPosts;
    item.postsPerWindow.back() = inWindow;
    item.shape = WindowShape::Ramp;
    item.why = u"new tag set ramping up across many creators, platforms and regions, near-zero baseline"_s;
    return item;
}

} // namespace

std::vector<PlantedItem> plantedScenario(qint64 totalPosts, int baselineWindows,
                                         const std::vector<double> &windowVolume)
{
    const qint64 n = totalPosts;
    const int b = baselineWindows;
    std::vector<PlantedItem> items;

    // Trends: the lead tag is on ~95 % of posts and every other tag on ≥ 45 %, so each tag's
    // Jaccard with the lead is ≈ 0.4 (≥ 0.2 with a wide margin even at the 40-post floor) and the
    // set is one cluster. With λ = 1 the Poisson tail of ≥ 40 posts is < 1e-45: significant
    // whatever the number of clusters tested.
    items.push_back(trend(u"matcha_latte"_s,
                          {u"MatchaLatte"_s, u"抹茶拿铁"_s, u"IcedMatcha"_s, u"抹茶控"_s, u"MatchaTok"_s},
                          {0.95, 0.6, 0.5, 0.45, 0.45},
                          {u"tiktok"_s, u"xiaohongshu"_s, u"instagram"_s, u"douyin"_s}, scaled(n, 0.004, 60), 2, b));
    items.push_back(trend(u"dopamine_decor"_s, {u"DopamineDecor"_s, u"多巴胺装修"_s, u"DopamineHome"_s, u"ColorfulRoom"_s},
                          {0.95, 0.6, 0.5, 0.45}, {u"xiaohongshu"_s, u"douyin"_s, u"instagram"_s},
                          scaled(n, 0.0025, 50), 1, b));
    items.push_back(trend(u"slow_jogging"_s, {u"SlowJogging"_s, u"超慢跑"_s, u"ZoneTwoRun"_s},
                          {0.95, 0.55, 0.5}, {u"tiktok"_s, u"youtube"_s, u"weibo"_s, u"x"_s},
                          scaled(n, 0.0015, 45), 2, b));
    items.push_back(trend(u"gorpcore"_s,
                          {u"GorpCore"_s, u"山系穿搭"_s, u"户外风"_s, u"TrailLook"_s, u"GorpcoreStyle"_s, u"机能风"_s},
                          {0.95, 0.55, 0.5, 0.45, 0.45, 0.45}, {u"xiaohongshu"_s, u"tiktok"_s},
                          scaled(n, 0.001, 40), 1, b));

    {
        // One account posting the same giveaway over and over: 1 creator, diversity 1/n.
        PlantedItem spam;
        spam.name = u"spam_burst"_s;
        spam.kind = u"spam_burst"_s;
        spam.displayTags = {u"FreeGiftCard"_s, u"免费领取"_s, u"GiftCardGiveaway"_s};
        spam.tagProbability = {0.95, 0.6, 0.6};
        spam.platforms = {u"tiktok"_s};
        spam.postsPerWindow.assign(size_t(b) + 1, 0);
        spam.postsPerWindow.back() = scaled(n, 0.0015, 30);
        spam.shape = WindowShape::Burst;
        spam.ownCreators = 1;
        spam.ownRegions = {u"US"_s, u"GB"_s, u"CA"_s}; // VPN hopping: regions pass, creators do not
        spam.mustFail = {u"creator_diversity"_s, u"unique_creators"_s};
        spam.why = u"one creator's spam burst: many posts, one account"_s;
        items.push_back(std::move(spam));
    }
    {
        // A local festival: enough creators and posts, but one region and one platform.
        PlantedItem tiny;
        tiny.name = u"tiny_local_burst"_s;
        tiny.kind = u"tiny_burst"_s;
        tiny.displayTags = {u"洱海音乐节"_s, u"ErhaiFest"_s, u"大理周末"_s};
        tiny.tagProbability = {1.0, 0.5, 0.5}; // a clear lead tag: no anchor tie
        tiny.platforms = {u"douyin"_s};
        tiny.postsPerWindow.assign(size_t(b) + 1, 0);
        tiny.postsPerWindow.back() = 10;
        tiny.shape = WindowShape::Local;
        tiny.ownCreators = 6;
        tiny.ownRegions = {u"CN-YN"_s};
        tiny.mustFail = {u"regions"_s};
        // λ = 1, 10 posts: raw significance ≈ 7, so it fails too once > 10^4 clusters are tested.
        tiny.mayFail = {u"significance"_s};
        tiny.why = u"a tiny burst in one region (6 creators, 10 posts, all in CN-YN)"_s;
        items.push_back(std::move(tiny));
    }
    {
        // A big evergreen tag: as many posts in every window, so growth ≈ 1.
        PlantedItem steady;
        steady.name = u"steady_high_volume"_s;
        steady.kind = u"steady"_s;
        steady.displayTags = {u"DailyOutfit"_s, u"每日穿搭"_s, u"OutfitCheck"_s};
        steady.tagProbability = {0.9, 0.5, 0.5};
        steady.platforms = {u"tiktok"_s, u"xiaohongshu"_s, u"douyin"_s, u"instagram"_s, u"weibo"_s, u"x"_s};
        for (int w = 0; w <= b; ++w)
            steady.postsPerWindow.push_back(scaled(n, 0.003 * windowVolume[size_t(w)], 40));
        steady.shape = WindowShape::Uniform;
        steady.mustFail = {u"growth"_s};
        steady.mayFail = {u"significance"_s};
        steady.why = u"a steady high-volume tag: the same volume in every window"_s;
        items.push_back(std::move(steady));
    }
    {
        // Peaked in the middle of the baseline, only a tail left now: growth far below 1.
        PlantedItem peaked;
        peaked.name = u"peaked_and_died"_s;
        peaked.kind = u"peaked"_s;
        peaked.displayTags = {u"LabubuHunt"_s, u"拉布布"_s, u"BlindBoxUnboxing"_s, u"盲盒开箱"_s};
        peaked.tagProbability = {0.95, 0.6, 0.5, 0.5};
        peaked.platforms = {u"xiaohongshu"_s, u"douyin"_s, u"tiktok"_s, u"instagram"_s};
        const qint64 total = scaled(n, 0.006, 300);
        const qint64 tail = std::max<qint64>(12, total / 20);
        const double peakAt = (b - 1) / 2.0;
        std::vector<double> weight;
        double weightSum = 0;
        for (int w = 0; w < b; ++w) {
            weight.push_back(std::exp(-(w - peakAt) * (w - peakAt)));
            weightSum += weight.back();
        }
        for (int w = 0; w < b; ++w)
            peaked.postsPerWindow.push_back(qint64(std::llround(double(total - tail) * weight[size_t(w)] / weightSum)));
        peaked.postsPerWindow.push_back(tail);
        peaked.shape = WindowShape::Uniform;
        peaked.mustFail = {u"growth"_s};
        peaked.mayFail = {u"significance"_s};
        peaked.why = u"a trend that already peaked and died: big in the baseline, a small tail now"_s;
        items.push_back(std::move(peaked));
    }
    return items;
}
