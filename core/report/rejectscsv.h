#pragma once

#include <QList>
#include <QString>

#include "core/model/importreport.h"
#include "core/model/result.h"

class QIODevice;

/// The rejected records of one or more imports as CSV, for the analyst to fix the source: columns
/// file, line, record (0-based index where the format has one), field, reason; RFC 4180 through
/// csvCell(), UTF-8 with a BOM (so Excel reads the Chinese), CRLF. Every kept reject is written
/// (ImportReport::kMaxKeptRejects per file); when a file had more, a last row says how many were
/// left out.
Status writeRejectsCsv(const QList<ImportReport> &reports, QIODevice &device);

/// The same into `path`, replaced only by a complete file (QSaveFile).
Status writeRejectsCsv(const QList<ImportReport> &reports, const QString &path);
