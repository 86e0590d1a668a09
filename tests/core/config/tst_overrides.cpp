#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/config/overrides.h"

using namespace Qt::StringLiterals;

class TestOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonOverridesChangeOnlyTheirKeys()
    {
        const PipelineParams base;
        const auto result = applyPipelineOverrides(
            base, QJsonObject{{u"clustering.min_jaccard"_s, 0.3},
                              {u"window.hours"_s, 6},
                              {u"health"_s, QJsonObject{{u"weights"_s, QJsonObject{{u"velocity"_s, 0.5}}}}},
                              {u"clustering.stoplist"_s, QJsonArray{u"fyp"_s}},
                              {u"platforms.tiktok.enabled"_s, false},
                              {u"platforms"_s, QJsonObject{{u"x"_s, QJsonObject{{u"weight"_s, 0.5}}}}},
                              {u"pipeline.as_of"_s, u"2025-06-01T00:00:00Z"_s}});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        PipelineParams expected;
        expected.minJaccard = 0.3;
        expected.windowHours = 6;
        expected.healthWeightVelocity = 0.5;
        expected.stoplist = {u"fyp"_s};
        expected.enabledPlatforms = {u"bilibili"_s, u"douyin"_s,      u"instagram"_s, u"kuaishou"_s, u"tieba"_s,
                                    u"weibo"_s,    u"x"_s,           u"xiaohongshu"_s, u"youtube"_s, u"zhihu"_s};
        expected.platformWeights = {{u"x"_s, 0.5}};
        expected.asOfMs = 1748736000000LL;
        QVERIFY(result.value() == expected);
    }

    void emptyOverridesKeepEverything()
    {
        PipelineParams base;
        base.enabledPlatforms = {u"reddit"_s, u"tiktok"_s};
        base.platformWeights = {{u"tiktok"_s, 2.0}};
        base.asOfMs = 123;
        const auto result = applyPipelineOverrides(base, QJsonObject());
        QVERIFY(result.ok());
        QVERIFY(result.value() == base);
    }

    void reEnablingTheOnlyDisabledPlatformMeansAll()
    {
        PipelineParams base;
        base.enabledPlatforms = {u"bilibili"_s, u"douyin"_s,      u"instagram"_s, u"kuaishou"_s, u"tieba"_s,
                                    u"weibo"_s,    u"x"_s,           u"xiaohongshu"_s, u"youtube"_s, u"zhihu"_s};
        const auto result = applyPipelineOverrides(base, QStringList{u"platforms.tiktok.enabled=true"_s});
        QVERIFY(result.ok());
        QVERIFY(result.value().enabledPlatforms.isEmpty());
    }

    void keyEqualsValueOverrides()
    {
        const auto result = applyPipelineOverrides(PipelineParams{}, QStringList{u"clustering.min_jaccard=0.3"_s,
                                                                                  u"validation.min_creators = 7"_s,
                                                                                  u"clustering.stoplist=fyp,viral"_s,
                                                                                  u"pipeline.as_of=now"_s});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().minJaccard, 0.3);
        QCOMPARE(result.value().minCreators, 7);
        QCOMPARE(result.value().stoplist, QStringList({u"fyp"_s, u"viral"_s}));
        QVERIFY(qAbs(result.value().asOfMs.value_or(0) - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void badJsonOverridesAreAllNamed()
    {
        const auto result = applyPipelineOverrides(PipelineParams{}, QJsonObject{{u"clustering.min_jaccrd"_s, 0.3},
                                                                                  {u"clustering.min_jaccard"_s, 1.5},
                                                                                  {u"window.hours"_s, 2.5},
                                                                                  {u"validation.min_growth"_s, true},
                                                                                  {u"server.port"_s, 9000}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"invalid_value"_s);
        const QString message = result.error().message;
        for (const QString &part : {u"clustering.min_jaccrd: unknown key (did you mean clustering.min_jaccard?)"_s,
                                    u"clustering.min_jaccard: 1.5 is out of range (allowed: 0 – 1)"_s,
                                    u"window.hours: expected an integer, got 2.5"_s,
                                    u"validation.min_growth: expected a number, got true"_s,
                                    u"server.port: not a per-run setting"_s})
            QVERIFY2(message.contains(part), qPrintable(u"missing «%1» in: %2"_s.arg(part, message)));
        QCOMPARE(result.error().details.toArray().size(), 5);
    }

    void badKeyEqualsValueOverridesAreAllNamed()
    {
        const auto result = applyPipelineOverrides(PipelineParams{}, QStringList{u"min_jaccard=0.3"_s, u"window.hours"_s,
                                                                                  u"window.hours=many"_s,
                                                                                  u"platforms.Not A Slug.enabled=true"_s});
        QVERIFY(!result.ok());
        const QString message = result.error().message;
        QVERIFY2(message.contains(u"min_jaccard: unknown key"_s), qPrintable(message));
        QVERIFY2(message.contains(u"\"window.hours\": expected key=value"_s), qPrintable(message));
        QVERIFY2(message.contains(u"window.hours: expected an integer, got \"many\""_s), qPrintable(message));
        QVERIFY2(message.contains(u"platforms.Not A Slug.enabled: unknown key"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestOverrides)
#include "tst_overrides.moc"
