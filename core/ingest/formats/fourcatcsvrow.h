#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>

#include "core/ingest/formats/capturerecord.h"

/// The datasource a 4CAT CSV export came from, told by its header columns (formats README §3).
enum class FourCatCsvKind { None, TikTok, Xiaohongshu, Douyin, Instagram, X, Custom };

/// Which export a header (trimmed, lower-case column names) is; None when it is not 4CAT's.
FourCatCsvKind fourCatCsvKind(const QStringList &header);
/// "4cat-csv-tiktok", …, "4cat-csv-custom": the name counted in the import summary.
QLatin1StringView fourCatCsvFormat(FourCatCsvKind kind);

/// Maps one row (an object of strings, empty cells null). Times come from `unix_timestamp`, never
/// from `timestamp`, which 4CAT wrote in its server's local time (README §3); only the custom
/// format, which has no `unix_timestamp`, reads `timestamp` (in `ingest.naive_timezone`).
void mapFourCatCsvRow(FourCatCsvKind kind, const QJsonObject &row, CaptureRecord &record);
