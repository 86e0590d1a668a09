// bench_backtest: a backtest (core/service/backtest) over a stored database, timed, and for a gt_datagen set how many
// hours after its onset each planted trend was first flagged and how many before its peak. Target: a 7-day hourly
// backtest (168 steps) over 400k posts in under 60 s on the 2-core machine. Run by hand (on a copy of the database:
// opening it migrates it):
//   bench_backtest --db /tmp/gt/400k.db --truth /tmp/gt/400k.truth.json            # the 7 days up to the truth's as_of
//   bench_backtest --db D --from 2026-11-13T12:00:00Z --to 2026-11-20T12:00:00Z --step 1 --threads 2
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/model/backtestjson.h"
#include "core/model/timeformat.h"
#include "core/pipeline/clusterformation.h"
#include "core/service/backtest.h"
#include "core/storage/postrepository.h"
#include "tests/bench/benchdatabase.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

QString hours(qint64 ms)
{
    return QString::number(double(ms) / double(kHourMs), 'f', 0) + u" h"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a backtest over a stored database."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"The SQLite database (a copy: it is migrated on open)."_s, u"file"_s);
    const QCommandLineOption truthOption(u"truth"_s, u"gt_datagen's truth file: default range and planted trends."_s,
                                         u"file"_s);
    const QCommandLineOption from(u"from"_s, u"First step (default: the truth's as_of − 7 days)."_s, u"iso"_s);
    const QCommandLineOption to(u"to"_s, u"Last step (default: the truth's as_of)."_s, u"iso"_s);
    const QCommandLineOption step(u"step"_s, u"Hours between steps (default 1)."_s, u"h"_s, u"1"_s);
    const QCommandLineOption threads(u"threads"_s, u"Threads (default: every core)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s, u"Write the backtest's JSON to <file>."_s, u"file"_s);
    parser.addOptions({db, truthOption, from, to, step, threads, json});
    parser.process(app);

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    QJsonObject truth;
    if (parser.isSet(truthOption)) {
        QFile file(parser.value(truthOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_backtest: cannot read %s\n", qUtf8Printable(file.fileName()));
            return 1;
        }
        truth = QJsonDocument::fromJson(file.readAll()).object();
    }
    const qint64 truthAsOf = truth.value(u"as_of_ms"_s).toInteger();
    BacktestRequest request;
    request.toMs = parser.isSet(to) ? parseIsoUtc(parser.value(to)).value_or(0) : truthAsOf;
    request.fromMs = parser.isSet(from) ? parseIsoUtc(parser.value(from)).value_or(0) : request.toMs - 168 * kHourMs;
    request.stepHours = parser.value(step).toInt();
    if (request.toMs == 0 || request.fromMs == 0) {
        std::fprintf(stderr, "bench_backtest: give --from and --to (ISO-8601), or --truth\n");
        return 1;
    }
    auto database = benchdatabase::openExisting(parser.value(db));
    if (!database) {
        std::fprintf(stderr, "bench_backtest: %s\n", qUtf8Printable(database.error().message));
        return 1;
    }
    Backtest backtest(std::make_shared<const PostRepository>(database.value()), PipelineParams{});
    backtest.setThreads(parser.value(threads).toInt());

    const double cpuBefore = benchutil::processCpuSeconds();
    int lastReported = 0;
    auto result = backtest.run(request, {}, [&lastReported](int done, int total) {
        if (done - lastReported >= total / 10 || done == total) {
            lastReported = done;
            std::fprintf(stderr, "  %d / %d steps\n", done, total);
        }
    });
    if (!result) {
        std::fprintf(stderr, "bench_backtest: %s\n", qUtf8Printable(result.error().message));
        return 1;
    }
    const BacktestResult &r = result.value();
    benchutil::report("range", isoUtc(r.fromMs) + u" → "_s + isoUtc(r.toMs) + u" every "_s
                                   + QString::number(r.stepHours) + u" h"_s);
    benchutil::report("steps", QString::number(r.steps.size()));
    benchutil::report("posts loaded", QString::number(r.loadedPosts));
    benchutil::report("total", QString::number(r.durationMs) + u" ms (load included)"_s);
    benchutil::report("per step", QString::number(double(r.durationMs) / double(r.steps.size()), 'f', 0)
                                      + u" ms wall"_s);
    benchutil::report("cpu", QString::number(benchutil::processCpuSeconds() - cpuBefore, 'f', 1) + u" s"_s);
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2));
    benchutil::report("peak rss", QString::number(benchutil::peakRssMb(), 'f', 0) + u" MB"_s);
    benchutil::report("trends flagged", QString::number(r.trends.size()));

    // Onset: the planted trends ramp up from the start of the truth's current window (a post or two come earlier).
    const qint64 onset = parseIsoUtc(truth.value(u"window"_s).toObject().value(u"start_exclusive"_s).toString())
                             .value_or(0);
    for (const QJsonValue &v : truth.value(u"trends"_s).toArray()) {
        const QJsonObject planted = v.toObject();
        const QString anchor = planted.value(u"anchor"_s).toString();
        const QString id = trendIdForAnchor(anchor);
        const auto trend = std::find_if(r.trends.cbegin(), r.trends.cend(),
                                        [&](const BacktestTrend &t) { return t.trendId == id; });
        if (trend == r.trends.cend()) {
            benchutil::report(qPrintable(anchor), u"never flagged"_s);
            continue;
        }
        benchutil::report(qPrintable(anchor),
                          u"onset "_s + isoUtc(onset) + u", first flagged "_s + isoUtc(trend->firstFlaggedMs) + u" ("_s
                              + hours(trend->firstFlaggedMs - onset) + u" after onset), first act_now "_s
                              + (trend->firstActNowMs ? isoUtc(*trend->firstActNowMs) : u"never"_s) + u", peak "_s
                              + isoUtc(trend->peakMs) + u" ("_s + hours(trend->peakMs - trend->firstFlaggedMs)
                              + u" after first flagged), flagged at "_s + QString::number(trend->flaggedSteps)
                              + u" steps"_s);
    }
    if (parser.isSet(json)) {
        QFile out(parser.value(json));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(backtestjson::toJson(r)).toJson(QJsonDocument::Indented));
    }
    return 0;
}
