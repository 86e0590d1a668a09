#include <QAbstractItemModelTester>
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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiserver.h"
#include "core/config/config.h"
#include "core/config/configwriter.h"
#include "core/model/ingestoptions.h"
#include "core/model/runjson.h"
#include "core/pipeline/pipeline.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/api/httpclient.h"
#include "tests/support/testdata.h"
#include "ui/desktopsettings.h"
#include "ui/mainwindow.h"
#include "ui/models/evidencemodel.h"
#include "ui/models/tilemodel.h"
#include "ui/models/toppostsmodel.h"
#include "ui/pages/decisionspage.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/widgets/evidencepanel.h"
#include "ui/widgets/thresholdpanel.h"

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
        m_imports = std::make_shared<ImportService>(m_db, IngestOptions{});
        m_discovery = std::make_shared<DiscoveryService>(m_db, PipelineParams{}, u"latest"_s);
        const Result<ImportReport> report =
            m_imports->importFile(testsupport::sourcePath(u"resources/ui/sample/sample.ndjson"_s));
        QVERIFY(report.ok());
        QVERIFY(report.value().inserted > 2000);
    }

    void init()
    {
        DesktopContext ctx;
        ctx.configParams = PipelineParams{};
        ctx.initialDatabase = m_dbPath;
        ctx.settingsGroup = u"tst_mainwindow"_s;
        const QString configPath = configFile();
        QFile::remove(configPath);
        ctx.saveParams = [configPath](const PipelineParams &params) { return savePipelineParams(configPath, params); };
        const auto imports = m_imports;
        const auto discovery = m_discovery;
        ctx.openDatabase = [imports, discovery](const QString &path) -> Result<Workspace> {
            return Workspace::fromServices(path, discovery, imports);
        };
        m_window = std::make_unique<MainWindow>(ctx);
        m_window->show();
        QSignalSpy finished(m_window->runner(), &PipelineRunner::finished);
        QVERIFY(finished.wait(60000));
    }

    void cleanup() { m_window.reset(); }

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
        ApiServer server(settings, ApiServices{m_db, m_imports, m_discovery});
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

private:
    QString configFile() const { return m_dir.filePath(u"config.yaml"_s); }

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

    std::shared_ptr<const RunResult> expectedRun(PipelineParams params) const
    {
        params.asOfMs = m_discovery->resolve(DiscoverRequest{}).value().asOfMs; // the newest post, as the app
        const Result<Dataset> data = m_discovery->loadWindow(params);
        return std::make_shared<const RunResult>(runPipeline(data.value(), params));
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
    std::shared_ptr<DiscoveryService> m_discovery;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
