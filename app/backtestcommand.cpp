#include <cmath>

#include <QJsonDocument>
#include <QTextStream>

#include "app/appcontext.h"
#include "app/commands.h"
#include "core/config/overrides.h"
#include "core/model/backtestjson.h"
#include "core/model/timeformat.h"
#include "core/service/backtest.h"
#include "core/service/discoveryservice.h"

using namespace Qt::StringLiterals;

namespace {

Result<qint64> parseTime(const QString &flag, const QString &text)
{
    if (auto ms = parseIsoUtc(text))
        return *ms;
    return Error{u"usage"_s, u"%1: expected an ISO-8601 time with offset or Z, got \"%2\""_s.arg(flag, text), {}};
}

QString hours(double h)
{
    return QString::number(h, 'f', h == std::floor(h) ? 0 : 1) + u" h"_s;
}

void printTable(QTextStream &out, const BacktestResult &result)
{
    out << u"backtest "_s << isoUtc(result.fromMs) << u" → "_s << isoUtc(result.toMs) << u" every "_s
        << result.stepHours << u" h · "_s << result.steps.size() << u" steps · "_s << result.windowHours
        << u" h window · "_s << result.loadedPosts << u" posts loaded · "_s << result.trends.size()
        << (result.trends.size() == 1 ? u" trend flagged · "_s : u" trends flagged · "_s) << result.durationMs << u" ms\n"_s;
    if (result.trends.isEmpty()) {
        out << u"No cluster passed every check at any step.\n"_s;
        return;
    }
    out << u"\nfirst flagged          first act_now          peak                   lead time  flagged  trend\n"_s;
    for (const BacktestTrend &t : result.trends) {
        out << isoUtc(t.firstFlaggedMs).leftJustified(21) << u"  "_s
            << (t.firstActNowMs ? isoUtc(*t.firstActNowMs) : u"—"_s).leftJustified(21) << u"  "_s
            << isoUtc(t.peakMs).leftJustified(21) << u"  "_s << hours(t.leadTimeHours()).rightJustified(9) << u"  "_s
            << QString(QString::number(t.flaggedSteps) + u'/' + QString::number(result.steps.size())).rightJustified(7)
            << u"  "_s << (t.title.isEmpty() ? t.anchor : t.title) << u" ("_s << t.trendId << u")\n"_s;
    }
}

} // namespace

int runBacktestCommand(AppContext &context, const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<qint64> from = parseTime(u"--from"_s, commandLine.from);
    const Result<qint64> to = parseTime(u"--to"_s, commandLine.to);
    for (const Result<qint64> *time : {&from, &to}) {
        if (!*time) {
            err << time->error().message << u'\n';
            return 2;
        }
    }
    Result<PipelineParams> params = applyPipelineOverrides(context.discovery->defaults(), commandLine.overrides);
    if (!params) {
        err << params.error().message << u'\n';
        return 1;
    }
    BacktestRequest request;
    request.fromMs = from.value();
    request.toMs = to.value();
    request.stepHours = commandLine.stepHours.value_or(1);
    request.windowHours = commandLine.windowHours;
    const Result<BacktestResult> result = Backtest(context.discovery->posts(), params.value()).run(request);
    if (!result) {
        err << u"backtest: "_s << result.error().message << u'\n';
        return 1;
    }
    if (commandLine.json)
        out << QString::fromUtf8(QJsonDocument(backtestjson::toJson(result.value())).toJson(QJsonDocument::Compact))
            << u'\n';
    else
        printTable(out, result.value());
    return 0;
}
