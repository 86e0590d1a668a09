#include "tests/bench/benchdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include "core/ingest/readfile.h"
#include "core/model/ingestoptions.h"
#include "core/storage/database.h"
#include "core/storage/postrepository.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

namespace benchdatabase {

Result<std::shared_ptr<Database>> createAndImport(const QString &dbPath, const QString &dataFile,
                                                  ImportReport *report, double *seconds)
{
    benchutil::removeDatabaseFiles(dbPath);
    auto db = Database::open(dbPath);
    if (!db)
        return db.error();
    const PostRepository repository(db.value());
    QElapsedTimer timer;
    timer.start();
    auto imported = readFile(dataFile, IngestOptions{}, [&repository](std::vector<Post> &&batch) -> Status {
        auto stored = repository.upsert(batch);
        if (!stored)
            return stored.error();
        return Ok{};
    });
    if (!imported)
        return imported.error();
    if (report)
        *report = imported.value();
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    return db;
}

Result<std::shared_ptr<Database>> openExisting(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return Error{u"not_found"_s, dbPath + u": no such database"_s, {}};
    return Database::open(dbPath);
}

} // namespace benchdatabase
