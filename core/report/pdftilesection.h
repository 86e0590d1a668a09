#pragma once

#include "core/model/runresult.h"
#include "core/report/pdfblock.h"
#include "core/report/pdfstyle.h"

/// The blocks of one proof tile in the PDF, in the order the pipeline decided (UI.md, "the
/// proof"): rank, urgency and title; insight and recommendation; key numbers; metrics as
/// formula = inputs = result; checks ✓/✗ with thresholds; the cluster's tags and edges; the
/// velocity chart; top posts. `tile` and `run` must outlive the returned blocks.
PdfSection buildTileSection(const PdfStyle &style, const RunResult &run, const ClusterResult &tile, int tileIndex);

