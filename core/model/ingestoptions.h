#pragma once

#include <QMap>
#include <QString>

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
};
