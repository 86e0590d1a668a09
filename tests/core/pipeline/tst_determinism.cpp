#include <random>
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <thread>

#include <QTest>

#include "core/model/runjson.h"
#include "core/pipeline/clusterformation.h"
#include "core/pipeline/clusterposts.h"
#include "core/pipeline/clusterstage.h"
#include "core/pipeline/components.h"
#include "core/pipeline/cooccurrence.h"
#include "core/pipeline/hashtagstats.h"
#include "core/pipeline/pipeline.h"
#include "core/pipeline/window.h"
#include "tests/core/pipeline/datasetbuilder.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// Same data + same configuration + same as_of ⇒ the same output, byte for byte, whatever the load order.
class TestDeterminism final : public QObject
{
    Q_OBJECT

    /// `count` (default 3,000) posts over 96 h: 40 tags with a skewed popularity, 60 creators, 3 platforms, 6 regions, views
    /// unknown, zero or positive — enough for splits, ties and every special case to happen.
    static DatasetBuilder randomPosts(unsigned seed, int count = 3000)
    {
        std::mt19937 rng(seed);
        const QStringList platforms{u"tiktok"_s, u"weibo"_s, u"xiaohongshu"_s};
        const QStringList regions{u"US"_s, u"GB"_s, u"JP"_s, u"CN-ZJ"_s, u"DE"_s, u""_s};
        DatasetBuilder b;
        for (int i = 0; i < count; ++i) {
            QStringList tags;
            const int n = 1 + int(rng() % 4);
            for (int k = 0; k < n; ++k) {
                const int t = int((rng() % 40) * (rng() % 40) / 40); // skewed toward small numbers
                const QString tag = u"tag"_s + QString::number(t);
                if (!tags.contains(tag))
                    tags.append(tag);
            }
            const int v = int(rng() % 5);
            b.add(Row()
                      .on(platforms.at(int(rng() % 3)))
                      .by(u"u"_s + QString::number(rng() % 60))
                      .in(regions.at(int(rng() % 6)))
                      .tags(tags)
                      .hoursAgo(double(rng() % 9600) / 100.0)
                      .likes(rng() % 500)
                      .comments(rng() % 50)
                      .shares(rng() % 20)
                      .views(v == 0 ? -1 : v == 1 ? 0 : qint64(rng() % 100000)));
        }
        return b;
    }

    static PipelineParams params()
    {
        PipelineParams p;
        p.asOfMs = kAsOf;
        p.maxTags = 4; // force splits
        p.minJaccard = 0.05;
        p.minCreators = 3;
        p.minRegions = 1;
        p.minCreatorDiversity = 0.02;
        p.minGrowth = 0.5;
        p.minSignificance = 0;
        p.platformWeights.insert(u"weibo"_s, 0.7);
        return p;
    }

