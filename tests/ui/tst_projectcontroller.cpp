#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "ui/projectcontroller.h"

using namespace Qt::StringLiterals;

/// Opening a project with its settings, saving changes (never into the sample), failures.
class TestProjectController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(u"GlassTrendTests"_s); }

    void opensSavesAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.db"_s);
        PipelineParams defaults;
        defaults.minCreators = 7;
        {
            ProjectController projects(openFn(), defaults, u"tst_projectcontroller"_s, nullptr);
            projects.setSaveDelayMs(10);
            QSignalSpy opened(&projects, &ProjectController::opened);
            projects.open(path);
            QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
            QCOMPARE(projects.workspace().databasePath, path);
            const auto first = opened.first().at(1).value<ProjectSettings>();
            QVERIFY(first.params == defaults); // a new project starts from the configuration

            QSignalSpy saved(&projects, &ProjectController::saved);
            ProjectSettings changed{defaults, {{u"search"_s, u"matcha"_s}}, {}, {}};
            changed.params.windowHours = 720;
            projects.settingsChanged(changed);
            changed.params.minGrowth = 2.5; // a burst: the last one is written
            projects.settingsChanged(changed);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
            QCOMPARE(saved.count(), 1);
            QCOMPARE(saved.first().first().toString(), QString());
        }
        ProjectController again(openFn(), PipelineParams{}, u"tst_projectcontroller"_s, nullptr);
        QSignalSpy opened(&again, &ProjectController::opened);
        again.open(path);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        const auto restored = opened.first().at(1).value<ProjectSettings>();
        QCOMPARE(restored.params.windowHours, 720);
        QCOMPARE(restored.params.minGrowth, 2.5);
        QCOMPARE(restored.params.minCreators, 7);
        QCOMPARE(restored.filters.value(u"search"_s).toString(), u"matcha"_s);
    }

    void theSampleIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sample.db"_s);
        ProjectController projects(openFn(), PipelineParams{}, u"tst_projectcontroller"_s, nullptr);
        projects.setSaveDelayMs(10);
        QSignalSpy opened(&projects, &ProjectController::opened);
        projects.open(path, true);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        QVERIFY(projects.workspace().isSample);
        QSignalSpy saved(&projects, &ProjectController::saved);
        ProjectSettings changed;
        changed.params.windowHours = 6;
        projects.settingsChanged(changed);
        projects.flush();
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(SqliteProjectStore(db.value()).settings().value().isEmpty());
    }

    void aFailedOpenIsReported()
    {
        ProjectController projects([](const QString &) -> Result<Workspace> { return Error{u"io"_s, u"no disk"_s, {}}; },
                                   PipelineParams{}, u"tst_projectcontroller"_s, nullptr);
        QSignalSpy failed(&projects, &ProjectController::failed);
        projects.open(u"/nowhere/x.db"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QCOMPARE(failed.first().first().toString(), u"no disk"_s);
    }

private:
    /// A workspace with only its project store: what the controller needs.
    static ProjectController::OpenFn openFn()
    {
        return [](const QString &path) -> Result<Workspace> {
            auto db = Database::open(path);
            if (!db)
                return db.error();
            Workspace ws;
            ws.databasePath = path;
            ws.project = std::make_shared<SqliteProjectStore>(db.value());
            return ws;
        };
    }
};

QTEST_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
