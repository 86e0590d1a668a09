// AlertEvaluator: which alerts a run raises, worked by hand on a small run; the webhook signature on
// RFC 4231's HMAC-SHA256 test vector; the retry delays.
#include <QTest>

#include "core/model/runresult.h"
#include "core/service/alertevaluator.h"
#include "core/service/webhooksender.h"

using namespace Qt::StringLiterals;

namespace {

ClusterResult cluster(const QString &id, const QStringList &tags, bool isTrend, const QString &urgency)
{
    ClusterResult c;
    c.trendId = id;
    c.anchor = tags.value(0);
    c.hashtags = tags;
    c.title = u"#"_s + tags.join(u" #"_s);
    c.isTrend = isTrend;
    c.urgency = isTrend ? urgency : QString();
    c.growth = 3.5;
    return c;
}

RunResult run()
{
    RunResult r;
    r.runId = u"run1"_s;
    r.asOfMs = 1748779200000LL;
    r.clusters = {cluster(u"t1"_s, {u"matchalatte"_s, u"icedmatcha"_s}, true, u"act_now"_s),
                  cluster(u"t2"_s, {u"oatmilk"_s, u"matcha"_s}, true, u"prepare"_s),
                  cluster(u"t3"_s, {u"matchabowl"_s}, false, u"act_now"_s), // not a trend: no alert
                  cluster(u"t4"_s, {u"coldbrew"_s}, true, u"monitor"_s)};
    return r;
}

QStringList keys(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(a.trendId + u'/' + a.reason + u'/' + a.watched.join(u','));
    return out;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watchMatching()
    {
        QVERIFY(watchMatches(u"matcha"_s, u"matcha"_s));
        QVERIFY(!watchMatches(u"matcha"_s, u"matchalatte"_s)); // exact means exact
        QVERIFY(watchMatches(u"matcha*"_s, u"matchalatte"_s));
        QVERIFY(watchMatches(u"matcha*"_s, u"matcha"_s));
        QVERIFY(!watchMatches(u"matcha*"_s, u"icedmatcha"_s)); // a prefix, not a substring
        QVERIFY(watchMatches(u" #Matcha "_s, u"matcha"_s));    // '#', case and spaces do not matter
        QVERIFY(!watchMatches(u"*"_s, u"anything"_s));         // a bare star watches nothing
        QVERIFY(!watchMatches(QString(), u"matcha"_s));
    }

    void watchedTagsAndActNow()
    {
        const QList<Alert> alerts = evaluateAlerts(run(), WatchList{{u"matcha*"_s, u"coldbrew"_s}, true});
        QCOMPARE(keys(alerts), (QStringList{u"t1/watched_tag/matchalatte"_s, u"t1/act_now/"_s,
                                            u"t2/watched_tag/matcha"_s, u"t4/watched_tag/coldbrew"_s}));
        const Alert &first = alerts.at(0);
        QCOMPARE(first.runId, u"run1"_s);
        QCOMPARE(first.asOfMs, 1748779200000LL);
        QCOMPARE(first.title, u"#matchalatte #icedmatcha"_s);
        QCOMPARE(first.urgency, u"act_now"_s);
        QCOMPARE(first.growth, std::optional<double>(3.5));
    }

    void actNowCanBeOff()
    {
        QCOMPARE(keys(evaluateAlerts(run(), WatchList{{u"oatmilk"_s}, false})),
                 QStringList{u"t2/watched_tag/oatmilk"_s});
        QCOMPARE(keys(evaluateAlerts(run(), WatchList{{}, true})), QStringList{u"t1/act_now/"_s});
        QVERIFY(evaluateAlerts(run(), WatchList{{}, false}).isEmpty());
    }

    void signatureIsHmacSha256OfTheBody()
    {
        // RFC 4231, test case 2.
        QCOMPARE(webhookSignature("what do ya want for nothing?", u"Jefe"_s),
                 QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void retryDelaysDouble()
    {
        QCOMPARE(webhookRetryDelayMs(2000, 1), 2000);
        QCOMPARE(webhookRetryDelayMs(2000, 2), 4000);
        QCOMPARE(webhookRetryDelayMs(2000, 4), 16000);
        QCOMPARE(webhookRetryDelayMs(2000, 40), 3600000); // capped at an hour
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
