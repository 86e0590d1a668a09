#include "tests/bench/benchoptions.h"

#include <limits>

#include <QDir>
#include <QElapsedTimer>

#include "core/model/timeformat.h"
#include "core/storage/database.h"
#include "core/storage/datasetloader.h"
#include "core/storage/postrepository.h"
#include "tests/bench/benchdatabase.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/truthcheck.h"

using namespace Qt::StringLiterals;

BenchOptions::BenchOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_db(u"db"_s, u"SQLite database: used as it is, or created when --data is given."_s, u"PATH"_s,
           QDir::temp().filePath(u"gt_bench.db"_s))
    , m_data(u"data"_s, u"Import this file into a fresh --db first."_s, u"FILE"_s)
    , m_direct(u"direct"_s, u"Read this file into memory, no database (pipeline without storage)."_s, u"FILE"_s)
    , m_truth(u"truth"_s, u"gt_datagen truth file: as_of and window hours come from it."_s, u"FILE"_s)
    , m_asOf(u"as-of"_s, u"End of the window (ISO-8601); default: the newest post."_s, u"ISO"_s)
    , m_windowHours(u"window-hours"_s, u"Window length (default 24)."_s, u"H"_s)
    , m_reps(u"reps"_s, u"Repetitions of the timed part."_s, u"N"_s)
    , m_road(u"road"_s,
             u"How the window is read from SQLite: blocks (the default: hour blocks, built on first use), "
             "blocks-one-thread, or rows (the posts table only)."_s,
             u"ROAD"_s, u"blocks"_s)
{
    parser.addOptions({m_db, m_data, m_direct, m_truth, m_asOf, m_windowHours, m_reps, m_road});
}

Result<QJsonObject> BenchOptions::truth() const
{
    if (!m_parser.isSet(m_truth))
        return QJsonObject{};
    return truthcheck::loadTruth(m_parser.value(m_truth));
}

Result<PipelineParams> BenchOptions::params() const
{
    PipelineParams params;
    auto truthJson = truth();
    if (!truthJson)
        return truthJson.error();
    if (!truthJson.value().isEmpty()) {
        params.asOfMs = truthJson.value()[u"as_of_ms"_s].toInteger();
        params.windowHours = truthJson.value()[u"window_hours"_s].toInt(24);
        params.baselineWindows = truthJson.value()[u"baseline_windows"_s].toInt(3);
    }
    if (m_parser.isSet(m_asOf)) {
        const auto asOf = parseIsoUtc(m_parser.value(m_asOf));
        if (!asOf)
            return Error{u"invalid_value"_s, u"--as-of: not an ISO-8601 time with offset"_s, {}};
        params.asOfMs = *asOf;
    }
    if (m_parser.isSet(m_windowHours)) {
        bool ok = false;
        params.windowHours = m_parser.value(m_windowHours).toInt(&ok);
        if (!ok || params.windowHours < 1)
            return Error{u"invalid_value"_s, u"--window-hours: not a positive integer"_s, {}};
    }
    return params;
}

Status BenchOptions::prepare()
{
    if (m_prepared)
        return Ok{};
    m_prepared = true;
    if (m_parser.isSet(m_direct)) {
        benchutil::report("source", m_parser.value(m_direct) + u" (in memory, no database)"_s);
        QElapsedTimer timer;
        timer.start();
        auto data = MemoryDataset::read(m_parser.value(m_direct));
        if (!data)
            return data.error();
        benchutil::report("read", u"%1 posts (%2 rejected) in %3 s"_s.arg(data.value().report().accepted)
                                      .arg(data.value().report().rejected)
                                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        m_memory = std::move(data).value();
        return Ok{};
    }
    const QString db = m_parser.value(m_db);
    benchutil::report("database", db);
    if (!m_parser.isSet(m_data)) {
        auto opened = benchdatabase::openExisting(db);
        if (!opened)
            return opened.error();
        m_database = opened.value();
        return Ok{};
    }
    ImportReport report;
    double seconds = 0;
    auto opened = benchdatabase::createAndImport(db, m_parser.value(m_data), &report, &seconds);
    if (!opened)
        return opened.error();
    benchutil::report("imported", u"%1 posts (%2 rejected) in %3 s"_s.arg(report.accepted)
                                      .arg(report.rejected)
                                      .arg(seconds, 0, 'f', 1));
    m_database = opened.value();
    return Ok{};
}

Result<Dataset> BenchOptions::loadWindow(PipelineParams &params)
{
    if (Status s = prepare(); !s)
        return s.error();
    const qint64 span = 3600LL * 1000 * params.windowHours * (params.baselineWindows + 1);
    if (m_memory) {
        if (!params.asOfMs)
            params.asOfMs = m_memory->newestCreatedAtMs();
        return m_memory->window(*params.asOfMs - span, *params.asOfMs);
    }
    const PostRepository posts(m_database);
    if (!params.asOfMs) {
        auto newest = posts.newestCreatedAtMs();
        if (!newest)
            return newest.error();
        params.asOfMs = newest.value().value_or(0);
    }
    const QString road = m_parser.value(m_road);
    if (road != "blocks"_L1 && road != "blocks-one-thread"_L1 && road != "rows"_L1)
        return Error{u"usage"_s, u"--road: blocks, blocks-one-thread or rows, not %1"_s.arg(road), {}};
    const DatasetLoader loader(*m_database, DatasetLoader::kRowsForTwoReaders, road != "rows"_L1,
                               road == "blocks"_L1 ? DatasetLoader::kBlockBytesForTwoReaders
                                                  : std::numeric_limits<qint64>::max());
    return loader.load(*params.asOfMs - span, *params.asOfMs, params.enabledPlatforms);
}

int BenchOptions::repetitions(int fallback) const
{
    bool ok = false;
    const int n = m_parser.value(m_reps).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

Result<PipelineParams> BenchOptions::preparedParams()
{
    Result<PipelineParams> out = params();
    if (!out)
        return out;
    if (Status s = prepare(); !s)
        return s.error();
    return out;
}
