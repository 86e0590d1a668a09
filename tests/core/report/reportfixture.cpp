#include "tests/core/report/reportfixture.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace reportfixture {
namespace {

constexpr qint64 kAsOf = 1748736000000; // 2025-06-01T00:00:00Z
constexpr qint64 kHour = 3600 * 1000;

QList<ValidationCheck> checks(int creators, double diversity, int regions, int platforms, double growth, double significance)
{
    return {{u"unique_creators"_s, double(creators), 5, creators >= 5, {}},
            {u"creator_diversity"_s, diversity, 0.5, diversity >= 0.5, {}},
            {u"regions"_s, double(regions), 2, regions >= 2, {}},
            {u"platforms"_s, double(platforms), 1, platforms >= 1, {}},
            {u"growth"_s, growth, 1.5, growth >= 1.5, {}},
            {u"significance"_s, significance, 3, significance >= 3, {}}};
}

QList<qint64> hourly(int baselineLevel, int peak)
{
    QList<qint64> out;
    for (int h = 0; h < 96; ++h)
        out.append(h < 72 ? baselineLevel + (h % 3 == 0 ? 1 : 0) : baselineLevel + (peak - baselineLevel) * (h - 71) / 24);
    return out;
}

TopPost post(qint64 row, const QString &platform, const QString &creatorName, const QString &text, qint64 likes,
             std::optional<qint64> views, const QString &region)
{
    TopPost p;
    p.rowId = row;
    p.platform = platform;
    p.postId = u"p"_s + QString::number(row);
    p.creatorId = u"c"_s + QString::number(row);
    p.creatorName = creatorName;
    p.text = text;
    p.url = u"https://example.com/"_s % platform % u"/"_s % QString::number(row);
    p.region = region;
    p.likes = likes;
    p.comments = likes / 20;
    p.shares = likes / 50;
    p.saves = likes / 10;
    p.views = views;
    p.engagement = p.likes + p.comments + p.shares;
    p.createdAtMs = kAsOf - row * kHour;
    return p;
}

} // namespace

