#pragma once

#include <QList>
#include <QRectF>

#include "core/report/pdfblock.h"

/// Where each block goes: a page number and a rectangle in that page's content area.
struct PdfPlacement
{
    int page = 0; ///< 0-based
    int section = 0;
    int block = 0;
    QRectF rect;
};

/// Pagination of measured sections into pages of a fixed content size, before any drawing, so
/// the footer can say "page 3 of 7". Rules: a section that does not fit in what is left of the
/// page but fits on an empty one starts a new page (no tile split where avoidable); a longer one
/// breaks between blocks; a keep-with-next block moves to the next page together with its
/// successor; a gap at the top of a page is dropped.
class PdfPageFlow
{
public:
    explicit PdfPageFlow(const QSizeF &contentSize);

    QList<PdfPlacement> paginate(const QList<PdfSection> &sections);
    int pageCount() const { return m_pages; }

private:
    QSizeF m_content;
    int m_pages = 0;
};
