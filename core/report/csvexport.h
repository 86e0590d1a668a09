#pragma once

#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/report/csvoptions.h"

class QIODevice;

/// CSV export of a run's proof tiles: RFC 4180 (CRLF line ends; a field holding a comma, quote,
/// CR or LF is quoted with its quotes doubled; text that a spreadsheet would run as a formula is
/// escaped, see csvcell.h), UTF-8 (with a BOM unless options say otherwise),
/// one header row, then one row per tile in rank order. Columns: run_id, rank, trend_id, title,
/// anchor, hashtags (space-joined), urgency, health, confidence, growth, surge_z, significance,
/// velocity, engagement_rate (empty when undefined), creator_diversity, unique_creators, posts,
/// platforms (space-joined), regions ("; "-joined: a source's own region label may hold spaces),
/// cross_platform, first_seen, last_seen (ISO-8601 UTC), `<check>_value`, `<check>_threshold`,
/// `<check>_passed` for every check name in order of first appearance, insight, recommendation.
/// Numbers use a dot decimal separator and the shortest form that reads back exactly, whatever
/// the locale; booleans are `true`/`false`. With `options.comparison`, the columns compared_with, change
/// (new/kept/gone), previous_rank, rank_change (previous − now: positive = up), previous_growth, growth_change,
/// previous_urgency and failed_checks_now follow, and each trend that is gone gets a row of its own after the tiles
/// (no rank; its id, anchor, lifecycle and the comparison columns). Errors: "io", "invalid_value" (none of
/// `options.trendIds` is a tile of the run; like the PDF export).

/// Writes to `path` through a temporary file renamed on success (QSaveFile): a failed export
/// never leaves half a file, and an existing file is replaced only by a complete one.
Status writeTilesCsv(const RunResult &run, const QString &path, const CsvOptions &options = {});

/// Writes to an open, writable device (an HTTP response buffer, a pipe, stdout).
Status writeTilesCsv(const RunResult &run, QIODevice &device, const CsvOptions &options = {});
