#pragma once

#include <QList>
#include <QString>

#include "core/model/runresult.h"
#include "core/report/pdfblock.h"
#include "core/report/pdfstyle.h"

/// The cover of the PDF report: title, the run (id, as_of, window and baseline spans, posts in
/// window, clusters, trends), an index of the exported tiles with their urgency, and every
/// parameter of the run under its config key, so a printed report can be reproduced.
/// `run` and `tiles` must outlive the returned blocks.
PdfSection buildCoverSection(const PdfStyle &style, const RunResult &run, const QList<const ClusterResult *> &tiles,
                             const QString &title);
