#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QString>

#include "core/model/decision.h"
#include "core/model/pipelineparams.h"
#include "core/model/runresult.h"

/// The tiles stage: orders the clusters (trends first, ranked by health × confidence, ties by velocity, then
/// anchor; then the other clusters by posts desc, anchor), numbers the trends' ranks, and gives each trend its
/// urgency (a decision each), insight and recommendation.
void rankAndDescribe(QList<ClusterResult> &clusters, const PipelineParams &params, std::vector<Decision> &log);

/// "#matcha posts grew 4.2× over baseline (42 posts in 24 h vs 9.3 per window) across 3 platforms and 6 regions,
/// from 37 creators"
QString insightText(const ClusterResult &trend, const PipelineParams &params);

/// What to do for the trend's urgency, with the numbers that put it there.
QString recommendationText(const ClusterResult &trend, const PipelineParams &params);

/// A cluster's title: its first three tags, most posts first, each shown in its display form ("#MatchaLatte
/// #抹茶拿铁 #icedmatcha").
QString clusterTitle(const ClusterResult &cluster);

/// Gives the cluster's tags their display forms (`forms`: normalized tag → display form; a tag without one
/// shows as itself) and writes the title, insight and recommendation again with them. Matching, the trend id
/// and every number keep the normalized tags.
void showDisplayForms(ClusterResult &cluster, const QHash<QString, QString> &forms, const PipelineParams &params);
