#include "core/pipeline/tagnetworkbuilder.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "core/pipeline/decisions.h"

using namespace Qt::StringLiterals;

namespace {

const QString kEdgePrefix = u"edge:"_s;
const QString kMinJaccardRule = u"clustering.min_jaccard"_s;
const QString kMaxTagsRule = u"clustering.max_tags"_s;

/// "edge:A|B" → the node indices of A and B; a tag may itself hold '|', so every cut is tried.
std::pair<int, int> edgeEnds(const QString &subject, const QHash<QString, int> &index)
{
    const QStringView pair = QStringView(subject).mid(kEdgePrefix.size());
    for (qsizetype cut = pair.indexOf(u'|'); cut >= 0; cut = pair.indexOf(u'|', cut + 1)) {
        const int a = index.value(pair.left(cut).toString(), -1);
        const int b = index.value(pair.mid(cut + 1).toString(), -1);
        if (a >= 0 && b >= 0)
            return {a, b};
    }
    return {-1, -1};
}

Error mismatch(const QString &message)
{
    return Error{u"invalid_value"_s, message, {}};
}

} // namespace

Result<TagNetwork> buildTagNetwork(const RunResult &run, const std::vector<Decision> &decisions)
{
    TagNetwork net;
    net.runId = run.runId;
    net.asOfMs = run.asOfMs;
    net.windowHours = run.params.windowHours;
    for (qsizetype c = 0; c < run.clusters.size(); ++c) {
        const ClusterResult &cluster = run.clusters.at(c);
        for (qsizetype i = 0; i < cluster.hashtags.size(); ++i)
            net.nodes.append(NetworkNode{cluster.hashtags.at(i), cluster.displayTag(i), -1, cluster.trendId, int(c),
                                         cluster.isTrend, cluster.isTrend ? cluster.urgency : QString()});
    }
    std::sort(net.nodes.begin(), net.nodes.end(),
              [](const NetworkNode &x, const NetworkNode &y) { return x.tag < y.tag; });
    QHash<QString, int> index;
    index.reserve(net.nodes.size());
    for (qsizetype i = 0; i < net.nodes.size(); ++i)
        index.insert(net.nodes.at(i).tag, int(i));

    QSet<QString> dropped;
    std::vector<const Decision *> kept;
    for (const Decision &d : decisions) {
        if (d.stage != decisions::kStageClustering || !d.subject.startsWith(kEdgePrefix))
            continue;
        if (d.outcome == decisions::kKept && d.rule == kMinJaccardRule)
            kept.push_back(&d);
        else if (d.outcome == decisions::kDropped && d.rule == kMaxTagsRule)
            dropped.insert(d.subject);
    }
    net.edges.reserve(qsizetype(kept.size()));
    for (const Decision *d : kept) {
        const auto [a, b] = edgeEnds(d->subject, index);
        if (a < 0)
            return mismatch(
                u"the decision about %1 names a tag that is in no cluster of run %2"_s.arg(d->subject, run.runId));
        net.nodes[a].posts = d->values.value(u"posts_a"_s).toInt();
        net.nodes[b].posts = d->values.value(u"posts_b"_s).toInt();
        net.edges.append(NetworkEdge{std::min(a, b), std::max(a, b), d->values.value(u"cooccurrence"_s).toInt(),
                                     d->values.value(u"jaccard"_s).toDouble(), dropped.contains(d->subject)});
    }
    std::sort(net.edges.begin(), net.edges.end(), [](const NetworkEdge &x, const NetworkEdge &y) {
        return std::pair(x.source, x.target) < std::pair(y.source, y.target);
    });

    for (NetworkNode &node : net.nodes) {
        if (node.posts >= 0)
            continue;
        // No edge: a cluster of one, whose posts are the posts carrying its one tag.
        const ClusterResult &cluster = run.clusters.at(node.clusterIndex);
        if (cluster.hashtags.size() != 1)
            return mismatch(u"run %1 has no clustering decision about an edge of #%2 (cluster %3 has %4 tags): "
                            "the graph needs the run's decision log"_s.arg(run.runId, node.tag, cluster.trendId)
                                .arg(cluster.hashtags.size()));
        node.posts = cluster.posts;
    }
    return net;
}
