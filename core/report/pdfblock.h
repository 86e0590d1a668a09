#pragma once

#include <functional>

#include <QList>
#include <QRectF>

class QPainter;

/// One unbreakable piece of a PDF page (a heading, a paragraph, a table row, a chart). Blocks are
/// measured before anything is drawn, so the paginator can keep a tile on one page where it fits
/// and move headings together with what follows them. All lengths are device units.
struct PdfBlock
{
    double height = 0;
    double spaceBefore = 0;    ///< gap above the block, dropped at the top of a page
    bool keepWithNext = false; ///< a heading: never left alone at the bottom of a page
    std::function<void(QPainter &painter, const QRectF &rect)> paint;
};

/// A run of blocks the paginator tries to keep on one page: the cover, or one proof tile.
struct PdfSection
{
    QList<PdfBlock> blocks;
    bool startOnNewPage = false;
    int tileIndex = -1; ///< index into the exported tiles, -1 for the cover (drives progress)

    double totalHeight() const
    {
        double h = 0;
        for (const PdfBlock &b : blocks)
            h += b.height + b.spaceBefore;
        return h;
    }
};
