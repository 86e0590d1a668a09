// bench_import: ImportService::importFile on a generated file into a fresh SQLite database.
// Target (SPEC/issue): ≥ 150,000 posts/s and peak RSS < 300 MB for 1M posts. Run by hand:
//   bench_import /tmp/gt/1m.ndjson --db /tmp/gt/1m.db
// With --store-only the file is parsed and stored on one thread, one batch after the other, and
// only the storing half (PostRepository::upsert of batches prepared beforehand, grouped into
// transactions as ImportService does when the storer lags) is timed: the storer's own CPU per
// post, independent of the parser.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include "core/model/ingestoptions.h"
#include "core/ingest/readfile.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/preparedbatch.h"
#include "core/storage/sqltransaction.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

namespace {

/// Parses `file` and stores each batch right away on this thread, committing every `groupPosts`
/// posts; reports the wall and CPU time spent storing only.
int storeOnly(const std::shared_ptr<Database> &db, const QString &file, const IngestOptions &options,
              qsizetype groupPosts)
{
    PostRepository repository(db);
    QSqlDatabase connection = db->connection();
    std::optional<SqlTransaction> transaction;
    qsizetype pending = 0;
    double storeCpu = 0;
    qint64 storeNs = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    std::optional<Error> failure;
    QElapsedTimer timer;
    const auto commit = [&]() -> Status {
        if (Status flushed = repository.flushPendingTags(); !flushed)
            return flushed;
        Status committed = transaction->commit();
        transaction.reset();
        pending = 0;
        return committed;
    };
    double prepareCpu = 0;
    const auto sink = [&](std::vector<Post> &&posts) -> Status {
        // Preparing runs on the reading thread in ImportService: not part of the storer's time.
        const double prepareBefore = benchutil::threadCpuSeconds();
        const PreparedBatch batch(std::move(posts));
        prepareCpu += benchutil::threadCpuSeconds() - prepareBefore;
        const double cpuBefore = benchutil::threadCpuSeconds();
        timer.start();
        if (!transaction) {
            transaction.emplace(connection);
            if (Status begun = transaction->begin(); !begun)
                return begun;
        }
        auto stored = repository.upsert(batch);
        if (!stored)
            return stored.error();
        inserted += stored.value().inserted;
        updated += stored.value().updated;
        pending += qsizetype(batch.size());
        Status committed = pending >= groupPosts ? commit() : Status(Ok{});
        storeNs += timer.nsecsElapsed();
        storeCpu += benchutil::threadCpuSeconds() - cpuBefore;
        return committed;
    };
    const double cpuBefore = benchutil::processCpuSeconds();
    QElapsedTimer total;
    total.start();
    auto read = readFile(file, options, sink);
    if (read && transaction) {
        const double lastCpu = benchutil::threadCpuSeconds();
        timer.start();
        if (Status committed = commit(); !committed)
            failure = committed.error();
        storeNs += timer.nsecsElapsed();
        storeCpu += benchutil::threadCpuSeconds() - lastCpu;
    }
    if (!read)
        failure = read.error();
    if (failure) {
        std::fprintf(stderr, "bench_import: %s\n", qUtf8Printable(failure->message));
        return 1;
    }
    const double storeSeconds = double(storeNs) / 1e9;
    const qint64 posts = read.value().accepted;
    benchutil::report("accepted", QString::number(posts));
    benchutil::report("inserted/updated", QString::number(inserted) + u" / "_s + QString::number(updated));
    benchutil::report("total seconds", QString::number(double(total.nsecsElapsed()) / 1e9, 'f', 2) + u" (cpu "_s +
                                           QString::number(benchutil::processCpuSeconds() - cpuBefore, 'f', 2) +
                                           u")"_s);
    benchutil::report("store seconds", QString::number(storeSeconds, 'f', 2) + u" wall, "_s +
                                           QString::number(storeCpu, 'f', 2) + u" thread cpu"_s);
    benchutil::report("prepare seconds", QString::number(prepareCpu, 'f', 2) + u" thread cpu (reading side)"_s);
    benchutil::report("store posts/cpu-s", QString::number(double(posts) / std::max(storeCpu, 1e-9), 'f', 0));
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" after"_s);
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1));
    return 0;
}

} // namespace

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
    const QCommandLineOption batchOpt(u"batch"_s, u"Posts per atomic batch (ingest.batch_size); transactions may group whole batches."_s, u"N"_s,
                                      QString::number(IngestOptions{}.batchSize));
    const QCommandLineOption storeOnlyOpt(u"store-only"_s, u"Parse and store on one thread; time only the storing."_s);
    const QCommandLineOption groupOpt(u"group"_s, u"With --store-only: posts per transaction (whole batches)."_s,
                                      u"N"_s, u"200000"_s);
    parser.addOptions({dbOpt, keepOpt, batchOpt, storeOnlyOpt, groupOpt});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();
    const QString dbPath = parser.value(dbOpt);

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    benchutil::report("file",
                      file + u" ("_s + QString::number(double(QFileInfo(file).size()) / 1e6, 'f', 1) + u" MB)"_s);
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
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" before"_s);
    if (parser.isSet(storeOnlyOpt)) {
        const int status = storeOnly(db.value(), file, options, parser.value(groupOpt).toLongLong());
        db.value().reset();
        if (!parser.isSet(keepOpt))
            benchutil::removeDatabaseFiles(dbPath);
        return status;
    }
    const ImportService service(std::make_shared<PostRepository>(db.value()), options);
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
    benchutil::report("inserted/updated",
                      QString::number(report.inserted) + u" / "_s + QString::number(report.updated));
    benchutil::report("rejected", QString::number(report.rejected));
    benchutil::report("seconds", QString::number(seconds, 'f', 2));
    benchutil::report("posts/s", QString::number(rate, 'f', 0) + u"  (target ≥ 150000)"_s);
    benchutil::report("cpu seconds", QString::number(cpuSeconds, 'f', 2) + u" (all threads; "_s +
                                         QString::number(double(report.accepted) / cpuSeconds, 'f', 0) +
                                         u" posts per cpu-second)"_s);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2) + u" after"_s);
    benchutil::report("MB/s", QString::number(double(QFileInfo(file).size()) / 1e6 / seconds, 'f', 1));
    benchutil::report("peak RSS MB",
                      QString::number(benchutil::peakRssMb(), 'f', 1) + u"  (target < 300 for 1M posts)"_s);
    for (qsizetype i = 0; i < std::min<qsizetype>(3, report.rejects.size()); ++i)
        benchutil::report("reject", report.rejects.at(i).toString());
    db.value().reset();
    if (!parser.isSet(keepOpt))
        benchutil::removeDatabaseFiles(dbPath);
    return 0;
}
