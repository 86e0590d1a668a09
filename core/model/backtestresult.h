#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

/// One trend id at one step of a backtest: the cluster that carried the id at that as_of.
struct BacktestTrendStep
{
    qint64 asOfMs = 0;
    int posts = 0;        ///< the cluster's posts in the window at this step
    bool flagged = false; ///< passed every check (a trend with a proof tile)
    QString urgency;      ///< "act_now", "prepare", "monitor"; empty when not flagged
    QString lifecycle;    ///< "new", "rising", "peaked", "steady"
};

/// "When would we have known?" for one trend id flagged at some step of a backtest.
struct BacktestTrend
{
    QString trendId;
    QString anchor;
    QString title;                      ///< the tile's title at the first flagged step
    qint64 firstFlaggedMs = 0;          ///< the first as_of at which it passed every check
    std::optional<qint64> firstActNowMs; ///< the first as_of at which its urgency was act_now
    qint64 peakMs = 0;                  ///< the step with the most posts in its window (ties: the earliest)
    int peakPosts = 0;
    int flaggedSteps = 0;
    /// Every step at which a cluster carried the id (flagged or not), oldest first.
    QList<BacktestTrendStep> steps;

    /// lead time = peak − first flagged, in hours (negative when it was flagged after its peak).
    double leadTimeHours() const { return double(peakMs - firstFlaggedMs) / 3'600'000.0; }
};

/// The trends flagged at one step, in tile rank order.
struct BacktestStep
{
    qint64 asOfMs = 0;
    int postsInWindow = 0;
    QStringList trendIds;
};

/// The answer of a backtest: the pipeline at every step's as_of (see Backtest).
struct BacktestResult
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepHours = 1;
    int windowHours = 24;
    int baselineWindows = 3;
    qint64 loadedPosts = 0; ///< posts of the one Dataset every step ran on
    qint64 durationMs = 0;
    QList<BacktestStep> steps;   ///< oldest first
    QList<BacktestTrend> trends; ///< by first flagged, then trend id
};
