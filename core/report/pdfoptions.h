#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "core/model/canceltoken.h"

/// What a PDF report of proof tiles contains, and how its progress is watched.
struct PdfOptions
{
    QStringList trendIds; ///< tiles to include (rank order kept); empty = every tile of the run
    QString title;        ///< cover title; empty = "GlassTrend proof tiles"
    /// Called on the exporting thread after each tile is laid out and drawn: (tiles done, tiles total).
    std::function<void(int done, int total)> progress;
    CancelToken cancel; ///< checked between tiles and pages; a cancelled export leaves no file
    /// The report's fixed labels in the reader's language: called with each English label (marked
    /// QT_TRANSLATE_NOOP("PdfReport", …) in core/report, so Qt Linguist finds them). Empty = English, as the CLI and
    /// the REST API export; the desktop app passes its UI language's translation. Called on the exporting thread.
    std::function<QString(const char *english)> translate;
};
