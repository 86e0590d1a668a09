#include "core/ingest/readfile.h"

#include <filesystem>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "core/ingest/decodingdevice.h"
#include "core/ingest/mappedreader.h"
#include "core/ingest/sniff.h"
#include "core/ingest/textencoding.h"
#include "core/ingest/timeparser.h"

using namespace Qt::StringLiterals;

namespace {

/// Up to `size` bytes without consuming them. A stream (socket, pipe) may hand out only a
/// few bytes per read, so peek again until the head is full or the stream stops growing.
QByteArray peekHead(QIODevice &device, qsizetype size = sniff::kHeadSize)
{
    QByteArray head = device.peek(size);
    while (device.isSequential() && head.size() < size) {
        QByteArray more = device.peek(size);
        if (more.size() == head.size()) {
            if (!device.waitForReadyRead(5'000))
                break;
            more = device.peek(size);
            if (more.size() == head.size())
                break;
        }
        head = std::move(more);
    }
    return head;
}

/// How far sniffing looks for the end of a long first line (NDJSON whose line 1 is a 200 KB post).
constexpr qsizetype kLongLineSniff = 16 * 1024 * 1024;
/// How many lines sniffing skips when line 1 of a JSON Lines file is unreadable.
constexpr int kSniffLines = 5;

/// The reader for a JSON Lines file whose first lines are damaged or longer than the head, judged
/// by the head from line 2, 3, … on (the damaged lines are read, and rejected, by that reader).
const Reader *pickPastFirstLines(const ReaderRegistry &registry, QIODevice &decoded, const QByteArray &head,
                                 const QString &displayName)
{
    // Peek further only for a first line longer than the head (memory: at most kLongLineSniff).
    const QByteArray wide = head.contains('\n') ? head : peekHead(decoded, kLongLineSniff);
    qsizetype from = 0;
    for (int skipped = 0; skipped < kSniffLines; ++skipped) {
        const qsizetype nl = wide.indexOf('\n', from);
        if (nl < 0)
            return nullptr;
        from = nl + 1;
        const QByteArrayView rest = QByteArrayView(wide).sliced(from);
        // JSON Lines: every line a record starting with '{'. A line that does not (a pretty-printed
        // document's `  "data": [`) ends the search; a damaged record is skipped; a whole JSON
        // object on its own line decides.
        if (!sniff::body(rest).startsWith('{'))
            return nullptr;
        if (sniff::firstLineObject(rest.first(qMin(rest.size(), sniff::kHeadSize))).isEmpty())
            continue;
        if (const Reader *reader =
                registry.pick(SniffInput{rest.first(qMin(rest.size(), sniff::kHeadSize)), QFileInfo(displayName).fileName()}))
            return reader;
    }
    return nullptr;
}

/// What a file that no reader claims looks like, for the error: the encoding read, damaged bytes
/// and an overlong first line are the usual real problems.
QString unrecognisedDetail(QByteArrayView head, const DecodingDevice &decoded)
{
    QString detail = u"read as "_s + textencoding::name(decoded.transcoder().encoding());
    for (const Transcoder::Repair &r : decoded.transcoder().firstRepairs())
        detail += u"; line %1: invalid %2 at byte %3"_s.arg(r.line).arg(textencoding::name(decoded.transcoder().encoding()))
                      .arg(r.byte);
    if (head.size() >= sniff::kHeadSize && !head.contains('\n'))
        detail += u"; line 1 is longer than %1 KiB"_s.arg(sniff::kHeadSize / 1024);
    return detail;
}

/// Why `path` is refused before opening it: opening a FIFO with no writer blocks forever, and a
/// device or socket is no import file. Empty when it is a regular file (or a link to one).
QString specialFileProblem(const QString &path)
{
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(path.toStdString(), ec);
    if (ec)
        return {}; // let QFile::open name the problem
    switch (status.type()) {
    case std::filesystem::file_type::regular:
    case std::filesystem::file_type::not_found:
        return {};
    case std::filesystem::file_type::directory:
        return u"is a directory, not a file"_s;
    case std::filesystem::file_type::fifo:
        return u"is a named pipe (FIFO), not a file: copy its content to a file and import that"_s;
    case std::filesystem::file_type::socket:
        return u"is a socket, not a file"_s;
    case std::filesystem::file_type::character:
    case std::filesystem::file_type::block:
        return u"is a device, not a file"_s;
    default:
        return u"is not a regular file"_s;
    }
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

/// The encoding of the text at the device's position: sniffed from its head, or `given` (--encoding)
/// when not empty; a byte-order mark of that encoding is skipped either way.
Result<EncodingGuess> encodingOf(QIODevice &device, const QString &given)
{
    const QByteArray raw = peekHead(device);
    EncodingGuess guess = textencoding::sniff(raw, raw.size() < sniff::kHeadSize);
    if (given.trimmed().isEmpty())
        return guess;
    const std::optional<TextEncoding> named = textencoding::fromName(given);
    if (!named) {
        return Error{u"invalid_value"_s,
                     u"unknown encoding \""_s + given + u"\" (expected one of "_s + textencoding::names().join(u", "_s)
                         + u')',
                     {}};
    }
    return EncodingGuess{*named, guess.encoding == *named ? guess.bomBytes : 0};
}

} // namespace

Result<ImportReport> readFile(const QString &path, const IngestOptions &options, const BatchSink &sink,
                              const ReadProgressFn &progress, const CancelToken &cancel)
{
    if (const QString problem = specialFileProblem(path); !problem.isEmpty())
        return Error{u"io"_s, path + u": "_s + problem, {}};
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

Result<QByteArray> readDecodedHead(const QString &path, const QString &encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"io"_s, path + u": cannot open: "_s + file.errorString(), {}};
    Result<EncodingGuess> guess = encodingOf(file, encoding);
    if (!guess)
        return guess.error();
    DecodingDevice decoded(file, guess.value().encoding, guess.value().bomBytes);
    decoded.open(QIODevice::ReadOnly);
    return peekHead(decoded);
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

    // The bytes are sniffed for their encoding and read through a DecodingDevice: every reader sees UTF-8.
    Result<EncodingGuess> encoding = encodingOf(device, resolved.encoding);
    if (!encoding)
        return encoding.error();
    const EncodingGuess guess = encoding.value();
    DecodingDevice decoded(device, guess.encoding, guess.bomBytes);
    decoded.open(QIODevice::ReadOnly);

    const QByteArray head = peekHead(decoded);
    if (sniff::body(head).isEmpty())
        return Error{u"invalid_format"_s, displayName + u": the file is empty"_s, {}};
    // A first line that is not a whole JSON object (damaged, or longer than the head: a 200 KB
    // caption) does not decide: the lines after it do, when they are JSON Lines. Otherwise (a
    // pretty-printed or minified document, CSV) the head decides as usual.
    const Reader *reader = nullptr;
    if (sniff::body(head).startsWith('{') && sniff::firstLineObject(head).isEmpty())
        reader = pickPastFirstLines(registry, decoded, head, displayName);
    if (!reader)
        reader = registry.pick(SniffInput{head, QFileInfo(displayName).fileName()});
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
                                   u"NDJSON or CSV with a post_id column, a supported capture export, or a CSV/JSON "
                                   u"to map: see --suggest-mapping; "_s
                         + unrecognisedDetail(head, decoded) + u')',
                     {}};
    }

    const qint64 total = device.isSequential() ? -1 : device.size();
    // Progress counts the source's bytes, which is what `total` measures.
    ReadProgressFn sourceProgress;
    if (progress)
        sourceProgress = [&progress, &decoded](qint64, qint64 bytesTotal) {
            progress(decoded.sourceBytesRead(), bytesTotal);
        };
    ReadSession session(displayName, resolved, std::move(times).value(), sink, sourceProgress, cancel, total);
    Status status = reader->read(decoded, session);
    if (!status.ok())
        return status.error();
    Result<ImportReport> report = session.finish(reader->id(), device.isSequential() ? -1 : decoded.sourceBytesRead());
    if (report.ok()) {
        ImportReport &r = report.value();
        const Transcoder &transcoder = decoded.transcoder();
        r.encoding = textencoding::name(guess.encoding);
        r.textRepairs = transcoder.repairs();
        for (const Transcoder::Repair &repair : transcoder.firstRepairs())
            r.firstTextRepairs.append(u"line %1, byte %2"_s.arg(repair.line).arg(repair.byte));
    }
    return report;
}
