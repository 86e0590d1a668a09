// bench_postgres: the PostgreSQL backend against SQLite on the same file (issue 14): import into
// PostgreSQL (binary COPY, day partitions), discovery loaded per run on both, and the drop of one day
// partition by retention. Starts its own server (tests/support/pgtestserver) unless --uri names one.
//
//   bench_postgres FILE.ndjson --sqlite COPY_OF.db [--uri postgresql://…] [--reps 3]
//
// The SQLite database must hold the same file (bench_import FILE --db … --keep). Prints key: value
// lines with the load average beside them (the machine is shared); never a pass/fail.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include "core/model/ingestoptions.h"
#include "core/service/discoveryservice.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
#include "core/storage/postgres/pgconnection.h"
#include "core/storage/postgres/pgpartitions.h"
#include "core/storage/postgres/pgstorage.h"
#include "core/storage/poststore.h"
#include "core/storage/sqlite/sqlitestorage.h"
#include "tests/bench/benchutil.h"
#include "tests/support/pgtestserver.h"

using namespace Qt::StringLiterals;

namespace {

/// Median ms of `reps` cold discoveries (each loads the span from the store) and the last run.
benchutil::Timings discoverTimes(const Storage &storage, int reps, int *trends)
{
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) {
        DiscoveryService discovery(storage.posts, storage.runs, PipelineParams{}, u"latest"_s);
        QElapsedTimer timer;
        timer.start();
        auto run = discovery.discover({});
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!run) {
            benchutil::report("error", run.error().message);
            return {};
        }
        *trends = run.value()->trendCount();
    }
    return benchutil::summarize(ms);
}

QString timings(const benchutil::Timings &t)
{
    return u"median %1 ms (min %2, max %3)"_s.arg(t.medianMs, 0, 'f', 0).arg(t.minMs, 0, 'f', 0).arg(t.maxMs, 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"PostgreSQL against SQLite: import, discover, retention drop."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"NDJSON file to import into PostgreSQL."_s);
    const QCommandLineOption sqliteOpt(u"sqlite"_s, u"SQLite database holding the same file."_s, u"PATH"_s);
    const QCommandLineOption uriOpt(u"uri"_s, u"PostgreSQL database to use (default: a server of its own)."_s,
                                    u"URI"_s);
    const QCommandLineOption repsOpt(u"reps"_s, u"Discoveries per backend."_s, u"N"_s, u"3"_s);
    parser.addOptions({sqliteOpt, uriOpt, repsOpt});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(sqliteOpt))
        parser.showHelp(2);
    const QString file = parser.positionalArguments().first();
    const int reps = std::max(1, parser.value(repsOpt).toInt());
    benchutil::report("nproc", QString::number(benchutil::cpuCount()));

    PgTestServer server;
    QString uri = parser.value(uriOpt);
    if (uri.isEmpty()) {
        if (!server.start()) {
            benchutil::report("error", server.error());
            return 1;
        }
        uri = server.createDatabase(u"bench"_s);
    }
    auto pg = pgstorage::open(uri, {});
    if (!pg) {
        benchutil::report("error", pg.error().message);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = benchutil::processCpuSeconds();
    auto imported = ImportService(pg.value().posts, IngestOptions{}).importFile(file);
    if (!imported) {
        benchutil::report("error", imported.error().message);
        return 1;
    }
    const double importS = double(timer.elapsed()) / 1000;
    benchutil::report("pg_import", u"%1 posts in %2 s = %3 posts/s (client CPU %4 s, load %5)"_s.arg(imported.value().read)
                                       .arg(importS, 0, 'f', 1)
                                       .arg(double(imported.value().read) / importS, 0, 'f', 0)
                                       .arg(benchutil::processCpuSeconds() - cpuBefore, 0, 'f', 1)
                                       .arg(benchutil::loadAverage(), 0, 'f', 1));

    auto sqliteDb = Database::open(parser.value(sqliteOpt));
    if (!sqliteDb) {
        benchutil::report("error", sqliteDb.error().message);
        return 1;
    }
    const Storage sqlite = openSqliteStorage(sqliteDb.value());
    benchutil::report("posts", u"pg %1, sqlite %2"_s.arg(pg.value().posts->count().value()).arg(sqlite.posts->count().value()));
    int trendsPg = 0;
    int trendsSqlite = 0;
    const benchutil::Timings onSqlite = discoverTimes(sqlite, reps, &trendsSqlite);
    const benchutil::Timings onPg = discoverTimes(pg.value(), reps, &trendsPg);
    benchutil::report("discover_sqlite", timings(onSqlite) + u", %1 trends, load %2"_s.arg(trendsSqlite).arg(benchutil::loadAverage(), 0, 'f', 1));
    benchutil::report("discover_pg", timings(onPg) + u", %1 trends, load %2"_s.arg(trendsPg).arg(benchutil::loadAverage(), 0, 'f', 1));
    if (onSqlite.medianMs > 0)
        benchutil::report("discover_ratio", QString::number(onPg.medianMs / onSqlite.medianMs, 'f', 2));

    // Retention: the oldest day partition dropped as database.retention_days would (posts, tag rows,
    // identities).
    auto connection = PgConnection::open(uri);
    if (!connection) {
        benchutil::report("error", connection.error().message);
        return 1;
    }
    auto days = pgpartitions::existing(*connection.value());
    if (!days || days.value().empty())
        return 0;
    const qint64 oldest = *days.value().begin();
    auto inDay = connection.value()->query(u"SELECT count(*) FROM posts WHERE created_at_ms >= $1 AND created_at_ms < $2"_s,
                                           PgParams().add(oldest * pgpartitions::kDayMs).add((oldest + 1) * pgpartitions::kDayMs),
                                           u"count"_s);
    timer.restart();
    (void)connection.value()->execute(u"BEGIN"_s, u"begin"_s);
    auto dropped = pgpartitions::dropBefore(*connection.value(), (oldest + 1) * pgpartitions::kDayMs);
    (void)connection.value()->execute(u"COMMIT"_s, u"commit"_s);
    benchutil::report("retention_drop", u"%1 day partition(s), %2 posts, in %3 ms (%4 partitions before)"_s
                                            .arg(dropped ? dropped.value() : -1)
                                            .arg(inDay ? inDay.value().int64(0, 0) : -1)
                                            .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                                            .arg(days.value().size()));
    return 0;
}
