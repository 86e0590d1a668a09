#pragma once

#include <functional>

#include <QIODevice>
#include <QJsonObject>

#include "core/ingest/readsession.h"
#include "core/model/result.h"

/// Called per CSV row with the row as an object of strings keyed by the header (empty cells are
/// null, so that they read as missing) and the row's first line; its error aborts the read.
using CsvRecordFn = std::function<Status(const QJsonObject &row, qint64 line)>;

/// Streams the rows of a CSV file with a header row (a UTF-8 BOM, as MediaCrawler's `utf-8-sig`
/// files have, is skipped). A row with a different number of cells than the header, or a broken
/// quote, is rejected with its line; the rest are read.
Status forEachCsvRecord(QIODevice &device, ReadSession &session, const CsvRecordFn &fn);
