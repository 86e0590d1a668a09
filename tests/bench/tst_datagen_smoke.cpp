// Runs gt_datagen on 2,000 posts and checks that the output is NDJSON with SPEC section 1's
// required fields and that the truth lists the planted trends and decoys. Not a benchmark.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatagenSmoke final : public QObject
{
    Q_OBJECT

private:
    static QString generate(const QTemporaryDir &dir, const QString &name, const QString &seed)
    {
        const QString out = dir.filePath(name + u".ndjson"_s);
        QProcess process;
        process.start(QStringLiteral(GT_DATAGEN_EXE),
                      {u"--posts"_s, u"2000"_s, u"--seed"_s, seed, u"--out"_s, out, u"--quiet"_s});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
            return {};
        }
        return out;
    }

    static QByteArray sha(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void writesNdjsonAndTruth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = generate(dir, u"a"_s, u"7"_s);
        QVERIFY(!out.isEmpty());

        QFile data(out);
        QVERIFY(data.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        QSet<QString> platforms;
        QSet<QString> tagsSeen;
        while (!data.atEnd()) {
            const QByteArray line = data.readLine();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                     qPrintable(u"line %1: %2"_s.arg(lines + 1).arg(error.errorString())));
            const QJsonObject post = doc.object();
            for (const char *field : {"platform", "post_id", "creator_id", "created_at"})
                QVERIFY2(post.contains(QLatin1StringView(field)), field);
            platforms.insert(post[u"platform"_s].toString());
            for (const QJsonValue &tag : post[u"hashtags"_s].toArray())
                tagsSeen.insert(tag.toString().toLower());
            ++lines;
        }
        QCOMPARE(lines, 2000);
        QVERIFY(platforms.size() >= 5);

        QFile truthFile(dir.filePath(u"a.truth.json"_s));
        QVERIFY(truthFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        QCOMPARE(truth[u"posts"_s].toInteger(), 2000);
        QVERIFY(!truth[u"as_of"_s].toString().isEmpty());
        QCOMPARE(truth[u"window_hours"_s].toInt(), 24);
        const QJsonArray trends = truth[u"trends"_s].toArray();
        const QJsonArray decoys = truth[u"decoys"_s].toArray();
        QVERIFY(trends.size() >= 3);
        QCOMPARE(decoys.size(), 4);
        for (const QJsonValue &v : trends) {
            const QJsonObject t = v.toObject();
            QVERIFY(t[u"tags"_s].toArray().contains(t[u"anchor"_s]));
            QVERIFY(t[u"posts_in_window"_s].toInteger() >= 40);
            QVERIFY(t[u"unique_creators"_s].toInteger() >= 20);
            QVERIFY(t[u"platforms"_s].toArray().size() >= 2);
            QVERIFY(t[u"regions"_s].toArray().size() >= 3);
            QVERIFY(tagsSeen.contains(t[u"anchor"_s].toString()));
        }
        QSet<QString> checks;
        for (const QJsonValue &v : decoys) {
            const QJsonObject d = v.toObject();
            QVERIFY(!d[u"tags"_s].toArray().isEmpty());
            checks.insert(d[u"check"_s].toString());
        }
        QCOMPARE(checks, (QSet<QString>{u"creator_diversity"_s, u"regions"_s, u"growth"_s}));
    }

    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        const QString a = generate(dir, u"a"_s, u"11"_s);
        const QString b = generate(dir, u"b"_s, u"11"_s);
        const QString c = generate(dir, u"c"_s, u"12"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        QCOMPARE(sha(a), sha(b));
        QVERIFY(sha(a) != sha(c));
    }
};

QTEST_GUILESS_MAIN(TestDatagenSmoke)
#include "tst_datagen_smoke.moc"
