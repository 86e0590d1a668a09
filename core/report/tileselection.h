#pragma once

#include <QList>
#include <QStringList>

#include "core/model/runresult.h"

/// The proof tiles of a run (its trends) in rank order; with `trendIds` non-empty, only those
/// tiles (still in rank order, unknown ids ignored). Shared by the CSV and PDF exports so both
/// agree on which tiles "all" and "these" mean. The pointers point into `run`.
QList<const ClusterResult *> selectTiles(const RunResult &run, const QStringList &trendIds = {});
