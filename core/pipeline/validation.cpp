#include "core/pipeline/validation.h"

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

void validateCluster(ClusterResult &c, const PipelineParams &params, std::vector<Decision> &log)
{
    struct Rule
    {
        QString name;
        QString key;
        double value;
        double threshold;
    };
    const Rule rules[] = {
        {u"unique_creators"_s, u"validation.min_creators"_s, double(c.uniqueCreators), double(params.minCreators)},
        {u"creator_diversity"_s, u"validation.min_creator_diversity"_s, c.creatorDiversity, params.minCreatorDiversity},
        {u"regions"_s, u"validation.min_regions"_s, double(c.regions.size()), double(params.minRegions)},
        {u"platforms"_s, u"validation.min_platforms"_s, double(c.platforms.size()), double(params.minPlatforms)},
        {u"growth"_s, u"validation.min_growth"_s, c.growth, params.minGrowth},
        {u"significance"_s, u"validation.min_significance"_s, c.significance, params.minSignificance},
    };
    const QString subject = u"cluster:"_s + c.trendId;
    c.isTrend = true;
    for (const Rule &r : rules) {
        const bool passed = r.value >= r.threshold;
        c.isTrend = c.isTrend && passed;
        c.checks.append(ValidationCheck{r.name, r.value, r.threshold, passed});
        decisions::add(log, decisions::kStageValidation, subject, r.key,
                       QJsonObject{{u"check"_s, r.name}, {u"value"_s, r.value}, {u"threshold"_s, r.threshold}},
                       passed ? decisions::kPassed : decisions::kFailed,
                       r.name + u" ≥ "_s + r.key + u": "_s + numbertext::exact(r.value)
                           + (passed ? u" ≥ "_s : u" < "_s) + numbertext::exact(r.threshold)
                           + (passed ? u", passed"_s : u", failed"_s));
    }
}
