#include <QTest>

#include "core/report/pdfpageflow.h"

namespace {

PdfBlock block(double height, double spaceBefore = 0, bool keepWithNext = false)
{
    PdfBlock b;
    b.height = height;
    b.spaceBefore = spaceBefore;
    b.keepWithNext = keepWithNext;
    return b;
}

PdfSection section(QList<PdfBlock> blocks, bool newPage = false)
{
    PdfSection s;
    s.blocks = std::move(blocks);
    s.startOnNewPage = newPage;
    return s;
}

} // namespace

class TestPdfPageFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sectionThatFitsOnAnEmptyPageIsNotSplit()
    {
        PdfPageFlow flow(QSizeF(100, 100));
        const auto placed = flow.paginate({section({block(60)}), section({block(30), block(30)})});
        QCOMPARE(flow.pageCount(), 2);
        QCOMPARE(placed.at(0).page, 0);
        QCOMPARE(placed.at(1).page, 1);
        QCOMPARE(placed.at(1).rect.top(), 0.0);
        QCOMPARE(placed.at(2).page, 1);
        QCOMPARE(placed.at(2).rect.top(), 30.0);
    }

    void longSectionBreaksBetweenBlocksAndDropsTopGap()
    {
        PdfPageFlow flow(QSizeF(100, 100));
        const auto placed = flow.paginate({section({block(40), block(40, 10), block(40, 10)})});
        QCOMPARE(flow.pageCount(), 2);
        QCOMPARE(placed.at(1).rect.top(), 50.0);
        QCOMPARE(placed.at(2).page, 1);
        QCOMPARE(placed.at(2).rect.top(), 0.0); // gap dropped at the top of a page
    }

    void headingMovesWithItsSuccessor()
    {
        PdfPageFlow flow(QSizeF(100, 100));
        const auto placed = flow.paginate({section({block(50), block(40), block(5, 0, true), block(30), block(50)})});
        QCOMPARE(placed.at(2).page, 1); // heading fits (95) but its successor does not
        QCOMPARE(placed.at(3).page, 1);
    }

    void startOnNewPage()
    {
        PdfPageFlow flow(QSizeF(100, 100));
        const auto placed = flow.paginate({section({block(10)}), section({block(10)}, true)});
        QCOMPARE(placed.at(1).page, 1);
        QCOMPARE(flow.pageCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPdfPageFlow)
#include "tst_pdfpageflow.moc"
