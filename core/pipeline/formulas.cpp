#include "core/pipeline/formulas.h"

#include <algorithm>
#include <cmath>

#include "core/pipeline/binomial.h"

using namespace Qt::StringLiterals;

namespace formulas {

std::optional<double> engagementRate(double engagementOfPostsWithViews, double viewsSum)
{
    if (viewsSum <= 0)
        return std::nullopt;
    return engagementOfPostsWithViews / viewsSum;
}

double hoursSinceFirstSeen(qint64 asOfMs, qint64 firstSeenMs)
{
    return std::max(1.0, double(asOfMs - firstSeenMs) / 3'600'000.0);
}

double velocity(double engagementSum, double hoursSinceFirstSeen)
{
    return engagementSum / hoursSinceFirstSeen;
}

double creatorDiversity(int uniqueCreators, int posts)
{
    return posts > 0 ? double(uniqueCreators) / double(posts) : 0.0;
}

bool baselineCovered(qint64 volumeK, qint64 volume0, double minCoverage)
{
    return volumeK > 0 && double(volumeK) >= minCoverage * double(volume0);
}

double adjustedCount(qint64 countK, qint64 volume0, qint64 volumeK, bool normalizeVolume)
{
    if (!normalizeVolume || volumeK <= 0)
        return double(countK);
    return double(countK) * double(volume0) / double(volumeK);
}

std::optional<BaselineStats> baselineStats(const QList<double> &coveredAdjusted)
{
    if (coveredAdjusted.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const double a : coveredAdjusted)
        sum += a;
    const double mean = sum / double(coveredAdjusted.size());
    double squares = 0;
    for (const double a : coveredAdjusted)
        squares += (a - mean) * (a - mean);
    return BaselineStats{mean, std::sqrt(squares / double(coveredAdjusted.size()))};
}

double growth(int postsInWindow, double mu)
{
    return (postsInWindow + 1.0) / (mu + 1.0);
}

double surgeZ(int postsInWindow, double mu, double sigma)
{
    return (postsInWindow - mu) / std::max({sigma, std::sqrt(mu), 1.0});
}

Significance significance(int postsInWindow, qint64 coveredCounts, qint64 volume0, qint64 volumeCovered,
                          int clustersTested)
{
    Significance s;
    s.trials = qint64(postsInWindow) + coveredCounts;
    s.p0 = double(volume0) / (double(volume0) + double(volumeCovered));
    const double lnTail = logBinomialUpperTail(postsInWindow, s.trials, s.p0);
    s.log10Tail = lnTail / std::log(10.0);
    const double lnCorrected = lnTail + std::log(double(std::max(clustersTested, 1)));
    s.clamped = lnCorrected > 0;
    s.value = s.clamped ? 0.0 : -lnCorrected / std::log(10.0);
    return s;
}

QString lifecycle(int postsInWindow, const QList<double> &coveredAdjusted, std::optional<double> mu)
{
    if (coveredAdjusted.isEmpty() || !mu || *mu == 0)
        return u"new"_s;
    for (const double a : coveredAdjusted) {
        if (a > double(postsInWindow))
            return u"peaked"_s;
    }
    if (double(postsInWindow) > coveredAdjusted.last())
        return u"rising"_s;
    return u"steady"_s;
}

Health health(double creatorDiversity, std::optional<double> engagementRate, double velocity,
              const PipelineParams &params)
{
    auto capped = [](double value, double target) { return target > 0 ? std::min(1.0, value / target) : 1.0; };
    Health h;
    h.weightDiversity = params.healthWeightDiversity;
    h.weightEngagement = params.healthWeightEngagement;
    h.weightVelocity = params.healthWeightVelocity;
    double engagementTerm = 0;
    if (engagementRate) {
        engagementTerm = capped(*engagementRate, params.engagementRateTarget);
    } else {
        const double rest = h.weightDiversity + h.weightVelocity;
        h.rescaled = true;
        h.weightEngagement = 0;
        h.weightDiversity = rest > 0 ? h.weightDiversity / rest : 0;
        h.weightVelocity = rest > 0 ? h.weightVelocity / rest : 0;
    }
    h.value = h.weightDiversity * creatorDiversity + h.weightEngagement * engagementTerm
              + h.weightVelocity * capped(velocity, params.velocityTarget);
    return h;
}

double confidence(int uniqueCreators, int regions, const PipelineParams &params)
{
    auto capped = [](double value, double target) { return target > 0 ? std::min(1.0, value / target) : 1.0; };
    return params.confidenceWeightCreators * capped(uniqueCreators, params.creatorTarget)
           + params.confidenceWeightRegions * capped(regions, params.regionTarget);
}

bool crossPlatform(int platforms)
{
    return platforms >= 2;
}

double jaccard(int cooccurrence, int postsA, int postsB)
{
    const int unionSize = postsA + postsB - cooccurrence;
    return unionSize > 0 ? double(cooccurrence) / double(unionSize) : 0.0;
}

QString urgency(double growth, double confidence, const PipelineParams &params)
{
    if (growth >= params.actNowGrowth && confidence >= params.actNowConfidence)
        return u"act_now"_s;
    if (growth >= params.prepareGrowth)
        return u"prepare"_s;
    return u"monitor"_s;
}

bool ranksBefore(double healthA, double confidenceA, double velocityA, const QString &anchorA, double healthB,
                 double confidenceB, double velocityB, const QString &anchorB)
{
    const double scoreA = healthA * confidenceA;
    const double scoreB = healthB * confidenceB;
    if (scoreA != scoreB)
        return scoreA > scoreB;
    if (velocityA != velocityB)
        return velocityA > velocityB;
    return anchorA < anchorB;
}

} // namespace formulas
