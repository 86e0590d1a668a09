#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/config.h"
#include "core/config/configwriter.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

/// A fixture under tests/data/config. Through GT_SOURCE_DIR: gt_add_test's GT_TEST_DATA is
/// "<caller>/../data", which is tests/core/data for tests two levels down.
QString fixture(const QString &name)
{
    return testsupport::sourcePath(u"tests/data/config/"_s + name);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestConfigWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsUnrelatedKeys()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        QVERIFY(QFile::copy(fixture(u"keep_unrelated.yaml"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        PipelineParams params;
        params.minJaccard = 0.25;
        params.windowHours = 48;
        params.healthWeightEngagement = 0.123456789;
        params.stoplist = {u"fyp"_s, u"推荐"_s};
        params.enabledPlatforms = {u"douyin"_s, u"reddit"_s, u"tiktok"_s};
        params.platformWeights = {{u"tiktok"_s, 1.25}};
        params.topPostsPerTile = 9;
        QVERIFY(savePipelineParams(path, params).ok());

        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Config &c = loaded.value();
        PipelineParams expected = params;
        expected.asOfMs.reset(); // the file's "as_of: now" is kept, and now is resolved per run
        QVERIFY(c.pipeline == expected);
        QCOMPARE(c.asOf, u"now"_s);
        QCOMPARE(c.server.port, 9000);
        QCOMPARE(c.server.apiToken, u"keep-me"_s);
        QCOMPARE(c.database.sqlitePath, u"/data/glasstrend.db"_s);
        QCOMPARE(c.ingest.aliases.value(u"matchalatte"_s), u"matcha"_s);
        QCOMPARE(c.poll.sources.size(), 1);
        QCOMPARE(c.poll.sources.at(0).path, u"/srv/captures"_s);
    }

    void createsMissingFileAndDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"new/sub/config.yaml"_s);
        PipelineParams params;
        params.maxTags = 20;
        QVERIFY(savePipelineParams(path, params).ok());
        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().pipeline == params);
    }

    void pollSettingsRoundTripKeepingTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        QVERIFY(QFile::copy(fixture(u"keep_unrelated.yaml"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const auto before = loadConfig(path, QProcessEnvironment());
        QVERIFY(before.ok());

        PollSettings poll;
        poll.intervalS = 90;
        PollSource folder;
        folder.kind = u"folder"_s;
        folder.path = dir.filePath(u"captures with spaces"_s);
        folder.intervalS = 15;
        PollSource url;
        url.kind = u"url"_s;
        url.url = u"https://example.org/feed.ndjson?since=1&k=v"_s;
        url.intervalS = 300;
        url.timeoutS = 12;
        url.maxBytes = 5'000'000'000LL; // beyond 32 bits
        poll.sources = {folder, url};
        QVERIFY(savePollSettings(path, poll).ok());

        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Config &c = loaded.value();
        QCOMPARE(c.poll.intervalS, 90);
        QCOMPARE(c.poll.sources.size(), 2);
        QVERIFY(c.poll.sources.at(0) == folder);
        QVERIFY(c.poll.sources.at(1) == url);
        QVERIFY(c.poll == poll);
        // Everything else is as it was: the pipeline keys, the server, the aliases.
        QVERIFY(c.pipeline == before.value().pipeline);
        QCOMPARE(c.asOf, u"now"_s);
        QCOMPARE(c.server.port, 9000);
        QCOMPARE(c.server.apiToken, u"keep-me"_s);
        QCOMPARE(c.database.sqlitePath, u"/data/glasstrend.db"_s);
        QCOMPARE(c.ingest.aliases.value(u"matchalatte"_s), u"matcha"_s);

        // Removing every source is saved too (an empty list, not the old one).
        QVERIFY(savePollSettings(path, PollSettings{}).ok());
        const auto emptied = loadConfig(path, QProcessEnvironment());
        QVERIFY(emptied.ok());
        QVERIFY(emptied.value().poll.sources.isEmpty());
        QCOMPARE(emptied.value().server.port, 9000);
    }

    void pollSettingsIntoAMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"fresh/config.yaml"_s);
        PollSettings poll;
        PollSource url;
        url.kind = u"url"_s;
        url.url = u"http://127.0.0.1:8080/x.csv"_s;
        poll.sources = {url};
        QVERIFY(savePollSettings(path, poll).ok());
        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().poll == poll);
        QVERIFY(loaded.value().pipeline == PipelineParams{});
    }

    void pollSettingsLeaveABrokenFileUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        QVERIFY(QFile::copy(fixture(u"syntax_error.yaml"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        const Status saved = savePollSettings(path, PollSettings{});
        QCOMPARE(saved.error().code, u"invalid_config"_s);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void brokenFileIsLeftUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        QVERIFY(QFile::copy(fixture(u"syntax_error.yaml"_s), path));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        const Status saved = savePipelineParams(path, PipelineParams{});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"invalid_config"_s);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void sourceWithoutIntervalKeepsFollowingPollInterval()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        writeText(path, "poll:\n  interval_s: 45\n  sources:\n    - url: https://example.org/a.ndjson\n"
                        "    - url: https://example.org/b.ndjson\n      interval_s: 300\n      timeout_s: 12\n");
        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().poll.sources.at(0).intervalS, 45); // filled in from poll.interval_s

        // Saving what was loaded adds no interval_s, timeout_s or max_bytes to the first source.
        QVERIFY(savePollSettings(path, loaded.value().poll).ok());
        const QByteArray saved = readText(path);
        QCOMPARE(saved.count("interval_s"), 2); // poll.interval_s and the second source's own
        QCOMPARE(saved.count("timeout_s"), 1);
        QVERIFY(!saved.contains("max_bytes"));
        const auto again = loadConfig(path, QProcessEnvironment());
        QVERIFY(again.ok());
        QVERIFY(again.value().poll == loaded.value().poll);

        // A later change of poll.interval_s reaches the source that sets none, not the other.
        writeText(path, QByteArray(saved).replace("interval_s: 45", "interval_s: 120"));
        const auto changed = loadConfig(path, QProcessEnvironment());
        QVERIFY(changed.ok());
        QCOMPARE(changed.value().poll.intervalS, 120);
        QCOMPARE(changed.value().poll.sources.at(0).intervalS, 120);
        QCOMPARE(changed.value().poll.sources.at(1).intervalS, 300);
        QCOMPARE(changed.value().poll.sources.at(1).timeoutS, 12);
    }

    void homeFolderIsWrittenWithTilde()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        writeText(path, "poll:\n  sources:\n    - folder: ~/glasstrend-captures\n    - folder: /srv/captures\n");
        const auto loaded = loadConfig(path, QProcessEnvironment());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().poll.sources.at(0).path, QDir::homePath() + u"/glasstrend-captures"_s);

        QVERIFY(savePollSettings(path, loaded.value().poll).ok());
        const QByteArray saved = readText(path);
        QVERIFY2(saved.contains("folder: ~/glasstrend-captures"), saved.constData());
        QVERIFY2(saved.contains("folder: /srv/captures"), saved.constData());
        QVERIFY(!saved.contains(QByteArray(QDir::homePath().toUtf8() + "/glasstrend-captures")));
        const auto again = loadConfig(path, QProcessEnvironment());
        QVERIFY(again.ok());
        QVERIFY(again.value().poll == loaded.value().poll);
    }

    void invalidPollSettingsAreRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        const QByteArray original = "server:\n  port: 9000\npoll:\n  interval_s: 45\n";
        writeText(path, original);

        PollSettings poll;
        PollSource url;
        url.kind = u"url"_s;
        url.url = u"https://example.org/feed.ndjson"_s;
        url.intervalS = 0;
        poll.sources = {url};
        Status saved = savePollSettings(path, poll);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"invalid_value"_s);
        QVERIFY2(saved.error().message.contains(u"interval_s"_s), qPrintable(saved.error().message));
        QCOMPARE(readText(path), original);

        poll.sources.first().intervalS = 60;
        poll.sources.first().url = u"ftp://example.org/feed"_s;
        QVERIFY(!savePollSettings(path, poll).ok());
        QCOMPARE(readText(path), original);

        poll.sources.first().url = u"https://example.org/feed.ndjson"_s;
        poll.intervalS = 0; // poll.interval_s is 1 – 604800
        saved = savePollSettings(path, poll);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(u"poll.interval_s"_s), qPrintable(saved.error().message));
        QCOMPARE(readText(path), original);
    }

    void invalidPipelineParamsAreRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"config.yaml"_s);
        const QByteArray original = "server:\n  port: 9000\n";
        writeText(path, original);
        PipelineParams params;
        params.minJaccard = 1.5; // 0 – 1
        const Status saved = savePipelineParams(path, params);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(u"clustering.min_jaccard"_s), qPrintable(saved.error().message));
        QCOMPARE(readText(path), original);
    }
};

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "tst_configwriter.moc"
