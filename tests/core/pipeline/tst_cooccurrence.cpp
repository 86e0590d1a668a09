#include <QTest>

#include "core/pipeline/cooccurrence.h"
#include "tests/core/pipeline/datasetbuilder.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// The co-occurrence graph: co(A,B) ≥ min_cooccurrence and jaccard ≥ min_jaccard, each with a decision.
class TestCooccurrence final : public QObject
{
    Q_OBJECT

    static const Decision *find(const std::vector<Decision> &log, const QString &subject)
    {
        for (const Decision &d : log)
            if (d.subject == subject)
                return &d;
        return nullptr;
    }

private Q_SLOTS:
    void edgesKeptAndRejectedWithTheirNumbers()
    {
        DatasetBuilder b;
        // matcha & latte together on 4 posts; matcha alone 6 more, latte alone 2 more.
        // posts(matcha) = 10, posts(latte) = 6, co = 4 → jaccard = 4 / (10 + 6 − 4) = 0.3333 ≥ 0.2: kept
        b.add(4, Row().tags({u"matcha"_s, u"latte"_s}))
            .add(6, Row().tags({u"matcha"_s}))
            .add(2, Row().tags({u"latte"_s}));
        // cat & dog together on 2 posts, each alone 8 more: posts 10 each, co = 2 → 2 / 18 = 0.1111 < 0.2: rejected
        b.add(2, Row().tags({u"dog"_s, u"cat"_s})).add(8, Row().tags({u"cat"_s})).add(8, Row().tags({u"dog"_s}));
        // sun & sea together once: co = 1 < min_cooccurrence 2, no edge (counted in the summary)
        b.add(1, Row().tags({u"sun"_s, u"sea"_s})).add(2, Row().tags({u"sun"_s})).add(2, Row().tags({u"sea"_s}));
        // fyp is on the stoplist: never part of a pair
        b.add(3, Row().tags({u"fyp"_s, u"matcha"_s, u"latte"_s}));
        const Dataset d = b.build();

        PipelineParams params;
        std::vector<Decision> log;
        const WindowPlan w = planWindow(d, params, log, CancelToken());
        const TagStats s = computeTagStats(d, w, params, CancelToken());
        log.clear();
        const CooccurrenceGraph graph = buildCooccurrenceGraph(d, w, s, params, CancelToken());
        logCooccurrence(d, s, graph, params, log);
        const std::vector<TagEdge> &edges = graph.edges;
        QCOMPARE(graph.candidates.size(), std::size_t(2)); // cat|dog and latte|matcha reach co ≥ 2
        QCOMPARE(graph.pairsBelowMinCooccurrence, std::size_t(1));

        // the 3 fyp posts add matcha+latte: posts(matcha) = 13, posts(latte) = 9, co = 7 → 7 / 15 = 0.4667
        QCOMPARE(edges.size(), std::size_t(1));
        QCOMPARE(d.tags.at(s.keptTags[std::size_t(edges[0].a)]), u"latte"_s); // a < b as strings
        QCOMPARE(d.tags.at(s.keptTags[std::size_t(edges[0].b)]), u"matcha"_s);
        QCOMPARE(edges[0].cooccurrence, 7);
        QCOMPARE(edges[0].jaccard, 7.0 / 15.0);

        const Decision *kept = find(log, u"edge:latte|matcha"_s);
        QVERIFY(kept);
        QCOMPARE(kept->outcome, u"kept"_s);
        QVERIFY2(kept->message.contains(u"jaccard(A,B) = co(A,B) / (posts(A) + posts(B) − co(A,B)) = 7 / (9 + 13 − 7) = 0.4667 ≥ 0.2"_s),
                 qPrintable(kept->message));

        const Decision *rejected = find(log, u"edge:cat|dog"_s);
        QVERIFY(rejected);
        QCOMPARE(rejected->outcome, u"rejected"_s);
        QCOMPARE(rejected->rule, u"clustering.min_jaccard"_s);
        QCOMPARE(rejected->values.value(u"jaccard"_s).toDouble(), 2.0 / 18.0);
        QVERIFY(rejected->message.contains(u"= 2 / (10 + 10 − 2) = 0.1111 < 0.2"_s));

        QVERIFY(!find(log, u"edge:sea|sun"_s));
        const Decision *summary = find(log, u"run"_s);
        QVERIFY(summary);
        QCOMPARE(summary->values.value(u"pairs_below_min_cooccurrence"_s).toInt(), 1); // sea|sun
    }
};

QTEST_GUILESS_MAIN(TestCooccurrence)
#include "tst_cooccurrence.moc"
