// bench_truth_check: runs the pipeline on generated data and compares the tiles with the truth
// gt_datagen wrote beside it. Prints PASS or FAIL with reasons; exit code 0 on PASS, 1 on FAIL.
//   bench_truth_check --data /tmp/gt/50k.ndjson --db /tmp/gt/50k.db --truth /tmp/gt/50k.truth.json
//   bench_truth_check --direct /tmp/gt/50k.ndjson --truth /tmp/gt/50k.truth.json   (no database)
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/model/timeformat.h"
#include "core/pipeline/pipeline.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/truthcheck.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks the pipeline's tiles on gt_datagen data against its truth file."_s);
    parser.addHelpOption();
    BenchOptions options(parser);
    parser.process(app);

    auto truth = options.truth();
    if (!truth || truth.value().isEmpty()) {
        std::fprintf(stderr, "bench_truth_check: --truth FILE is required %s\n",
                     truth ? "" : qUtf8Printable(truth.error().message));
        return 2;
    }
    auto params = options.params();
    auto data = params ? options.loadWindow(params.value()) : Result<Dataset>(params.error());
    if (!data) {
        std::fprintf(stderr, "bench_truth_check: %s\n", qUtf8Printable(data.error().message));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const RunResult run = runPipeline(data.value(), params.value());
    benchutil::report("as_of", isoUtc(run.asOfMs));
    benchutil::report("runPipeline ms", QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1));

    const truthcheck::Verdict verdict = truthcheck::check(run, truth.value());
    for (const QString &note : verdict.notes)
        std::printf("  %s\n", qUtf8Printable(note));
    for (const QString &failure : verdict.failures)
        std::printf("FAIL: %s\n", qUtf8Printable(failure));
    std::printf("%s\n", verdict.passed ? "PASS" : "FAIL");
    return verdict.passed ? 0 : 1;
}
