#pragma once

#include <memory>

#include <QString>

#include "core/model/importreport.h"
#include "core/model/result.h"

class Database;

/// The database a benchmark works on: opened as it is, or created afresh and filled from a data
/// file. Filling reads with the ingest readers and stores with PostRepository::upsert on this
/// thread: the same steps as ImportService without its parse/store overlap, so the benchmarks of
/// the pipeline and of window loading need only gt_ingest and gt_storage. bench_import measures
/// ImportService itself.
namespace benchdatabase {

/// Deletes `dbPath` (and its WAL files), creates it and imports `dataFile`.
Result<std::shared_ptr<Database>> createAndImport(const QString &dbPath, const QString &dataFile,
                                                  ImportReport *report = nullptr, double *seconds = nullptr);

/// Opens an existing database (fails when the file does not exist).
Result<std::shared_ptr<Database>> openExisting(const QString &dbPath);

} // namespace benchdatabase
