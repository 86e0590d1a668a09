#include "tests/ui/runfixture.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace uifixture {

static ValidationCheck check(const QString &name, double value, double threshold)
{
    return ValidationCheck{name, value, threshold, value >= threshold, {}};
}

static ClusterResult cluster(const QString &anchor, QStringList tags, int rank, const QString &urgency, double growth)
{
    ClusterResult c;
    c.trendId = u"t-"_s + anchor;
    c.anchor = anchor;
    c.hashtags = tags;
    QStringList title;
    for (const QString &t : tags.mid(0, 3))
        title.append(u"#"_s + t);
    c.title = title.join(u' ');
    c.posts = 40;
    c.uniqueCreators = 37;
    c.platforms = {u"tiktok"_s, u"xiaohongshu"_s};
    c.regions = {u"CN"_s, u"JP"_s, u"US"_s};
    c.engagementSum = 41414;
    c.firstSeenMs = 1748700000000;
    c.lastSeenMs = 1748736000000;
    c.engagementRate = 0.05;
    c.hoursSinceFirstSeen = 10;
    c.velocity = 4141.4;
    c.creatorDiversity = 37.0 / 40.0;
    c.baselineCounts = {9, 10, 11};
    c.baselineAdjusted = {qQNaN(), 10, 11}; // the oldest baseline window is uncovered (see makeRun)
    c.coveredBaselineWindows = 2;
    c.lifecycle = growth > 1.5 ? u"rising"_s : u"steady"_s;
    c.baselineMean = 10;
    c.baselineStd = 0.816;
    c.growth = growth;
    c.surgeZ = 9.5;
    c.significance = 12.3;
    c.health = 0.87;
    c.confidence = 0.9;
    c.crossPlatform = true;
    c.checks = {check(u"unique_creators"_s, 37, 5), check(u"creator_diversity"_s, c.creatorDiversity, 0.5),
                check(u"regions"_s, 3, 2), check(u"platforms"_s, 2, 1), check(u"growth"_s, growth, 1.5),
                check(u"significance"_s, 12.3, 3)};
    c.isTrend = rank > 0;
    c.rank = rank;
    c.urgency = c.isTrend ? urgency : QString();
    if (c.isTrend) {
        c.insight = u"#"_s + anchor + u" posts grew "_s + QString::number(growth) + u"× over baseline"_s;
        c.recommendation = u"Brief the team today."_s;
    }
    for (int i = 1; i < tags.size(); ++i)
        c.edges.append(ClusterEdge{qMin(tags[0], tags[i]), qMax(tags[0], tags[i]), 12, 0.65});
    FormulaTrace velocity;
    velocity.name = u"velocity"_s;
    velocity.formula = u"velocity = Σ engagement / hours_since_first_seen"_s;
    velocity.inputs = QJsonObject{{u"engagement_sum"_s, 41414}, {u"hours_since_first_seen"_s, 10}};
    velocity.result = 4141.4;
    FormulaTrace growthF;
    growthF.name = u"growth"_s;
    growthF.formula = u"growth = (posts in window + 1) / (μ + 1)"_s;
    growthF.inputs = QJsonObject{{u"posts_in_window"_s, 40}, {u"baseline_mean"_s, 10}};
    growthF.result = growth;
    FormulaTrace rate;
    rate.name = u"engagement_rate"_s;
    rate.formula = u"engagement_rate = Σ(likes + comments + shares) / Σ views"_s;
    rate.inputs = QJsonObject{{u"engagement_sum"_s, 41414}, {u"views_sum"_s, 828280}};
    rate.result = 0.05;
    c.formulas = {velocity, growthF, rate};
    TopPost p;
    p.platform = u"tiktok"_s;
    p.postId = u"p1"_s;
    p.creatorId = u"c1"_s;
    p.creatorName = u"leafandfoam"_s;
    p.text = u"iced #"_s + anchor;
    p.url = u"https://example.com/p1"_s;
    p.likes = 18400;
    p.engagement = 18900;
    p.views = 200000;
    p.createdAtMs = 1748730000000;
    TopPost q = p;
    q.platform = u"xiaohongshu"_s;
    q.postId = u"p2"_s;
    q.creatorName = u"茶茶今天喝什么"_s;
    q.views.reset();
    q.likes = 12000;
    q.engagement = 12500;
    c.topPosts = {p, q};
    for (int h = 0; h < 96; ++h) {
        c.hourlyPosts.append(h < 72 ? (h % 3 == 0 ? 1 : 0) : (h - 70) / 2);
        c.hourlyEngagement.append(c.hourlyPosts.last() * 1000);
    }
    return c;
}

