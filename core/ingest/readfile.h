#pragma once

#include <QIODevice>
#include <QString>

#include "core/ingest/readerregistry.h"
#include "core/ingest/readsession.h"
#include "core/model/canceltoken.h"
#include "core/model/importreport.h"
#include "core/model/ingestoptions.h"
#include "core/model/result.h"

/// Reads one file of any supported format (sniffed from its content, the extension only breaking
/// ties) and hands the accepted posts to `sink` in batches of `options.batchSize`. Bad records
/// are listed in the report with file, line, field and reason; the good ones are kept.
/// Fails when the file cannot be opened, its format is not recognised, `ingest.naive_timezone`
/// is unknown, the input is unusable as a whole, or the sink fails (its error is returned).
/// Duplicates within the file are passed on: storage collapses them on (platform, post_id).
/// Without `options.captureTimeMs`, relative and year-less dates of records that carry no capture
/// time of their own are resolved against the file's modification time (a stream: the clock).
Result<ImportReport> readFile(const QString &path, const IngestOptions &options, const BatchSink &sink,
                              const ReadProgressFn &progress = {}, const CancelToken &cancel = {});

/// The same for an open device (an HTTP body, a pipe); `displayName` names it in the report and
/// in rejects, and its extension, if any, breaks ties.
Result<ImportReport> readDevice(QIODevice &device, const QString &displayName, const IngestOptions &options,
                                const BatchSink &sink, const ReadProgressFn &progress = {},
                                const CancelToken &cancel = {});

/// readDevice() choosing among the readers of `registry` instead of ReaderRegistry::standard().
Result<ImportReport> readDevice(const ReaderRegistry &registry, QIODevice &device, const QString &displayName,
                                const IngestOptions &options, const BatchSink &sink,
                                const ReadProgressFn &progress = {}, const CancelToken &cancel = {});

/// The head of the file at `path` (up to sniff::kHeadSize bytes) as UTF-8, decoded as an import decodes it: the
/// encoding sniffed, or `encoding` (a name of textencoding::names(), as --encoding) when not empty, a byte-order
/// mark skipped. What --suggest-mapping and the mapping dialog take their sample from.
Result<QByteArray> readDecodedHead(const QString &path, const QString &encoding = {});
