#include "ui/runsnapshot.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RunSnapshot RunSnapshot::make(RunResult run, std::shared_ptr<const Dataset> dataset)
{
    RunSnapshot s;
    s.decisionsBySubject = std::make_shared<const DecisionIndex>(run.decisions);
    s.run = std::make_shared<const RunResult>(std::move(run));
    s.dataset = std::move(dataset);
    return s;
}

std::vector<int> RunSnapshot::decisionsFor(const ClusterResult &cluster) const
{
    std::vector<int> out;
    if (!decisionsBySubject || !run)
        return out;
    const auto add = [&](const QString &subject) { decisionsBySubject->appendTo(run->decisions, subject, out); };
    add(u"cluster:"_s + cluster.trendId);
    add(u"trend:"_s + cluster.trendId);
    for (const QString &tag : cluster.hashtags)
        add(u"tag:"_s + tag);
    for (const ClusterEdge &edge : cluster.edges)
        add(u"edge:"_s + edge.a + u'|' + edge.b);
    // Log order is the order the pipeline decided in, which is the order the analyst reads.
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const ClusterResult *RunSnapshot::findCluster(const QString &trendId) const
{
    if (!run || trendId.isEmpty())
        return nullptr;
    for (const ClusterResult &c : run->clusters) {
        if (c.trendId == trendId)
            return &c;
    }
    return nullptr;
}
