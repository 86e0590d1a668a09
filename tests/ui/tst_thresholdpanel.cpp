#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include "core/model/runjson.h"
#include "ui/widgets/thresholdknobs.h"
#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

class TestThresholdPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKnobHasItsConfigKey()
    {
        // Every numeric parameter of the stored form (SPEC section 3's keys) has a knob whose
        // object name is the key and whose tooltip starts with it; the lists and maps are the
        // stoplist line and the platform rows.
        ThresholdPanel panel;
        const QJsonObject json = runjson::toJson(PipelineParams{});
        // The window (as_of, hours, baseline count) is the time bar's (tst_timebar).
        const QStringList notKnobs = {u"as_of"_s,          u"window.hours"_s,      u"window.baseline_windows"_s,
                                      u"clustering.stoplist"_s, u"platforms.enabled"_s, u"platforms.weights"_s,
                                      u"window.normalize_volume"_s /* a switch: config only */};
        int knobs = 0;
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (notKnobs.contains(it.key()))
                continue;
            const QString &key = it.key();
            QSlider *slider = panel.sliderFor(key);
            QVERIFY2(slider, qPrintable(key));
            QCOMPARE(slider->objectName(), key);
            QVERIFY2(slider->toolTip().startsWith(key + u'\n'), qPrintable(key));
            QVERIFY(panel.spinBoxFor(key)->toolTip().startsWith(key + u'\n'));
            QCOMPARE(panel.findChild<QSlider *>(key), slider);
            ++knobs;
        }
        QCOMPARE(knobs, int(thresholdKnobs().size()));
        QVERIFY(panel.stoplistEdit());
        QCOMPARE(panel.stoplistEdit()->objectName(), u"clustering.stoplist"_s);
        QVERIFY(panel.stoplistEdit()->toolTip().startsWith(u"clustering.stoplist\n"_s));
        QCOMPARE(panel.stoplistEdit()->text(), PipelineParams{}.stoplist.join(u", "_s));
    }

    void everyKnobMovesItsOwnKey()
    {
        // Each knob's spin box changes exactly the parameter stored under its key, and nothing else.
        for (const KnobSpec &spec : thresholdKnobs()) {
            const QString key = QString::fromUtf16(spec.key);
            ThresholdPanel panel;
            panel.setParams(PipelineParams{});
            QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
            QJsonObject expected = runjson::toJson(PipelineParams{});
            const double value =
                spec.get(PipelineParams{}) == spec.min + spec.step ? spec.min + 2 * spec.step : spec.min + spec.step;
            panel.spinBoxFor(key)->setValue(value);
            QCOMPARE(changed.count(), 1);
            const PipelineParams emitted = changed.first().at(0).value<PipelineParams>();
            QCOMPARE(emitted, panel.params());
            const QJsonObject actual = runjson::toJson(emitted);
            QVERIFY2(qAbs(actual.value(key).toDouble() - value) < 1e-9, qPrintable(key));
            expected.insert(key, actual.value(key));
            QVERIFY2(actual == expected, qPrintable(key)); // no other key moved
            QCOMPARE(panel.sliderFor(key)->value(), qRound((value - spec.min) / spec.step));
        }
    }

    void newKnobsSetTheirParams()
    {
        ThresholdPanel panel;
        panel.setParams(PipelineParams{});
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        panel.spinBoxFor(u"validation.creator_target"_s)->setValue(30);
        panel.spinBoxFor(u"validation.region_target"_s)->setValue(7);
        panel.sliderFor(u"confidence.weights.creators"_s)->setValue(14); // steps of 0.05
        panel.spinBoxFor(u"confidence.weights.regions"_s)->setValue(0.3);
        panel.spinBoxFor(u"evidence.top_posts"_s)->setValue(8);
        QCOMPARE(changed.count(), 5);
        const PipelineParams last = changed.last().at(0).value<PipelineParams>();
        QCOMPARE(last.creatorTarget, 30);
        QCOMPARE(last.regionTarget, 7);
        QCOMPARE(last.confidenceWeightCreators, 0.7);
        QCOMPARE(last.confidenceWeightRegions, 0.3);
        QCOMPARE(last.topPostsPerTile, 8);
        QCOMPARE(panel.spinBoxFor(u"confidence.weights.creators"_s)->value(), 0.7);
    }

    void stoplistIsACommaSeparatedLine()
    {
        ThresholdPanel panel;
        panel.setParams(PipelineParams{});
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        QLineEdit *edit = panel.stoplistEdit();
        edit->setText(u" fyp, #Viral ,, 推荐 , fyp"_s);
        QCOMPARE(changed.count(), 0); // typing alone does not re-run
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        const QStringList expected = {u"fyp"_s, u"#Viral"_s, u"推荐"_s};
        QCOMPARE(panel.params().stoplist, expected);
        QCOMPARE(changed.first().at(0).value<PipelineParams>().stoplist, expected);
        QCOMPARE(edit->text(), u"fyp, #Viral, 推荐"_s);
        QTest::keyClick(edit, Qt::Key_Return); // no change, no run
        QCOMPARE(changed.count(), 1);
        edit->clear();
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(changed.count(), 2);
        QVERIFY(panel.params().stoplist.isEmpty());
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

    void platformWeights()
    {
        ThresholdPanel panel;
        PipelineParams config;
        config.platformWeights = {{u"douyin"_s, 0.5}};
        panel.setParams(config);
        panel.setPlatforms({u"douyin"_s, u"tiktok"_s});
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        QDoubleSpinBox *douyin = panel.platformWeightFor(u"douyin"_s);
        QDoubleSpinBox *tiktok = panel.platformWeightFor(u"tiktok"_s);
        QVERIFY(douyin && tiktok);
        QCOMPARE(panel.findChild<QDoubleSpinBox *>(u"platforms.tiktok.weight"_s), tiktok);
        QVERIFY(tiktok->toolTip().startsWith(u"platforms.tiktok.weight\n"_s));
        QCOMPARE(tiktok->minimum(), 0.0);
        QCOMPARE(tiktok->maximum(), 10.0);
        QCOMPARE(tiktok->singleStep(), 0.1);
        QCOMPARE(douyin->value(), 0.5);
        QCOMPARE(tiktok->value(), 1.0);

        tiktok->setValue(2.5);
        QCOMPARE(changed.count(), 1);
        QMap<QString, double> expected{{u"douyin"_s, 0.5}, {u"tiktok"_s, 2.5}};
        QCOMPARE(changed.last().at(0).value<PipelineParams>().platformWeights, expected);
        tiktok->stepDown();
        QCOMPARE(panel.params().platformWeights.value(u"tiktok"_s), 2.4);
        // Weight 1 is stored as absent, as the config loader does, so params compare equal to config's.
        douyin->setValue(1.0);
        tiktok->setValue(1.0);
        QVERIFY(panel.params().platformWeights.isEmpty());
        QCOMPARE(panel.params(), PipelineParams{});
        QCOMPARE(changed.count(), 4);
        // A weight set from config for a platform not in the dataset survives edits of the others.
        config.platformWeights = {{u"weibo"_s, 3.0}};
        panel.setParams(config);
        tiktok->setValue(0);
        expected = {{u"tiktok"_s, 0.0}, {u"weibo"_s, 3.0}};
        QCOMPARE(panel.params().platformWeights, expected);
    }

    void resetShowsTheConfigValuesAgain()
    {
        // MainWindow answers resetRequested with setParams(config); every new knob follows.
        PipelineParams config;
        config.creatorTarget = 12;
        config.confidenceWeightRegions = 0.25;
        config.topPostsPerTile = 3;
        config.stoplist = {u"fyp"_s, u"viral"_s};
        config.platformWeights = {{u"tiktok"_s, 2.0}};
        ThresholdPanel panel;
        panel.setParams(config);
        panel.setPlatforms({u"douyin"_s, u"tiktok"_s});
        connect(&panel, &ThresholdPanel::resetRequested, &panel, [&panel, config] { panel.setParams(config); });

        panel.spinBoxFor(u"validation.creator_target"_s)->setValue(40);
        panel.spinBoxFor(u"confidence.weights.regions"_s)->setValue(0.9);
        panel.spinBoxFor(u"evidence.top_posts"_s)->setValue(20);
        panel.platformWeightFor(u"tiktok"_s)->setValue(5);
        panel.platformWeightFor(u"douyin"_s)->setValue(0.2);
        panel.stoplistEdit()->setText(u"reels"_s);
        QTest::keyClick(panel.stoplistEdit(), Qt::Key_Return);
        QVERIFY(panel.params() != config);

        QPushButton *reset = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text() == u"Reset to config"_s)
                reset = b;
        QVERIFY(reset);
        QSignalSpy changed(&panel, &ThresholdPanel::paramsChanged);
        reset->click();
        QCOMPARE(changed.count(), 0); // showing config is not an edit
        QCOMPARE(panel.params(), config);
        QCOMPARE(panel.spinBoxFor(u"validation.creator_target"_s)->value(), 12.0);
        QCOMPARE(panel.spinBoxFor(u"confidence.weights.regions"_s)->value(), 0.25);
        QCOMPARE(panel.spinBoxFor(u"evidence.top_posts"_s)->value(), 3.0);
        QCOMPARE(panel.platformWeightFor(u"tiktok"_s)->value(), 2.0);
        QCOMPARE(panel.platformWeightFor(u"douyin"_s)->value(), 1.0);
        QCOMPARE(panel.stoplistEdit()->text(), u"fyp, viral"_s);
    }
};

QTEST_MAIN(TestThresholdPanel)
#include "tst_thresholdpanel.moc"
