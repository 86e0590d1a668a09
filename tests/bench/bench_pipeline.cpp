// bench_pipeline: loads the window once, then times runPipeline alone, several times.
// Targets: < 100 ms at 100k posts, < 1.0 s at 1M posts, peak RSS < 500 MB. Run by hand:
//   bench_import /tmp/gt/1m.ndjson --db /tmp/gt/1m.db --keep
//   bench_pipeline --db /tmp/gt/1m.db --truth /tmp/gt/1m.truth.json --reps 5
// (--data FILE imports first in the same process and --direct FILE parses the file in memory; either
// then dominates the peak RSS.) --dump FILE writes the last run in full (run id, params, every cluster with its
// evidence, every decision) as NDJSON, to compare two builds byte for byte.
#include <cstdio>
#include <ctime>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/pipeline/pipeline.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

namespace {

/// One line for the run, then one per cluster (with its evidence), then one per decision.
bool dumpRun(const RunResult &run, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    auto line = [&](const QJsonObject &o) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        file.write("\n");
    };
    line({{u"run_id"_s, run.runId},
          {u"params"_s, runjson::toJson(run.params)},
          {u"as_of"_s, run.asOfMs},
          {u"window_start"_s, run.windowStartMs},
          {u"baseline_start"_s, run.baselineStartMs},
          {u"posts_in_window"_s, run.postsInWindow},
          {u"clusters"_s, qint64(run.clusters.size())},
          {u"decisions"_s, qint64(run.decisions.size())}});
    for (const ClusterResult &c : run.clusters)
        line(runjson::toJson(c, runjson::Detail::Evidence));
    for (const Decision &d : run.decisions)
        line(runjson::toJson(d));
    return file.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times runPipeline on a window loaded once from SQLite."_s);
    parser.addHelpOption();
    BenchOptions options(parser);
    const QCommandLineOption dump(u"dump"_s, u"Write the last run in full to <file> (NDJSON)."_s, u"file"_s);
    parser.addOption(dump);
    parser.process(app);

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    auto params = options.preparedParams();
    if (!params) {
        std::fprintf(stderr, "bench_pipeline: %s\n", qUtf8Printable(params.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto data = options.loadWindow(params.value());
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!data) {
        std::fprintf(stderr, "bench_pipeline: %s\n", qUtf8Printable(data.error().message));
        return 1;
    }
    benchutil::report("as_of", isoUtc(params.value().asOfMs.value_or(0)));
    benchutil::report("posts loaded", QString::number(data.value().posts.size()) + u" (window + baseline)"_s);
    benchutil::report("load ms", QString::number(loadMs, 'f', 1));
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1) + u" after load"_s);

    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2));
    std::vector<double> runs;
    std::vector<double> cpu;
    std::vector<double> processCpu;
    std::vector<double> frees;
    RunResult last;
    const int reps = options.repetitions(5);
    for (int i = 0; i < reps; ++i) {
        // The previous result is freed outside the timed call (the desktop frees it when the next one is shown).
        timer.restart();
        last = RunResult();
        if (i > 0)
            frees.push_back(double(timer.nsecsElapsed()) / 1e6);
        const double cpuBefore = benchutil::threadCpuSeconds();
        const double processCpuBefore = benchutil::processCpuSeconds();
        timer.restart();
        last = runPipeline(data.value(), params.value());
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back((benchutil::threadCpuSeconds() - cpuBefore) * 1000.0);
        processCpu.push_back((benchutil::processCpuSeconds() - processCpuBefore) * 1000.0);
    }
    const auto t = benchutil::summarize(runs);
    benchutil::report("posts in window", QString::number(last.postsInWindow));
    benchutil::report("clusters / trends",
                      QString::number(last.clusters.size()) + u" / "_s + QString::number(last.trendCount()));
    benchutil::report("decisions", QString::number(last.decisions.size()));
    benchutil::report("runPipeline ms", u"min %1  median %2  max %3  (%4 reps; target < 100 at 100k, < 1000 at 1M)"_s
                                            .arg(t.minMs, 0, 'f', 1)
                                            .arg(t.medianMs, 0, 'f', 1)
                                            .arg(t.maxMs, 0, 'f', 1)
                                            .arg(reps));
    const auto c = benchutil::summarize(cpu);
    benchutil::report("runPipeline cpu ms", u"min %1  median %2  max %3  (thread CPU time: steadier on a busy machine)"_s
                                                .arg(c.minMs, 0, 'f', 1)
                                                .arg(c.medianMs, 0, 'f', 1)
                                                .arg(c.maxMs, 0, 'f', 1));
    const auto pc = benchutil::summarize(processCpu);
    benchutil::report("all-threads cpu ms",
                      u"min %1  median %2  max %3  (every thread of the run)"_s.arg(pc.minMs, 0, 'f', 1)
                          .arg(pc.medianMs, 0, 'f', 1)
                          .arg(pc.maxMs, 0, 'f', 1));
    if (!frees.empty())
        benchutil::report("free previous result ms",
                          u"median %1  (untimed above)"_s.arg(benchutil::summarize(frees).medianMs, 0, 'f', 1));
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2));
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1) + u"  (target < 500)"_s);
    if (parser.isSet(dump) && !dumpRun(last, parser.value(dump))) {
        std::fprintf(stderr, "bench_pipeline: cannot write %s\n", qUtf8Printable(parser.value(dump)));
        return 1;
    }
    return 0;
}
