#include "core/pipeline/cooccurrence.h"

#include <algorithm>

#include "core/pipeline/decisions.h"
#include "core/pipeline/formulas.h"
#include "core/pipeline/jsontemplate.h"
#include "core/pipeline/numbertext.h"
#include "core/pipeline/paircounter.h"

using namespace Qt::StringLiterals;

CooccurrenceGraph buildCooccurrenceGraph(const Dataset &data, const WindowPlan &window, const TagStats &stats,
                                         const PipelineParams &params, const CancelToken &cancel)
{
    PairCounter counter(std::uint32_t(stats.keptTags.size()));
    std::vector<std::int32_t> kept; // the post's kept tags, reused
    for (std::size_t i = 0; i < data.posts.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel.cancelled())
            return {};
        if (!window.inWindow(i))
            continue;
        const DatasetPost &p = data.posts[i];
        if (p.tagCount < 2)
            continue;
        kept.clear();
        for (std::uint32_t t = p.tagBegin; t < p.tagBegin + p.tagCount; ++t) {
            const std::int32_t k = stats.keptIndex[std::size_t(data.postTags[t])];
            if (k >= 0)
                kept.push_back(k);
        }
        if (kept.size() < 2)
            continue;
        std::sort(kept.begin(), kept.end());
        kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
        for (std::size_t x = 0; x < kept.size(); ++x)
            for (std::size_t y = x + 1; y < kept.size(); ++y)
                counter.add(std::uint32_t(kept[x]), std::uint32_t(kept[y]));
    }
    if (cancel.cancelled())
        return {};

    CooccurrenceGraph graph;
    const auto pairs = counter.takeSortedEntries(std::uint32_t(std::max(1, params.minCooccurrence)),
                                                 graph.pairsBelowMinCooccurrence);
    graph.candidates.reserve(pairs.size());
    for (const PairCounter::Entry &e : pairs) {
        const auto a = std::int32_t(e.a);
        const auto b = std::int32_t(e.b);
        const int co = int(e.count);
        const int postsA = stats.posts[std::size_t(stats.keptTags[std::size_t(a)])];
        const int postsB = stats.posts[std::size_t(stats.keptTags[std::size_t(b)])];
        const TagEdge edge{a, b, co, formulas::jaccard(co, postsA, postsB)};
        graph.candidates.push_back(edge);
        if (edge.jaccard >= params.minJaccard)
            graph.edges.push_back(edge);
    }
    return graph;
}

void logCooccurrence(const Dataset &data, const TagStats &stats, const CooccurrenceGraph &graph,
                     const PipelineParams &params, std::vector<Decision> &log)
{
    const QString minCoRule = u"clustering.min_cooccurrence"_s;
    const QString minJaccardRule = u"clustering.min_jaccard"_s;
    const JsonTemplate edgeValues{u"cooccurrence"_s, u"posts_a"_s,          u"posts_b"_s,
                                  u"jaccard"_s,      u"min_cooccurrence"_s, u"min_jaccard"_s};
    for (const TagEdge &e : graph.candidates) {
        const int co = e.cooccurrence;
        const int postsA = stats.posts[std::size_t(stats.keptTags[std::size_t(e.a)])];
        const int postsB = stats.posts[std::size_t(stats.keptTags[std::size_t(e.b)])];
        const double j = e.jaccard;
        const bool keep = j >= params.minJaccard;
        const QString &tagA = data.tags.at(stats.keptTags[std::size_t(e.a)]);
        const QString &tagB = data.tags.at(stats.keptTags[std::size_t(e.b)]);
        decisions::add(log, decisions::kStageClustering, u"edge:"_s + tagA + u'|' + tagB, minJaccardRule,
                       edgeValues.make({co, postsA, postsB, j, params.minCooccurrence, params.minJaccard}),
                       keep ? decisions::kKept : decisions::kRejected,
                       u"#"_s + tagA + u" – #"_s + tagB + u": co = "_s + numbertext::integer(co) + u", "_s
                           + formulas::kJaccard + u" = "_s + numbertext::integer(co) + u" / ("_s
                           + numbertext::integer(postsA) + u" + "_s + numbertext::integer(postsB) + u" − "_s
                           + numbertext::integer(co) + u") = "_s + numbertext::exact(j) + (keep ? u" ≥ "_s : u" < "_s)
                           + numbertext::exact(params.minJaccard) + (keep ? u": kept"_s : u": rejected"_s));
    }
    decisions::add(log, decisions::kStageClustering, u"run"_s, minCoRule,
                   QJsonObject{{u"pairs_below_min_cooccurrence"_s, qint64(graph.pairsBelowMinCooccurrence)},
                               {u"edges_kept"_s, int(graph.edges.size())},
                               {u"min_cooccurrence"_s, params.minCooccurrence}},
                   decisions::kRejected,
                   numbertext::integer(qint64(graph.pairsBelowMinCooccurrence))
                       + u" co-occurring tag pairs have co < clustering.min_cooccurrence = "_s
                       + numbertext::integer(params.minCooccurrence) + u" and form no edge; "_s
                       + numbertext::integer(qint64(graph.edges.size())) + u" edges kept"_s);
}
