#include "tests/bench/datagen/truthjson.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QJsonArray>

#include "tests/bench/datagen/datagenerator.h"
#include "tests/bench/datagen/jsontext.h"

using namespace Qt::StringLiterals;

namespace truthjson {

double poissonTailMinusLog10(qint64 k, double lambda)
{
    if (double(k) <= lambda)
        return 0.0;
    // log P(X = i) = i ln λ − λ − ln i!; the terms fall fast beyond k > λ, so sum until negligible.
    const double logLambda = std::log(lambda);
    double first = double(k) * logLambda - lambda - std::lgamma(double(k) + 1.0);
    double sum = 1.0; // relative to the first term
    double term = 1.0;
    for (qint64 i = k + 1; i < k + 100000; ++i) {
        term *= lambda / double(i);
        sum += term;
        if (term < 1e-17 * sum)
            break;
    }
    return -(first + std::log(sum)) / std::log(10.0);
}

namespace {

QJsonArray sortedArray(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QString iso(qint64 ms)
{
    return QString::fromLatin1(jsontext::isoTime(ms, 0, true));
}

QJsonObject itemJson(const PlantedItem &item, const PlantedTally &tally, int baselineWindows)
{
    QJsonObject o;
    o[u"name"_s] = item.name;
    o[u"kind"_s] = item.kind;

    // The anchor as SPEC section 3 defines it: the tag with most posts in the window, ties lexicographic.
    QString anchor;
    qint64 best = -1;
    QJsonObject tagPosts;
    QStringList tags;
    for (const QString &display : item.displayTags) {
        const QString tag = display.toLower();
        tags.append(tag);
        const qint64 n = tally.tagPostsInWindow.value(tag);
        tagPosts[tag] = n;
        if (n > best || (n == best && tag < anchor)) {
            best = n;
            anchor = tag;
        }
    }
    o[u"anchor"_s] = anchor;
    o[u"tags"_s] = QJsonArray::fromStringList(tags);
    o[u"tag_posts_in_window"_s] = tagPosts;
    o[u"spellings"_s] = QJsonArray::fromStringList(item.displayTags);

    const qint64 inWindow = tally.postsPerWindow[size_t(baselineWindows)];
    QJsonArray baseline;
    double mean = 0;
    for (int w = 0; w < baselineWindows; ++w) {
        baseline.append(tally.postsPerWindow[size_t(w)]);
        mean += double(tally.postsPerWindow[size_t(w)]);
    }
    mean /= baselineWindows;
    o[u"posts_in_window"_s] = inWindow;
    o[u"baseline_counts"_s] = baseline;
    o[u"platforms"_s] = sortedArray(tally.platforms);
    o[u"regions"_s] = sortedArray(tally.regions);
    o[u"unique_creators"_s] = qint64(tally.creators.size());
    o[u"creator_diversity"_s] = inWindow > 0 ? double(tally.creators.size()) / double(inWindow) : 0.0;
    o[u"growth"_s] = (double(inWindow) + 1.0) / (mean + 1.0);
    // Without the Bonferroni term: the run's significance is this minus log10(clusters tested), so
    // it passes 3.0 as long as fewer than 10^(this − 3) clusters are tested.
    const double raw = poissonTailMinusLog10(inWindow, std::max(mean, 1.0));
    o[u"significance_uncorrected"_s] = raw;
    o[u"passes_significance_up_to_clusters"_s] = raw > 3.0 ? std::pow(10.0, std::min(raw - 3.0, 300.0)) : 0.0;
    o[u"engagement_in_window"_s] = tally.engagementInWindow;
    if (!item.mustFail.isEmpty()) {
        o[u"check"_s] = item.mustFail.first();
        o[u"must_fail"_s] = QJsonArray::fromStringList(item.mustFail);
        o[u"may_fail"_s] = QJsonArray::fromStringList(item.mayFail);
    }
    o[u"why"_s] = item.why;
    return o;
}

} // namespace

QJsonObject build(const DataGenerator &generator, const QString &dataFile)
{
    const GeneratorConfig &config = generator.config();
    const GeneratorStats &stats = generator.stats();
    const qint64 windowMs = qint64(config.windowHours) * 3600 * 1000;

    QJsonObject truth;
    truth[u"generator"_s] = u"gt_datagen"_s;
    truth[u"truth_version"_s] = 1;
    truth[u"data_file"_s] = QFileInfo(dataFile).fileName();
    truth[u"format"_s] = config.format;
    truth[u"seed"_s] = QString::number(config.seed);
    truth[u"posts"_s] = config.posts;
    truth[u"lines"_s] = stats.lines;
    truth[u"as_of"_s] = iso(config.asOfMs);
    truth[u"as_of_ms"_s] = config.asOfMs;
    truth[u"window_hours"_s] = config.windowHours;
    truth[u"baseline_windows"_s] = config.baselineWindows;
    truth[u"window"_s] = QJsonObject{{u"start_exclusive"_s, iso(config.asOfMs - windowMs)},
                                    {u"end_inclusive"_s, iso(config.asOfMs)},
                                    {u"baseline_start_exclusive"_s,
                                     iso(config.asOfMs - windowMs * (config.baselineWindows + 1))}};
    truth[u"assumed_params"_s] = QJsonObject{
        {u"window.hours"_s, config.windowHours},      {u"window.baseline_windows"_s, config.baselineWindows},
        {u"clustering.min_posts"_s, 3},               {u"clustering.min_cooccurrence"_s, 2},
        {u"clustering.min_jaccard"_s, 0.2},           {u"clustering.max_tags"_s, 12},
        {u"validation.min_creators"_s, 5},            {u"validation.min_creator_diversity"_s, 0.5},
        {u"validation.min_regions"_s, 2},             {u"validation.min_platforms"_s, 1},
        {u"validation.min_growth"_s, 1.5},            {u"validation.min_significance"_s, 3.0},
        {u"clustering.stoplist"_s, u"SPEC default"_s}};

    QJsonArray volume;
    for (const double v : generator.windowVolume())
        volume.append(v);
    QJsonArray perWindow;
    for (const qint64 n : stats.backgroundPerWindow)
        perWindow.append(n);
    QJsonObject platforms;
    for (auto it = stats.perPlatform.cbegin(); it != stats.perPlatform.cend(); ++it)
        platforms[it.key()] = it.value();
    QJsonObject timeStyles;
    for (auto it = stats.perTimeStyle.cbegin(); it != stats.perTimeStyle.cend(); ++it)
        timeStyles[it.key()] = it.value();
    truth[u"background"_s] = QJsonObject{
        {u"posts"_s, stats.backgroundPosts},
        {u"posts_per_window"_s, perWindow},
        {u"window_volume"_s, volume},
        {u"tag_families"_s, generator.vocabulary().familyCount()},
        {u"family_tags"_s, generator.vocabulary().tagCount()},
        {u"posts_without_hashtags"_s, stats.withoutHashtags},
        {u"rare_tag_uses"_s, stats.rareTags},
        {u"expected"_s, u"no background cluster is a trend: growth < 1.5 or significance < 3"_s}};
    truth[u"file_stats"_s] = QJsonObject{{u"bytes"_s, stats.bytes},
                                        {u"duplicate_lines"_s, stats.duplicates},
                                        {u"hashtags_in_text_only"_s, stats.hashtagsInTextOnly},
                                        {u"unknown_views"_s, stats.unknownViews},
                                        {u"string_counts"_s, stats.stringCounts},
                                        {u"stoplist_tag_uses"_s, stats.stoplistTags},
                                        {u"per_platform"_s, platforms},
                                        {u"per_time_style"_s, timeStyles}};

    QJsonArray trends;
    QJsonArray decoys;
    for (size_t i = 0; i < generator.items().size(); ++i) {
        const PlantedItem &item = generator.items()[i];
        const QJsonObject o = itemJson(item, generator.tallies()[i], config.baselineWindows);
        if (item.kind == u"trend"_s)
            trends.append(o);
        else
            decoys.append(o);
    }
    truth[u"trends"_s] = trends;
    truth[u"decoys"_s] = decoys;
    return truth;
}

} // namespace truthjson
