#include "core/report/csvexport.h"

#include <algorithm>
#include <cmath>

#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

#include "core/model/timeformat.h"
#include "core/report/csvcell.h"
#include "core/report/tileselection.h"

using namespace Qt::StringLiterals;

namespace {

// 'f' with the shortest round-trip precision: no exponent (Excel and LibreOffice read plain
// decimals everywhere) and QString::number never uses the system locale.
QString number(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', QLocale::FloatingPointShortest) : QString();
}

// An undefined metric (no baseline data) is an empty cell, like an undefined engagement rate.
QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QStringList checkNames(const QList<const ClusterResult *> &tiles)
{
    QStringList names;
    for (const ClusterResult *tile : tiles) {
        for (const ValidationCheck &check : tile->checks) {
            if (!names.contains(check.name))
                names.append(check.name);
        }
    }
    return names;
}

QByteArray row(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(csvCell(f));
    return escaped.join(u',').toUtf8() + "\r\n";
}

QStringList tileFields(const RunResult &run, const ClusterResult &t, const QStringList &checks)
{
    QStringList f{run.runId,
                  QString::number(t.rank),
                  t.trendId,
                  t.title,
                  t.anchor,
                  t.hashtags.join(u' '),
                  t.anchorDisplay(),
                  t.displayHashtags().join(u' '),
                  t.urgency,
                  t.lifecycle,
                  number(t.health),
                  number(t.confidence),
                  number(t.growth),
                  number(t.surgeZ),
                  number(t.significance),
                  QString::number(t.coveredBaselineWindows),
                  number(t.velocity),
                  t.engagementRate ? number(*t.engagementRate) : QString(),
                  number(t.creatorDiversity),
                  QString::number(t.uniqueCreators),
                  QString::number(t.posts),
                  t.platforms.join(u' '),
                  t.regions.join(u"; "_s),
                  boolean(t.crossPlatform),
                  isoUtc(t.firstSeenMs),
                  isoUtc(t.lastSeenMs)};
    for (const QString &name : checks) {
        const auto it = std::find_if(t.checks.cbegin(), t.checks.cend(), [&](const ValidationCheck &c) { return c.name == name; });
        if (it == t.checks.cend())
            f << QString() << QString() << QString();
        else
            f << number(it->value) << number(it->threshold) << boolean(it->passed);
    }
    f << t.insight << t.recommendation;
    return f;
}

const QStringList kComparisonHeader{u"compared_with"_s,   u"change"_s,        u"previous_rank"_s,    u"rank_change"_s,
                                    u"previous_growth"_s, u"growth_change"_s, u"previous_urgency"_s, u"failed_checks_now"_s};

QStringList comparisonFields(const RunComparison &comparison, const TrendChange *change)
{
    if (!change) // a tile the comparison does not know: cannot happen for a comparison of this run
        return QStringList(kComparisonHeader.size(), QString());
    const std::optional<int> rankChange = change->rankChange();
    return {comparison.baseRunId,
            runjson::statusName(change->status),
            change->previousRank > 0 ? QString::number(change->previousRank) : QString(),
            rankChange ? QString::number(*rankChange) : QString(),
            number(change->previousGrowth),
            number(change->growthChange()),
            change->previousUrgency,
            change->failedChecks.join(u' ')};
}

/// A gone trend's row: what the comparison knows of it, the tile columns it has no value for left empty.
QStringList goneFields(const RunResult &run, const RunComparison &comparison, const TrendChange &gone, qsizetype tileColumns)
{
    QStringList f(tileColumns, QString());
    f[0] = run.runId;
    f[2] = gone.trendId;
    f[4] = gone.anchor;
    f[6] = gone.anchorDisplay;
    f[9] = gone.lifecycle;
    f[12] = number(gone.growth);
    return f + comparisonFields(comparison, &gone);
}

} // namespace

Status writeTilesCsv(const RunResult &run, QIODevice &device, const CsvOptions &options)
{
    if (!device.isWritable())
        return Error{u"io"_s, u"CSV export: the output is not open for writing"_s, {}};

    const QList<const ClusterResult *> tiles = selectTiles(run, options.trendIds);
    if (!options.trendIds.isEmpty() && tiles.isEmpty())
        return Error{u"invalid_value"_s, u"CSV export: none of the requested trend ids is a tile of this run: "_s % options.trendIds.join(u", "_s), {}};
    const QStringList checks = checkNames(tiles);
    QStringList header{u"run_id"_s,         u"rank"_s,          u"trend_id"_s,     u"title"_s,        u"anchor"_s,
                       u"hashtags"_s,       u"anchor_display"_s, u"hashtags_display"_s, u"urgency"_s,       u"lifecycle"_s,    u"health"_s,       u"confidence"_s,
                       u"growth"_s,         u"surge_z"_s,       u"significance"_s, u"covered_baseline_windows"_s,
                       u"velocity"_s,       u"engagement_rate"_s,
                       u"creator_diversity"_s, u"unique_creators"_s, u"posts"_s,   u"platforms"_s,    u"regions"_s,
                       u"cross_platform"_s, u"first_seen"_s,    u"last_seen"_s};
    for (const QString &name : checks)
        header << name + u"_value"_s << name + u"_threshold"_s << name + u"_passed"_s;
    header << u"insight"_s << u"recommendation"_s;
    const qsizetype tileColumns = header.size();
    if (options.comparison)
        header << kComparisonHeader;

    QByteArray out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    out += row(header);
    for (const ClusterResult *tile : tiles) {
        QStringList fields = tileFields(run, *tile, checks);
        if (options.comparison)
            fields << comparisonFields(*options.comparison, options.comparison->find(tile->trendId));
        out += row(fields);
    }
    if (options.comparison && options.trendIds.isEmpty()) {
        for (const TrendChange &change : options.comparison->trends) {
            if (change.status == TrendChange::Status::Gone)
                out += row(goneFields(run, *options.comparison, change, tileColumns));
        }
    }

    if (device.write(out) != out.size())
        return Error{u"io"_s, u"CSV export: write failed: "_s % device.errorString(), {}};
    return Ok{};
}

Status writeTilesCsv(const RunResult &run, const QString &path, const CsvOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, u"CSV export: cannot write "_s % path % u": "_s % file.errorString(), {}};
    const Status written = writeTilesCsv(run, file, options);
    if (!written.ok()) {
        file.cancelWriting();
        return Error{written.error().code, written.error().message % u" ("_s % path % u')', {}};
    }
    if (!file.commit())
        return Error{u"io"_s, u"CSV export: cannot finish "_s % path % u": "_s % file.errorString(), {}};
    return Ok{};
}