    static QByteArray bytes(const RunResult &run)
    {
        QJsonArray clusters;
        for (const ClusterResult &c : run.clusters)
            clusters.append(runjson::toJson(c, runjson::Detail::Evidence));
        QJsonArray decisions;
        for (const Decision &d : run.decisions)
            decisions.append(runjson::toJson(d));
        const QJsonObject all{{u"run_id"_s, run.runId},
                              {u"params"_s, runjson::toJson(run.params)},
                              {u"posts_in_window"_s, run.postsInWindow},
                              {u"clusters"_s, clusters},
                              {u"decisions"_s, decisions}};
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void sameInputsSameBytesAcrossLoadOrders()
    {
        const DatasetBuilder b = randomPosts(2025);
        const RunResult first = runPipeline(b.build(), params());
        // the case is not trivial: clusters, trends, splits and special cases all happen
        QVERIFY(first.clusters.size() >= 10);
        QVERIFY(first.trendCount() >= 1);
        int splits = 0;
        for (const Decision &d : first.decisions)
            splits += d.outcome == u"split" ? 1 : 0;
        QVERIFY(splits >= 1);

        const QByteArray expected = bytes(first);
        QCOMPARE(bytes(runPipeline(b.build(), params())), expected);
        QCOMPARE(bytes(runPipeline(b.buildReversed(), params())), expected);
        QCOMPARE(bytes(runPipeline(b.buildShuffled(1), params())), expected);
        QCOMPARE(bytes(runPipeline(b.buildShuffled(2), params())), expected);
    }

    /// evaluateClusters shares the clusters out between two threads in chunks of 16: with hundreds of clusters of
    /// very different sizes, every chunk order must still give the bytes of one thread working in order.
    void clustersOnTwoThreadsGiveTheBytesOfOne()
    {
        std::mt19937 rng(99);
        DatasetBuilder b;
        for (int i = 0; i < 6000; ++i) {
            // pairs of tags (group g: tags g_a, g_b) so that there are ~300 clusters, some large, most small
            const int g = int((rng() % 300) * (rng() % 300) / 300);
            const QString base = u"g"_s + QString::number(g);
            b.add(Row()
                      .on(i % 3 ? u"tiktok"_s : u"weibo"_s)
                      .by(u"u"_s + QString::number(rng() % 400))
                      .in(i % 4 ? u"US"_s : u"JP"_s)
                      .tags({base + u"a"_s, base + u"b"_s})
                      .hoursAgo(double(rng() % 9600) / 100.0)
                      .likes(rng() % 500)
                      .views(i % 5 ? qint64(rng() % 100000) : -1));
        }
        const Dataset data = b.build();
        const PipelineParams p = params();
        std::vector<Decision> log;
        const CancelToken cancel;
        const WindowPlan window = planWindow(data, p, log, cancel);
        const TagStats stats = computeTagStats(data, window, p, cancel);
        const CooccurrenceGraph graph = buildCooccurrenceGraph(data, window, stats, p, cancel);
        const std::vector<TagPart> parts = splitComponents(data, stats, graph.edges, p, log, cancel);
        const ClusterPosts posts = assignPostsToClusters(data, window, stats, parts, cancel);
        QVERIFY(parts.size() > 100);

        auto evaluate = [&](int threads) {
            RunResult run;
            run.decisions = log;
            run.cancelled = !evaluateClusters(data, window, stats, parts, posts, p, run.clusters, run.decisions,
                                              cancel, threads);
            return run;
        };
        const RunResult one = evaluate(1);
        QVERIFY(!one.cancelled);
        QCOMPARE(one.clusters.size(), qsizetype(parts.size()));
        QVERIFY(one.trendCount() >= 1);
        // clusters stay in part order, and so do their decisions
        QStringList formed;
        for (const Decision &d : one.decisions)
            if (d.outcome == u"formed")
                formed.append(d.subject);
        QCOMPARE(formed.size(), one.clusters.size());
        for (qsizetype i = 0; i < formed.size(); ++i)
            QCOMPARE(formed.at(i), u"cluster:"_s + one.clusters.at(i).trendId);
        const QByteArray expected = bytes(one);
        for (int rep = 0; rep < 10; ++rep)
            QCOMPARE(bytes(evaluate(2)), expected);

        // A cancelled token: no clusters, on one thread and on two (the helper thread is joined).
        for (const int threads : {1, 2}) {
            CancelToken cancelled;
            cancelled.cancel();
            QList<ClusterResult> clusters;
            std::vector<Decision> decisions;
            QVERIFY(!evaluateClusters(data, window, stats, parts, posts, p, clusters, decisions, cancelled, threads));
            QVERIFY(clusters.isEmpty());
        }
    }

    void runIdIsAContentHash()
    {
        DatasetBuilder b = randomPosts(7);
        const RunResult run = runPipeline(b.build(), params());
        QCOMPARE(run.runId.size(), 16);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(run.runId).hasMatch());
        QCOMPARE(runPipeline(b.buildShuffled(3), params()).runId, run.runId);

        // a post outside the span (200 h ago) changes nothing
        DatasetBuilder outside = b;
        outside.add(Row().tags({u"tag1"_s}).hoursAgo(200));
        QCOMPARE(runPipeline(outside.build(), params()).runId, run.runId);

        // a counter of a counted post, or a parameter, changes it
        DatasetBuilder changed = b;
        changed.add(Row().tags({u"tag1"_s}).hoursAgo(2));
        QVERIFY(runPipeline(changed.build(), params()).runId != run.runId);
        PipelineParams p = params();
        p.minPosts = 4;
        QVERIFY(runPipeline(b.build(), p).runId != run.runId);
    }

