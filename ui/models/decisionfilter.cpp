#include "ui/models/decisionfilter.h"

bool DecisionFilter::matches(const Decision &d) const
{
    if (!stage.isEmpty() && d.stage != stage)
        return false;
    if (!outcome.isEmpty() && d.outcome != outcome)
        return false;
    if (!subject.isEmpty() && !d.subject.startsWith(subject, Qt::CaseInsensitive))
        return false;
    if (!text.isEmpty() && !d.message.contains(text, Qt::CaseInsensitive)
        && !d.subject.contains(text, Qt::CaseInsensitive) && !d.rule.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

std::vector<int> DecisionFilter::apply(const RunResult &run) const
{
    std::vector<int> out;
    for (size_t i = 0; i < run.decisions.size(); ++i) {
        if (matches(run.decisions[i]))
            out.push_back(int(i));
    }
    return out;
}
