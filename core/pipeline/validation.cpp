#include "core/pipeline/validation.h"

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

namespace {

const QString kChecks[] = {u"unique_creators"_s, u"creator_diversity"_s, u"regions"_s,
                           u"platforms"_s,       u"growth"_s,            u"significance"_s};

} // namespace

ClusterValidator::ClusterValidator(const PipelineParams &params) : m_params(params)
{
    for (const QString &check : kChecks)
        m_values.push_back(JsonTemplate({u"check"_s, u"value"_s, u"threshold"_s}, {check}));
    m_shared.resize(4);
}

void ClusterValidator::validate(ClusterResult &c, std::vector<Decision> &log)
{
    struct Rule
    {
        QString name;
        QString key;
        double value;
        double threshold;
    };
    const Rule rules[] = {
        {kChecks[0], u"validation.min_creators"_s, double(c.uniqueCreators), double(m_params.minCreators)},
        {kChecks[1], u"validation.min_creator_diversity"_s, c.creatorDiversity,
         m_params.minCreatorDiversity},
        {kChecks[2], u"validation.min_regions"_s, double(c.regions.size()), double(m_params.minRegions)},
        {kChecks[3], u"validation.min_platforms"_s, double(c.platforms.size()), double(m_params.minPlatforms)},
        {kChecks[4], u"validation.min_growth"_s, c.growth, m_params.minGrowth},
        {kChecks[5], u"validation.min_significance"_s, c.significance, m_params.minSignificance},
    };
    const QString subject = u"cluster:"_s + c.trendId;
    c.isTrend = true;
    c.checks.reserve(6);
    std::size_t n = 0;
    for (const Rule &r : rules) {
        const bool passed = r.value >= r.threshold;
        c.isTrend = c.isTrend && passed;
        c.checks.append(ValidationCheck{r.name, r.value, r.threshold, passed});
        auto message = [&]() -> QString {
            return r.name + u" ≥ "_s + r.key + u": "_s + numbertext::exact(r.value) + (passed ? u" ≥ "_s : u" < "_s)
                   + numbertext::exact(r.threshold) + (passed ? u", passed"_s : u", failed"_s);
        };
        const std::size_t check = n++;
        auto values = [&] { return m_values[check].make({QJsonValue(QJsonValue::Undefined), r.value, r.threshold}); };
        const QString &outcome = passed ? decisions::kPassed : decisions::kFailed;
        if (check < m_shared.size() && m_shared[check].size() < 4096) {
            auto it = m_shared[check].find(r.value);
            if (it == m_shared[check].end())
                it = m_shared[check].emplace(r.value, Shared{values(), message()}).first;
            decisions::add(log, decisions::kStageValidation, subject, r.key, it->second.values, outcome,
                           it->second.message);
        } else {
            decisions::add(log, decisions::kStageValidation, subject, r.key, values(), outcome, message());
        }
    }
}