    /// The run id is stored with runs and compared across versions: its value for fixed data must never change,
    /// whatever the implementation. Post ids, creators and tags of every length from 0 to 70 units (the hash reads
    /// 8 bytes at a time, then a tail of 0, 2, 4 or 6), some not Latin-1.
    void runIdValueIsPinned()
    {
        DatasetBuilder b;
        const QString letters = u"abcdefghijklmnopqrstuvwxyz0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZ-抹茶éß🍵"_s;
        for (int n = 0; n <= 70; ++n) {
            // As stored text gives it back: a cut surrogate pair reads back as a replacement.
            const QString id = QString::fromUtf8(letters.repeated(2).left(n).toUtf8());
            b.add(Row()
                      .id(u"p"_s + QString::number(n) + u':' + id)
                      .on(n % 3 == 0 ? u"weibo"_s : u"tiktok"_s)
                      .by(u"creator_"_s + id.left(n % 17))
                      .in(n % 4 == 0 ? QString() : u"US"_s)
                      .tags({u"tag"_s + id.left(n % 13), u"抹茶"_s + QString::number(n % 5)})
                      .hoursAgo(double(n % 48) + 0.25)
                      .likes(n * 7)
                      .comments(n % 11)
                      .shares(n % 3)
                      .saves(n % 2)
                      .views(n % 5 == 0 ? -1 : n * 101));
        }
        // Changed deliberately with issue 11: the id hashes window.min_baseline_coverage and
        // window.normalize_volume too, since they change the numbers. Changed again with issue 13, for the data only:
        // post ids are held as UTF-8 since, so the ids here are ones a database can hold (a lone surrogate cannot
        // be); the build before that change gave this same value for these ids.
        QCOMPARE(runPipeline(b.build(), params()).runId, u"5ac69478d7005c8e"_s);
        QCOMPARE(runPipeline(b.buildShuffled(11), params()).runId, u"5ac69478d7005c8e"_s);
    }

    /// Trend ids are stored and linked to: "t" + the first 10 hex digits of SHA-1 of the anchor's UTF-8, forever.
    void trendIdValueIsPinned()
    {
        QCOMPARE(trendIdForAnchor(u"matcha"_s), u"t89127fe2f1"_s);
        QCOMPARE(trendIdForAnchor(u"抹茶拿铁"_s), u"t1d1f994809"_s);
        QCOMPARE(trendIdForAnchor(QString()), u"tda39a3ee5e"_s);
    }

    void asOfIsResolvedIntoTheResult()
    {
        DatasetBuilder b;
        b.add(Row().tags({u"a"_s}).hoursAgo(3)).add(Row().tags({u"a"_s}).hoursAgo(5));
        const RunResult run = runPipeline(b.build(), PipelineParams());
        QCOMPARE(run.asOfMs, kAsOf - 3 * kHour);
        QCOMPARE(run.params.asOfMs, std::optional<qint64>(kAsOf - 3 * kHour));
        QCOMPARE(run.windowStartMs, kAsOf - 27 * kHour);
        PipelineParams explicitAsOf;
        explicitAsOf.asOfMs = kAsOf - 3 * kHour;
        QCOMPARE(runPipeline(b.build(), explicitAsOf).runId, run.runId);
    }

    void cancelledRunStopsEarly()
    {
        const DatasetBuilder b = randomPosts(5);
        CancelToken token;
        token.cancel();
        const RunResult run = runPipeline(b.build(), params(), token);
        QVERIFY(run.cancelled);
        QVERIFY(run.clusters.isEmpty());
        QVERIFY(!runPipeline(b.build(), params()).cancelled);
    }

    void cancelDuringARunLeavesNoHalfResult()
    {
        // Cancelled from another thread at any point (the run id and the decision log run on
        // threads of their own): either a whole run with its id, or a cancelled one with nothing.
        const Dataset data = randomPosts(11, 20000).build();
        for (const int delayUs : {0, 200, 1000, 5000, 20000}) {
            CancelToken token;
            std::thread canceller([&token, delayUs] {
                std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
                token.cancel();
            });
            const RunResult run = runPipeline(data, params(), token);
            canceller.join();
            if (run.cancelled)
                QVERIFY(run.clusters.isEmpty());
            else
                QVERIFY(!run.runId.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
