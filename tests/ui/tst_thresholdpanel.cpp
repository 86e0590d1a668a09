#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

class TestThresholdPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKnobHasItsConfigKey()
    {
        ThresholdPanel panel;
        const QStringList keys = {u"window.hours"_s, u"clustering.min_posts"_s, u"clustering.min_cooccurrence"_s,
                                  u"clustering.min_jaccard"_s, u"clustering.max_tags"_s, u"validation.min_creators"_s,
                                  u"validation.min_creator_diversity"_s, u"validation.min_regions"_s,
                                  u"validation.min_growth"_s, u"health.weights.diversity"_s,
                                  u"health.weights.engagement"_s, u"health.weights.velocity"_s,
                                  u"urgency.act_now_growth"_s, u"urgency.act_now_confidence"_s, u"urgency.prepare_growth"_s};
        for (const QString &key : keys) {
            QVERIFY2(panel.sliderFor(key), qPrintable(key));
            QVERIFY(panel.sliderFor(key)->toolTip().startsWith(key));
        }
    }

    void sliderAndSpinBoxChangeParams()
    {
        ThresholdPanel panel;
        PipelineParams p;
        panel.setParams(p);
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        panel.sliderFor(u"clustering.min_jaccard"_s)->setValue(35); // steps of 0.01
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.params().minJaccard, 0.35);
        QCOMPARE(panel.spinBoxFor(u"clustering.min_jaccard"_s)->value(), 0.35);
        panel.spinBoxFor(u"validation.min_creators"_s)->setValue(9);
        QCOMPARE(panel.params().minCreators, 9);
        QCOMPARE(panel.sliderFor(u"validation.min_creators"_s)->value(), 9);
        QCOMPARE(changed.count(), 2);
        panel.setParams(PipelineParams{}); // programmatic: no signal
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.spinBoxFor(u"validation.min_creators"_s)->value(), 5.0);
    }

    void platformToggles()
    {
        ThresholdPanel panel;
        panel.setPlatforms({u"douyin"_s, u"tiktok"_s});
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        auto *tiktok = panel.findChild<QCheckBox *>(u"platforms.tiktok.enabled"_s);
        QVERIFY(tiktok && tiktok->isChecked());
        tiktok->setChecked(false);
        QCOMPARE(panel.params().enabledPlatforms, QStringList{u"douyin"_s});
        tiktok->setChecked(true);
        QVERIFY(panel.params().enabledPlatforms.isEmpty());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestThresholdPanel)
#include "tst_thresholdpanel.moc"
