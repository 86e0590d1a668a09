#include "core/pipeline/validation.h"

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

ClusterValidator::ClusterValidator(const PipelineParams &params)
    : m_params(params), m_values{u"check"_s, u"value"_s, u"threshold"_s}
{
}

void ClusterValidator::validate(ClusterResult &c, std::vector<Decision> &log) const
{
    struct Rule
    {
        QString name;
        QString key;
        double value;
        double threshold;
    };
    const Rule rules[] = {
        {u"unique_creators"_s, u"validation.min_creators"_s, double(c.uniqueCreators), double(m_params.minCreators)},
        {u"creator_diversity"_s, u"validation.min_creator_diversity"_s, c.creatorDiversity,
         m_params.minCreatorDiversity},
        {u"regions"_s, u"validation.min_regions"_s, double(c.regions.size()), double(m_params.minRegions)},
        {u"platforms"_s, u"validation.min_platforms"_s, double(c.platforms.size()), double(m_params.minPlatforms)},
        {u"growth"_s, u"validation.min_growth"_s, c.growth, m_params.minGrowth},
        {u"significance"_s, u"validation.min_significance"_s, c.significance, m_params.minSignificance},
    };
    const QString subject = u"cluster:"_s + c.trendId;
    c.isTrend = true;
    c.checks.reserve(6);
    for (const Rule &r : rules) {
        const bool passed = r.value >= r.threshold;
        c.isTrend = c.isTrend && passed;
        c.checks.append(ValidationCheck{r.name, r.value, r.threshold, passed});
        decisions::add(log, decisions::kStageValidation, subject, r.key, m_values.make({r.name, r.value, r.threshold}),
                       passed ? decisions::kPassed : decisions::kFailed,
                       r.name + u" ≥ "_s + r.key + u": "_s + numbertext::exact(r.value)
                           + (passed ? u" ≥ "_s : u" < "_s) + numbertext::exact(r.threshold)
                           + (passed ? u", passed"_s : u", failed"_s));
    }
}
