#include <QJsonDocument>
#include <QTest>

#include "core/model/runjson.h"
#include "core/model/runresult.h"
#include "ui/projectsettings.h"
#include "ui/runwindows.h"

using namespace Qt::StringLiterals;

/// What a project keeps (ProjectSettings) and the windows the timeline draws for a run (runWindows).
class TestProjectSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ProjectSettings s;
        s.params.asOfMs = 1748736000000;
        s.params.windowHours = 720;
        s.params.baselineWindows = 2;
        s.params.minGrowth = 2.5;
        s.params.enabledPlatforms = {u"weibo"_s};
        s.params.platformWeights = {{u"weibo"_s, 2.0}};
        s.filters = {{u"search"_s, u"matcha"_s}, {u"urgency"_s, u"act_now"_s}};
        const QMap<QString, QString> values = s.toValues();
        QCOMPARE(values.keys(), (QStringList{u"filters"_s, u"params"_s}));
        const ProjectSettings back = ProjectSettings::fromValues(values, PipelineParams{});
        QVERIFY(back.params == s.params);
        QCOMPARE(back.filters, s.filters);
        QVERIFY(back.warning.isEmpty());
    }

    void latestIsStoredAsNull()
    {
        ProjectSettings s; // no as_of = Latest
        const QJsonObject params = QJsonDocument::fromJson(s.toValues().value(u"params"_s).toUtf8()).object();
        QVERIFY(params.value(u"as_of"_s).isNull());
        PipelineParams defaults;
        defaults.asOfMs = 42000;
        QVERIFY(!ProjectSettings::fromValues(s.toValues(), defaults).params.asOfMs.has_value());
    }

    void aNewProjectTakesTheDefaults()
    {
        PipelineParams defaults;
        defaults.minCreators = 9;
        const ProjectSettings s = ProjectSettings::fromValues({}, defaults);
        QVERIFY(s.params == defaults);
        QVERIFY(s.filters.isEmpty());
    }

    void unknownAndMissingKeysKeepTheDefaults()
    {
        // Written by a newer build (an unknown key) and by an older one (keys missing).
        PipelineParams defaults;
        defaults.minCreators = 9;
        const QMap<QString, QString> values{{u"params"_s, u"{\"window.hours\": 48, \"window.future_knob\": 1}"_s}};
        const ProjectSettings s = ProjectSettings::fromValues(values, defaults);
        QCOMPARE(s.params.windowHours, 48);
        QCOMPARE(s.params.minCreators, 9);
        QVERIFY2(s.warning.contains(u"window.future_knob"_s), qPrintable(s.warning));
        // A value of the wrong type: nothing restored, and said so.
        const ProjectSettings bad =
            ProjectSettings::fromValues({{u"params"_s, u"{\"window.hours\": \"many\"}"_s}}, defaults);
        QVERIFY(bad.params == defaults);
        QVERIFY(!bad.warning.isEmpty());
    }

    void runWindowsFollowTheRun()
    {
        constexpr qint64 h = 3600000;
        RunResult run;
        run.asOfMs = 100 * h;
        run.params.windowHours = 24;
        run.params.baselineWindows = 3;
        const RunWindows w = runWindows(run);
        QCOMPARE(w.current, (TimelineWindow{76 * h, 100 * h, true}));
        QCOMPARE(w.baseline,
                 (QList<TimelineWindow>{{52 * h, 76 * h, true}, {28 * h, 52 * h, true}, {4 * h, 28 * h, true}}));

        // The pipeline's account of its baseline windows (oldest first) decides spans and coverage.
        run.baselineWindows = {BaselineWindow{3, 4 * h, 28 * h, 0, false}, BaselineWindow{2, 28 * h, 52 * h, 40, true},
                               BaselineWindow{1, 52 * h, 76 * h, 9, false}};
        const RunWindows covered = runWindows(run);
        QCOMPARE(covered.baseline,
                 (QList<TimelineWindow>{{52 * h, 76 * h, false}, {28 * h, 52 * h, true}, {4 * h, 28 * h, false}}));
    }
};

QTEST_MAIN(TestProjectSettings)
#include "tst_projectsettings.moc"
