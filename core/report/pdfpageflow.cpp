#include "core/report/pdfpageflow.h"

PdfPageFlow::PdfPageFlow(const QSizeF &contentSize) : m_content(contentSize) {}

QList<PdfPlacement> PdfPageFlow::paginate(const QList<PdfSection> &sections)
{
    QList<PdfPlacement> placements;
    int page = 0;
    double y = 0; // used height of the current page
    const double pageHeight = m_content.height();
    auto newPage = [&] {
        ++page;
        y = 0;
    };

    for (int s = 0; s < sections.size(); ++s) {
        const PdfSection &section = sections.at(s);
        if (y > 0 && (section.startOnNewPage || (section.totalHeight() > pageHeight - y && section.totalHeight() <= pageHeight)))
            newPage();
        for (int b = 0; b < section.blocks.size(); ++b) {
            const PdfBlock &block = section.blocks.at(b);
            double need = block.height + (y > 0 ? block.spaceBefore : 0);
            if (block.keepWithNext && b + 1 < section.blocks.size())
                need += section.blocks.at(b + 1).spaceBefore + section.blocks.at(b + 1).height;
            if (y > 0 && need > pageHeight - y)
                newPage();
            if (y > 0)
                y += block.spaceBefore;
            placements.append({page, s, b, QRectF(0, y, m_content.width(), block.height)});
            y += block.height;
        }
    }
    m_pages = placements.isEmpty() ? 1 : page + 1;
    return placements;
}
