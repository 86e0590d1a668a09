// gt_datagen: writes a deterministic, realistic multi-platform dataset with planted trends and
// decoys, and the truth beside it. See tests/bench/README.md.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/model/timeformat.h"
#include "tests/bench/datagen/datagenerator.h"
#include "tests/bench/datagen/mixedwriter.h"
#include "tests/bench/datagen/postwriter.h"
#include "tests/bench/datagen/truthjson.h"

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gt_datagen: %s\n", qUtf8Printable(message));
    return 2;
}

// "5M", "50k", "1000000": sizes are typed often, so accept the short forms.
std::optional<qint64> parseSize(QString text)
{
    qint64 factor = 1;
    text = text.trimmed().toLower();
    if (text.endsWith(u'k')) {
        factor = 1000;
        text.chop(1);
    } else if (text.endsWith(u'm')) {
        factor = 1000000;
        text.chop(1);
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return qint64(v * double(factor));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gt_datagen"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a deterministic multi-platform post dataset with planted trends and decoys, and the truth beside it."_s);
    parser.addHelpOption();
    const QCommandLineOption postsOpt(u"posts"_s, u"Unique posts to write (1000 … 5M; 50k and 1M forms accepted)."_s,
                                      u"N"_s, u"10000"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Random seed: same seed and flags give the same bytes."_s, u"S"_s,
                                     u"1"_s);
    const QCommandLineOption outOpt(u"out"_s, u"Data file to write."_s, u"FILE"_s);
    const QCommandLineOption outDirOpt(u"out-dir"_s,
                                       u"--format mixed: folder for the per-tool files (TikTok as Zeeschuimer, "
                                       u"Xiaohongshu as Zeeschuimer post pages, Douyin as MediaCrawler JSONL, "
                                       u"the rest as native_rest.ndjson)."_s,
                                       u"DIR"_s);
    const QCommandLineOption truthOpt(u"truth"_s, u"Truth JSON to write (default: FILE with .truth.json)."_s,
                                      u"FILE"_s);
    const QCommandLineOption asOfOpt(u"as-of"_s, u"End of the current window, ISO-8601 with Z or offset."_s,
                                     u"ISO"_s, u"2026-11-20T12:00:00Z"_s);
    const QCommandLineOption windowOpt(u"window-hours"_s, u"Window length in hours."_s, u"H"_s, u"24"_s);
    const QCommandLineOption baselineOpt(u"baseline-windows"_s, u"Baseline windows before the current one."_s,
                                         u"B"_s, u"3"_s);
    const QCommandLineOption formatOpt(u"format"_s, u"Output format: "_s + PostWriter::formats().join(u", "_s),
                                       u"FORMAT"_s, u"native-ndjson"_s);
    const QCommandLineOption dupOpt(u"duplicate-rate"_s,
                                    u"Share of posts captured twice (same identity, newer counters)."_s, u"R"_s,
                                    u"0"_s);
    const QCommandLineOption quietOpt(u"quiet"_s, u"No progress or summary on stderr."_s);
    parser.addOptions({postsOpt, seedOpt, outOpt, outDirOpt, truthOpt, asOfOpt, windowOpt, baselineOpt, formatOpt, dupOpt, quietOpt});
    parser.process(app);

    GeneratorConfig config;
    const auto posts = parseSize(parser.value(postsOpt));
    if (!posts)
        return fail(u"--posts: not a size: "_s + parser.value(postsOpt));
    config.posts = *posts;
    bool ok = false;
    config.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return fail(u"--seed: not an unsigned integer"_s);
    const auto asOf = parseIsoUtc(parser.value(asOfOpt));
    if (!asOf)
        return fail(u"--as-of: not an ISO-8601 time with Z or offset: "_s + parser.value(asOfOpt));
    config.asOfMs = *asOf / 1000 * 1000; // whole seconds keep every written time inside its window
    config.windowHours = parser.value(windowOpt).toInt(&ok);
    if (!ok)
        return fail(u"--window-hours: not an integer"_s);
    config.baselineWindows = parser.value(baselineOpt).toInt(&ok);
    if (!ok)
        return fail(u"--baseline-windows: not an integer"_s);
    config.duplicateRate = parser.value(dupOpt).toDouble(&ok);
    if (!ok || config.duplicateRate < 0 || config.duplicateRate > 1)
        return fail(u"--duplicate-rate: not in [0, 1]"_s);
    config.format = parser.value(formatOpt);
    std::unique_ptr<PostWriter> writer;
    MixedWriter *mixed = nullptr;
    QString out = parser.value(outOpt);
    if (config.format == u"mixed"_s) {
        if (!parser.isSet(outDirOpt))
            return fail(u"--format mixed needs --out-dir DIR"_s);
        const QString dir = parser.value(outDirOpt);
        if (!QDir().mkpath(dir))
            return fail(dir + u": cannot create the folder"_s);
        auto m = std::make_unique<MixedWriter>(dir);
        if (!m->error().isEmpty())
            return fail(m->error());
        mixed = m.get();
        writer = std::move(m);
        out = QDir(dir).filePath(u"native_rest.ndjson"_s);
    } else {
        writer = PostWriter::create(config.format);
    }
    if (!writer)
        return fail(u"--format: unknown \""_s + config.format + u"\"; known: "_s + PostWriter::formats().join(u", "_s));
    if (out.isEmpty())
        return fail(u"--out FILE is required"_s);
    QString truthPath = parser.value(truthOpt);
    if (truthPath.isEmpty()) {
        const qsizetype dot = out.lastIndexOf(u'.');
        const qsizetype slash = out.lastIndexOf(u'/');
        truthPath = (dot > slash ? out.left(dot) : out) + u".truth.json"_s;
    }
    const bool quiet = parser.isSet(quietOpt);

    DataGenerator generator(config);
    if (const QString problem = generator.validate(); !problem.isEmpty())
        return fail(problem);

    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(out + u": "_s + file.errorString());
    QElapsedTimer timer;
    timer.start();
    const QString error = generator.run(file, *writer, [&](qint64 done) {
        if (!quiet && done % 1000000 == 0)
            std::fprintf(stderr, "  %lld posts, %.1f s\n", static_cast<long long>(done), double(timer.elapsed()) / 1000.0);
    });
    file.close();
    if (!error.isEmpty())
        return fail(out + u": "_s + error);
    if (mixed && !mixed->error().isEmpty())
        return fail(mixed->error());

    QSaveFile truthFile(truthPath);
    if (!truthFile.open(QIODevice::WriteOnly))
        return fail(truthPath + u": "_s + truthFile.errorString());
    truthFile.write(QJsonDocument(truthjson::build(generator, out)).toJson(QJsonDocument::Indented));
    if (!truthFile.commit())
        return fail(truthPath + u": "_s + truthFile.errorString());

    if (!quiet) {
        std::fprintf(stderr, "wrote %lld posts (%lld lines, %.1f MB) to %s in %.1f s; truth: %s\n",
                     static_cast<long long>(config.posts), static_cast<long long>(generator.stats().lines),
                     double(generator.stats().bytes) / 1e6, qUtf8Printable(out), double(timer.elapsed()) / 1000.0,
                     qUtf8Printable(truthPath));
    }
    return 0;
}
