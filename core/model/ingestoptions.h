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
    QString encoding; ///< text encoding of the input ("GB18030", "Windows-1252", …); empty: sniffed (`--encoding`)
};
