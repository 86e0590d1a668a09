#include "tests/bench/benchoptions.h"

#include <QDir>

#include "core/model/timeformat.h"
#include "tests/bench/benchdatabase.h"
#include "tests/bench/benchutil.h"
#include "tests/bench/truthcheck.h"

using namespace Qt::StringLiterals;

BenchOptions::BenchOptions(QCommandLineParser &parser)
    : m_parser(parser)
    , m_db(u"db"_s, u"SQLite database: used as it is, or created when --data is given."_s, u"PATH"_s,
           QDir::temp().filePath(u"gt_bench.db"_s))
    , m_data(u"data"_s, u"Import this file into a fresh --db first."_s, u"FILE"_s)
    , m_truth(u"truth"_s, u"gt_datagen truth file: as_of and window hours come from it."_s, u"FILE"_s)
    , m_asOf(u"as-of"_s, u"End of the window (ISO-8601); default: the newest post."_s, u"ISO"_s)
    , m_windowHours(u"window-hours"_s, u"Window length (default 24)."_s, u"H"_s)
    , m_reps(u"reps"_s, u"Repetitions of the timed part."_s, u"N"_s)
{
    parser.addOptions({m_db, m_data, m_truth, m_asOf, m_windowHours, m_reps});
}

Result<std::shared_ptr<Database>> BenchOptions::database() const
{
    const QString db = m_parser.value(m_db);
    benchutil::report("database", db);
    if (!m_parser.isSet(m_data))
        return benchdatabase::openExisting(db);
    ImportReport report;
    double seconds = 0;
    auto opened = benchdatabase::createAndImport(db, m_parser.value(m_data), &report, &seconds);
    if (opened) {
        benchutil::report("imported", u"%1 posts (%2 rejected) in %3 s, %4 posts/s"_s.arg(report.accepted)
                                           .arg(report.rejected)
                                           .arg(seconds, 0, 'f', 1)
                                           .arg(double(report.accepted) / seconds, 0, 'f', 0));
    }
    return opened;
}

Result<QJsonObject> BenchOptions::truth() const
{
    if (!m_parser.isSet(m_truth))
        return QJsonObject{};
    return truthcheck::loadTruth(m_parser.value(m_truth));
}

Result<DiscoverRequest> BenchOptions::request() const
{
    DiscoverRequest request;
    auto truthJson = truth();
    if (!truthJson)
        return truthJson.error();
    if (!truthJson.value().isEmpty()) {
        request.asOfMs = truthJson.value()[u"as_of_ms"_s].toInteger();
        request.windowHours = truthJson.value()[u"window_hours"_s].toInt(24);
    }
    if (m_parser.isSet(m_asOf)) {
        const auto asOf = parseIsoUtc(m_parser.value(m_asOf));
        if (!asOf)
            return Error{u"invalid_value"_s, u"--as-of: not an ISO-8601 time with offset"_s, {}};
        request.asOfMs = *asOf;
    }
    if (m_parser.isSet(m_windowHours))
        request.windowHours = m_parser.value(m_windowHours).toInt();
    return request;
}

int BenchOptions::repetitions(int fallback) const
{
    bool ok = false;
    const int n = m_parser.value(m_reps).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}
