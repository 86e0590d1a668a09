#include "core/ingest/readfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "core/ingest/mappedreader.h"
#include "core/ingest/sniff.h"
#include "core/ingest/timeparser.h"

using namespace Qt::StringLiterals;

namespace {

/// Up to kHeadSize bytes without consuming them. A stream (socket, pipe) may hand out only a
/// few bytes per read, so peek again until the head is full or the stream stops growing.
QByteArray peekHead(QIODevice &device)
{
    QByteArray head = device.peek(sniff::kHeadSize);
    while (device.isSequential() && head.size() < sniff::kHeadSize) {
        QByteArray more = device.peek(sniff::kHeadSize);
        if (more.size() == head.size()) {
            if (!device.waitForReadyRead(5'000))
                break;
            more = device.peek(sniff::kHeadSize);
            if (more.size() == head.size())
                break;
        }
        head = std::move(more);
    }
    return head;
}

/// What relative dates and year-less dates are resolved against when the import names no capture
/// time (SPEC section 2): a file's modification time, which is when the tool wrote it, or else
/// the import's clock (a stream is captured as it is read).
qint64 defaultCaptureMs(const QIODevice &device)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(&device)) {
        const QDateTime modified = QFileInfo(file->fileName()).lastModified();
        if (modified.isValid() && modified.toMSecsSinceEpoch() > 0)
            return modified.toMSecsSinceEpoch();
    }
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Result<ImportReport> readFile(const QString &path, const IngestOptions &options, const BatchSink &sink,
                              const ReadProgressFn &progress, const CancelToken &cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, path + u": cannot open: "_s + file.errorString(), {}};
    return readDevice(file, path, options, sink, progress, cancel);
}

Result<ImportReport> readDevice(QIODevice &device, const QString &displayName, const IngestOptions &options,
                                const BatchSink &sink, const ReadProgressFn &progress, const CancelToken &cancel)
{
    return readDevice(ReaderRegistry::standard(), device, displayName, options, sink, progress, cancel);
}

Result<ImportReport> readDevice(const ReaderRegistry &registry, QIODevice &device, const QString &displayName,
                                const IngestOptions &options, const BatchSink &sink, const ReadProgressFn &progress,
                                const CancelToken &cancel)
{
    IngestOptions resolved = options;
    if (resolved.captureTimeMs <= 0)
        resolved.captureTimeMs = defaultCaptureMs(device);
    Result<TimeParser> times = TimeParser::forZone(resolved.naiveTimezone, resolved.captureTimeMs);
    if (!times.ok())
        return times.error();

    const QByteArray head = peekHead(device);
    if (sniff::body(head).isEmpty())
        return Error{u"invalid_format"_s, displayName + u": the file is empty"_s, {}};
    const Reader *reader = registry.pick(SniffInput{head, QFileInfo(displayName).fileName()});
    if (resolved.mapping) {
        // A mapping given explicitly (--mapping, the mapping dialog) reads the file whatever claims it.
        for (const auto &r : registry.readers()) {
            if (r->id() == MappedReader::kId)
                reader = r.get();
        }
    }
    if (!reader) {
        return Error{u"unknown_format"_s,
                     displayName + u": format not recognised (expected a JSON array, {\"posts\": […]}, "
                                   u"NDJSON or CSV with a post_id column, a supported capture export, or a CSV/JSON to map: "
                                   u"see --suggest-mapping)"_s,
                     {}};
    }

    const qint64 total = device.isSequential() ? -1 : device.size();
    ReadSession session(displayName, resolved, std::move(times).value(), sink, progress, cancel, total);
    Status status = reader->read(device, session);
    if (!status.ok())
        return status.error();
    return session.finish(reader->id(), device.isSequential() ? -1 : device.pos());
}
