#include "core/service/storedtagnetwork.h"

#include <iterator>

#include "core/pipeline/tagnetworkbuilder.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

Result<TagNetwork> loadTagNetwork(const RunStore &store, const QString &runId)
{
    auto run = store.loadRun(runId);
    if (!run)
        return run.error();
    // The edges the graph kept, and those the max_tags split dropped: the log's other decisions are not read.
    std::vector<Decision> edges;
    for (const QString &outcome : {u"kept"_s, u"dropped"_s}) {
        DecisionQuery query;
        query.stage = u"clustering"_s;
        query.outcome = outcome;
        query.limit = 0;
        auto page = store.decisions(runId, query);
        if (!page)
            return page.error();
        std::move(page.value().items.begin(), page.value().items.end(), std::back_inserter(edges));
    }
    return buildTagNetwork(*run.value(), edges);
}
