#pragma once

#include <QString>

#include "core/model/result.h"
#include "core/model/runresult.h"
#include "core/report/pdfoptions.h"

/// The PDF report of a run's proof tiles (A4, vector graphics, fonts embedded): a cover with the
/// run and its parameters, then one section per tile with its evidence chain (see
/// pdftilesection.h). A tile starts on a new page when it would not fit on the current one.
/// Needs a QGuiApplication for fonts (headless: QT_QPA_PLATFORM=offscreen); without one it
/// returns an "unsupported" error. It may run on a worker thread.
///
/// Writes through a temporary file renamed on success: on an error or a cancel nothing is left
/// at `path` (an existing file there stays untouched). Errors: "io" (cannot write),
/// "invalid_value" (none of `options.trendIds` is a tile of the run), "cancelled", "unsupported".
Status writeTilesPdf(const RunResult &run, const QString &path, const PdfOptions &options = {});
