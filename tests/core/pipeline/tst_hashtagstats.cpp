#include <QTest>

#include "core/pipeline/hashtagstats.h"
#include "tests/core/pipeline/datasetbuilder.h"

using namespace Qt::StringLiterals;
using namespace testdata;

/// Hashtag stats: posts and unique creators per tag of the window; stoplist and min_posts drops.
class TestHashtagStats final : public QObject
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
    void countsDropsAndKeeps()
    {
        DatasetBuilder b;
        b.add(5, Row().tags({u"fyp"_s, u"matcha"_s}))           // fyp: 5 posts, on the default stoplist
            .add(Row().by(u"ann"_s).tags({u"latte"_s}))  // latte: 3 posts by 2 creators (ann twice)
            .add(Row().by(u"ann"_s).tags({u"latte"_s}))
            .add(Row().by(u"bob"_s).tags({u"latte"_s}))
            .add(2, Row().tags({u"rare"_s}))                      // rare: 2 posts < min_posts 3
            .add(4, Row().tags({u"old"_s}).hoursAgo(30));      // old: only in the baseline, not a window tag
        const Dataset d = b.build();
        PipelineParams params;
        params.asOfMs = kAsOf;
        std::vector<Decision> log;
        const WindowPlan w = planWindow(d, params, log, CancelToken());
        log.clear();
        const TagStats s = computeTagStats(d, w, params, CancelToken());
        logTagStats(d, s, params, log);

        const auto id = [&](const QString &tag) { return std::size_t(d.tags.indexOf(tag)); };
        QCOMPARE(s.posts[id(u"fyp"_s)], 5);
        QCOMPARE(s.posts[id(u"matcha"_s)], 5);
        QCOMPARE(s.posts[id(u"latte"_s)], 3);
        QCOMPARE(s.creators[id(u"latte"_s)], 2); // ann, bob
        QCOMPARE(s.creators[id(u"matcha"_s)], 5);
        QCOMPARE(s.posts[id(u"old"_s)], 0);
        QCOMPARE(s.tagsInWindow, 4);

        // kept: latte, matcha — in string order, whatever the load order
        QCOMPARE(s.keptTags.size(), std::size_t(2));
        QCOMPARE(d.tags.at(s.keptTags[0]), u"latte"_s);
        QCOMPARE(d.tags.at(s.keptTags[1]), u"matcha"_s);
        QCOMPARE(s.keptIndex[id(u"fyp"_s)], -1);

        const Decision *fyp = find(log, u"tag:fyp"_s);
        QVERIFY(fyp);
        QCOMPARE(fyp->rule, u"clustering.stoplist"_s);
        QCOMPARE(fyp->outcome, u"dropped"_s);
        const Decision *rare = find(log, u"tag:rare"_s);
        QVERIFY(rare);
        QCOMPARE(rare->rule, u"clustering.min_posts"_s);
        QCOMPARE(rare->values.value(u"posts"_s).toInt(), 2);
        QCOMPARE(rare->values.value(u"threshold"_s).toInt(), 3);
        QCOMPARE(rare->message, u"2 posts (by 2 creators) < clustering.min_posts = 3: tag dropped"_s);
        QVERIFY(!find(log, u"tag:latte"_s));
        QVERIFY(!find(log, u"tag:old"_s));
        // decisions in tag order: fyp, rare, then the summary
        QCOMPARE(log.size(), std::size_t(3));
        QCOMPARE(log[0].subject, u"tag:fyp"_s);
        QCOMPARE(log[1].subject, u"tag:rare"_s);
        QCOMPARE(log[2].values.value(u"kept"_s).toInt(), 2);
    }

    void stoplistEntriesAreNormalized()
    {
        QCOMPARE(stoplistKey(u" #FYP "_s), u"fyp"_s);
        QCOMPARE(stoplistKey(u"＃Viral"_s), u"viral"_s);
        DatasetBuilder b;
        b.add(3, Row().tags({u"matcha"_s}));
        const Dataset d = b.build();
        PipelineParams params;
        params.stoplist = {u"#Matcha"_s};
        std::vector<Decision> log;
        const WindowPlan w = planWindow(d, params, log, CancelToken());
        const TagStats s = computeTagStats(d, w, params, CancelToken());
        QVERIFY(s.keptTags.empty());
        QCOMPARE(s.droppedByStoplist, 1);
    }
};

QTEST_GUILESS_MAIN(TestHashtagStats)
#include "tst_hashtagstats.moc"
