#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTimeZone>
#include <QDialog>
#include <QTimer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiserver.h"
#include "core/config/config.h"
#include "core/config/configwriter.h"
#include "core/config/mappingstore.h"
#include "core/model/ingestoptions.h"
#include "core/model/runjson.h"
#include "core/pipeline/pipeline.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/sqlite/sqliteprojectstore.h"
#include "tests/api/httpclient.h"
#include "tests/support/sqlitediscovery.h"
#include "tests/support/testdata.h"
#include "ui/desktopsettings.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/mappingflow.h"
#include "ui/models/mappingcolumnsmodel.h"
#include "ui/models/mappingpreviewmodel.h"
#include "ui/mainwindow.h"
#include "ui/models/evidencemodel.h"
#include "ui/models/tilemodel.h"
#include "ui/models/toppostsmodel.h"
#include "ui/pages/decisionspage.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/projectcontroller.h"
#include "ui/pages/clusterspage.h"
#include "ui/pages/networkpage.h"
#include "ui/models/clustermodel.h"
#include "ui/widgets/networkview.h"
#include "ui/mainmenus.h"
#include "ui/widgets/emptyproject.h"
#include "ui/theme.h"
#include "ui/widgets/evidencepanel.h"
#include "ui/widgets/rangeedit.h"
#include "ui/widgets/thresholdpanel.h"
#include "ui/widgets/timebar.h"

using namespace Qt::StringLiterals;

