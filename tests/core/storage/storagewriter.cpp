// Helper for tst_killimport: upserts generated posts batch by batch and prints "committed <n>"
// after each committed batch, flushed, so the parent knows what must survive a SIGKILL.
// Usage: gt_storage_writer DB_PATH BATCHES BATCH_SIZE
#include <cstdio>

#include <QCoreApplication>

#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "tests/core/storage/postgenerator.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: gt_storage_writer DB_PATH BATCHES BATCH_SIZE\n");
        return 2;
    }
    const qint64 batches = args[2].toLongLong();
    const qint64 batchSize = args[3].toLongLong();
    auto db = Database::open(args[1]);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    PostRepository repository(db.value());
    for (qint64 b = 0; b < batches; ++b) {
        auto stored = repository.upsert(postgen::posts(b * batchSize, batchSize));
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
            return 1;
        }
        std::printf("committed %lld\n", qlonglong(b + 1));
        std::fflush(stdout);
    }
    return 0;
}
