// bench_load_window: times loading the pipeline's span (current + baseline windows) from SQLite
// with PostRepository::loadDataset, which is what DiscoveryService::loadWindow does.
// Target: < 2 s for a 1M-post window. Run by hand:
//   bench_load_window --db /tmp/gt/1m.db --truth /tmp/gt/1m.truth.json --reps 3
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>

#include "core/model/timeformat.h"
#include "tests/bench/benchoptions.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

namespace {

/// A hash of everything a Dataset holds, to compare loads (two databases, --direct, two builds).
QString digest(const Dataset &d)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto addList = [&hash](const QStringList &list) {
        for (const QString &s : list) {
            hash.addData(s.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
        }
        hash.addData(QByteArrayView("\1", 1));
    };
    const QStringList ids = d.postIds.toList();
    for (const QStringList *list : {&d.platforms, &d.creators, &d.creatorNames, &d.regions, &d.tags, &ids})
        addList(*list);
    for (const DatasetPost &p : d.posts) {
        // rowId is left out: it names a row of one database, not a property of the post.
        const qint64 fields[] = {p.createdAtMs, p.likes,          p.comments, p.shares, p.saves,
                                 p.views,       p.platform,       p.creator,  p.region, qint64(p.tagBegin),
                                 p.tagCount,    p.approximateTime};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(fields), sizeof(fields)));
    }
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(d.postTags.data()),
                                qsizetype(d.postTags.size() * sizeof(std::int32_t))));
    hash.addData(QByteArray::number(d.newestCreatedAtMs));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times loading the pipeline's window (current + baseline) from SQLite."_s);
    parser.addHelpOption();
    BenchOptions options(parser);
    parser.process(app);

    benchutil::report("nproc", QString::number(benchutil::cpuCount()));
    auto params = options.preparedParams();
    if (!params) {
        std::fprintf(stderr, "bench_load_window: %s\n", qUtf8Printable(params.error().message));
        return 1;
    }
    benchutil::report("load average", QString::number(benchutil::loadAverage(), 'f', 2));
    std::vector<double> runs;
    std::vector<double> cpu;
    size_t posts = 0;
    qsizetype tags = 0;
    QString sanity;
    QString contents;
    for (int i = 0, reps = options.repetitions(3); i < reps; ++i) {
        const double cpuBefore = benchutil::processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        auto data = options.loadWindow(params.value());
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back((benchutil::processCpuSeconds() - cpuBefore) * 1000.0);
        if (!data) {
            std::fprintf(stderr, "bench_load_window: %s\n", qUtf8Printable(data.error().message));
            return 1;
        }
        posts = data.value().posts.size();
        tags = data.value().tags.size();
        // Interned lists must hold each label once, or distinct counts (regions, tags) inflate.
        const auto distinct = [](const QStringList &list) { return QSet<QString>(list.cbegin(), list.cend()).size(); };
        const Dataset &d = data.value();
        contents = digest(d);
        sanity = u"platforms %1/%2, regions %3/%4, tags %5/%6 (interned/distinct)"_s.arg(d.platforms.size())
                     .arg(distinct(d.platforms))
                     .arg(d.regions.size())
                     .arg(distinct(d.regions))
                     .arg(d.tags.size())
                     .arg(distinct(d.tags));
    }
    const auto t = benchutil::summarize(runs);
    benchutil::report("as_of", isoUtc(params.value().asOfMs.value_or(0)));
    benchutil::report("posts loaded",
                      QString::number(posts) + u" (window + baseline), "_s + QString::number(tags) + u" tags"_s);
    benchutil::report("load ms", u"min %1  median %2  max %3  (%4 reps; target < 2000 at 1M)"_s.arg(t.minMs, 0, 'f', 1)
                                     .arg(t.medianMs, 0, 'f', 1)
                                     .arg(t.maxMs, 0, 'f', 1)
                                     .arg(runs.size()));
    const auto c = benchutil::summarize(cpu);
    benchutil::report(
        "load cpu ms",
        u"min %1  median %2  max %3"_s.arg(c.minMs, 0, 'f', 1).arg(c.medianMs, 0, 'f', 1).arg(c.maxMs, 0, 'f', 1));
    benchutil::report("first load ms",
                      QString::number(runs.front(), 'f', 1) + u" (cold page cache only after a drop)"_s);
    benchutil::report("interned strings", sanity);
    benchutil::report("dataset sha1", contents + u" (without row ids; equal across databases of one file)"_s);
    benchutil::report("peak RSS MB", QString::number(benchutil::peakRssMb(), 'f', 1));
    return 0;
}