namespace {

/// RFC 4180 fields of a whole file (quotes, doubled quotes, CRLF, a UTF-8 BOM).
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, QString()));
        } else if (c == u'\n') {
            row.append(std::exchange(field, QString()));
            rows.append(std::exchange(row, QStringList()));
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool sameNumber(const QJsonValue &json, const QVariant &shown)
{
    if (json.isNull())
        return !shown.isValid();
    const double a = json.toDouble();
    const double b = shown.toDouble();
    return shown.isValid() && std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GlassTrendTests"_s);
        desktopSettings().remove(u"tst_mainwindow"_s); // what the window reads: never the user's own file
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"fixture.db"_s);
        Result<std::shared_ptr<Database>> db = Database::open(m_dbPath);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = db.value();
        m_mappings = std::make_shared<const MappingStore>(m_dir.filePath(u"mappings"_s));
        IngestOptions options;
        options.findMapping = [store = m_mappings](const QStringList &columns) { return store->find(columns); };
        m_imports = std::make_shared<ImportService>(std::make_shared<PostRepository>(m_db), options);
        m_discovery = sqliteDiscovery(m_db, PipelineParams{}, u"latest"_s, true);
        const Result<ImportReport> report =
            m_imports->importFile(testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s));
        QVERIFY(report.ok());
        QVERIFY(report.value().inserted > 2000);
    }

    void init()
    {
        // Each test starts from the fixture's defaults: what an earlier test changed was saved
        // into the fixture project.
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(u"DELETE FROM project_settings"_s));
        QFile::remove(configFile());
        startWatchdog();
        openWindow(m_dbPath);
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        QVERIFY(finished.wait(60000));
    }

    void cleanup()
    {
        m_window.reset();
        m_watchdog.reset();
    }

    void opensOnTheDatabaseWithTiles()
    {
        TileModel *tiles = m_window->trendsPage()->model();
        QAbstractItemModelTester tester(tiles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (qEnvironmentVariableIsSet("GT_DUMP")) {
            for (const ClusterResult &c : tiles->run()->clusters) {
                QStringList failed;
                for (const auto &k : c.checks)
                    if (!k.passed)
                        failed << k.name + u'=' + QString::number(k.value.value_or(qQNaN()));
                qInfo("%s posts=%d creators=%d growth=%.2f sig=%.1f conf=%.2f %s %s", qPrintable(c.title), c.posts,
                      c.uniqueCreators, c.growth.value_or(qQNaN()), c.significance.value_or(qQNaN()), c.confidence, qPrintable(c.urgency),
                      qPrintable(failed.join(u' ')));
            }
        }
        QCOMPARE(tiles->run()->trendCount(), tiles->rowCount());
        QVERIFY(tiles->rowCount() >= 2);
        const int matcha = tiles->rowOf(tiles->run()->clusters.isEmpty() ? QString() : [&] {
            for (const ClusterResult &c : tiles->run()->clusters)
                if (c.anchor == u"matchalatte")
                    return c.trendId;
            return QString();
        }());
        QVERIFY(matcha >= 0); // the sample's planted cross-platform trend
        QCOMPARE(tiles->index(matcha).data(TileModel::UrgencyRole).toString(), u"act_now"_s);
        QVERIFY(m_window->windowTitle().contains(u"fixture.db"_s));
        QCOMPARE(trendIds(*expectedRun(m_window->thresholdPanel()->params())), shownTrendIds());
    }

    void sliderRerunsAsThePipelineSays()
    {
        const QStringList before = shownTrendIds();
        // Select #matchalatte, the trend that survives the re-run below.
        TrendsPage *page = m_window->trendsPage();
        for (int row = 0; row < page->view()->model()->rowCount(); ++row) {
            const QModelIndex index = page->view()->model()->index(row, 0);
            if (index.data(TileModel::AnchorRole).toString() == u"matchalatte")
                page->view()->setCurrentIndex(index);
        }
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        // Growth 3: the slower trend falls off (#blokecore at 2.57 since the baseline is volume-adjusted); #matchalatte
        // (10.9) stays.
        m_window->thresholdPanel()->sliderFor(u"validation.min_growth"_s)->setValue(30);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->params.minGrowth, 3.0);
        const QStringList after = shownTrendIds();
        QVERIFY(after != before);
        QCOMPARE(after, trendIds(*expectedRun(m_window->thresholdPanel()->params())));
        QVERIFY2(m_window->statusMessage().contains(u"→"_s), qPrintable(m_window->statusMessage()));
        // The selected trend survives the re-run.
        QCOMPARE(m_window->evidencePanel()->trendId(), after.first());
    }

    void rapidSliderMovesGiveOneResult()
    {
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        QSignalSpy started(m_window->runner(), &PipelineRunner::started);
        const int droppedBefore = m_window->runner()->droppedResults();
        QSlider *slider = m_window->thresholdPanel()->sliderFor(u"validation.min_creators"_s);
        for (int v = 6; v <= 15; ++v) {
            slider->setValue(v);
            m_window->runner()->runNow(); // no waiting at all: every move asks for a run at once
        }
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->runner()->isBusy(), 30000);
        QTest::qWait(50); // nothing else is on its way
        // The first move started a run; each later move cancelled the run in flight and replaced
        // the one pending run's parameters. So: two runs, the first dropped, and exactly one result
        // published, for the final position. No intermediate position is ever shown.
        QCOMPARE(started.count(), 2);
        QCOMPARE(m_window->runner()->droppedResults() - droppedBefore, 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).value<RunSnapshot>().run->params.minCreators, 15);
        QCOMPARE(m_window->runner()->snapshot().run->params.minCreators, 15);
        QCOMPARE(shownTrendIds(), trendIds(*expectedRun(m_window->thresholdPanel()->params())));
    }

    void weightKnobsRerunSaveAndReset()
    {
        ThresholdPanel *panel = m_window->thresholdPanel();
        const std::shared_ptr<const RunResult> before = m_window->runner()->snapshot().run;
        QDoubleSpinBox *tiktok = panel->platformWeightFor(u"tiktok"_s);
        QVERIFY(tiktok); // the sample's platforms are offered
        QVERIFY(panel->platformWeightFor(u"douyin"_s));
        tiktok->setValue(5);
        panel->spinBoxFor(u"confidence.weights.creators"_s)->setValue(0.2);
        QTRY_VERIFY_WITH_TIMEOUT(shownRunHas(panel->params()), 30000);

        const std::shared_ptr<const RunResult> after = m_window->runner()->snapshot().run;
        QCOMPARE(after->params.platformWeights, (QMap<QString, double>{{u"tiktok"_s, 5.0}}));
        QCOMPARE(after->params.confidenceWeightCreators, 0.2);
        // The shown run is the pipeline's for these parameters, and the weights moved its numbers.
        const std::shared_ptr<const RunResult> expected = expectedRun(panel->params());
        QCOMPARE(after->clusters.size(), expected->clusters.size());
        for (qsizetype i = 0; i < after->clusters.size(); ++i) {
            QCOMPARE(after->clusters[i].trendId, expected->clusters[i].trendId);
            QCOMPARE(after->clusters[i].velocity, expected->clusters[i].velocity);
            QCOMPARE(after->clusters[i].confidence, expected->clusters[i].confidence);
        }
        QCOMPARE(shownTrendIds(), trendIds(*expected));
        bool velocityMoved = false;
        bool confidenceMoved = false;
        for (const ClusterResult &c : after->clusters) {
            for (const ClusterResult &old : before->clusters) {
                if (old.trendId != c.trendId)
                    continue;
                velocityMoved = velocityMoved || old.velocity != c.velocity;
                confidenceMoved = confidenceMoved || old.confidence != c.confidence;
            }
        }
        QVERIFY(velocityMoved);
        QVERIFY(confidenceMoved);

        // Save writes every knob to config.yaml: loading it gives the panel's parameters back.
        panel->stoplistEdit()->setText(u"fyp, viral"_s);
        QTest::keyClick(panel->stoplistEdit(), Qt::Key_Return);
        panel->spinBoxFor(u"evidence.top_posts"_s)->setValue(4);
        panel->spinBoxFor(u"validation.region_target"_s)->setValue(6);
        buttonOf(panel, u"Save to config"_s)->click();
        const Result<Config> saved = loadConfig(configFile(), QProcessEnvironment());
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(runjson::toJson(saved.value().pipeline), runjson::toJson(panel->params()));

        // Reset shows the configuration (now the saved one) again and runs it.
        tiktok->setValue(0.5);
        panel->spinBoxFor(u"confidence.weights.regions"_s)->setValue(0.1);
        QVERIFY(panel->params() != saved.value().pipeline);
        buttonOf(panel, u"Reset to config"_s)->click();
        QCOMPARE(runjson::toJson(panel->params()), runjson::toJson(saved.value().pipeline));
        QCOMPARE(tiktok->value(), 5.0);
        QTRY_VERIFY_WITH_TIMEOUT(shownRunHas(saved.value().pipeline), 30000);
    }

    void menusDriveTheWindow()
    {
        const auto action = [this](const QString &menuTitle, const QString &text) -> QAction * {
            for (QAction *top : m_window->menuBar()->actions()) {
                if (top->text() != menuTitle || !top->menu())
                    continue;
                for (QAction *a : top->menu()->actions()) {
                    if (a->text() == text)
                        return a;
                }
            }
            return nullptr;
        };
        // Run → Re-run runs the same parameters again.
        QAction *rerun = action(u"&Run"_s, u"&Re-run"_s);
        QVERIFY(rerun);
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        rerun->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        // View → Decisions shows that page.
        QAction *decisions = action(u"&View"_s, u"Decisions"_s);
        QVERIFY(decisions);
        decisions->trigger();
        QCOMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(m_window->decisionsPage()));
        m_window->tabs()->setCurrentIndex(0);
        // File → Open recent lists the open database first.
        QAction *recent = action(u"&File"_s, u"Open &recent"_s);
        QVERIFY(recent && recent->menu());
        QVERIFY(!recent->menu()->actions().isEmpty());
        QCOMPARE(recent->menu()->actions().first()->text(), QDir::toNativeSeparators(m_dbPath));
        // The status line shows the run.
        QVERIFY2(m_window->statusMessage().contains(u"trends"_s), qPrintable(m_window->statusMessage()));
    }

    void settingsStayInTheTestsOrganization()
    {
        // The window keeps its recent databases in the organization the process set, not in the
        // user's GlassTrend/desktop.conf.
        QSettings settings = desktopSettings();
        QVERIFY2(settings.fileName().contains(u"GlassTrendTests"_s), qPrintable(settings.fileName()));
        settings.beginGroup(u"tst_mainwindow"_s);
        QVERIFY(settings.value(u"recent"_s).toStringList().contains(m_dbPath));
    }

    void evidenceShowsTheApiNumbers()
    {
        // The REST server on the same database, discovering with the same (default) thresholds.
        ApiServerSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = 0;
        ApiServer server(settings, ApiServices{m_imports, m_discovery});
        QVERIFY(server.listen().ok());
        HttpClient http(server.port());
        QCOMPARE(http.postJson(u"/api/v1/discover"_s, {}).status, 200);

        TrendsPage *page = m_window->trendsPage();
        const QModelIndex second = page->view()->model()->index(1, 0);
        page->view()->setCurrentIndex(second);
        const QString id = second.data(TileModel::TrendIdRole).toString();
        QCOMPARE(m_window->evidencePanel()->trendId(), id);

        const HttpResult answer = http.get(u"/api/v1/trends/"_s + id);
        QCOMPARE(answer.status, 200);
        const QJsonObject tile =
            answer.json().contains(u"tile"_s) ? answer.json().value(u"tile"_s).toObject() : answer.json();
        QCOMPARE(tile.value(u"trend_id"_s).toString(), id);

        EvidenceModel *evidence = m_window->evidencePanel()->evidenceModel();
        QAbstractItemModelTester tester(evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject chain = tile.value(u"evidence"_s).toObject();
        const QJsonArray formulas = chain.value(u"formulas"_s).toArray();
        QVERIFY(!formulas.isEmpty());
        for (const QJsonValue &f : formulas) {
            const QString name = f.toObject().value(u"name"_s).toString();
            const QModelIndex row = evidence->findKey(u"formula:"_s + name);
            QVERIFY2(row.isValid(), qPrintable(name));
            QVERIFY2(sameNumber(f.toObject().value(u"result"_s), row.data(EvidenceModel::RawValueRole)),
                     qPrintable(name));
        }
        const QJsonArray checks = tile.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 6);
        for (const QJsonValue &c : checks) {
            const QJsonObject o = c.toObject();
            const QModelIndex row = evidence->findKey(u"check:"_s + o.value(u"name"_s).toString());
            QVERIFY(row.isValid());
            QVERIFY(sameNumber(o.value(u"value"_s), row.data(EvidenceModel::RawValueRole)));
            QVERIFY(sameNumber(o.value(u"threshold"_s), row.data(EvidenceModel::ThresholdRole)));
            QCOMPARE(row.data(EvidenceModel::PassedRole).toBool(), o.value(u"passed"_s).toBool());
        }
        for (const QJsonValue &e : chain.value(u"edges"_s).toArray()) {
            const QJsonObject o = e.toObject();
            const QModelIndex row =
                evidence->findKey(u"edge:"_s + o.value(u"a"_s).toString() + u'|' + o.value(u"b"_s).toString());
            QVERIFY(row.isValid());
            QVERIFY(sameNumber(o.value(u"jaccard"_s), row.data(EvidenceModel::RawValueRole)));
        }
        TopPostsModel *posts = m_window->evidencePanel()->topPostsModel();
        const QJsonArray topPosts = chain.value(u"top_posts"_s).toArray();
        QCOMPARE(posts->rowCount(), int(topPosts.size()));
        for (int i = 0; i < topPosts.size(); ++i)
            QCOMPARE(posts->posts()[i].postId, topPosts[i].toObject().value(u"post_id"_s).toString());
        server.shutdown();
    }

    void exportsPdfAndCsv()
    {
        const QString pdf = m_dir.filePath(u"tiles.pdf"_s);
        const QString csv = m_dir.filePath(u"tiles.csv"_s);
        QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
        m_window->exportTiles(ExportJob::Format::Pdf, pdf, false);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        m_window->exportTiles(ExportJob::Format::Csv, csv, false);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toString(), QString());

        const RunResult &run = *m_window->runner()->snapshot().run;
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(u"抹茶拿铁"_s)); // a Chinese tag, as text, not as shapes
        for (const ClusterResult &c : run.clusters) {
            if (c.isTrend)
                QVERIFY2(text.contains(u"#"_s + c.anchor), qPrintable(c.anchor));
        }

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), run.trendCount() + 1);
        const int idColumn = int(rows.first().indexOf(u"trend_id"_s));
        const int titleColumn = int(rows.first().indexOf(u"title"_s));
        QVERIFY(idColumn >= 0 && titleColumn >= 0);
        QStringList ids;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), rows.first().size());
            ids.append(rows[i][idColumn]);
        }
        QCOMPARE(ids, trendIds(run));
        bool chinese = false;
        for (qsizetype i = 1; i < rows.size(); ++i)
            chinese = chinese || rows[i][titleColumn].contains(u"抹茶拿铁"_s);
        QVERIFY(chinese);
    }

    void exportScopeIsExplicit()
    {
        // The walkthrough's defect: Export wrote only the trend that happened to be selected. Now File → Export
        // says which: all tiles, or the selected ones (named with their count).
        const RunResult &run = *m_window->runner()->snapshot().run;
        QVERIFY(run.trendCount() >= 2);
        QListView *view = m_window->trendsPage()->view();
        // The second tile alone (the first is the one selected after a run).
        view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
        const QStringList selected = m_window->trendsPage()->selectedTrendIds();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.first() != trendIds(run).first());

        auto *exportMenu = m_window->findChild<QMenu *>(u"exportMenu"_s);
        auto *selectedCsv = m_window->findChild<QAction *>(u"exportSelectedCsv"_s);
        auto *allCsv = m_window->findChild<QAction *>(u"exportAllCsv"_s);
        QVERIFY(exportMenu && selectedCsv && allCsv);
        Q_EMIT exportMenu->aboutToShow();
        QCOMPARE(selectedCsv->text(), u"Selected tiles (1) to CSV…"_s);
        QVERIFY(selectedCsv->isEnabled());
        QCOMPARE(allCsv->text(), u"All tiles to &CSV…"_s);

        QSignalSpy exported(m_window.get(), &MainWindow::exportFinished);
        const QString selectedPath = m_dir.filePath(u"selected.csv"_s);
        answerFileDialog(selectedPath);
        selectedCsv->trigger();
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QCOMPARE(csvTrendIds(selectedPath), selected);
        QVERIFY2(m_window->statusMessage().startsWith(u"Exported the selected tile to "_s),
                 qPrintable(m_window->statusMessage()));

        // All tiles, with the one still selected.
        const QString allPath = m_dir.filePath(u"all.csv"_s);
        answerFileDialog(allPath);
        allCsv->trigger();
        QVERIFY(exported.wait(60000));
        QCOMPARE(csvTrendIds(allPath), trendIds(run));
        QVERIFY2(m_window->statusMessage().startsWith(u"Exported all %1 tiles to "_s.arg(run.trendCount())),
                 qPrintable(m_window->statusMessage()));

        // Nothing selected: the selected entries say what to do and are disabled.
        view->selectionModel()->clearSelection();
        Q_EMIT exportMenu->aboutToShow();
        QVERIFY(!selectedCsv->isEnabled());
        QVERIFY(selectedCsv->text().contains(u"select tiles on the Trends page"_s));
    }

    void thresholdsSavedNamesTheFileAndTitleNamesTheAppOnce()
    {
        buttonOf(m_window->thresholdPanel(), u"Save to config"_s)->click();
        QVERIFY(QFileInfo::exists(configFile()));
        QCOMPARE(m_window->statusMessage(), u"Thresholds saved to "_s + QDir::toNativeSeparators(configFile()));
        // The platform adds the display name to a title that does not end with it: ours does, so it reads once.
        QGuiApplication::setApplicationDisplayName(u"GlassTrend"_s);
        QCOMPARE(m_window->windowTitle().count(u"GlassTrend"_s), 1);
        QVERIFY(m_window->windowTitle().endsWith(QGuiApplication::applicationDisplayName()));
    }

    void viewThemeDarkReachesTheKnobs()
    {
        auto *dark = m_window->findChild<QAction *>(u"theme-dark"_s);
        auto *system = m_window->findChild<QAction *>(u"theme-system"_s);
        QVERIFY(dark && system);
        dark->trigger();
        QVERIFY(dark->isChecked());
        const QPalette palette = Theme::darkPalette();
        QSlider *slider = m_window->thresholdPanel()->sliderFor(u"validation.min_creators"_s);
        QDoubleSpinBox *spin = m_window->thresholdPanel()->spinBoxFor(u"validation.min_growth"_s);
        QCOMPARE(slider->palette().color(QPalette::Window), palette.color(QPalette::Window));
        QCOMPARE(spin->palette().color(QPalette::Base), palette.color(QPalette::Base));
        QCOMPARE(m_window->palette().color(QPalette::Window), palette.color(QPalette::Window));
        system->trigger();
        QVERIFY(system->isChecked() && !dark->isChecked());
        QVERIFY(!Theme::isDark(slider->palette()));
    }

    void emptyProjectSaysWhatToDo()
    {
        // A new project: no post, so Latest resolves to nothing. The window says what to do, never "as of — UTC".
        const QString path = m_dir.filePath(u"empty-project.db"_s);
        QFile::remove(path);
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        m_window->openDatabase(path);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace().databasePath == path && !finished.isEmpty()
                                     && m_window->runner()->snapshot().run->postsInWindow == 0,
                                 30000);
        auto *menus = m_window->findChild<MainMenus *>();
        QVERIFY(menus);
        QVERIFY2(!menus->asOfText().contains(u"—"_s) && menus->asOfText().contains(u"Import data…"_s),
                 qPrintable(menus->asOfText()));
        EmptyProject *empty = m_window->trendsPage()->emptyProject();
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"no posts yet"_s));
        // "Import data…" asks for files (answered with nothing here).
        auto *timer = new QTimer(m_window.get());
        bool asked = false;
        connect(timer, &QTimer::timeout, timer, [this, timer, &asked] {
            auto *dialog = m_window->findChild<QFileDialog *>();
            if (!dialog || !dialog->isVisible())
                return;
            asked = true;
            timer->stop();
            dialog->reject();
        });
        timer->start(20);
        empty->importButton()->click();
        QVERIFY(asked);
    }

    void nearMissShowsItsWholeEvidence()
    {
        // A cluster that is not a trend: its top posts and formulas are worked out when it is selected.
        const RunSnapshot shown = m_window->runner()->snapshot();
        const ClusterResult *missed = nullptr;
        for (const ClusterResult &c : shown.run->clusters) {
            if (!c.isTrend && c.posts >= 3) {
                missed = &c;
                break;
            }
        }
        QVERIFY(missed);
        QVERIFY(missed->formulas.isEmpty() && missed->topPosts.isEmpty()); // a plain run has no chain for it
        const QString id = missed->trendId;
        const int expectedPosts = std::min(missed->posts, shown.run->params.topPostsPerTile);
        Q_EMIT m_window->clustersPage()->clusterSelected(id);
        EvidencePanel *evidence = m_window->evidencePanel();
        QTRY_COMPARE_WITH_TIMEOUT(evidence->topPostsModel()->rowCount(), expectedPosts, 30000);
        QCOMPARE(evidence->trendId(), id);
        QVERIFY(evidence->evidenceModel()->findKey(u"formula:velocity"_s).isValid());
        QVERIFY(evidence->evidenceModel()->findKey(u"formula:growth"_s).isValid());
        // Hydrated from the store: the posts have their URLs (the context menu copies them).
        QVERIFY(!evidence->topPostsModel()->index(0, 0).data(TopPostsModel::UrlRole).toString().isEmpty());
    }

    void networkPageSelectsTheClusterEverywhere()
    {
        // The Network tab lays out the shown run when opened; a click on #matchalatte selects its cluster in the
        // cluster table and the evidence panel, as a row of the table does.
        NetworkPage *network = m_window->networkPage();
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(network)), u"Network"_s);
        m_window->tabs()->setCurrentWidget(network);
        QTRY_VERIFY_WITH_TIMEOUT(network->view()->scene(), 30000);
        const NetworkScene *scene = network->view()->scene();
        if (qEnvironmentVariableIsSet("GT_NETWORK_PNG")) // to look at by hand
            network->grab().save(qEnvironmentVariable("GT_NETWORK_PNG"));
        QCOMPARE(scene->generation, m_window->runner()->snapshot().generation);
        const int node = scene->network.indexOf(u"matchalatte"_s);
        QVERIFY(node >= 0);
        const QString cluster = scene->network.nodes.at(node).clusterId;
        QVERIFY(scene->network.nodes.at(node).inTrend);
        // Select another cluster first, so the click is what brings this one.
        for (const ClusterResult &c : m_window->runner()->snapshot().run->clusters)
            if (c.trendId != cluster) {
                Q_EMIT m_window->clustersPage()->clusterSelected(c.trendId);
                break;
            }
        QVERIFY(m_window->evidencePanel()->trendId() != cluster);
        QTest::mouseClick(network->view(), Qt::LeftButton, {}, network->view()->nodePosition(node).toPoint());
        QCOMPARE(network->view()->selectedCluster(), cluster);
        QCOMPARE(m_window->evidencePanel()->trendId(), cluster);
        QCOMPARE(m_window->clustersPage()->view()->currentIndex().data(ClusterModel::TrendIdRole).toString(), cluster);
    }

    void timelineAndControlSetTheAsOf()
    {
        const RunResult &first = *m_window->runner()->snapshot().run;
        const qint64 latest = first.asOfMs;
        TimeBar *bar = m_window->timeBar();
        Timeline *timeline = bar->timeline();
        // The histogram is the whole project's, from the database.
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->hours().isEmpty(), 30000);
        qint64 total = 0;
        for (const HourCount &h : timeline->hours())
            total += h.posts;
        QCOMPARE(total, PostRepository(m_db).count().value());
        QCOMPARE(timeline->currentWindow().endMs, latest);
        QCOMPARE(timeline->baselineWindows().size(), first.params.baselineWindows);
        QVERIFY(bar->latestButton()->isChecked());

        // A click on the strip: the window ends at the hour clicked.
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        const QPoint click(int(std::lround(timeline->xAt(latest - 48 * kHour))), timeline->height() / 2);
        const qint64 clicked = timeline->timeAt(click.x());
        QVERIFY(std::abs(clicked - (latest - 48 * kHour)) <= 2 * kHour);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, click);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, clicked);
        QCOMPARE(timeline->currentWindow().endMs, clicked);
        QVERIFY(!bar->latestButton()->isChecked());
        QCOMPARE(bar->asOfEdit()->dateTime().toMSecsSinceEpoch(), clicked);

        // A drag moves it on, and runs once, on release.
        QSignalSpy started(m_window->runner(), &PipelineRunner::started);
        const QPoint from(int(std::lround(timeline->xAt(clicked))), timeline->height() / 2);
        const QPoint to(int(std::lround(timeline->xAt(clicked + 24 * kHour))), timeline->height() / 2);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QTest::mouseMove(timeline, to);
        QTest::qWait(50);
        QCOMPARE(started.count(), 0);
        const qint64 dragged = timeline->timeAt(to.x()); // before the strip's span follows the new windows
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QVERIFY(finished.wait(30000));
        QVERIFY(dragged > clicked);
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, dragged);

        // The date editor.
        const qint64 typed = latest - latest % kHour - 30 * kHour;
        bar->asOfEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(typed, QTimeZone::utc()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, typed);
        QCOMPARE(m_window->runner()->snapshot().run->windowStartMs, typed - 24 * kHour);
        QCOMPARE(shownTrendIds(), trendIds(*expectedRun(m_window->currentParams(), typed)));

        // Latest again.
        bar->latestButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, latest);
    }

    void thirtyDayPreset()
    {
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        m_window->timeBar()->presetButton(720)->click();
        QVERIFY(finished.wait(30000));
        const RunResult &run = *m_window->runner()->snapshot().run;
        QCOMPARE(run.params.windowHours, 720);
        QCOMPARE(run.windowStartMs, run.asOfMs - 720 * kHour);
        QCOMPARE(m_window->timeBar()->hoursEdit()->text(), u"720"_s);
        QVERIFY(m_window->timeBar()->presetButton(720)->isChecked());
        const Timeline *timeline = m_window->timeBar()->timeline();
        QCOMPARE(timeline->currentWindow().startMs, run.asOfMs - 720 * kHour);
        QCOMPARE(timeline->baselineWindows().size(), 3);
        QCOMPARE(timeline->baselineWindows().last().startMs, run.asOfMs - 4 * 720 * kHour);
        QCOMPARE(timeline->bucketHours(), 24); // 120 days on the strip: a bar per day
        QCOMPARE(shownTrendIds(), trendIds(*expectedRun(m_window->currentParams())));
    }

    void outOfRangeWindowIsRefused()
    {
        QSignalSpy started(m_window->runner(), &PipelineRunner::started);
        RangeEdit *hours = m_window->timeBar()->hoursEdit();
        hours->setFocus();
        hours->selectAll();
        QTest::keyClicks(hours, u"5000"_s);
        QTest::keyClick(hours, Qt::Key_Return);
        QVERIFY(hours->isRefused());
        QCOMPARE(hours->text(), u"5000"_s); // never silently changed into something else
        QVERIFY2(hours->toolTip().contains(u"2160"_s), qPrintable(hours->toolTip()));
        QVERIFY2(m_window->statusMessage().contains(u"5000"_s) && m_window->statusMessage().contains(u"2160"_s),
                 qPrintable(m_window->statusMessage()));
        QTest::qWait(100);
        QCOMPARE(started.count(), 0);
        QCOMPARE(m_window->runner()->params().windowHours, 24);
        QCOMPARE(m_window->currentParams().windowHours, 24);
        // 720 (which a spin box ending at 168 turned into 72) is taken as typed.
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        hours->selectAll();
        QTest::keyClicks(hours, u"720"_s);
        QTest::keyClick(hours, Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->params.windowHours, 720);
    }

    void importIntoTheSampleOffersANewProject()
    {
        const QString sample = m_dir.filePath(u"sample-copy.db"_s);
        QFile::remove(sample);
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->openDatabase(sample, true);
        QVERIFY(opened.wait(30000));
        QVERIFY(m_window->workspace().isSample);
        QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
        const QString file = testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s);

        // Cancel: nothing is imported anywhere.
        QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
        answerOffer(u"Cancel"_s);
        m_window->importFiles({file});
        QTest::qWait(100);
        QCOMPARE(imported.count(), 0);

        // New project…: the files go into it, and the sample stays as it was.
        const QString project = m_dir.filePath(u"from-sample.db"_s);
        QFile::remove(project);
        answerOffer(u"New project…"_s);
        answerFileDialog(project);
        m_window->importFiles({file});
        QVERIFY(imported.wait(60000));
        QCOMPARE(m_window->workspace().databasePath, project);
        QVERIFY(!m_window->workspace().isSample);
        QCOMPARE(m_window->windowTitle(), u"from-sample.db — GlassTrend"_s);
        auto projectDb = Database::open(project);
        QVERIFY(projectDb.ok());
        QVERIFY(PostRepository(projectDb.value()).count().value() > 2000);
        auto sampleDb = Database::open(sample);
        QVERIFY(sampleDb.ok());
        QCOMPARE(PostRepository(sampleDb.value()).count().value(), 0);
        QVERIFY(SqliteProjectStore(sampleDb.value()).settings().value().isEmpty()); // never written to
    }

    void projectKeepsItsSettings()
    {
        const QString path = m_dir.filePath(u"project-a.db"_s);
        QFile::remove(path);
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        answerFileDialog(path);
        QVERIFY(menuAction(u"&File"_s, u"&New project…"_s));
        menuAction(u"&File"_s, u"&New project…"_s)->trigger();
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.first().first().toString(), path);
        QCOMPARE(m_window->windowTitle(), u"project-a.db — GlassTrend"_s);
        QVERIFY(QFileInfo::exists(path));

        // Change the thresholds, the window, the as-of and a filter: each is saved as it changes.
        QSignalSpy saved(m_window->projects(), &ProjectController::saved);
        m_window->thresholdPanel()->sliderFor(u"validation.min_growth"_s)->setValue(25);
        m_window->timeBar()->presetButton(168)->click();
        const qint64 asOf = 1748736000000; // 2025-06-01T00:00Z
        m_window->timeBar()->asOfEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(asOf, QTimeZone::utc()));
        auto *search = m_window->trendsPage()->findChild<QLineEdit *>(u"tileSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"matcha"_s);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.last().first().toString(), QString());
        m_window->close();
        m_window.reset(); // closing writes whatever is still pending

        // Reopened: the project's settings, not the configuration's.
        openWindow(path);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace().databasePath, path, 30000);
        QCOMPARE(m_window->thresholdPanel()->params().minGrowth, 2.5);
        QCOMPARE(m_window->timeBar()->windowHours(), 168);
        QCOMPARE(m_window->timeBar()->asOfMs(), asOf);
        search = m_window->trendsPage()->findChild<QLineEdit *>(u"tileSearch"_s);
        QCOMPARE(search->text(), u"matcha"_s);
        QCOMPARE(m_window->trendsPage()->filters().value(u"search"_s).toString(), u"matcha"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->snapshot().run && !m_window->runner()->isBusy(), 30000);
        QCOMPARE(m_window->runner()->snapshot().run->params.windowHours, 168);
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, asOf);

        // The settings live in the file itself: File → Save a copy as… carries them.
        const QString copy = m_dir.filePath(u"project-a-copy.db"_s);
        QFile::remove(copy);
        answerFileDialog(copy);
        QAction *saveCopy = menuAction(u"&File"_s, u"Save a &copy as…"_s);
        QVERIFY(saveCopy);
        saveCopy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusMessage().startsWith(u"Saved a copy"_s), 30000);
        auto db = Database::open(copy);
        QVERIFY(db.ok());
        const QMap<QString, QString> values = SqliteProjectStore(db.value()).settings().value();
        QVERIFY(values.value(u"params"_s).contains(u"\"window.hours\":168"_s));
    }

    void latestHonoursDisabledPlatforms()
    {
        // The issue's case: a Weibo capture, and one Instagram post months later.
        const QString path = m_dir.filePath(u"latest.db"_s);
        QFile::remove(path);
        const qint64 weiboNewest = 1748736000000; // 2025-06-01T00:00Z
        const qint64 instagram = 1770000000000;   // 2026-02-02
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            std::vector<Post> posts;
            for (int i = 0; i < 20; ++i)
                posts.push_back(post(u"weibo"_s, i, weiboNewest - i * kHour));
            posts.push_back(post(u"instagram"_s, 99, instagram));
            QVERIFY(PostRepository(db.value()).upsert(posts).ok());
        }
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        m_window->openDatabase(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, instagram);
        QCheckBox *box = m_window->thresholdPanel()->findChild<QCheckBox *>(u"platforms.instagram.enabled"_s);
        QVERIFY(box);
        // Instagram is offered although the only post in the window is its own, Weibo too.
        QVERIFY(m_window->thresholdPanel()->findChild<QCheckBox *>(u"platforms.weibo.enabled"_s));
        box->setChecked(false);
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_window->runner()->snapshot().run->params.enabledPlatforms, QStringList{u"weibo"_s});
        QCOMPARE(m_window->runner()->snapshot().run->asOfMs, weiboNewest);
        QCOMPARE(m_window->runner()->snapshot().run->postsInWindow, 20);
        // The timeline counts the enabled platforms' posts.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->timeBar()->timeline()->hours().size(), 20, 30000);
    }

    // Last: it adds four posts to the fixture database.
    void unknownCsvIsMappedOnceThenImportsWithoutAsking()
    {
        const auto writeFile = [this](const QString &name, const QByteArray &bytes) {
            QFile file(m_dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            return file.fileName();
        };
        const QString first = writeFile(u"scraper-monday.csv"_s,
                                        "vid_id,vid_caption,when,hearts,author\n"
                                        "9100000000000000001,matcha #latte,2024-06-09 13:03:00,541.2K,mia\n"
                                        "9100000000000000002,tea time,2024-06-09 14:03:00,12,leo\n");
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        m_window->importFiles({first});
        QTRY_VERIFY(m_window->mappingFlow()->dialog() != nullptr);
        MappingDialog *dialog = m_window->mappingFlow()->dialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->importButton()->isEnabled()); // the file does not say its platform

        // Change a field: "hearts" feeds likes; the preview follows.
        dialog->columnsView()->setCurrentIndex(dialog->columnsModel()->index(3, 0));
        const int likes = dialog->fieldBox()->findData(u"likes"_s);
        dialog->fieldBox()->setCurrentIndex(likes);
        Q_EMIT dialog->fieldBox()->activated(likes);
        dialog->platformBox()->setCurrentIndex(dialog->platformBox()->findData(u"tiktok"_s));
        QCOMPARE(dialog->previewModel()->index(0, MappingPreviewModel::LikesColumn).data().toLongLong(), 541200);
        dialog->nameEdit()->setText(u"tst scraper"_s);
        QVERIFY(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);

        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toString().contains(u"2 inserted"_s), qPrintable(finished.last().at(0).toString()));
        QCOMPARE(m_mappings->list().size(), 1);
        QCOMPARE(m_mappings->list().first().fields.value(u"likes"_s), u"hearts"_s);

        // The next file with that header (columns in another order) imports without asking.
        const QString second = writeFile(u"scraper-tuesday.csv"_s,
                                         "author,vid_id,vid_caption,when,hearts\n"
                                         "zoe,9100000000000000003,hojicha,2024-06-10 09:00:00,3\n"
                                         "mia,9100000000000000004,more matcha,2024-06-10 10:00:00,1.2万\n");
        QVERIFY(!m_window->mappingFlow()->needsMapping(second));
        finished.clear();
        m_window->importFiles({second});
        QVERIFY(m_window->mappingFlow()->dialog() == nullptr);
        QVERIFY(finished.wait(60000));
        const QString summary = finished.last().at(0).toString();
        QVERIFY2(summary.contains(u"2 inserted"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"read with the saved mapping \"tst scraper\""_s), qPrintable(summary));
        QVERIFY(m_window->mappingFlow()->dialog() == nullptr);
        QVERIFY(m_window->statusMessage().contains(u"tst scraper"_s) || summary.contains(u"tst scraper"_s));
    }

