// bench_read_formats: the reading half of an import alone — sniff, parse, map every record to a
// normalized Post (readFile with a sink that only counts) — for any format the readers know, e.g. a
// Zeeschuimer TikTok export from `gt_datagen --format zeeschuimer-tiktok`. Storage is measured by
// bench_import. Target (formats issue): ≥ 80,000 Zeeschuimer TikTok items/s. Run by hand:
//   bench_read_formats /tmp/gt/zs_tiktok_1m.ndjson
// A file no reader knows is read with `--mapping MAP.yaml` (issue #10: a mapped CSV at ≥ 60 % of the
// native CSV's rate; tests/bench/README.md has the commands).
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include "core/config/mappingyaml.h"
#include "core/ingest/readfile.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times readFile() (sniff, parse, normalize) without storage."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"Data file in any supported format."_s);
    const QCommandLineOption mappingOpt(u"mapping"_s, u"Read with this column mapping (YAML)."_s, u"MAP.yaml"_s);
    const QCommandLineOption platformOpt(u"platform"_s, u"Platform of records that do not say it."_s, u"P"_s);
    parser.addOptions({mappingOpt, platformOpt});
    parser.process(app);
    IngestOptions options;
    options.platform = parser.value(platformOpt);
    if (parser.isSet(mappingOpt)) {
        auto mapping = mappingyaml::readFile(parser.value(mappingOpt));
        if (!mapping.ok()) {
            std::fprintf(stderr, "bench_read_formats: %s\n", qUtf8Printable(mapping.error().message));
            return 2;
        }
        options.mapping = std::make_shared<const ColumnMapping>(std::move(mapping).value());
    }
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    benchutil::report("file", file + u" ("_s + QString::number(double(QFileInfo(file).size()) / 1e6, 'f', 1) + u" MB)"_s);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" before"_s);
    qint64 posts = 0;
    const double cpuBefore = benchutil::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto report = readFile(file, options, [&posts](std::vector<Post> &&batch) -> Status {
        posts += qint64(batch.size());
        return Ok{};
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = benchutil::processCpuSeconds() - cpuBefore;
    if (!report.ok()) {
        std::fprintf(stderr, "bench_read_formats: %s\n", qUtf8Printable(report.error().message));
        return 1;
    }
    benchutil::report("format", report.value().format);
    benchutil::report("records read", QString::number(report.value().read));
    benchutil::report("accepted", QString::number(posts));
    benchutil::report("rejected", QString::number(report.value().rejected));
    benchutil::report("seconds", QString::number(seconds, 'f', 2));
    benchutil::report("items/s", QString::number(qint64(double(report.value().read) / seconds)) + u"  (target ≥ 80000)"_s);
    benchutil::report("cpu seconds", QString::number(cpuSeconds, 'f', 2) + u" ("_s
                                         + QString::number(qint64(double(report.value().read) / cpuSeconds))
                                         + u" items per cpu-second)"_s);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" after"_s);
    benchutil::report("MB/s", QString::number(double(QFileInfo(file).size()) / 1e6 / seconds, 'f', 1));
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1));
    return 0;
}
