#pragma once

#include "core/model/pipelineparams.h"
#include "tests/core/pipeline/datasetbuilder.h"

namespace testdata {

/// A tiny tag network with a split, shared by the tag-network tests (core and the Network page). In the window:
/// {a,b}×4, {a}×1, {b,c}×2, {c}×1, {y}×8, {y,z}×2, {z}×3, so posts a 5, b 6, c 3, y 10, z 5 and co(a,b) 4, co(b,c) 2,
/// co(y,z) 2. Six posts of an unrelated tag in each baseline window cover the baseline.
inline Dataset splitNetworkDataset()
{
    DatasetBuilder b;
    b.add(4, Row().tags({QStringLiteral("a"), QStringLiteral("b")}));
    b.add(1, Row().tags({QStringLiteral("a")}));
    b.add(2, Row().tags({QStringLiteral("b"), QStringLiteral("c")}));
    b.add(1, Row().tags({QStringLiteral("c")}));
    b.add(8, Row().tags({QStringLiteral("y")}));
    b.add(2, Row().tags({QStringLiteral("y"), QStringLiteral("z")}));
    b.add(3, Row().tags({QStringLiteral("z")}));
    for (const double hours : {30.0, 54.0, 78.0})
        b.add(6, Row().tags({QStringLiteral("q")}).hoursAgo(hours));
    return b.build();
}

/// max_tags 2 splits {a,b,c}; the checks are loosened so that growth alone decides the trends: {a,b} has 7 posts and
/// no baseline posts (growth (7 + 1) / (0 + 1) = 8), y 10 (growth 11); c (4) and z (6) stay below 7.5.
inline PipelineParams splitNetworkParams()
{
    PipelineParams p;
    p.asOfMs = kAsOf;
    p.minPosts = 2;
    p.maxTags = 2;
    p.minCreators = 1;
    p.minCreatorDiversity = 0;
    p.minRegions = 0;
    p.minGrowth = 7.5;
    p.minSignificance = -100;
    return p;
}

} // namespace testdata
