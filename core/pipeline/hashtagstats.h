#pragma once

#include <cstdint>
#include <vector>

#include "core/model/canceltoken.h"
#include "core/model/dataset.h"
#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/pipeline/window.h"

/// The hashtag-stats stage: per tag of the current window, posts and unique creators; the kept tags.
struct TagStats
{
    std::vector<int> posts;    ///< per Dataset tag id: posts in the current window carrying it
    std::vector<int> creators; ///< per Dataset tag id: unique creators of those posts
    /// Per Dataset tag id: −1 when not kept, else its kept index. Kept indices follow the tag strings'
    /// order, so everything ordered by kept index is ordered by string, whatever the load order was.
    std::vector<std::int32_t> keptIndex;
    std::vector<std::int32_t> keptTags; ///< kept index → Dataset tag id
    int tagsInWindow = 0;
    int droppedByStoplist = 0;
    int droppedByMinPosts = 0;
    /// The dropped tags in tag order, each with its rule: true = clustering.stoplist, false = clustering.min_posts.
    std::vector<std::pair<std::int32_t, bool>> drops;
};

/// Counts posts and unique creators per tag over the current window and drops the tags in clustering.stoplist and
/// the tags with fewer than clustering.min_posts posts.
TagStats computeTagStats(const Dataset &data, const WindowPlan &window, const PipelineParams &params,
                         const CancelToken &cancel);

/// The stage's decisions: one per dropped tag (in tag order), then a summary. Separate from computeTagStats so
/// that the run can size its decision log before the first of these, often hundreds of thousands, is written.
void logTagStats(const Dataset &data, const TagStats &stats, const PipelineParams &params,
                 std::vector<Decision> &log);

/// A stoplist entry as it is compared with normalized tags: leading '#'/'＃' stripped, trimmed, case-folded.
QString stoplistKey(const QString &entry);
