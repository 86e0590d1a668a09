#include <cstdio>

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
#include "core/config/overrides.h"
#include "core/model/runjson.h"
#include "core/model/timeformat.h"
#include "core/report/numberformat.h"
#include "core/service/discoveryservice.h"
#include "core/service/keepuntilexit.h"

using namespace Qt::StringLiterals;

namespace {

Result<std::optional<qint64>> parseAsOf(const QString &text)
{
    if (text.isEmpty() || text == u"latest"_s)
        return std::optional<qint64>();
    if (text == u"now"_s)
        return std::optional<qint64>(QDateTime::currentMSecsSinceEpoch());
    if (auto ms = parseIsoUtc(text))
        return std::optional<qint64>(*ms);
    return Error{u"usage"_s, u"--as-of: expected an ISO-8601 time with offset or Z, \"latest\" or \"now\", got \"%1\""_s.arg(text), {}};
}

void printTable(QTextStream &out, const RunResult &run)
{
    out << u"run "_s << run.runId << u" · as of "_s << isoUtc(run.asOfMs) << u" · "_s << run.params.windowHours
        << u" h window · "_s << run.postsInWindow << u" posts · "_s << run.clusters.size() << u" clusters · "_s
        << run.trendCount() << u" trends · "_s << run.coveredBaselineWindows() << u" of "_s
        << run.baselineWindows.size() << u" baseline windows covered · "_s << run.durationMs << u" ms\n"_s;
    if (run.trendCount() == 0) {
        out << u"No cluster passed every check. `glasstrend discover --json` or the app's decision log shows why.\n"_s;
        return;
    }
    out << u"\n  #  urgency   lifecycle  growth  health  conf  creators  platforms  regions    velocity  trend\n"_s;
    for (const ClusterResult &c : run.clusters) {
        if (!c.isTrend)
            continue;
        out << QString::number(c.rank).rightJustified(3) << u"  "_s << c.urgency.leftJustified(8) << u"  "_s
            << c.lifecycle.leftJustified(9) << u"  "_s
            << numberformat::formatMultiplier(c.growth).rightJustified(6) << u"  "_s
            << numberformat::formatScore(c.health).rightJustified(6) << u"  "_s
            << numberformat::formatScore(c.confidence).rightJustified(4) << u"  "_s
            << QString::number(c.uniqueCreators).rightJustified(8) << u"  "_s
            << QString::number(c.platforms.size()).rightJustified(9) << u"  "_s
            << QString::number(c.regions.size()).rightJustified(7) << u"  "_s
            << numberformat::formatRate(c.velocity).rightJustified(10) << u"  "_s << c.title << u'\n';
        out << u"     "_s << c.insight << u'\n';
    }
}

} // namespace

int runDiscoverCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    Result<std::optional<qint64>> asOf = parseAsOf(commandLine.asOf);
    if (!asOf) {
        err << asOf.error().message << u'\n';
        return 2;
    }
    // --set key=value applies to this run only: it becomes this run's defaults.
    Result<PipelineParams> params = applyPipelineOverrides(context.discovery->defaults(), commandLine.overrides);
    if (!params) {
        err << params.error().message << u'\n';
        return 1;
    }
    // A command starts cold: the span is loaded once (by two readers), no live window.
    DiscoveryService discovery(context.discovery->posts(), context.discovery->runs(), params.value(),
                               context.config.asOf);
    discovery.setKeepLoadedUntilExit(true);
    Result<std::shared_ptr<const RunResult>> run =
        discovery.discover(DiscoverRequest{asOf.value(), commandLine.windowHours, {}, {}});
    if (!run) {
        err << u"discover: "_s << run.error().message << u'\n';
        return 1;
    }
    if (commandLine.json)
        out << QString::fromUtf8(QJsonDocument(runjson::discoverBody(*run.value())).toJson(QJsonDocument::Compact))
            << u'\n';
    else
        printTable(out, *run.value());
    keepUntilExit(std::move(run).value()); // the process exits now: see keepuntilexit.h
    return 0;
}