private:
    static constexpr qint64 kHour = 3600000;

    QString configFile() const { return m_dir.filePath(u"config.yaml"_s); }

    /// A window over `initialDatabase`; every other path opens its own database and services,
    /// with its project settings, as the app does.
    /// A dialog nobody answers would hang the test until ctest kills it, with no word of which dialog it was:
    /// one still open after 30 s is named on stderr and rejected, so the test fails where it waited instead.
    void startWatchdog()
    {
        m_watchdog = std::make_unique<QTimer>();
        m_watchdog->setInterval(1000);
        auto seen = std::make_shared<QHash<QDialog *, int>>();
        connect(m_watchdog.get(), &QTimer::timeout, this, [seen] {
            QHash<QDialog *, int> next;
            for (QWidget *w : QApplication::allWidgets()) {
                auto *dialog = qobject_cast<QDialog *>(w);
                if (!dialog || !dialog->isVisible() || !dialog->isModal())
                    continue;
                const int seconds = seen->value(dialog) + 1;
                next.insert(dialog, seconds);
                if (seconds < 30)
                    continue;
                const auto *box = qobject_cast<QMessageBox *>(dialog);
                qWarning("watchdog: unanswered %s \"%s\" (%s): %s", dialog->metaObject()->className(),
                         qPrintable(dialog->objectName()), qPrintable(dialog->windowTitle()),
                         box ? qPrintable(box->text()) : "");
                dialog->reject();
            }
            *seen = std::move(next);
        });
        m_watchdog->start();
    }

    void openWindow(const QString &initialDatabase)
    {
        DesktopContext ctx;
        ctx.configParams = PipelineParams{};
        ctx.initialDatabase = initialDatabase;
        ctx.settingsGroup = u"tst_mainwindow"_s;
        ctx.sampleDatabasePath = m_dir.filePath(u"never-the-sample.db"_s);
        ctx.mappings = m_mappings;
        const QString configPath = configFile();
        ctx.saveParams = [configPath](const PipelineParams &params) { return savePipelineParams(configPath, params); };
        ctx.configPath = configPath;
        const auto imports = m_imports;
        const auto discovery = m_discovery;
        const auto fixture = m_db;
        const QString fixturePath = m_dbPath;
        ctx.openDatabase = [imports, discovery, fixture, fixturePath](const QString &path) -> Result<Workspace> {
            if (path == fixturePath)
                return Workspace::fromServices(path, discovery, imports, std::make_shared<SqliteProjectStore>(fixture));
            auto db = Database::open(path);
            if (!db)
                return db.error();
            return Workspace::fromServices(
                path, sqliteDiscovery(db.value(), PipelineParams{}, u"latest"_s, true),
                std::make_shared<ImportService>(std::make_shared<PostRepository>(db.value()), IngestOptions{}),
                std::make_shared<SqliteProjectStore>(db.value()));
        };
        m_window = std::make_unique<MainWindow>(ctx);
        m_window->projects()->setSaveDelayMs(20);
        m_window->show();
    }

    QAction *menuAction(const QString &menuTitle, const QString &text) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->text() != menuTitle || !top->menu())
                continue;
            for (QAction *a : top->menu()->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
        return nullptr;
    }

    /// Answers the next file dialog of the window with `path` (as the analyst would, in the dialog).
    void answerFileDialog(const QString &path)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [this, timer, path] {
            // The visible one: an earlier dialog of this window may still exist, hidden.
            QFileDialog *dialog = nullptr;
            for (QFileDialog *d : m_window->findChildren<QFileDialog *>()) {
                if (d->isVisible())
                    dialog = d;
            }
            if (!dialog)
                return;
            // selectFile() leaves the name alone while the name field has focus (QFileDialog::selectFile), which
            // depends on window activation timing: the name is typed into the field instead. The dialog may still be
            // filling in its default name: answer once ours is the one selected.
            dialog->setDirectory(QFileInfo(path).absolutePath());
            if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(QFileInfo(path).fileName());
            else
                dialog->selectFile(path);
            if (dialog->selectedFiles().value(0) != path) {
                static int misses = 0;
                if (++misses % 100 == 0)
                    qWarning("answerFileDialog: selected %s, want %s, dir %s", qPrintable(dialog->selectedFiles().join(u'|')),
                             qPrintable(path), qPrintable(dialog->directory().path()));
                return;
            }
            timer->stop();
            timer->deleteLater();
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected; the dialog's own runs
        });
        timer->start();
    }

    /// Clicks `button` in the next "import into the sample?" question. The box is looked for among the visible
    /// top-level widgets (QApplication::activeModalWidget() can name another window on the offscreen platform),
    /// and Cancel is found by its role (its text comes from the platform theme).
    void answerOffer(const QString &button)
    {
        auto *timer = new QTimer(m_window.get());
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, timer, [timer, button] {
            QMessageBox *box = nullptr;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && w->objectName() == u"sampleImportOffer"_s)
                    box = qobject_cast<QMessageBox *>(w);
            }
            if (!box)
                return;
            QAbstractButton *target = button == u"Cancel"_s ? box->button(QMessageBox::Cancel) : nullptr;
            for (QAbstractButton *b : box->buttons()) {
                if (!target && b->text() == button)
                    target = b;
            }
            if (!target)
                return;
            timer->stop();
            timer->deleteLater();
            target->click();
        });
        timer->start();
    }

    static Post post(const QString &platform, int i, qint64 createdAtMs)
    {
        Post p;
        p.platform = platform;
        p.postId = u"%1-%2"_s.arg(platform).arg(i);
        p.creatorId = u"creator-%1"_s.arg(i);
        p.createdAtMs = createdAtMs;
        p.hashtags = {u"launch"_s};
        return p;
    }

    /// The runner is idle and the run shown used `params` (up to the resolved as_of).
    bool shownRunHas(PipelineParams params) const
    {
        const std::shared_ptr<const RunResult> run = m_window->runner()->snapshot().run;
        if (m_window->runner()->isBusy() || !run)
            return false;
        params.asOfMs = run->params.asOfMs;
        return run->params == params;
    }

    static QPushButton *buttonOf(QWidget *parent, const QString &text)
    {
        for (QPushButton *button : parent->findChildren<QPushButton *>()) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

    std::shared_ptr<const RunResult> expectedRun(PipelineParams params, qint64 asOfMs = 0) const
    {
        // The newest post, as the app, unless given.
        params.asOfMs = asOfMs != 0 ? asOfMs : m_discovery->resolve(DiscoverRequest{}).value().asOfMs;
        const Result<Dataset> data = m_discovery->loadWindow(params);
        return std::make_shared<const RunResult>(runPipeline(data.value(), params));
    }

    /// The trend_id column of an exported CSV.
    static QStringList csvTrendIds(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        const qsizetype column = rows.isEmpty() ? -1 : rows.first().indexOf(u"trend_id"_s);
        QStringList ids;
        for (qsizetype i = 1; i < rows.size() && column >= 0; ++i)
            ids.append(rows[i].value(column));
        return ids;
    }

    static QStringList trendIds(const RunResult &run)
    {
        QStringList ids;
        for (const ClusterResult &c : run.clusters) {
            if (c.isTrend)
                ids.append(c.trendId);
        }
        return ids;
    }

    QStringList shownTrendIds() const
    {
        TileModel *tiles = m_window->trendsPage()->model();
        QStringList ids;
        for (int i = 0; i < tiles->rowCount(); ++i)
            ids.append(tiles->index(i).data(TileModel::TrendIdRole).toString());
        return ids;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<ImportService> m_imports;
    std::shared_ptr<const MappingStore> m_mappings;
    std::shared_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTimer> m_watchdog;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
