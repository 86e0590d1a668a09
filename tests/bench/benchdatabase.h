#pragma once

#include <memory>

#include <QString>

#include "core/model/importreport.h"
#include "core/model/result.h"

class Database;

/// The database a benchmark works on: opened as it is, or created afresh and filled from a data
/// file through ImportService::importFile (the road every import takes).
namespace benchdatabase {

/// Deletes `dbPath` (and its WAL files), opens it empty, imports `dataFile` and prints the import's
/// counts and speed. `report` receives the ImportReport; `seconds` the wall time of importFile.
Result<std::shared_ptr<Database>> createAndImport(const QString &dbPath, const QString &dataFile,
                                                  ImportReport *report = nullptr, double *seconds = nullptr);

/// Opens an existing database (fails when the file does not exist).
Result<std::shared_ptr<Database>> openExisting(const QString &dbPath);

} // namespace benchdatabase