RunResult makeRun()
{
    RunResult run;
    run.runId = u"run-1"_s;
    run.asOfMs = 1748736000000;
    run.params.asOfMs = run.asOfMs;
    run.windowStartMs = run.asOfMs - 24 * 3600 * 1000LL;
    run.baselineStartMs = run.asOfMs - 96 * 3600 * 1000LL;
    run.postsInWindow = 500;
    run.baselineWindows = {BaselineWindow{3, run.asOfMs - 96 * 3600 * 1000LL, run.asOfMs - 72 * 3600 * 1000LL, 60, false},
                           BaselineWindow{2, run.asOfMs - 72 * 3600 * 1000LL, run.asOfMs - 48 * 3600 * 1000LL, 480, true},
                           BaselineWindow{1, run.asOfMs - 48 * 3600 * 1000LL, run.asOfMs - 24 * 3600 * 1000LL, 510, true}};
    run.clusters = {cluster(u"matchalatte"_s, {u"matchalatte"_s, u"抹茶拿铁"_s, u"icedmatcha"_s}, 1, u"act_now"_s, 4.2),
                    cluster(u"blokecore"_s, {u"blokecore"_s, u"足球风穿搭"_s}, 2, u"prepare"_s, 2.6),
                    cluster(u"slowtopic"_s, {u"slowtopic"_s}, 0, QString(), 1.1)};
    run.clusters[1].platforms = {u"douyin"_s};
    run.clusters[1].regions = {u"GB"_s, u"CN"_s};
    const auto add = [&](const QString &stage, const QString &subject, const QString &outcome, const QString &msg) {
        run.decisions.push_back(Decision{stage, subject, u"rule"_s, QJsonObject{{u"v"_s, 1}}, outcome, msg});
    };
    add(u"hashtag_stats"_s, u"tag:fyp"_s, u"dropped"_s, u"fyp is in clustering.stoplist"_s);
    add(u"hashtag_stats"_s, u"tag:rare"_s, u"dropped"_s, u"rare has 1 post < clustering.min_posts 3"_s);
    add(u"clustering"_s, u"edge:icedmatcha|matchalatte"_s, u"kept"_s, u"co 12 ≥ 2, J 0.65 ≥ 0.2"_s);
    add(u"clustering"_s, u"edge:matchalatte|抹茶拿铁"_s, u"kept"_s, u"co 12 ≥ 2, J 0.65 ≥ 0.2"_s);
    add(u"clustering"_s, u"cluster:t-matchalatte"_s, u"formed"_s, u"cluster formed around #matchalatte"_s);
    add(u"clustering"_s, u"cluster:t-blokecore"_s, u"formed"_s, u"cluster formed around #blokecore"_s);
    add(u"clustering"_s, u"cluster:t-slowtopic"_s, u"formed"_s, u"cluster formed around #slowtopic"_s);
    add(u"validation"_s, u"cluster:t-matchalatte"_s, u"passed"_s, u"growth 4.2 ≥ 1.5"_s);
    add(u"validation"_s, u"cluster:t-slowtopic"_s, u"failed"_s, u"growth 1.1 < 1.5"_s);
    add(u"tiles"_s, u"cluster:t-matchalatte"_s, u"chosen"_s, u"urgency act_now: growth 4.2 ≥ 3"_s);
    add(u"tiles"_s, u"cluster:t-blokecore"_s, u"chosen"_s, u"urgency prepare: growth 2.6 ≥ 2"_s);
    add(u"window"_s, u"run"_s, u"computed"_s, u"500 posts in window"_s);
    return run;
}

Dataset makeDataset(int posts)
{
    Dataset d;
    d.platforms = {u"tiktok"_s, u"douyin"_s};
    d.creators = {u"a"_s, u"b"_s, u"c"_s};
    d.creatorNames = {QString(), QString(), QString()};
    d.regions = {u"CN"_s, u"US"_s};
    d.tags = {u"matcha"_s, u"抹茶"_s, u"coffee"_s};
    for (int i = 0; i < posts; ++i) {
        DatasetPost p;
        p.rowId = i + 1;
        p.createdAtMs = 1748736000000 - qint64(i) * 60000;
        p.likes = i % 100;
        p.platform = i % 2;
        p.creator = i % 3;
        p.region = i % 2;
        p.tagBegin = std::uint32_t(d.postTags.size());
        p.tagCount = 1;
        d.postTags.push_back(i % 3);
        d.posts.push_back(p);
        d.postIds.append(QString::number(i));
    }
    d.newestCreatedAtMs = 1748736000000;
    return d;
}

} // namespace uifixture
