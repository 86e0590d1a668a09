// Desktop benchmarks, run by hand (numbers reported in the README/issue, never asserted):
//  1. open a database and show tiles (window constructed → first tiles on screen);
//  2. a slider change → new result on screen (valueChanged → the views swapped and repainted), for
//     single moves and for a drag (ten moves 16 ms apart: one result, for the last position);
//  3. the longest GUI-thread block during open, import, slider re-runs, Re-run and PDF/CSV export
//     (event-loop lag), and how long the result swap itself took on the GUI thread.
// Usage: bench_ui --db PATH [--import FILE] [--pdf OUT.pdf] [--csv OUT.csv] [--reps N]
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <time.h>
#include <QSignalSpy>
#include <QSlider>
#include <QTextStream>

#include "core/storage/postrepository.h"
#include "core/log/log.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/support/sqlitediscovery.h"
#include "tests/ui/lagmonitor.h"
#include "ui/mainwindow.h"
#include "ui/pages/trendspage.h"
#include "ui/pipelinerunner.h"
#include "ui/models/tilemodel.h"
#include "ui/widgets/thresholdpanel.h"

using namespace Qt::StringLiterals;

namespace {

/// CPU time of the calling (GUI) thread, to tell our work from the machine's load.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

/// Lets posted events (layout, paint) run: the result is on screen when this returns.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

/// Counts published results without keeping them: a QSignalSpy would hold copies of each run's
/// snapshots and free them on the GUI thread when cleared, which is lag the app does not have.
class Published
{
public:
    explicit Published(PipelineRunner *runner)
    {
        QObject::connect(runner, &PipelineRunner::finished, &m_context, [this] {
            ++m_count;
            m_loop.quit();
        });
    }
    /// Waits until a result arrives that was not yet counted (true), or `ms` passes.
    bool wait(int ms)
    {
        const int before = m_count;
        QElapsedTimer waited;
        waited.start();
        while (m_count == before) {
            if (waited.elapsed() >= ms)
                return false;
            QTimer::singleShot(ms - int(waited.elapsed()), &m_loop, &QEventLoop::quit);
            m_loop.exec();
        }
        return true;
    }
    void clear() { m_count = 0; }
    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

private:
    QObject m_context;
    QEventLoop m_loop;
    int m_count = 0;
};

QString stats(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return u"best %1 ms, median %2 ms, worst %3 ms"_s.arg(v.front()).arg(v[v.size() / 2]).arg(v.back());
}

} // namespace

