#include <sstream>
#include <thread>
#include <vector>

#include <spdlog/sinks/ostream_sink.h>

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include "core/log/log.h"

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcTest, "gt.test")

/// An ostream sink with a pattern that is easy to assert on: "logger|level|message".
struct CapturingSink
{
    std::ostringstream stream;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(stream);

    CapturingSink() { sink->set_pattern("%n|%l|%v"); }
    QString text() const { return QString::fromStdString(stream.str()); }
};

gtlog::LogSettings settings(const QString &level, const QString &file = {})
{
    gtlog::LogSettings s;
    s.level = level;
    s.file = file;
    return s;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(gtlog::setup(gtlog::LogSettings{}).ok()); }
    void cleanupTestCase() { QVERIFY(gtlog::setup(gtlog::LogSettings{}).ok()); }

    void parseLevel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected");
        QTest::newRow("trace") << u"trace"_s << int(spdlog::level::trace);
        QTest::newRow("debug") << u"debug"_s << int(spdlog::level::debug);
        QTest::newRow("info") << u"info"_s << int(spdlog::level::info);
        QTest::newRow("warn") << u"warn"_s << int(spdlog::level::warn);
        QTest::newRow("warning") << u"Warning"_s << int(spdlog::level::warn);
        QTest::newRow("error") << u"ERROR"_s << int(spdlog::level::err);
        QTest::newRow("critical") << u"critical"_s << int(spdlog::level::critical);
        QTest::newRow("off") << u" off "_s << int(spdlog::level::off);
    }
    void parseLevel()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const auto level = gtlog::parseLevel(name);
        QVERIFY(level.ok());
        QCOMPARE(int(level.value()), expected);
    }

    void invalidLevelNamesTheValueAndChangesNothing()
    {
        QVERIFY(gtlog::setup(settings(u"debug"_s)).ok());
        const auto result = gtlog::setup(settings(u"loud"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_value"_s);
        QVERIFY2(result.error().message.contains(u"\"loud\""_s), qPrintable(result.error().message));
        QCOMPARE(gtlog::level(), spdlog::level::debug);
        QCOMPARE(gtlog::pipeline()->level(), spdlog::level::debug);
    }

    void levelAppliesToExistingAndLaterLoggers()
    {
        const auto before = gtlog::storage();
        QVERIFY(gtlog::setup(settings(u"error"_s)).ok());
        QCOMPARE(before->level(), spdlog::level::err);
        QCOMPARE(gtlog::named("created_after_setup")->level(), spdlog::level::err);
        QVERIFY(!gtlog::storage()->should_log(spdlog::level::warn));
    }

    void namedLoggersAreSharedAcrossThreads()
    {
        std::vector<std::shared_ptr<spdlog::logger>> seen(8);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < seen.size(); ++i)
            threads.emplace_back([&seen, i] { seen[i] = gtlog::named("threaded"); });
        for (auto &t : threads)
            t.join();
        for (const auto &logger : seen)
            QCOMPARE(logger.get(), seen.front().get());
        QCOMPARE(gtlog::app().get(), gtlog::named("app").get());
    }

    void fileSinkReceivesLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"nested/logs/glasstrend.log"_s);
        QVERIFY(gtlog::setup(gtlog::LogSettings{u"info"_s, path, 1, 2}).ok());
        gtlog::ingest()->info("imported {} posts from {}", 42, u"捕获.ndjson"_s);
        gtlog::ingest()->debug("hidden at info level");
        gtlog::ingest()->flush();
        const QString text = readAll(path);
        QVERIFY2(text.contains(u"[ingest] [info] imported 42 posts from 捕获.ndjson"_s), qPrintable(text));
        QVERIFY(!text.contains(u"hidden at info level"_s));

        // setup() again without a file detaches the old file sink.
        QVERIFY(gtlog::setup(gtlog::LogSettings{}).ok());
        gtlog::ingest()->warn("after the file was dropped");
        QVERIFY(!readAll(path).contains(u"after the file was dropped"_s));
    }

    void unwritableFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A regular file where the directory should be: mkpath must fail.
        const auto result = gtlog::setup(settings(u"info"_s, dir.filePath(u"blocker/x.log"_s)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"io"_s);
    }

    void addedSinkSeesExistingLoggers()
    {
        const auto logger = gtlog::report(); // exists before the sink is added
        CapturingSink capture;
        gtlog::addSink(capture.sink);
        logger->info("tile {} exported", u"#matcha"_s);
        gtlog::poll()->warn("new logger, same sinks");
        gtlog::removeSink(capture.sink);
        logger->info("not seen after removal");

        const QString text = capture.text();
        QVERIFY2(text.contains(u"report|info|tile #matcha exported"_s), qPrintable(text));
        QVERIFY2(text.contains(u"poll|warning|new logger, same sinks"_s), qPrintable(text));
        QVERIFY(!text.contains(u"not seen after removal"_s));
    }

    void qtMessagesAreRouted()
    {
        CapturingSink capture;
        gtlog::addSink(capture.sink);
        QVERIFY(gtlog::setup(settings(u"debug"_s)).ok());
        const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        gtlog::installQtMessageHandler();
        qWarning("disk almost full");
        qDebug("a debug line");
        qCCritical(lcTest, "category message");
        qInstallMessageHandler(previous);
        gtlog::removeSink(capture.sink);

        const QString text = capture.text();
        QVERIFY2(text.contains(u"qt|warning|disk almost full"_s), qPrintable(text));
        QVERIFY2(text.contains(u"qt|debug|a debug line"_s), qPrintable(text));
        QVERIFY2(text.contains(u"qt|error|[gt.test] category message"_s), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
