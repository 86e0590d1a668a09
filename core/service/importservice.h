#pragma once

#include <functional>
#include <memory>

#include <QJsonArray>
#include <QList>
#include <QString>

#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "core/model/ingestoptions.h"
#include "core/model/result.h"

class PostStore;
class QIODevice;

/// How far an import has come, for progress bars (bytes, because record counts are unknown ahead).
struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

/// Answer to a JSON ingestion (POST /api/v1/posts): per-item rejects carry `index`.
struct JsonIngestResult
{
    qint64 accepted = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    QList<RejectedRecord> rejected;
};

/// The one road posts take into storage, for the CLI, the desktop app, polling and the REST API:
/// read (any supported format) → normalize → upsert batch by batch, one transaction per batch.
/// Safe to use from any thread: storage work runs in an IngestSession of its own.
class ImportService
{
public:
    ImportService(std::shared_ptr<const PostStore> posts, IngestOptions options);

    using ProgressFn = std::function<void(const ImportProgress &)>;

    /// Imports one file; the format is sniffed from its content. Fails only when the file cannot be
    /// read at all; bad records are listed in the report and the good ones are stored.
    Result<ImportReport> importFile(const QString &path, const ProgressFn &progress = {},
                                    const CancelToken &cancel = {}) const;

    /// importFile() for a file read with `mapping` (a file no reader claims; null = a saved mapping
    /// whose columns match, else the error "needs_mapping") and with `platform` (SPEC slug or alias;
    /// empty = none) for records that do not say their platform, in any format.
    Result<ImportReport> importFileWith(const QString &path, std::shared_ptr<const ColumnMapping> mapping,
                                        const QString &platform, const ProgressFn &progress = {},
                                        const CancelToken &cancel = {}) const;

    /// The same for an open device (an HTTP body, a byte range of a growing file); `displayName`
    /// names it in the report and in rejects, and its extension, if any, breaks format ties.
    Result<ImportReport> importDevice(QIODevice &device, const QString &displayName, const ProgressFn &progress = {},
                                      const CancelToken &cancel = {}) const;

    /// Validates and stores posts given as JSON objects in SPEC section 1's field names.
    Result<JsonIngestResult> ingestJson(const QJsonArray &posts) const;

    /// The options this service reads with (config `ingest.*`); POST /api/v1/posts validates with
    /// the same ones on its workers before its group-commit queue stores the posts.
    const IngestOptions &options() const { return m_options; }

private:
    std::shared_ptr<const PostStore> m_posts;
    IngestOptions m_options;
};
