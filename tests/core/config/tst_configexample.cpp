// config/config.example.yaml and config/.env.example can never drift from the key table: they
// must load without errors, give exactly the defaults, and mention every key.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/config.h"
#include "core/config/configkeyinfo.h"
#include "tests/support/testdata.h"

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The dotted paths of a block-style YAML file, from indentation (the example uses two spaces per
/// level and flow maps only as leaves). Comments and list items are skipped.
QSet<QString> yamlPaths(const QString &text)
{
    static const QRegularExpression keyLine(u"^( *)([A-Za-z_][A-Za-z0-9_]*):(.*)$"_s);
    static const QRegularExpression flowKey(u"([A-Za-z_][A-Za-z0-9_]*):"_s);
    QSet<QString> paths;
    QStringList stack;
    for (const QString &line : text.split(u'\n')) {
        const auto m = keyLine.match(line);
        if (!m.hasMatch())
            continue;
        const int depth = int(m.captured(1).size() / 2);
        stack = stack.mid(0, depth);
        stack.append(m.captured(2));
        const QString path = stack.join(u'.');
        paths.insert(path);
        // "tiktok: {enabled: true, weight: 1}"
        const QString rest = m.captured(3).section(u'#', 0, 0).trimmed();
        if (rest.startsWith(u'{')) {
            auto it = flowKey.globalMatch(rest);
            while (it.hasNext())
                paths.insert(path + u'.' + it.next().captured(1));
        }
    }
    return paths;
}

} // namespace

class TestConfigExample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleLoadsToTheDefaults()
    {
        const auto loaded = loadConfig(testsupport::sourcePath(u"config/config.example.yaml"_s), QProcessEnvironment());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Config &c = loaded.value();
        const Config defaults;
        QVERIFY(c.pipeline == defaults.pipeline);
        QCOMPARE(c.asOf, defaults.asOf);
        QCOMPARE(c.ingest.naiveTimezone, defaults.ingest.naiveTimezone);
        QCOMPARE(c.ingest.aliases, defaults.ingest.aliases);
        QCOMPARE(c.ingest.batchSize, defaults.ingest.batchSize);
        QVERIFY(c.database == defaults.database);
        QVERIFY(c.server == defaults.server);
        QVERIFY(c.logging == defaults.logging);
        QVERIFY(c.poll == defaults.poll);
    }

    void exampleMentionsEveryKey()
    {
        const QSet<QString> paths = yamlPaths(readText(testsupport::sourcePath(u"config/config.example.yaml"_s)));
        QVERIFY(paths.contains(u"health.weights.diversity"_s)); // the scanner itself works
        const QString slugPrefix = u"platforms.<slug>."_s;
        for (const ConfigKeyInfo &key : configKeys()) {
            if (key.key.startsWith(slugPrefix)) {
                const QString leaf = key.key.mid(slugPrefix.size());
                for (const QString &slug : {u"tiktok"_s, u"xiaohongshu"_s, u"douyin"_s, u"instagram"_s, u"youtube"_s,
                                            u"weibo"_s, u"x"_s})
                    QVERIFY2(paths.contains(u"platforms.%1.%2"_s.arg(slug, leaf)), qPrintable(slug + u'.' + leaf));
                continue;
            }
            QVERIFY2(paths.contains(key.key), qPrintable(u"config.example.yaml lacks "_s + key.key));
        }
    }

    void keyTableIsDocumented()
    {
        const QList<ConfigKeyInfo> keys = configKeys();
        QVERIFY(keys.size() >= 40);
        QSet<QString> seen;
        for (const ConfigKeyInfo &key : keys) {
            QVERIFY2(!seen.contains(key.key), qPrintable(u"duplicate "_s + key.key));
            seen.insert(key.key);
            QVERIFY2(!key.doc.isEmpty() && !key.type.isEmpty(), qPrintable(key.key));
            QVERIFY(key.envVar.startsWith(u"GLASSTREND_"_s));
        }
        auto find = [&keys](const QString &name) {
            for (const ConfigKeyInfo &key : keys)
                if (key.key == name)
                    return key;
            return ConfigKeyInfo{};
        };
        const ConfigKeyInfo jaccard = find(u"clustering.min_jaccard"_s);
        QCOMPARE(jaccard.type, u"number"_s);
        QCOMPARE(jaccard.defaultValue, u"0.2"_s);
        QCOMPARE(jaccard.range, u"0 – 1"_s);
        QCOMPARE(jaccard.envVar, u"GLASSTREND_CLUSTERING_MIN_JACCARD"_s);
        QVERIFY(jaccard.perRun);
        const ConfigKeyInfo port = find(u"server.port"_s);
        QCOMPARE(port.defaultValue, u"8000"_s);
        QVERIFY(!port.perRun);
        QCOMPARE(find(u"health.weights.diversity"_s).envVar, u"GLASSTREND_HEALTH_WEIGHTS_DIVERSITY"_s);
        QCOMPARE(find(u"platforms.<slug>.weight"_s).defaultValue, u"1"_s);
        QVERIFY(find(u"clustering.stoplist"_s).defaultValue.startsWith(u"[fyp, foryou"_s));
    }

    void envExampleNamesRealVariables()
    {
        // Every variable of .env.example, commented or not, must be accepted beside the example.
        QString env;
        int variables = 0;
        for (QString line : readText(testsupport::sourcePath(u"config/.env.example"_s)).split(u'\n')) {
            if (line.startsWith(u"# GLASSTREND_"_s))
                line = line.mid(2);
            if (line.startsWith(u"GLASSTREND_"_s)) {
                env += line + u'\n';
                ++variables;
            }
        }
        QVERIFY(variables >= 15);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(testsupport::sourcePath(u"config/config.example.yaml"_s), dir.filePath(u"config.yaml"_s)));
        QFile dotEnv(dir.filePath(u".env"_s));
        QVERIFY(dotEnv.open(QIODevice::WriteOnly));
        dotEnv.write(env.toUtf8());
        dotEnv.close();
        const auto loaded = loadConfig(dir.filePath(u"config.yaml"_s), QProcessEnvironment());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().pipeline.platformWeights.value(u"tiktok"_s), 1.5);
        QVERIFY(!loaded.value().pipeline.enabledPlatforms.contains(u"weibo"_s));
    }
};

QTEST_GUILESS_MAIN(TestConfigExample)
#include "tst_configexample.moc"
