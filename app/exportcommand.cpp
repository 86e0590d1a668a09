#include <cstdio>

#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
#include "core/report/csvexport.h"
#include "core/report/gexfexport.h"
#include "core/report/networklayout.h"
#include "core/report/pdfexport.h"
#include "core/service/discoveryservice.h"
#include "core/service/storedruncomparison.h"
#include "core/service/storedtagnetwork.h"
#include "core/storage/runstore.h"

using namespace Qt::StringLiterals;

namespace {

/// `export --format gexf`: the run's tag network, laid out, as GEXF.
int exportNetwork(const RunStore &runs, const QString &runId, const QString &path, QTextStream &out, QTextStream &err)
{
    auto network = loadTagNetwork(runs, runId);
    if (!network) {
        err << u"export: "_s << network.error().message << u'\n';
        return 1;
    }
    const TagNetwork &net = network.value();
    const Status written = writeNetworkGexf(net, layoutNetwork(net), path);
    if (!written) {
        err << u"export: "_s << written.error().message << u'\n';
        return 1;
    }
    const auto dropped = std::count_if(net.edges.cbegin(), net.edges.cend(),
                                       [](const NetworkEdge &e) { return e.droppedBySplit; });
    out << u"wrote "_s << path << u" (run "_s << runId << u", "_s << net.nodes.size() << u" tags, "_s
        << net.edges.size() << u" edges, "_s << dropped << u" dropped by the max_tags split)\n"_s;
    return 0;
}

} // namespace

int runExportCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const RunStore &runs = *context.discovery->runs();

    QString runId = commandLine.runId;
    if (runId.isEmpty()) {
        auto latest = runs.latestRunId();
        if (!latest) {
            err << u"export: "_s << latest.error().message << u'\n';
            return 1;
        }
        if (!latest.value()) {
            err << u"export: no run stored yet; run `glasstrend discover` first\n"_s;
            return 1;
        }
        runId = *latest.value();
    }
    if (commandLine.format == u"gexf"_s)
        return exportNetwork(runs, runId, commandLine.out, out, err);
    auto run = runs.loadRun(runId);
    if (!run) {
        err << u"export: "_s << run.error().message << u'\n';
        return 1;
    }
    for (const QString &id : commandLine.trendIds) {
        const bool known = std::any_of(run.value()->clusters.cbegin(), run.value()->clusters.cend(),
                                       [&](const ClusterResult &c) { return c.isTrend && c.trendId == id; });
        if (!known) {
            err << u"export: run "_s << runId << u" has no trend "_s << id << u'\n';
            return 1;
        }
    }

    Status written = Ok{};
    if (commandLine.format == u"csv"_s) {
        CsvOptions options;
        options.trendIds = commandLine.trendIds;
        if (!commandLine.compareWith.isEmpty()) {
            auto comparison = compareStoredRuns(runs, runId, commandLine.compareWith);
            if (!comparison) {
                err << u"export: --compare-with: "_s << comparison.error().message << u'\n';
                return 1;
            }
            options.comparison = std::move(comparison).value();
        }
        written = writeTilesCsv(*run.value(), commandLine.out, options);
    } else {
        PdfOptions options;
        options.trendIds = commandLine.trendIds;
        written = writeTilesPdf(*run.value(), commandLine.out, options);
    }
    if (!written) {
        err << u"export: "_s << written.error().message << u'\n';
        return 1;
    }
    out << u"wrote "_s << commandLine.out << u" (run "_s << runId << u", "_s
        << (commandLine.trendIds.isEmpty() ? run.value()->trendCount() : commandLine.trendIds.size())
        << u" tiles)\n"_s;
    return 0;
}
