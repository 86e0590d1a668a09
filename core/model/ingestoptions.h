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
    /// --platform / the import dialog: the platform of records that do not say theirs (any format).
    QString platform;
    /// --mapping / the mapping dialog: read a file no known reader claims with this mapping.
    std::shared_ptr<const ColumnMapping> mapping;
    /// Saved mappings, looked up by a file's columns (CSV header or JSON key paths); empty = none.
    std::function<std::optional<ColumnMapping>(const QStringList &columns)> findMapping;
};