/// Times every event the GUI thread delivers at the outermost level, so that a long block can be named: the
/// receiver's class and object name and the event type of the slowest deliveries (printed with --blame).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0 || !m_on) {
            const bool paint = m_on && event->type() == QEvent::Paint;
            const qint64 start = paint ? threadCpuMs() : 0;
            QElapsedTimer wall;
            wall.start();
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            const qint64 spent = paint ? threadCpuMs() - start : 0;
            const qint64 waited = paint ? wall.elapsed() : 0;
            if (paint && (spent >= 4 || waited >= 8)) {
                const QObject *parent = receiver->parent();
                m_slow.append({std::max(spent, waited),
                               u"  paint %1 ms CPU, %5 ms wall in #%4: %2 %3"_s.arg(spent)
                                       .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                                       .arg(m_outer)
                                       .arg(waited)
                                   + (parent ? u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u' ' + parent->objectName()
                                             : QString())});
            }
            return r;
        }
        ++m_outer;
        const qint64 start = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        const QString who = QString::fromLatin1(receiver->metaObject()->className()) + u' ' + receiver->objectName();
        const int type = int(event->type());
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 spent = threadCpuMs() - start;
        const qint64 waited = wall.elapsed();
        if (spent >= 10 || waited >= (qEnvironmentVariableIsSet("GT_BLAME_MS") ? qEnvironmentVariableIntValue("GT_BLAME_MS") : 20))
            m_slow.append({std::max(spent, waited), u"#%5 %1 ms CPU, %4 ms wall: %2, event type %3"_s.arg(spent).arg(who).arg(type).arg(waited).arg(m_outer)});
        return r;
    }
    void blame(bool on) { m_on = on; }
    QStringList slowest(int n)
    {
        std::sort(m_slow.begin(), m_slow.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList out;
        for (int i = 0; i < qMin(n, int(m_slow.size())); ++i)
            out << m_slow.at(i).second;
        m_slow.clear();
        return out;
    }

private:
    int m_depth = 0;
    int m_outer = 0; // outer deliveries so far: a paint line names the event it was painted in
    bool m_on = false;
    QList<std::pair<qint64, QString>> m_slow;
};

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GlassTrendBench"_s);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"database"_s, u"path"_s});
    parser.addOption({u"import"_s, u"file to import while measuring lag"_s, u"file"_s});
    parser.addOption({u"pdf"_s, u"PDF to export while measuring lag"_s, u"file"_s});
    parser.addOption({u"csv"_s, u"CSV to export while measuring lag"_s, u"file"_s});
    parser.addOption({u"reps"_s, u"slider moves to time (default 7)"_s, u"n"_s, u"7"_s});
    parser.addOption({u"verbose"_s, u"debug log: how long each run took to show"_s});
    parser.addOption({u"blame"_s, u"name the slowest GUI-thread events of the open"_s});
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
    auto imports = std::make_shared<const ImportService>(std::make_shared<PostRepository>(db.value()), IngestOptions{});
    auto discovery = sqliteDiscovery(db.value(), PipelineParams{}, u"latest"_s, true);
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
    // Start-up is reported apart from the open: building the window and its first paint happen before anything is
    // on screen (a block the analyst cannot feel as a freeze); the open's blocks are those after the first paint.
    const qint64 cpuBefore = threadCpuMs();
    MainWindow window(ctx);
    const qint64 constructedMs = clock.elapsed();
    const qint64 constructCpuMs = threadCpuMs() - cpuBefore;
    window.resize(1600, 1000);
    window.show();
    Published finished(window.runner());
    QCoreApplication::processEvents(); // the first paint
    const qint64 firstPaintMs = clock.elapsed();
    const qint64 startupCpuMs = threadCpuMs() - cpuBefore;
    lag.reset();
    app.blame(parser.isSet(u"blame"_s));
    if (!finished.wait(600000))
        return 2;
    settle();
    app.blame(false);
    for (const QString &line : app.slowest(20))
        out << "  slow event: " << line << Qt::endl;
    const RunResult &first = *window.runner()->snapshot().run;
    out << "start-up: window built in " << constructedMs << " ms (" << constructCpuMs << " ms GUI CPU), first paint at "
        << firstPaintMs << " ms (" << startupCpuMs << " ms GUI CPU in all)" << Qt::endl;
    out << "open → tiles shown: " << clock.elapsed() << " ms (" << first.postsInWindow << " posts in window, "
        << first.clusters.size() << " clusters, " << first.trendCount() << " trends, pipeline " << first.durationMs
        << " ms); max GUI block after the first paint " << lag.maxLagMs() << " ms, ended "
        << lag.maxLagEndedMs() << " ms after it (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;

    if (parser.isSet(u"import"_s)) {
        QSignalSpy imported(&window, &MainWindow::importFinished);
        lag.reset();
        clock.restart();
        window.importFiles({parser.value(u"import"_s)});
        if (!imported.wait(3600000))
            return 4;
        out << "import: " << clock.elapsed() << " ms; max GUI block " << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
        finished.wait(600000); // the reload and re-run after the import
    }
    QSlider *growth = window.thresholdPanel()->sliderFor(u"validation.min_growth"_s);
    const int reps = qMax(1, parser.value(u"reps"_s).toInt());
    {
        // Single moves: valueChanged → the new result swapped in and painted.
        std::vector<qint64> shown;
        std::vector<qint64> pipeline;
        std::vector<qint64> overhead;
        qint64 worstSwap = 0;
        lag.reset();
        for (int i = 0; i < reps; ++i) {
            finished.clear();
            settle();
            const int target = growth->value() + (i % 2 ? -5 : 5);
            clock.restart();
            growth->setValue(target);
            if (!finished.wait(60000))
                return 3;
            settle();
            shown.push_back(clock.elapsed());
            pipeline.push_back(window.runner()->snapshot().run->durationMs);
            overhead.push_back(shown.back() - pipeline.back());
            worstSwap = qMax(worstSwap, window.lastSwapMs());
        }
        out << "slider → result shown (" << reps << " moves): " << stats(shown) << "; of which runPipeline "
            << stats(pipeline) << ", the rest (start, hydrate, index, swap, paint) " << stats(overhead) << " (worst swap " << worstSwap
            << " ms); max GUI block " << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
    }
    {
        // A drag: ten moves 16 ms apart; one result for the last position, timed from the last move.
        std::vector<qint64> shown;
        int published = 0;
        lag.reset();
        for (int r = 0; r < qMax(1, reps / 2); ++r) {
            settle();
            finished.clear();
            const int from = growth->value();
            for (int step = 1; step <= 10; ++step) {
                growth->setValue(from + (r % 2 ? -step : step));
                clock.restart();
                QEventLoop gap; // the event loop runs, idle, until the mouse moves again
                QTimer::singleShot(16, &gap, &QEventLoop::quit);
                gap.exec();
            }
            while (finished.isEmpty() || window.runner()->isBusy()) {
                if (!finished.wait(60000) && finished.isEmpty())
                    return 3;
            }
            settle();
            shown.push_back(clock.elapsed());
            published += int(finished.size());
            if (window.runner()->snapshot().run->params.minGrowth != window.thresholdPanel()->params().minGrowth)
                return 6;
        }
        out << "drag (10 moves, 16 ms apart) → final result shown: " << stats(shown) << " after the last move; "
            << published << " result(s) published for " << qMax(1, reps / 2) << " drag(s); max GUI block "
            << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
    }
    {
        // Run → Re-run: the same parameters again, so the whole swap is measured with no filtering
        // change; the GUI thread's CPU time shows the swap's own cost.
        std::vector<qint64> shown;
        lag.reset();
        const qint64 cpu0 = threadCpuMs();
        for (int i = 0; i < reps; ++i) {
            settle();
            finished.clear();
            clock.restart();
            window.runner()->runNow();
            if (!finished.wait(60000))
                return 3;
            settle();
            shown.push_back(clock.elapsed());
        }
        out << "Re-run → result shown: " << stats(shown) << "; GUI thread CPU " << (threadCpuMs() - cpu0) / reps
            << " ms per re-run; max GUI block " << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
    }

    if (parser.isSet(u"pdf"_s)) {
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        lag.reset();
        clock.restart();
        window.exportTiles(ExportJob::Format::Pdf, parser.value(u"pdf"_s), false);
        if (!exported.wait(600000))
            return 5;
        out << "PDF export of " << window.runner()->snapshot().run->trendCount() << " tiles: " << clock.elapsed()
            << " ms; max GUI block " << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
    }
    if (parser.isSet(u"csv"_s)) {
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        lag.reset();
        clock.restart();
        window.exportTiles(ExportJob::Format::Csv, parser.value(u"csv"_s), false);
        if (!exported.wait(600000))
            return 5;
        out << "CSV export of " << window.runner()->snapshot().run->trendCount() << " tiles: " << clock.elapsed()
            << " ms; max GUI block " << lag.maxLagMs() << " ms (GUI thread CPU in one block " << lag.maxCpuBlockMs() << " ms)" << Qt::endl;
    }
    return 0;
}
