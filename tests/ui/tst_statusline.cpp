#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

#include "ui/widgets/statusline.h"

class TestStatusLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aQuickRunNeverShowsTheBar()
    {
        QMainWindow window;
        StatusLine line(window.statusBar());
        window.show();
        line.setRunning(true);
        QVERIFY(!line.isProgressShown());
        QTest::qWait(StatusLine::kRunningDelayMs / 4);
        line.setRunning(false);
        QTest::qWait(StatusLine::kRunningDelayMs * 2);
        QVERIFY(!line.isProgressShown());
    }

    void aLongRunShowsItUntilItEnds()
    {
        QMainWindow window;
        StatusLine line(window.statusBar());
        window.show();
        line.setRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(line.isProgressShown(), StatusLine::kRunningDelayMs * 10);
        line.setRunning(true); // still running: no change
        QVERIFY(line.isProgressShown());
        line.setRunning(false);
        QVERIFY(!line.isProgressShown());
    }

    void anImportTakesTheBarFromAPendingRun()
    {
        QMainWindow window;
        StatusLine line(window.statusBar());
        window.show();
        line.setRunning(true);
        line.setBusy(QStringLiteral("Importing…"), true);
        line.setProgress(500, 1000, QStringLiteral("%p%"));
        QTest::qWait(StatusLine::kRunningDelayMs * 2);
        QVERIFY(line.isProgressShown());
        line.setBusy({}, false);
        QVERIFY(!line.isProgressShown());
    }
};

QTEST_MAIN(TestStatusLine)
#include "tst_statusline.moc"
