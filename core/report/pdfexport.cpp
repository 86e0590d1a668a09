#include "core/report/pdfexport.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/model/timeformat.h"
#include "core/report/pdfcoversection.h"
#include "core/report/pdfpageflow.h"
#include "core/report/pdfstyle.h"
#include "core/report/pdftilesection.h"
#include "core/report/tileselection.h"

using namespace Qt::StringLiterals;

namespace {

void paintFooter(QPainter &p, const PdfStyle &style, const QRectF &footer, const QString &left, int page, int pages)
{
    p.fillRect(QRectF(footer.left(), footer.top(), footer.width(), style.pt(0.5)), PdfStyle::rule());
    p.setFont(style.font(7.5));
    p.setPen(PdfStyle::muted());
    const QRectF text = footer.adjusted(0, style.pt(3), 0, 0);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    p.drawText(text, Qt::AlignRight | Qt::AlignTop,
               style.text(QT_TRANSLATE_NOOP("PdfReport", "Page %1 of %2")).arg(page).arg(pages));
}

Error cancelledError()
{
    return Error{u"cancelled"_s, u"PDF export cancelled"_s, {}};
}

} // namespace

Status writeTilesPdf(const RunResult &run, const QString &path, const PdfOptions &options)
{
    const QList<const ClusterResult *> tiles = selectTiles(run, options.trendIds);
    if (!options.trendIds.isEmpty() && tiles.isEmpty())
        return Error{u"invalid_value"_s, u"PDF export: none of the requested trend ids is a tile of this run: "_s % options.trendIds.join(u", "_s), {}};
    // Fonts need a QGuiApplication; without one QFont aborts the process. A server or CLI that
    // only made a QCoreApplication gets an error it can report instead of a crash.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"unsupported"_s, u"PDF export needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen when headless)"_s, {}};
    const QString title =
        options.title.isEmpty()
            ? (options.translate ? options.translate(QT_TRANSLATE_NOOP("PdfReport", "GlassTrend proof tiles"))
                                 : u"GlassTrend proof tiles"_s)
            : options.title;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, u"PDF export: cannot write "_s % path % u": "_s % file.errorString(), {}};

    QPdfWriter writer(&file);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(u"GlassTrend "_s % QStringLiteral(GT_VERSION));

    // The painter's origin is the top-left of the margins; the footer takes the bottom strip.
    const QSizeF paintSize(writer.width(), writer.height());
    PdfStyle style(&writer, paintSize.width());
    style.setTranslate(options.translate);
    const double footerHeight = style.pt(18);
    const QRectF footerRect(0, paintSize.height() - style.pt(12), paintSize.width(), style.pt(12));

    QList<PdfSection> sections{buildCoverSection(style, run, tiles, title)};
    for (int i = 0; i < tiles.size(); ++i) {
        if (options.cancel.cancelled())
            return cancelledError();
        PdfSection section = buildTileSection(style, run, *tiles.at(i), i);
        section.startOnNewPage = (i == 0);
        sections.append(std::move(section));
    }

    PdfPageFlow flow(QSizeF(paintSize.width(), paintSize.height() - footerHeight));
    const QList<PdfPlacement> placements = flow.paginate(sections);
    const QString footerText =
        u"GlassTrend · "_s %
        (run.runId.isEmpty() ? QString()
                             : style.text(QT_TRANSLATE_NOOP("PdfReport", "run %1")).arg(run.runId) % u" · "_s) %
        style.text(QT_TRANSLATE_NOOP("PdfReport", "as of %1")).arg(isoUtc(run.asOfMs));

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return Error{u"io"_s, u"PDF export: cannot start the PDF writer for "_s % path, {}};
    }
    const int total = int(tiles.size());
    if (options.progress)
        options.progress(0, total);

    int page = 0;
    paintFooter(painter, style, footerRect, footerText, 1, flow.pageCount());
    for (qsizetype i = 0; i < placements.size(); ++i) {
        const PdfPlacement &placed = placements.at(i);
        if (placed.page != page) {
            if (options.cancel.cancelled()) {
                painter.end();
                file.cancelWriting();
                return cancelledError();
            }
            writer.newPage();
            page = placed.page;
            paintFooter(painter, style, footerRect, footerText, page + 1, flow.pageCount());
        }
        const PdfBlock &block = sections.at(placed.section).blocks.at(placed.block);
        painter.save();
        block.paint(painter, placed.rect);
        painter.restore();

        const bool sectionDone = i + 1 == placements.size() || placements.at(i + 1).section != placed.section;
        const int tileIndex = sections.at(placed.section).tileIndex;
        if (sectionDone && tileIndex >= 0 && options.progress)
            options.progress(tileIndex + 1, total);
    }
    if (!painter.end()) {
        file.cancelWriting();
        return Error{u"io"_s, u"PDF export: writing "_s % path % u" failed"_s, {}};
    }
    if (options.cancel.cancelled()) {
        file.cancelWriting();
        return cancelledError();
    }
    if (!file.commit())
        return Error{u"io"_s, u"PDF export: cannot finish "_s % path % u": "_s % file.errorString(), {}};
    return Ok{};
}
