#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QMap>
#include <QString>
#include <QStringList>

#include "core/model/columnmapping.h"

/// Settings the readers and normalizers need (config keys `ingest.*` and `clustering.aliases`).
struct IngestOptions
{
    QString naiveTimezone = QStringLiteral("UTC"); ///< IANA id used for ISO times without an offset
    QMap<QString, QString> aliases;                ///< clustering.aliases: normalized tag → tag
    int batchSize = 5000;                          ///< posts per storage transaction
    qint64 captureTimeMs = 0; ///< fallback "now" for relative dates when a record carries no capture time
    /// ingest.max_future_hours: a created_at more than this after the capture time (the record's first_seen, else
    /// captureTimeMs) or after the import's wall clock is refused: one post dated 9999 moved the default as_of.
    int maxFutureHours = 48;
    /// ingest.min_year: created_at and first_seen before 1 January of this year (UTC) are refused.
    int minYear = 2000;
    QString encoding; ///< text encoding of the input ("GB18030", "Windows-1252", …); empty: sniffed (`--encoding`)
    /// --platform / the import dialog: the platform of records that do not say theirs (any format).
    QString platform;
    /// --mapping / the mapping dialog: read a file no known reader claims with this mapping.
    std::shared_ptr<const ColumnMapping> mapping;
    /// Saved mappings, looked up by a file's columns (CSV header or JSON key paths); empty = none.
    std::function<std::optional<ColumnMapping>(const QStringList &columns)> findMapping;
};
