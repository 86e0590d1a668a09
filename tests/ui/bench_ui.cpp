// Desktop benchmarks, run by hand (numbers reported in the README/issue, never asserted):
//  1. open a database and show tiles (window constructed → first tiles on screen);
//  2. a slider change → new result on screen (with the 150 ms debounce, and without);
//  3. the longest GUI-thread block during open, import, re-run and export (event-loop lag).
// Usage: bench_ui --db PATH [--import FILE] [--pdf OUT.pdf]
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSlider>
#include <QTextStream>

#include "core/log/log.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/ui/lagmonitor.h"
#include "ui/mainwindow.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/models/tilemodel.h"
#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GlassTrendBench"_s);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"database"_s, u"path"_s});
    parser.addOption({u"import"_s, u"file to import while measuring lag"_s, u"file"_s});
    parser.addOption({u"pdf"_s, u"PDF to export while measuring lag"_s, u"file"_s});
    parser.addOption({u"verbose"_s, u"debug log: how long each run took to show"_s});
    parser.process(app);
    QTextStream out(stdout);
    gtlog::LogSettings logging;
    logging.level = parser.isSet(u"verbose"_s) ? u"debug"_s : u"warn"_s;
    (void)gtlog::setup(logging);

    Result<std::shared_ptr<Database>> db = Database::open(parser.value(u"db"_s));
    if (!db) {
        out << db.error().message << Qt::endl;
        return 1;
    }
    auto imports = std::make_shared<const ImportService>(db.value(), IngestOptions{});
    auto discovery = std::make_shared<const DiscoveryService>(db.value(), PipelineParams{}, u"latest"_s);
    DesktopContext ctx;
    ctx.initialDatabase = parser.value(u"db"_s);
    ctx.settingsGroup = u"bench"_s;
    ctx.openDatabase = [imports, discovery](const QString &path) -> Result<Workspace> {
        return Workspace::fromServices(path, discovery, imports);
    };

    LagMonitor lag;
    lag.start();
    QElapsedTimer clock;
    clock.start();
    MainWindow window(ctx);
    window.resize(1600, 1000);
    window.show();
    QSignalSpy finished(window.runner(), &PipelineRunner::finished);
    if (!finished.wait(600000))
        return 2;
    const RunResult &first = *window.runner()->snapshot().run;
    out << "open → tiles shown: " << clock.elapsed() << " ms (" << first.postsInWindow << " posts in window, "
        << first.clusters.size() << " clusters, " << first.trendCount() << " trends, pipeline " << first.durationMs
        << " ms); max GUI block " << lag.maxLagMs() << " ms" << Qt::endl;

    if (parser.isSet(u"import"_s)) {
        QSignalSpy imported(&window, &MainWindow::importFinished);
        lag.reset();
        clock.restart();
        window.importFiles({parser.value(u"import"_s)});
        if (!imported.wait(3600000))
            return 4;
        out << "import: " << clock.elapsed() << " ms; max GUI block " << lag.maxLagMs() << " ms" << Qt::endl;
        finished.wait(600000); // the reload and re-run after the import
    }
    QSlider *growth = window.thresholdPanel()->sliderFor(u"validation.min_growth"_s);
    for (int debounce : {150, 0}) {
        window.runner()->setDebounceMs(debounce);
        qint64 worst = 0;
        qint64 total = 0;
        lag.reset();
        for (int i = 0; i < 5; ++i) {
            finished.clear();
            clock.restart();
            growth->setValue(growth->value() + (i % 2 ? -5 : 5));
            if (!finished.wait(60000))
                return 3;
            worst = qMax(worst, clock.elapsed());
            total += clock.elapsed();
        }
        out << "slider → result shown (debounce " << debounce << " ms): mean " << total / 5 << " ms, worst " << worst
            << " ms (pipeline " << window.runner()->snapshot().run->durationMs << " ms); max GUI block "
            << lag.maxLagMs() << " ms" << Qt::endl;
    }

    if (parser.isSet(u"pdf"_s)) {
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        lag.reset();
        clock.restart();
        window.exportTiles(ExportJob::Format::Pdf, parser.value(u"pdf"_s), false);
        if (!exported.wait(600000))
            return 5;
        out << "PDF export of " << window.runner()->snapshot().run->trendCount() << " tiles: " << clock.elapsed()
            << " ms; max GUI block " << lag.maxLagMs() << " ms" << Qt::endl;
    }
    return 0;
}
