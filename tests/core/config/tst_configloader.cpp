#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/config.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

/// A fixture under tests/data/config. Through GT_SOURCE_DIR: gt_add_test's GT_TEST_DATA is
/// "<caller>/../data", which is tests/core/data for tests two levels down.
QString fixture(const QString &name)
{
    return testsupport::sourcePath(u"tests/data/config/"_s + name);
}

/// An environment with nothing in it, so the developer's own GLASSTREND_* variables cannot leak in.
QProcessEnvironment emptyEnv() { return QProcessEnvironment(); }

QStringList problemKeys(const Error &error)
{
    QStringList keys;
    for (const QJsonValue &p : error.details.toArray())
        keys.append(p.toObject().value(u"key"_s).toString());
    return keys;
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noFileGivesSpecDefaults()
    {
        const auto loaded = loadConfig(QString(), emptyEnv());
        QVERIFY(loaded.ok());
        const Config &c = loaded.value();
        const PipelineParams &p = c.pipeline;
        // The numbers of SPEC sections 3, 5 and 6, written out rather than compared to PipelineParams{}.
        QCOMPARE(p.windowHours, 24);
        QCOMPARE(p.baselineWindows, 3);
        QCOMPARE(p.stoplist,
                 QStringList({u"fyp"_s, u"foryou"_s, u"foryoupage"_s, u"viral"_s, u"trending"_s, u"xyzbca"_s, u"explore"_s,
                              u"reels"_s, u"推荐"_s, u"热门"_s, u"上热门"_s, u"小红书"_s, u"抖音"_s, u"日常"_s}));
        QCOMPARE(p.minPosts, 3);
        QCOMPARE(p.minCooccurrence, 2);
        QCOMPARE(p.minJaccard, 0.2);
        QCOMPARE(p.maxTags, 12);
        QCOMPARE(p.healthWeightDiversity, 0.4);
        QCOMPARE(p.healthWeightEngagement, 0.3);
        QCOMPARE(p.healthWeightVelocity, 0.3);
        QCOMPARE(p.engagementRateTarget, 0.10);
        QCOMPARE(p.velocityTarget, 1000.0);
        QCOMPARE(p.minCreators, 5);
        QCOMPARE(p.minCreatorDiversity, 0.5);
        QCOMPARE(p.minRegions, 2);
        QCOMPARE(p.minPlatforms, 1);
        QCOMPARE(p.minGrowth, 1.5);
        QCOMPARE(p.minSignificance, 3.0);
        QCOMPARE(p.confidenceWeightCreators, 0.6);
        QCOMPARE(p.confidenceWeightRegions, 0.4);
        QCOMPARE(p.creatorTarget, 20);
        QCOMPARE(p.regionTarget, 5);
        QCOMPARE(p.actNowGrowth, 3.0);
        QCOMPARE(p.actNowConfidence, 0.6);
        QCOMPARE(p.prepareGrowth, 2.0);
        QVERIFY(!p.asOfMs.has_value());
        QVERIFY(p.enabledPlatforms.isEmpty());
        QVERIFY(p.platformWeights.isEmpty());
        QCOMPARE(c.asOf, u"latest"_s);
        QCOMPARE(c.server.host, u"127.0.0.1"_s);
        QCOMPARE(c.server.port, 8000);
        QCOMPARE(c.server.maxBodyMb, 16);
        QVERIFY(c.server.apiToken.isEmpty());
        QCOMPARE(c.logging.level, u"info"_s);
        QCOMPARE(c.ingest.naiveTimezone, u"UTC"_s);
        QVERIFY(c.ingest.aliases.isEmpty());
        QVERIFY(c.database.sqlitePath.isEmpty());
        QVERIFY(c.database.url.isEmpty());
        QCOMPARE(c.database.retentionDays, 0);
        QVERIFY(c.poll.sources.isEmpty());
        QCOMPARE(c.poll.intervalS, 60);
        QVERIFY(c.pipeline == PipelineParams{});
    }

    void missingExplicitFileIsAnError()
    {
        const auto loaded = loadConfig(fixture(u"does-not-exist.yaml"_s), emptyEnv());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"not_found"_s);
        QVERIFY(loaded.error().message.contains(u"does-not-exist.yaml"_s));
    }

    void fileOverridesDefaults()
    {
        const auto loaded = loadConfig(fixture(u"override.yaml"_s), emptyEnv());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Config &c = loaded.value();
        QCOMPARE(c.pipeline.windowHours, 12);
        QCOMPARE(c.pipeline.baselineWindows, 5);
        QCOMPARE(c.pipeline.minJaccard, 0.35);
        QCOMPARE(c.pipeline.stoplist, QStringList({u"fyp"_s, u"推荐"_s}));
        QCOMPARE(c.pipeline.healthWeightDiversity, 0.5);
        QCOMPARE(c.pipeline.healthWeightVelocity, 0.3); // untouched sibling keeps its default
        QCOMPARE(c.pipeline.topPostsPerTile, 8);
        QCOMPARE(c.pipeline.asOfMs, std::optional<qint64>(1748779200000LL));
        QCOMPARE(c.asOf, u"2025-06-01T12:00:00Z"_s);
        QCOMPARE(c.ingest.aliases.value(u"matchalatte"_s), u"matcha"_s);
        QCOMPARE(c.ingest.aliases.value(u"抹茶拿铁"_s), u"matcha"_s);
        QCOMPARE(c.ingest.naiveTimezone, u"Asia/Shanghai"_s);
        QCOMPARE(c.ingest.batchSize, 1000);
        QCOMPARE(c.server.host, u"0.0.0.0"_s);
        QCOMPARE(c.server.port, 9000);
        QCOMPARE(c.server.apiToken, u"s3cret"_s);
        QCOMPARE(c.logging.level, u"debug"_s);
        QCOMPARE(c.logging.file, QDir::homePath() + u"/glasstrend-test/glasstrend.log"_s);
        QCOMPARE(c.database.sqlitePath, u"/var/lib/glasstrend/posts.db"_s);
        QCOMPARE(c.poll.intervalS, 120);
        QCOMPARE(c.poll.sources.size(), 2);
        const PollSource &folder = c.poll.sources.at(0);
        QCOMPARE(folder.kind, u"folder"_s);
        QCOMPARE(folder.path, u"/srv/captures"_s);
        QCOMPARE(folder.intervalS, 120); // inherits poll.interval_s
        QCOMPARE(folder.timeoutS, 30);
        QCOMPARE(folder.maxBytes, 64LL * 1024 * 1024);
        const PollSource &url = c.poll.sources.at(1);
        QCOMPARE(url.kind, u"url"_s);
        QCOMPARE(url.url, u"https://example.org/feed.ndjson"_s);
        QCOMPARE(url.intervalS, 300);
        QCOMPARE(url.timeoutS, 10);
        QCOMPARE(url.maxBytes, 1048576);
    }

    void platformsBecomeEnabledListAndWeights()
    {
        const auto loaded = loadConfig(fixture(u"platforms.yaml"_s), emptyEnv());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const PipelineParams &p = loaded.value().pipeline;
        // tiktok disabled: SPEC's other ten plus the listed reddit stay enabled, in order.
        QCOMPARE(p.enabledPlatforms, QStringList({u"bilibili"_s, u"douyin"_s, u"instagram"_s, u"kuaishou"_s, u"reddit"_s,
                                                  u"tieba"_s, u"weibo"_s, u"x"_s, u"xiaohongshu"_s, u"youtube"_s,
                                                  u"zhihu"_s}));
        // RedNote is xiaohongshu; a weight of 1 is the default and is not stored.
        QCOMPARE(p.platformWeights, (QMap<QString, double>{{u"xiaohongshu"_s, 1.5}}));
    }

    void dotEnvOverridesFileAndEnvironmentOverridesDotEnv()
    {
        const QString path = fixture(u"withenv/config.yaml"_s);
        const auto fromFiles = loadConfig(path, emptyEnv());
        QVERIFY2(fromFiles.ok(), qPrintable(fromFiles.ok() ? QString() : fromFiles.error().message));
        const Config &c = fromFiles.value();
        QCOMPARE(c.pipeline.windowHours, 12);           // file only
        QCOMPARE(c.server.host, u"10.0.0.1"_s);          // file only
        QCOMPARE(c.server.port, 9100);                   // .env over file
        QCOMPARE(c.pipeline.minJaccard, 0.4);            // .env (quoted, with a comment) over file
        QCOMPARE(c.pipeline.stoplist, QStringList({u"fyp"_s, u"viral"_s, u"热门"_s}));
        QCOMPARE(c.server.apiToken, u"from-dotenv"_s);   // SPEC's GLASSTREND_API_TOKEN
        QVERIFY(!c.pipeline.enabledPlatforms.contains(u"weibo"_s));
        QVERIFY(c.pipeline.enabledPlatforms.contains(u"tiktok"_s));

        QProcessEnvironment env;
        env.insert(u"GLASSTREND_SERVER_PORT"_s, u"9200"_s);
        env.insert(u"GLASSTREND_HEALTH_WEIGHTS_DIVERSITY"_s, u"0.7"_s);
        env.insert(u"GLASSTREND_SERVER_API_TOKEN"_s, u"from-env"_s);
        env.insert(u"GLASSTREND_API_TOKEN"_s, u"alias-loses-to-specific"_s);
        env.insert(u"GLASSTREND_PLATFORMS_WEIBO_ENABLED"_s, u"true"_s);
        env.insert(u"GLASSTREND_PLATFORMS_TIKTOK_WEIGHT"_s, u"2"_s);
        env.insert(u"GLASSTREND_SOMETHING_ELSE"_s, u"only logged"_s); // shared environment: not an error
        env.insert(u"PATH"_s, u"/usr/bin"_s);
        const auto withEnv = loadConfig(path, env);
        QVERIFY2(withEnv.ok(), qPrintable(withEnv.ok() ? QString() : withEnv.error().message));
        const Config &e = withEnv.value();
        QCOMPARE(e.server.port, 9200);
        QCOMPARE(e.pipeline.minJaccard, 0.4); // .env value still applies where the environment is silent
        QCOMPARE(e.pipeline.healthWeightDiversity, 0.7);
        QCOMPARE(e.server.apiToken, u"from-env"_s);
        QVERIFY(e.pipeline.enabledPlatforms.isEmpty()); // weibo re-enabled: nothing disabled
        QCOMPARE(e.pipeline.platformWeights.value(u"tiktok"_s), 2.0);
    }

    void environmentWorksWithoutFile()
    {
        QProcessEnvironment env;
        env.insert(u"GLASSTREND_API_TOKEN"_s, u"t0ken"_s);
        env.insert(u"GLASSTREND_POLL_SOURCES"_s, u"https://example.org/a.json; /srv/drop"_s);
        env.insert(u"GLASSTREND_CLUSTERING_ALIASES"_s, u"matchalatte=matcha, ootd=outfit"_s);
        const auto loaded = loadConfig(QString(), env);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().server.apiToken, u"t0ken"_s);
        QCOMPARE(loaded.value().poll.sources.size(), 2);
        QCOMPARE(loaded.value().poll.sources.at(0).kind, u"url"_s);
        QCOMPARE(loaded.value().poll.sources.at(1).path, u"/srv/drop"_s);
        QCOMPARE(loaded.value().poll.sources.at(1).intervalS, 60);
        QCOMPARE(loaded.value().ingest.aliases.value(u"ootd"_s), u"outfit"_s);
    }

    void badEnvironmentValueNamesKeyAndVariable()
    {
        QProcessEnvironment env;
        env.insert(u"GLASSTREND_CLUSTERING_MIN_JACCARD"_s, u"high"_s);
        env.insert(u"GLASSTREND_SERVER_PORT"_s, u"0"_s);
        const auto loaded = loadConfig(QString(), env);
        QVERIFY(!loaded.ok());
        const QString message = loaded.error().message;
        QVERIFY2(message.contains(u"clustering.min_jaccard: expected a number, got \"high\" (GLASSTREND_CLUSTERING_MIN_JACCARD)"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"server.port: 0 is out of range (allowed: 1 – 65535)"_s), qPrintable(message));
    }

    void serverRoleIsOneOfTheThree()
    {
        QCOMPARE(loadConfig(QString(), emptyEnv()).value().server.role, ServerRole::All);
        QProcessEnvironment env;
        env.insert(u"GLASSTREND_SERVER_ROLE"_s, u"discover"_s);
        const auto loaded = loadConfig(QString(), env);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().server.role, ServerRole::Discover);

        env.insert(u"GLASSTREND_SERVER_ROLE"_s, u"ingester"_s);
        const auto bad = loadConfig(QString(), env);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"server.role"_s), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(u"expected one of all, ingest, discover"_s), qPrintable(bad.error().message));
    }

    void cacheRedisUrlIsEmptyOrARedisUrl()
    {
        QVERIFY(loadConfig(QString(), emptyEnv()).value().cache.redisUrl.isEmpty()); // no cache by default
        QProcessEnvironment env;
        env.insert(u"GLASSTREND_CACHE_REDIS_URL"_s, u"redis://cache.internal:6380/2"_s);
        const auto loaded = loadConfig(QString(), env);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().cache.redisUrl, u"redis://cache.internal:6380/2"_s);
        for (const QString &bad : {u"http://cache:6379"_s, u"redis://cache/zero"_s, u"cache:6379"_s}) {
            env.insert(u"GLASSTREND_CACHE_REDIS_URL"_s, bad);
            const auto refused = loadConfig(QString(), env);
            QVERIFY2(!refused.ok(), qPrintable(bad));
            QVERIFY2(refused.error().message.contains(u"cache.redis_url: expected empty (no cache) or redis://"_s),
                     qPrintable(refused.error().message));
        }
    }

    void discoveryScheduleIsOffOrADuration()
    {
        QCOMPARE(loadConfig(QString(), emptyEnv()).value().discovery.scheduleS, 0);
        const QList<std::pair<QString, int>> good{{u"off"_s, 0}, {u"30s"_s, 30}, {u"15m"_s, 900}, {u"1h"_s, 3600}, {u"2d"_s, 172800}};
        for (const auto &[text, seconds] : good) {
            QProcessEnvironment env;
            env.insert(u"GLASSTREND_DISCOVERY_SCHEDULE"_s, text);
            const auto loaded = loadConfig(QString(), env);
            QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
            QCOMPARE(loaded.value().discovery.scheduleS, seconds);
        }
        for (const QString &text : {u"15"_s, u"0m"_s, u"quarter hour"_s, u"-5m"_s}) {
            QProcessEnvironment env;
            env.insert(u"GLASSTREND_DISCOVERY_SCHEDULE"_s, text);
            const auto bad = loadConfig(QString(), env);
            QVERIFY2(!bad.ok(), qPrintable(text));
            QVERIFY2(bad.error().message.contains(u"discovery.schedule: expected off or a duration"_s), qPrintable(bad.error().message));
        }
    }

    void alertKeys()
    {
        const AlertSettings defaults = loadConfig(QString(), emptyEnv()).value().alerts;
        QVERIFY(defaults.watch.isEmpty() && defaults.webhooks.isEmpty() && defaults.secret.isEmpty());
        QVERIFY(defaults.onActNow);
        QProcessEnvironment env;
        env.insert(u"GLASSTREND_ALERTS_WATCH"_s, u"matcha, oat*"_s);
        env.insert(u"GLASSTREND_ALERTS_ON_ACT_NOW"_s, u"false"_s);
        env.insert(u"GLASSTREND_ALERTS_WEBHOOKS"_s, u"http://127.0.0.1:9/hook"_s);
        env.insert(u"GLASSTREND_ALERTS_SECRET"_s, u"s3cret"_s);
        const auto loaded = loadConfig(QString(), env);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().alerts.watch, (QStringList{u"matcha"_s, u"oat*"_s}));
        QVERIFY(!loaded.value().alerts.onActNow);
        QCOMPARE(loaded.value().alerts.webhooks, QStringList{u"http://127.0.0.1:9/hook"_s});
        QCOMPARE(loaded.value().alerts.secret, u"s3cret"_s);

        env.insert(u"GLASSTREND_ALERTS_WEBHOOKS"_s, u"ftp://example.org/x"_s);
        const auto bad = loadConfig(QString(), env);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"alerts.webhooks: \"ftp://example.org/x\" is not an http:// or https:// URL"_s),
                 qPrintable(bad.error().message));
    }

    void everyProblemIsReportedWithItsPath()
    {
        const auto loaded = loadConfig(fixture(u"bad.yaml"_s), emptyEnv());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"invalid_config"_s);
        const QString message = loaded.error().message;
        const QStringList expected = {
            u"clustering.min_jaccrd: unknown key (did you mean clustering.min_jaccard?) (bad.yaml:3)"_s,
            u"clustering.min_jaccard: expected a number, got \"high\" (bad.yaml:4)"_s,
            u"clustering.max_tags: 0 is out of range (allowed: ≥ 1)"_s,
            u"health.weights.diversity: -0.1 is out of range (allowed: ≥ 0)"_s,
            u"health.weights.velocity: expected a number, got a list"_s,
            u"server.port: 70000 is out of range (allowed: 1 – 65535)"_s,
            u"server.colour: unknown key"_s,
            u"logging.level: unknown log level \"loud\""_s,
            u"ingest.naive_timezone: unknown time zone \"Mars/Olympus\""_s,
            u"platforms.tiktok.weigth: unknown key (expected enabled or weight)"_s,
            u"platforms.tiktok.enabled: expected true or false, got \"maybe\""_s,
            u"platforms.Not A Slug!: not a platform slug"_s,
            u"poll.sources: item 1: url: expected an http(s) URL, got \"ftp://example.org/feed\""_s,
            u"unknown_section: unknown key"_s,
        };
        for (const QString &line : expected)
            QVERIFY2(message.contains(line), qPrintable(u"missing «%1» in:\n%2"_s.arg(line, message)));
        QCOMPARE(message.count(u'\n') + 1, expected.size()); // one line each, nothing else
        QCOMPARE(problemKeys(loaded.error()).size(), expected.size());
        QVERIFY(problemKeys(loaded.error()).contains(u"clustering.min_jaccrd"_s));
    }

    void syntaxErrorNamesFileAndLine()
    {
        const auto loaded = loadConfig(fixture(u"syntax_error.yaml"_s), emptyEnv());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, u"invalid_config"_s);
        QVERIFY2(loaded.error().message.contains(u"syntax_error.yaml:3:"_s), qPrintable(loaded.error().message));
    }

    void emptyFileIsFineAndBadDotEnvLineIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile yaml(dir.filePath(u"config.yaml"_s));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("# nothing set\n");
        yaml.close();
        QVERIFY(loadConfig(yaml.fileName(), emptyEnv()).ok());

        QFile dotEnv(dir.filePath(u".env"_s));
        QVERIFY(dotEnv.open(QIODevice::WriteOnly));
        dotEnv.write("GLASSTREND_WINDOW_HOURS=6\nthis line is broken\nGLASSTREND_WINDOW_HOURZ=5\n");
        dotEnv.close();
        const auto loaded = loadConfig(yaml.fileName(), emptyEnv());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(u".env:2: expected NAME=value"_s), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(u"GLASSTREND_WINDOW_HOURZ: unknown variable in .env:3"_s),
                 qPrintable(loaded.error().message));
    }

    void resolveAsOf()
    {
        QVERIFY(!::resolveAsOf(u"latest"_s, 42).value().has_value());
        QCOMPARE(::resolveAsOf(u"now"_s, 42).value(), std::optional<qint64>(42));
        QCOMPARE(::resolveAsOf(u"2025-06-01T00:00:00+08:00"_s, 42).value(), std::optional<qint64>(1748707200000LL));
        // Epoch 0 is a time like any other, not "latest" (issue 15, finding 8).
        QCOMPARE(::resolveAsOf(u"1970-01-01T00:00:00Z"_s, 42).value(), std::optional<qint64>(0));
        QVERIFY(!::resolveAsOf(u"yesterday"_s, 42).ok());
    }

    void defaultConfigPathEndsInConfigYaml()
    {
        QVERIFY(defaultConfigPath().endsWith(u"/config.yaml"_s));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