RunResult threeTiles()
{
    RunResult run;
    run.runId = u"84"_s;
    run.asOfMs = kAsOf;
    run.params.asOfMs = kAsOf;
    run.windowStartMs = kAsOf - 24 * kHour;
    run.baselineStartMs = kAsOf - 96 * kHour;
    run.postsInWindow = 253670;
    run.durationMs = 84;
    // window 3 (the oldest) captured too little to count: 40,000 < 0.25 × 253,670
    run.baselineWindows = {BaselineWindow{3, kAsOf - 96 * kHour, kAsOf - 72 * kHour, 40000, false},
                           BaselineWindow{2, kAsOf - 72 * kHour, kAsOf - 48 * kHour, 220000, true},
                           BaselineWindow{1, kAsOf - 48 * kHour, kAsOf - 24 * kHour, 240000, true}};

    ClusterResult matcha;
    matcha.trendId = u"t-3f9a2c"_s;
    matcha.anchor = u"matchalatte"_s;
    matcha.title = u"#matchalatte #抹茶拿铁 #icedmatcha"_s;
    matcha.hashtags = {u"matchalatte"_s, u"抹茶拿铁"_s, u"icedmatcha"_s};
    matcha.edges = {{u"matchalatte"_s, u"抹茶拿铁"_s, 26, 0.65}, {u"icedmatcha"_s, u"matchalatte"_s, 16, 0.4}};
    matcha.posts = 42;
    matcha.uniqueCreators = 37;
    matcha.platforms = {u"tiktok"_s, u"xiaohongshu"_s, u"douyin"_s};
    matcha.regions = {u"CN-ZJ"_s, u"CN-SH"_s, u"US"_s, u"GB"_s, u"JP"_s, u"KR"_s};
    matcha.engagementSum = 41414;
    matcha.firstSeenMs = kAsOf - 7 * kHour - 42 * 60 * 1000;
    matcha.lastSeenMs = kAsOf - 5 * 60 * 1000;
    matcha.engagementRate = 0.123;
    matcha.hoursSinceFirstSeen = 7.7;
    matcha.velocity = 41414 / 7.7;
    matcha.creatorDiversity = 37.0 / 42.0;
    matcha.baselineCounts = {8, 9, 10};
    matcha.baselineAdjusted = {qQNaN(), 9, 10};
    matcha.coveredBaselineWindows = 2;
    matcha.lifecycle = u"rising"_s;
    matcha.baselineMean = 9;
    matcha.baselineStd = 0.816496580927726;
    matcha.growth = 4.3;
    matcha.surgeZ = 11;
    matcha.significance = 12.6;
    matcha.health = 0.96;
    matcha.confidence = 1;
    matcha.crossPlatform = true;
    matcha.checks = checks(37, 37.0 / 42.0, 6, 3, 4.3, 12.6);
    matcha.isTrend = true;
    matcha.rank = 1;
    matcha.urgency = u"act_now"_s;
    matcha.insight = u"#matchalatte posts grew 4.3× over baseline across 3 platforms and 6 regions, from 37 creators"_s;
    matcha.recommendation = u"Act now: brief creators and ship content within 24 hours."_s;
    matcha.formulas = {
        {u"engagement_rate"_s, u"engagement_rate = Σ(likes + comments + shares) / Σ views"_s,
         QJsonObject{{u"engagement_with_views"_s, 30000}, {u"views"_s, 243902}}, 0.123, {}},
        {u"velocity"_s, u"velocity = Σ engagement / hours_since_first_seen"_s,
         QJsonObject{{u"engagement_sum"_s, 41414}, {u"hours_since_first_seen"_s, 7.7}}, 41414 / 7.7, {}},
        {u"growth"_s, u"growth = (posts in window + 1) / (μ + 1)"_s, QJsonObject{{u"posts"_s, 42}, {u"mu"_s, 9}}, 4.3, {}},
    };
    matcha.topPosts = {post(1, u"xiaohongshu"_s, u"茶茶今天喝什么"_s, u"今天的 #抹茶拿铁 太好喝了！冰的更好喝，推荐给大家 #小红书 #日常"_s, 12000, std::nullopt, u"CN-ZJ"_s),
                       post(2, u"tiktok"_s, u"leafandfoam"_s, u"iced #matchalatte at home, 3 ingredients"_s, 18400, 240000, u"US"_s)};
    matcha.hourlyPosts = hourly(0, 6);
    matcha.hourlyEngagement = hourly(0, 6000);

    ClusterResult bloke;
    bloke.trendId = u"t-b10c3e"_s;
    bloke.anchor = u"blokecore"_s;
    bloke.title = u"#blokecore #footballshirt"_s;
    bloke.hashtags = {u"blokecore"_s, u"footballshirt"_s};
    bloke.edges = {{u"blokecore"_s, u"footballshirt"_s, 9, 0.45}};
    bloke.posts = 25;
    bloke.uniqueCreators = 22;
    bloke.platforms = {u"instagram"_s, u"x"_s};
    bloke.regions = {u"DE"_s, u"GB"_s};
    bloke.engagementSum = 5200;
    bloke.firstSeenMs = kAsOf - 20 * kHour;
    bloke.lastSeenMs = kAsOf - kHour;
    bloke.engagementRate = std::nullopt;
    bloke.hoursSinceFirstSeen = 20;
    bloke.velocity = 260;
    bloke.creatorDiversity = 0.88;
    bloke.baselineCounts = {7, 9, 8};
    bloke.baselineAdjusted = {qQNaN(), 9, 8};
    bloke.coveredBaselineWindows = 2;
    bloke.lifecycle = u"rising"_s;
    bloke.baselineMean = 8;
    bloke.baselineStd = 0.816496580927726;
    bloke.growth = 2.6;
    bloke.surgeZ = 6.01;
    bloke.significance = 4.25;
    bloke.health = 0.81;
    bloke.confidence = 0.7;
    bloke.crossPlatform = true;
    bloke.checks = checks(22, 0.88, 2, 2, 2.6, 4.25);
    bloke.isTrend = true;
    bloke.rank = 2;
    bloke.urgency = u"prepare"_s;
    bloke.insight = u"#blokecore grew 2.6×, mostly on \"match day\" posts"_s;
    bloke.recommendation = u"Prepare: line up creators, watch growth."_s;
    bloke.formulas = {{u"engagement_rate"_s, u"engagement_rate = Σ(likes + comments + shares) / Σ views"_s, QJsonObject{},
                       std::nullopt, u"undefined: no post with known views > 0; health rescales its other weights"_s}};
    QString longText = u"Sunday league fit #blokecore"_s;
    for (int i = 0; i < 40; ++i)
        longText += u" vintage kit and terrace jacket"_s;
    longText += u" END-OF-LONG-TEXT"_s;
    bloke.topPosts = {post(3, u"instagram"_s, u"kitbag"_s, longText, 3100, std::nullopt, u"GB"_s)};
    bloke.hourlyPosts = hourly(0, 2);

    ClusterResult cottage;
    cottage.trendId = u"t-c0771e"_s;
    cottage.anchor = u"cottagecore"_s;
    cottage.title = u"#cottagecore"_s;
    cottage.hashtags = {u"cottagecore"_s};
    cottage.posts = 12;
    cottage.uniqueCreators = 11;
    cottage.platforms = {u"tiktok"_s};
    cottage.regions = {u"FR"_s, u"US"_s};
    cottage.engagementSum = 900;
    cottage.firstSeenMs = kAsOf - 23 * kHour;
    cottage.lastSeenMs = kAsOf - 2 * kHour;
    cottage.engagementRate = 0.05;
    cottage.hoursSinceFirstSeen = 23;
    cottage.velocity = 39.1;
    cottage.creatorDiversity = 11.0 / 12.0;
    cottage.baselineCounts = {6, 7, 6};
    cottage.baselineAdjusted = {qQNaN(), 7, 6};
    cottage.coveredBaselineWindows = 2;
    cottage.lifecycle = u"steady"_s;
    cottage.baselineMean = 6.333;
    cottage.growth = 1.78;
    cottage.surgeZ = 2.2;
    cottage.significance = 3.1;
    cottage.health = 0.55;
    cottage.confidence = 0.49;
    cottage.checks = checks(11, 11.0 / 12.0, 2, 1, 1.78, 3.1);
    cottage.isTrend = true;
    cottage.rank = 3;
    cottage.urgency = u"monitor"_s;
    cottage.insight = u"#cottagecore posts grew 1.8× over baseline"_s;
    cottage.recommendation = u"Monitor."_s;

    ClusterResult noise;
    noise.trendId = u"t-n0153"_s;
    noise.anchor = u"noise"_s;
    noise.title = u"#noise"_s;
    noise.hashtags = {u"noise"_s};
    noise.posts = 3;
    noise.checks = checks(2, 0.66, 1, 1, 1.0, 0.1);

    run.clusters = {matcha, bloke, cottage, noise};
    return run;
}

} // namespace reportfixture
