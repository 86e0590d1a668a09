#include "core/pipeline/validation.h"

#include "core/pipeline/decisions.h"
#include "core/pipeline/numbertext.h"

using namespace Qt::StringLiterals;

namespace {

const QString kNoBaselineData = u"no baseline data"_s;

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
        std::optional<double> value;
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
        const std::size_t check = n++;
        if (!r.value) {
            // SPEC section 3: an undefined value fails its check; without a covered baseline window the reason is
            // "no baseline data".
            c.isTrend = false;
            c.checks.append(ValidationCheck{r.name, std::nullopt, r.threshold, false, kNoBaselineData});
            decisions::add(log, decisions::kStageValidation, subject, r.key,
                           m_values[check].make({QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null),
                                                 r.threshold}),
                           decisions::kFailed,
                           r.name + u" ≥ "_s + r.key + u": undefined, failed: "_s + kNoBaselineData);
            continue;
        }
        const double value = *r.value;
        const bool passed = value >= r.threshold;
        c.isTrend = c.isTrend && passed;
        c.checks.append(ValidationCheck{r.name, value, r.threshold, passed, QString()});
        auto message = [&]() -> QString {
            return r.name + u" ≥ "_s + r.key + u": "_s + numbertext::against(value, r.threshold)
                   + (passed ? u" ≥ "_s : u" < "_s) + numbertext::against(r.threshold, value)
                   + (passed ? u", passed"_s : u", failed"_s);
        };
        auto values = [&] { return m_values[check].make({QJsonValue(QJsonValue::Undefined), value, r.threshold}); };
        const QString &outcome = passed ? decisions::kPassed : decisions::kFailed;
        if (check < m_shared.size() && m_shared[check].size() < 4096) {
            auto it = m_shared[check].find(value);
            if (it == m_shared[check].end())
                it = m_shared[check].emplace(value, Shared{values(), message()}).first;
            decisions::add(log, decisions::kStageValidation, subject, r.key, it->second.values, outcome,
                           it->second.message);
        } else {
            decisions::add(log, decisions::kStageValidation, subject, r.key, values(), outcome, message());
        }
    }
}
