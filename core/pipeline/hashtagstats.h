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
};

/// Counts posts and unique creators per tag over the current window and drops, with one decision each, tags in
/// clustering.stoplist and tags with fewer than clustering.min_posts posts (decisions in tag order).
TagStats computeTagStats(const Dataset &data, const WindowPlan &window, const PipelineParams &params,
                         std::vector<Decision> &log, const CancelToken &cancel);

/// A stoplist entry as it is compared with normalized tags: leading '#'/'＃' stripped, trimmed, case-folded.
QString stoplistKey(const QString &entry);
