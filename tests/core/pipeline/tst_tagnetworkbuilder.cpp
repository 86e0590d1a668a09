#include <QTest>

#include "core/pipeline/pipeline.h"
#include "core/pipeline/tagnetworkbuilder.h"
#include "tests/core/pipeline/networkdataset.h"
#include "tests/core/pipeline/pipelinetestutil.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// The tag network read back from a run: nodes, edges, Jaccard and the split's drops, worked by hand.
class TestTagNetworkBuilder final : public QObject
{
    Q_OBJECT

    static Dataset dataset() { return splitNetworkDataset(); }
    static PipelineParams params() { return splitNetworkParams(); }

private Q_SLOTS:
    void nodesEdgesJaccardAndSplitFromTheRun()
    {
        const RunResult run = runPipeline(dataset(), params(), CancelToken());
        auto built = buildTagNetwork(run, run.decisions);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        const TagNetwork &net = built.value();
        QCOMPARE(net.runId, run.runId);
        QCOMPARE(net.asOfMs, kAsOf);

        // Nodes by tag, each with its posts; y and z have no edge (jaccard(y,z) = 2 / (10 + 5 − 2) = 2/13 < 0.2).
        QCOMPARE(net.nodes.size(), 5);
        const QStringList tags{u"a"_s, u"b"_s, u"c"_s, u"y"_s, u"z"_s};
        const QList<int> posts{5, 6, 3, 10, 5};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(net.nodes.at(i).tag, tags.at(i));
            QCOMPARE(net.nodes.at(i).posts, posts.at(i));
            QCOMPARE(net.indexOf(tags.at(i)), i);
        }
        QCOMPARE(net.indexOf(u"q"_s), -1); // not in the window: not a kept tag

        // jaccard(a,b) = 4 / (5 + 6 − 4) = 4/7, kept; jaccard(b,c) = 2 / (6 + 3 − 2) = 2/7, the weakest edge of a part
        // of 3 tags > max_tags 2: dropped by the split.
        QCOMPARE(net.edges.size(), 2);
        const NetworkEdge &ab = net.edges.at(0);
        QCOMPARE(std::pair(ab.source, ab.target), std::pair(0, 1));
        QCOMPARE(ab.cooccurrence, 4);
        QCOMPARE(ab.jaccard, 4.0 / 7.0);
        QVERIFY(!ab.droppedBySplit);
        const NetworkEdge &bc = net.edges.at(1);
        QCOMPARE(std::pair(bc.source, bc.target), std::pair(1, 2));
        QCOMPARE(bc.cooccurrence, 2);
        QCOMPARE(bc.jaccard, 2.0 / 7.0);
        QVERIFY(bc.droppedBySplit);

        // Clusters: {a,b} (anchor b), {c}, {y}, {z}; the trends are {a,b} and {y}.
        const ClusterResult *abCluster = clusterByAnchor(run, u"b"_s);
        QVERIFY(abCluster && abCluster->isTrend);
        QCOMPARE(net.nodes.at(0).clusterId, abCluster->trendId);
        QCOMPARE(net.nodes.at(1).clusterId, abCluster->trendId);
        QCOMPARE(net.nodes.at(0).clusterIndex, net.nodes.at(1).clusterIndex);
        QCOMPARE(run.clusters.at(net.nodes.at(0).clusterIndex).trendId, abCluster->trendId);
        QCOMPARE(net.nodes.at(0).urgency, abCluster->urgency);
        QVERIFY(net.nodes.at(2).clusterId != abCluster->trendId);
        const QList<bool> inTrend{true, true, false, true, false};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(net.nodes.at(i).inTrend, inTrend.at(i));
        QVERIFY(net.nodes.at(2).urgency.isEmpty());

        QCOMPARE(net.degrees(), (QList<int>{1, 2, 1, 0, 0}));
        const TagNetwork shown = net.withoutIsolatedTags();
        QCOMPARE(shown.nodes.size(), 3);
        QCOMPARE(shown.edges.size(), 2);
        QCOMPARE(shown.nodes.at(shown.edges.at(1).target).tag, u"c"_s);
        QVERIFY(shown.edges.at(1).droppedBySplit);
    }

    void onlyTheClusteringDecisionsAreNeeded()
    {
        // A stored run's log is loaded apart from it, filtered: the edge decisions alone give the same graph.
        const RunResult run = runPipeline(dataset(), params(), CancelToken());
        std::vector<Decision> edgeDecisions;
        for (const Decision &d : run.decisions)
            if (d.stage == u"clustering"_s && (d.outcome == u"kept"_s || d.outcome == u"dropped"_s))
                edgeDecisions.push_back(d);
        QVERIFY(edgeDecisions.size() < run.decisions.size());
        RunResult bare = run;
        bare.decisions.clear();
        auto built = buildTagNetwork(bare, edgeDecisions);
        QVERIFY(built.ok());
        QCOMPARE(built.value().edges.size(), 2);
        QCOMPARE(built.value().nodes.at(1).posts, 6);
    }

    void aLogThatDoesNotFitIsAnError()
    {
        const RunResult run = runPipeline(dataset(), params(), CancelToken());
        // Without the log, a cluster of two tags cannot say its tags' posts.
        auto withoutLog = buildTagNetwork(run, {});
        QVERIFY(!withoutLog.ok());
        QCOMPARE(withoutLog.error().code, u"invalid_value"_s);
        QVERIFY2(withoutLog.error().message.contains(u"#a"_s), qPrintable(withoutLog.error().message));
        // A log naming tags that are in no cluster of the run (another run's).
        std::vector<Decision> foreign{Decision{u"clustering"_s, u"edge:m|n"_s, u"clustering.min_jaccard"_s,
                                               QJsonObject{{u"posts_a"_s, 3}, {u"posts_b"_s, 3}}, u"kept"_s, {}}};
        auto other = buildTagNetwork(run, foreign);
        QVERIFY(!other.ok());
        QVERIFY(other.error().message.contains(u"edge:m|n"_s));
    }

    void anEmptyRunHasAnEmptyGraph()
    {
        auto built = buildTagNetwork(RunResult{}, {});
        QVERIFY(built.ok());
        QVERIFY(built.value().nodes.isEmpty());
        QVERIFY(built.value().edges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagNetworkBuilder)
#include "tst_tagnetworkbuilder.moc"
