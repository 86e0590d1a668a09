#pragma once

#include <vector>

#include <QString>

#include "core/model/decision.h"

/// One stored run as listed by GET /api/v1/runs and the app's run history.
struct RunSummary
{
    QString runId;
    qint64 createdAtMs = 0; ///< wall clock of saving
    qint64 asOfMs = 0;
    int windowHours = 0;
    int postsInWindow = 0;
    int clusters = 0;
    int trends = 0;
    qint64 decisions = 0;
    qint64 durationMs = 0;
};

/// Which proof tiles to return (GET /api/v1/tiles): trends only, in rank order.
struct TileQuery
{
    QString platform; ///< only tiles whose cluster has posts on this platform; empty = any
    QString urgency;  ///< "act_now", "prepare" or "monitor"; empty = any
    int limit = 0;    ///< ≤ 0 = all
};

/// A page of a run's decision log; every non-empty filter must match.
struct DecisionQuery
{
    QString stage;   ///< exact, e.g. "clustering"
    QString subject; ///< exact, e.g. "tag:matcha" or "cluster:<trend_id>"
    QString outcome; ///< exact, e.g. "dropped"
    QString text;    ///< substring of subject, rule or message (case-insensitive for ASCII)
    int limit = 100; ///< ≤ 0 = all
    qint64 offset = 0;
};

/// Decisions in recording order, with the number matching the filters before paging.
struct DecisionPage
{
    qint64 total = 0;
    std::vector<Decision> items;
};
