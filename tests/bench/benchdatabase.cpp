#include "tests/bench/benchdatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include "core/model/ingestoptions.h"
#include "core/service/importservice.h"
#include "core/storage/database.h"
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
    const ImportService service(db.value(), IngestOptions{});
    QElapsedTimer timer;
    timer.start();
    auto imported = service.importFile(dataFile);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (!imported)
        return imported.error();
    if (report)
        *report = imported.value();
    if (seconds)
        *seconds = s;
    return db;
}

Result<std::shared_ptr<Database>> openExisting(const QString &dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return Error{u"not_found"_s, dbPath + u": no such database"_s, {}};
    return Database::open(dbPath);
}

} // namespace benchdatabase
