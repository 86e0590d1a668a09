// The command-line parser on its own: Qt's own options pass through to the application object.
#include <QTest>

#include "app/commandline.h"

using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qtOptionsAreAcceptedInTheDesktopApp_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QStringList>("qtOptions");
        QTest::newRow("-style fusion") << QStringList{u"-style"_s, u"fusion"_s} << QStringList{u"-style"_s, u"fusion"_s};
        QTest::newRow("-style=fusion") << QStringList{u"-style=fusion"_s} << QStringList{u"-style=fusion"_s};
        QTest::newRow("--style fusion") << QStringList{u"--style"_s, u"fusion"_s}
                                        << QStringList{u"--style"_s, u"fusion"_s};
        QTest::newRow("-platform offscreen") << QStringList{u"-platform"_s, u"offscreen"_s}
                                             << QStringList{u"-platform"_s, u"offscreen"_s};
        QTest::newRow("-reverse") << QStringList{u"-reverse"_s} << QStringList{u"-reverse"_s};
        QTest::newRow("mixed with ours")
            << QStringList{u"--db"_s, u"x.db"_s, u"-reverse"_s, u"-stylesheet"_s, u"a.qss"_s, u"-qwindowgeometry"_s,
                           u"800x600"_s, u"--log-level"_s, u"debug"_s}
            << QStringList{u"-reverse"_s, u"-stylesheet"_s, u"a.qss"_s, u"-qwindowgeometry"_s, u"800x600"_s};
    }

    void qtOptionsAreAcceptedInTheDesktopApp()
    {
        QFETCH(QStringList, argv);
        QFETCH(QStringList, qtOptions);
        const Result<CommandLine> cl = parseCommandLine(argv);
        QVERIFY2(cl.ok(), cl.ok() ? "" : qPrintable(cl.error().message));
        QCOMPARE(cl.value().mode, CommandLine::Mode::Gui);
        QCOMPARE(cl.value().qtOptions, qtOptions);
    }

    void oursStayOurs()
    {
        // --platform is import's (the platform of records that do not say theirs), not Qt's.
        const Result<CommandLine> cl = parseCommandLine({u"import"_s, u"--platform"_s, u"weibo"_s, u"a.csv"_s});
        QVERIFY(cl.ok());
        QCOMPARE(cl.value().platform, u"weibo"_s);
        QVERIFY(cl.value().qtOptions.isEmpty());
        QCOMPARE(cl.value().mode, CommandLine::Mode::Import);
    }

    void roleGoesWithServe()
    {
        const Result<CommandLine> none = parseCommandLine({u"--serve"_s});
        QVERIFY(none.ok());
        QVERIFY(!none.value().role); // config server.role decides
        const Result<CommandLine> ingest = parseCommandLine({u"--serve"_s, u"--role"_s, u"ingest"_s});
        QVERIFY(ingest.ok());
        QCOMPARE(ingest.value().role, std::optional(ServerRole::Ingest));
        QCOMPARE(parseCommandLine({u"--serve"_s, u"--role=discover"_s}).value().role, std::optional(ServerRole::Discover));
        QCOMPARE(parseCommandLine({u"--role"_s, u"all"_s, u"--serve"_s}).value().role, std::optional(ServerRole::All));

        const Result<CommandLine> unknown = parseCommandLine({u"--serve"_s, u"--role"_s, u"reader"_s});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(u"--role: expected all, ingest, discover, got \"reader\""_s),
                 qPrintable(unknown.error().message));
        const Result<CommandLine> desktop = parseCommandLine({u"--role"_s, u"ingest"_s});
        QVERIFY(!desktop.ok());
        QVERIFY(desktop.error().message.contains(u"--role goes with --serve"_s));
        QVERIFY(!parseCommandLine({u"discover"_s, u"--role"_s, u"discover"_s}).ok());
    }

    void compareWithGoesWithCsv()
    {
        const Result<CommandLine> csv = parseCommandLine(
            {u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"x.csv"_s, u"--compare-with"_s, u"r1"_s});
        QVERIFY(csv.ok());
        QCOMPARE(csv.value().compareWith, u"r1"_s);
        const Result<CommandLine> pdf = parseCommandLine(
            {u"export"_s, u"--format"_s, u"pdf"_s, u"--out"_s, u"x.pdf"_s, u"--compare-with"_s, u"r1"_s});
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().message.contains(u"--compare-with goes with --format csv"_s));
    }

    void backtestTakesItsRange()
    {
        const Result<CommandLine> cl = parseCommandLine({u"backtest"_s, u"--from"_s, u"2026-11-13T12:00:00Z"_s, u"--to"_s,
                                                         u"2026-11-20T12:00:00Z"_s, u"--step=3"_s, u"--window-hours"_s,
                                                         u"48"_s, u"--set"_s, u"validation.min_growth=2"_s, u"--json"_s});
        QVERIFY2(cl.ok(), cl.ok() ? "" : qPrintable(cl.error().message));
        QCOMPARE(cl.value().mode, CommandLine::Mode::Backtest);
        QCOMPARE(cl.value().from, u"2026-11-13T12:00:00Z"_s);
        QCOMPARE(cl.value().to, u"2026-11-20T12:00:00Z"_s);
        QCOMPARE(cl.value().stepHours.value_or(0), 3);
        QCOMPARE(cl.value().windowHours.value_or(0), 48);
        QCOMPARE(cl.value().overrides, QStringList{u"validation.min_growth=2"_s});
        QVERIFY(cl.value().json);

        const Result<CommandLine> noTo = parseCommandLine({u"backtest"_s, u"--from"_s, u"2026-11-13T12:00:00Z"_s});
        QVERIFY(!noTo.ok());
        QVERIFY(noTo.error().message.contains(u"backtest needs --from T and --to T"_s));
        const Result<CommandLine> zeroStep = parseCommandLine({u"backtest"_s, u"--from"_s, u"a"_s, u"--to"_s, u"b"_s,
                                                               u"--step"_s, u"0"_s});
        QVERIFY(!zeroStep.ok());
        QVERIFY(zeroStep.error().message.contains(u"--step: expected a whole number from 1"_s));
        const Result<CommandLine> stray = parseCommandLine({u"discover"_s, u"--step"_s, u"2"_s});
        QVERIFY(!stray.ok());
        QVERIFY(stray.error().message.contains(u"go with backtest"_s));
    }

    void migrateTakesItsDestination()
    {
        const Result<CommandLine> cl = parseCommandLine(
            {u"migrate"_s, u"--db"_s, u"a.db"_s, u"--to"_s, u"postgresql://gt@db/trends"_s, u"--batch"_s, u"100"_s});
        QVERIFY2(cl.ok(), cl.ok() ? "" : qPrintable(cl.error().message));
        QCOMPARE(cl.value().mode, CommandLine::Mode::Migrate);
        QCOMPARE(cl.value().to, u"postgresql://gt@db/trends"_s);
        QCOMPARE(cl.value().batch.value_or(0), 100);
        const Result<CommandLine> noTo = parseCommandLine({u"migrate"_s});
        QVERIFY(!noTo.ok());
        QVERIFY(noTo.error().message.contains(u"migrate needs --to"_s));
        const Result<CommandLine> strayBatch = parseCommandLine({u"discover"_s, u"--batch"_s, u"2"_s});
        QVERIFY(!strayBatch.ok());
        QVERIFY(strayBatch.error().message.contains(u"--batch goes with migrate"_s));
        const Result<CommandLine> strayTo = parseCommandLine({u"discover"_s, u"--to"_s, u"x"_s});
        QVERIFY(!strayTo.ok());
        QVERIFY(strayTo.error().message.contains(u"--to goes with backtest or migrate"_s));
    }

    void unknownOptionsAreStillRefused()
    {
        const Result<CommandLine> cl = parseCommandLine({u"-frobnicate"_s});
        QVERIFY(!cl.ok());
        QVERIFY(cl.error().message.contains(u"unknown option -frobnicate"_s));
        const Result<CommandLine> missing = parseCommandLine({u"-style"_s});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"-style needs a value"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
