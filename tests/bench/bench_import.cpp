// bench_import: ImportService::importFile on a generated file into a fresh SQLite database.
// Target (SPEC/issue): ≥ 150,000 posts/s and peak RSS < 300 MB for 1M posts. Run by hand:
//   bench_import /tmp/gt/1m.ndjson --db /tmp/gt/1m.db
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "core/model/ingestoptions.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times ImportService::importFile into a fresh SQLite database."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"Data file (e.g. from gt_datagen)."_s);
    const QCommandLineOption dbOpt(u"db"_s, u"Database to create (deleted first)."_s, u"PATH"_s,
                                   QDir::temp().filePath(u"gt_bench_import.db"_s));
    const QCommandLineOption keepOpt(u"keep"_s, u"Keep the database afterwards (for bench_pipeline --db)."_s);
    const QCommandLineOption batchOpt(u"batch"_s, u"Posts per transaction (ingest.batch_size)."_s, u"N"_s,
                                      QString::number(IngestOptions{}.batchSize));
    parser.addOptions({dbOpt, keepOpt, batchOpt});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();
    const QString dbPath = parser.value(dbOpt);

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    benchutil::report("file", file + u" ("_s + QString::number(double(QFileInfo(file).size()) / 1e6, 'f', 1) + u" MB)"_s);
    benchutil::report("database", dbPath);

    benchutil::removeDatabaseFiles(dbPath);
    auto db = Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "bench_import: %s\n", qUtf8Printable(db.error().message));
        return 1;
    }
    IngestOptions options;
    options.batchSize = parser.value(batchOpt).toInt();
    benchutil::report("batch size", QString::number(options.batchSize));
    const ImportService service(db.value(), options);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" before"_s);
    const double cpuBefore = benchutil::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    auto imported = service.importFile(file);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = benchutil::processCpuSeconds() - cpuBefore;
    if (!imported) {
        std::fprintf(stderr, "bench_import: %s\n", qUtf8Printable(imported.error().message));
        return 1;
    }
    const ImportReport &report = imported.value();
    const double rate = seconds > 0 ? double(report.accepted) / seconds : 0;
    benchutil::report("format", report.format);
    benchutil::report("records read", QString::number(report.read));
    benchutil::report("accepted", QString::number(report.accepted));
    benchutil::report("inserted/updated", QString::number(report.inserted) + u" / "_s + QString::number(report.updated));
    benchutil::report("rejected", QString::number(report.rejected));
    benchutil::report("seconds", QString::number(seconds, 'f', 2));
    benchutil::report("posts/s", QString::number(rate, 'f', 0) + u"  (target ≥ 150000)"_s);
    benchutil::report("cpu seconds", QString::number(cpuSeconds, 'f', 2) + u" (all threads; "_s
                                         + QString::number(double(report.accepted) / cpuSeconds, 'f', 0)
                                         + u" posts per cpu-second)"_s);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" after"_s);
    benchutil::report("MB/s", QString::number(double(QFileInfo(file).size()) / 1e6 / seconds, 'f', 1));
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1) + u"  (target < 300 for 1M posts)"_s);
    for (qsizetype i = 0; i < std::min<qsizetype>(3, report.rejects.size()); ++i)
        benchutil::report("reject", report.rejects.at(i).toString());
    db.value().reset();
    if (!parser.isSet(keepOpt))
        benchutil::removeDatabaseFiles(dbPath);
    return 0;
}
