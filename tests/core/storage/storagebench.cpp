// Storage benchmark, run by hand (not a test): upserts N generated posts in batches and loads
// them back as one Dataset. Usage: gt_storage_bench [posts=1000000] [batch=5000] [db path]
#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "core/storage/runrepository.h"
#include "tests/core/storage/postgenerator.h"

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = args.size() > 1 ? args[1].toLongLong() : 1000000;
    const qint64 batchSize = args.size() > 2 ? args[2].toLongLong() : 5000;
    QTemporaryDir dir;
    const QString path = args.size() > 3 ? args[3] : dir.filePath(u"bench.db"_s);
    // posts = 0: only load, from an existing database given as the third argument.
    if (total > 0) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    PostRepository repo(db.value());

    // Generate first so that only storage is timed.
    std::vector<std::vector<Post>> batches;
    for (qint64 first = 0; first < total; first += batchSize)
        batches.push_back(postgen::posts(first, std::min(batchSize, total - first)));

    // CPU seconds as well as wall seconds: the machine is shared, wall time depends on neighbours.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    auto cpuS = [&cpu] { return double(std::clock() - cpu) / CLOCKS_PER_SEC; };
    qint64 inserted = 0;
    for (const auto &batch : batches) {
        auto stats = repo.upsert(batch);
        if (!stats) {
            std::fprintf(stderr, "%s\n", qPrintable(stats.error().message));
            return 1;
        }
        inserted += stats.value().inserted;
    }
    const double insertS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("upsert (insert) %lld posts in batches of %lld: %.2f s = %.0f posts/s (CPU %.2f s = %.0f posts/s)\n",
                qlonglong(inserted), qlonglong(batchSize), insertS, double(inserted) / insertS, cpuS(),
                double(inserted) / cpuS());

    if (qEnvironmentVariableIsSet("GT_BENCH_INSERT_ONLY"))
        return 0;

    timer.restart();
    cpu = std::clock();
    qint64 updated = 0;
    if (total == 0)
        batches.clear();
    for (std::size_t i = 0; i < batches.size() && i < 20; ++i)
        updated += repo.upsert(batches[i]).value().updated;
    const double updateS = double(timer.nsecsElapsed()) / 1e9;
    if (updated > 0)
        std::printf("upsert (re-import) %lld posts: %.2f s = %.0f posts/s (CPU %.2f s)\n", qlonglong(updated), updateS,
                    double(updated) / updateS, cpuS());

    timer.restart();
    cpu = std::clock();
    auto data = repo.loadDataset(0, std::numeric_limits<qint64>::max());
    const double loadS = double(timer.nsecsElapsed()) / 1e9;
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
        return 1;
    }
    std::printf("loadDataset %zu posts (%lld creators, %lld tags, %zu tag refs): %.2f s (CPU %.2f s)\n",
                data.value().posts.size(), qlonglong(data.value().creators.size()), qlonglong(data.value().tags.size()),
                data.value().postTags.size(), loadS, cpuS());

    for (int round = 0; round < 2; ++round) {
        timer.restart();
        auto tagged = repo.postsWithTag(u"tag42"_s, 0, std::numeric_limits<qint64>::max(), 100);
        std::printf("postsWithTag: %lld posts in %.1f ms\n", qlonglong(tagged.value().size()),
                    double(timer.nsecsElapsed()) / 1e6);
    }

    // A run with 500,000 decisions (the decision log of a big run), saved in one transaction.
    RunResult run;
    run.runId = u"bench-run"_s;
    for (int i = 0; i < 500000; ++i) {
        Decision d;
        d.stage = i % 2 ? u"clustering"_s : u"hashtag_stats"_s;
        d.subject = u"tag:t%1"_s.arg(i % 20000);
        d.rule = u"clustering.min_posts"_s;
        d.values = QJsonObject{{u"posts"_s, i % 7}, {u"threshold"_s, 3}};
        d.outcome = u"dropped"_s;
        d.message = u"tag #t%1 has %2 posts, fewer than clustering.min_posts = 3"_s.arg(i % 20000).arg(i % 7);
        run.decisions.push_back(std::move(d));
    }
    RunRepository runs(db.value());
    timer.restart();
    cpu = std::clock();
    if (auto saved = runs.save(run); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 1;
    }
    std::printf("save run with %zu decisions: %.2f s (CPU %.2f s)\n", run.decisions.size(),
                double(timer.nsecsElapsed()) / 1e9, cpuS());
    timer.restart();
    DecisionQuery query;
    query.subject = u"tag:t42"_s;
    query.limit = 50;
    const auto page = runs.decisions(run.runId, query);
    std::printf("decisions page by subject: %lld of %lld in %.1f ms\n", qlonglong(page.value().items.size()),
                qlonglong(page.value().total), double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    query = DecisionQuery();
    query.offset = 400000;
    const auto deep = runs.decisions(run.runId, query);
    std::printf("decisions page at offset 400000: %lld of %lld in %.1f ms\n", qlonglong(deep.value().items.size()),
                qlonglong(deep.value().total), double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    if (auto saved = runs.save(run); !saved)
        return 1;
    std::printf("replace that run: %.2f s\n", double(timer.nsecsElapsed()) / 1e9);
    std::printf("file size: %.0f MB\n", double(QFile(path).size()) / 1e6);
    return 0;
}
