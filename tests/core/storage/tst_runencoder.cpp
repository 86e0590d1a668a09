// RunEncoder: what it makes on two threads is exactly what the one-thread encoders make (every cluster blob, every
// decision block and index, in order), whichever of its threads did the work; and an encoder dropped before it is
// asked, or asked for the clusters only (a save that failed half way), stops and joins.
#include <QJsonArray>
#include <QTest>

#include "core/model/runjson.h"
#include "core/model/runresult.h"
#include "core/storage/blockcompression.h"
#include "core/storage/decisionlog.h"
#include "core/storage/runencoder.h"

using namespace Qt::StringLiterals;

namespace {

/// `clusters` clusters and `decisions` decisions of varied sizes and texts.
RunResult run(int clusters, int decisions)
{
    RunResult r;
    r.runId = u"r"_s;
    for (int c = 0; c < clusters; ++c) {
        ClusterResult cluster;
        cluster.trendId = u"t%1"_s.arg(c);
        cluster.anchor = u"抹茶%1"_s.arg(c);
        cluster.hashtags = {cluster.anchor, u"tag%1"_s.arg(c % 7)};
        cluster.title = u"#"_s + cluster.hashtags.join(u" #"_s);
        cluster.posts = c * 3 + 1;
        cluster.growth = 1.0 + c / 7.0;
        cluster.isTrend = c % 5 == 0;
        r.clusters.append(cluster);
    }
    for (int d = 0; d < decisions; ++d) {
        Decision decision;
        decision.stage = d % 3 == 0 ? u"hashtag_stats"_s : u"clustering"_s;
        decision.subject = u"tag:t%1"_s.arg(d % 911);
        decision.rule = u"clustering.min_posts"_s;
        decision.outcome = d % 2 ? u"kept"_s : u"dropped"_s;
        decision.values = QJsonObject{{u"posts"_s, d}, {u"share"_s, d / 3.0}, {u"tags"_s, QJsonArray{u"a"_s, d % 5}}};
        decision.message = u"%1 posts, at least 3 needed"_s.arg(d);
        r.decisions.push_back(decision);
    }
    return r;
}

} // namespace

class TestRunEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesWhatTheOneThreadEncodersMake_data()
    {
        QTest::addColumn<int>("clusters");
        QTest::addColumn<int>("decisions");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("one of each") << 1 << 1;
        QTest::newRow("blocks and an odd tail") << 300 << 3 * decisionlog::kPerBlock + 17;
        QTest::newRow("decisions only") << 0 << 2000;
    }
    void makesWhatTheOneThreadEncodersMake()
    {
        QFETCH(int, clusters);
        QFETCH(int, decisions);
        const RunResult r = run(clusters, decisions);
        RunEncoder encoder(r);
        const std::vector<QByteArray> &blobs = encoder.clusters();
        QCOMPARE(blobs.size(), std::size_t(clusters));
        for (qsizetype i = 0; i < r.clusters.size(); ++i) {
            QCOMPARE(blobs[std::size_t(i)],
                     blockcompression::compress(runjson::toJsonText(r.clusters.at(i), runjson::Detail::Evidence)));
        }
        QCOMPARE(encoder.decisions(), decisionlog::encodeAll(r.decisions));
        QCOMPARE(&encoder.clusters(), &blobs); // asked again: the same, at once
    }

    void anEncoderDroppedEarlyStopsAndJoins()
    {
        const RunResult r = run(2000, 20 * decisionlog::kPerBlock);
        for (int i = 0; i < 20; ++i) {
            RunEncoder dropped(r);
        }
        RunEncoder half(r);
        QCOMPARE(half.clusters().size(), std::size_t(2000));
    }
};

QTEST_APPLESS_MAIN(TestRunEncoder)
#include "tst_runencoder.moc"
