#include "core/poll/folderpoll.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include "core/ingest/readerregistry.h"
#include "core/ingest/sniff.h"
#include "core/log/log.h"
#include "core/poll/filerangedevice.h"
#include "core/storage/pollstatestore.h"
#include "core/service/importservice.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHeadHashBytes = 4096;
// A last line longer than this without its newline is left for the next poll unparsed.
constexpr qint64 kMaxTailParse = 16LL * 1024 * 1024;

const QStringList &knownExtensions()
{
    static const QStringList extensions = {u"ndjson"_s, u"jsonl"_s, u"json"_s, u"csv"_s};
    return extensions;
}

bool isUnfinishedDownload(const QString &name)
{
    static const QStringList suffixes = {u".part"_s, u".tmp"_s, u".crdownload"_s, u".download"_s, u"~"_s};
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&name](const QString &suffix) { return name.endsWith(suffix, Qt::CaseInsensitive); });
}

/// True when the file is read line by line and can be resumed at a line end: its reader takes
/// NDJSON/JSONL and the content is shaped that way. Several readers take both a JSON document and
/// JSONL, so the head decides: the first line is a whole JSON object, or one line longer than the
/// head that starts with '{' (Zeeschuimer lines can exceed 64 KiB). A JSON array or a
/// pretty-printed object ("{" alone on its first line) is a document, read whole.
bool isLineFormat(const Reader &reader, QByteArrayView head)
{
    const QStringList extensions = reader.extensions();
    if (!extensions.contains(u"ndjson"_s) && !extensions.contains(u"jsonl"_s))
        return false;
    const QByteArrayView body = sniff::body(head);
    if (!body.startsWith('{'))
        return false;
    const qsizetype newline = body.indexOf('\n');
    if (newline < 0)
        return true;
    QJsonParseError error;
    const QJsonDocument first = QJsonDocument::fromJson(body.first(newline).toByteArray(), &error);
    return error.error == QJsonParseError::NoError && first.isObject();
}

QString headSha1(QFile &file, qint64 bytes)
{
    if (!file.seek(0))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.read(std::min(bytes, kHeadHashBytes)), QCryptographicHash::Sha1).toHex());
}

/// The end of the last complete line in [begin, size): just past its '\n', or `size` when the
/// text after the last '\n' is blank or already a whole JSON object (a file whose writer does not
/// end the last line). `begin` when no line is complete yet.
qint64 completeEnd(QFile &file, qint64 begin, qint64 size)
{
    constexpr qint64 kChunk = 64 * 1024;
    qint64 lineEnd = begin;
    for (qint64 chunkEnd = size; chunkEnd > begin;) {
        const qint64 chunkBegin = std::max(begin, chunkEnd - kChunk);
        if (!file.seek(chunkBegin))
            return begin;
        const QByteArray chunk = file.read(chunkEnd - chunkBegin);
        const qsizetype newline = chunk.lastIndexOf('\n');
        if (newline >= 0) {
            lineEnd = chunkBegin + newline + 1;
            break;
        }
        chunkEnd = chunkBegin;
    }
    const qint64 tailSize = size - lineEnd;
    if (tailSize == 0 || tailSize > kMaxTailParse || !file.seek(lineEnd))
        return lineEnd;
    const QByteArray tail = file.read(tailSize).trimmed();
    if (tail.isEmpty())
        return size;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(tail, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? size : lineEnd;
}

/// Line ends in bytes [begin, end) of `path`.
qint64 countLines(const QString &path, qint64 begin, qint64 end)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(begin))
        return 0;
    qint64 lines = 0;
    for (qint64 left = end - begin; left > 0;) {
        const QByteArray chunk = file.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty())
            break;
        lines += chunk.count('\n');
        left -= chunk.size();
    }
    return lines;
}

/// Just past the first '\n' at or after `from` in `path`, or `end` when there is none before it.
qint64 nextLineEnd(const QString &path, qint64 from, qint64 end)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return end;
    for (qint64 at = from; at < end;) {
        const QByteArray chunk = file.read(std::min<qint64>(end - at, 64 * 1024));
        if (chunk.isEmpty())
            return end;
        if (const qsizetype newline = chunk.indexOf('\n'); newline >= 0)
            return at + newline + 1;
        at += chunk.size();
    }
    return end;
}

void merge(ImportReport &into, const ImportReport &from)
{
    into.read += from.read;
    into.accepted += from.accepted;
    into.inserted += from.inserted;
    into.updated += from.updated;
    into.unknownViews += from.unknownViews;
    into.approximateTimes += from.approximateTimes;
    into.comments += from.comments;
    into.commentedPosts += from.commentedPosts;
    into.elapsedMs += from.elapsedMs;
    for (auto it = from.perFormat.begin(); it != from.perFormat.end(); ++it)
        into.perFormat[it.key()] += it.value();
    if (into.format.isEmpty())
        into.format = from.format;
    else if (!from.format.isEmpty() && from.format != into.format)
        into.format = u"mixed"_s;
    // addReject() keeps the count exact and the list capped; the rejects beyond the kept ones are
    // only counted.
    for (const RejectedRecord &reject : from.rejects)
        into.addReject(reject);
    into.rejected += from.rejected - from.rejects.size();
}

struct FileOutcome
{
    bool read = false;     ///< something was imported (report is valid)
    bool saveState = true; ///< store `state` (false: try again at the next poll)
    ImportReport report;
    QString error;
    PolledFile state;
};

FileOutcome pollFile(const QFileInfo &info, const std::optional<PolledFile> &old, const PollSource &source,
                     const ImportService &importer, const ReaderRegistry &registry, const CancelToken &cancel)
{
    FileOutcome out;
    out.state = old.value_or(PolledFile{});
    out.state.name = info.fileName();
    out.state.size = info.size();
    out.state.mtimeMs = info.lastModified().toMSecsSinceEpoch();

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = u"cannot open: "_s + file.errorString();
        return out;
    }
    const qint64 size = file.size();
    out.state.size = size;
    const QByteArray head = file.peek(sniff::kHeadSize);
    // An empty file, or a first line still being written, is left for the next poll.
    if (sniff::body(head).isEmpty() || (size < sniff::kHeadSize && !head.contains('\n') &&
                                        !head.trimmed().endsWith('}') && !head.trimmed().endsWith(']'))) {
        out.state.consumed = 0;
        return out;
    }
    const Reader *reader = registry.pick(SniffInput{head, info.fileName()});
    if (!reader) {
        out.state.consumed = 0;
        if (knownExtensions().contains(sniff::extension(info.fileName())))
            out.error = u"format not recognised"_s;
        return out;
    }

    qint64 begin = 0;
    qint64 end = size;
    const bool lines = isLineFormat(*reader, head);
    if (lines) {
        if (old && old->consumed > 0 && old->consumed <= size && old->format == reader->id() &&
            headSha1(file, old->consumed) == old->headSha1)
            begin = old->consumed;
        else if (old && old->consumed > 0)
            gtlog::poll()->info("{}: shrank or was replaced; reading it from the start", info.absoluteFilePath());
        end = completeEnd(file, begin, size);
    }
    out.state.format = reader->id();
    if (end <= begin) {
        out.state.consumed = begin; // nothing complete yet: the partial line waits
        return out;
    }
    if (end - begin > source.maxBytes) {
        out.error = u"%1 bytes to read, over the limit of %2 bytes (max_bytes)"_s.arg(end - begin).arg(source.maxBytes);
        return out;
    }
    file.close();

    // One token per file, cancelled by the caller's token or by the per-file time limit; the
    // reader checks it between records.
    const CancelToken fileToken;
    QElapsedTimer clock;
    clock.start();
    const qint64 limitMs = qint64(std::max(source.timeoutS, 1)) * 1000;
    const auto watch = [&](const ImportProgress &) {
        if (cancel.cancelled() || clock.elapsed() > limitMs)
            fileToken.cancel();
    };
    const qint64 linesBefore = begin > 0 && old ? old->lines : 0;
    // An appended part is sniffed on its own. When its first line is not a record (garbage, a
    // blank line), that line is rejected and the part read from the next one: otherwise the line
    // would block the file for good, every later part starting with it.
    qint64 from = begin;
    QList<RejectedRecord> skipped;
    std::optional<Result<ImportReport>> imported;
    while (!imported) {
        FileRangeDevice range(info.absoluteFilePath(), from, end);
        if (!range.open(QIODevice::ReadOnly)) {
            out.error = u"cannot open: "_s + range.errorString();
            return out;
        }
        Result<ImportReport> attempt = importer.importDevice(range, info.absoluteFilePath(), watch, fileToken);
        const QString code = attempt ? QString() : attempt.error().code;
        if (begin == 0 || (code != u"unknown_format"_s && code != u"invalid_format"_s)) {
            imported = std::move(attempt);
            break;
        }
        const qint64 lineEnd = nextLineEnd(info.absoluteFilePath(), from, end);
        skipped.append({info.absoluteFilePath(),
                        linesBefore + qint64(skipped.size()) + 1,
                        -1,
                        {},
                        u"not a record of this file's format"_s});
        from = lineEnd;
        if (from >= end) {
            ImportReport empty;
            empty.file = info.absoluteFilePath();
            empty.format = reader->id();
            imported = Result<ImportReport>(empty);
        }
    }
    if (!*imported) {
        const QString code = imported->error().code;
        out.saveState = code != u"storage"_s && code != u"busy"_s;
        out.error = imported->error().message;
        return out;
    }
    out.report = std::move(*imported).value();
    out.read = true;
    if (out.report.cancelled || fileToken.cancelled()) {
        // What was stored stays stored (idempotent); the offset does not move, so the rest is read
        // at the next poll.
        out.saveState = false;
        if (!cancel.cancelled())
            out.error = u"reading took over %1 s (timeout_s); stopped"_s.arg(source.timeoutS);
        return out;
    }
    // The reader numbers lines from the start of the part it was given; people want the file's.
    for (RejectedRecord &reject : out.report.rejects) {
        if (reject.line > 0)
            reject.line += linesBefore + skipped.size();
    }
    for (qsizetype i = skipped.size() - 1; i >= 0; --i) {
        out.report.rejects.prepend(skipped[i]);
        ++out.report.rejected;
        ++out.report.read;
    }
    out.state.lines = lines ? linesBefore + countLines(info.absoluteFilePath(), begin, end) : 0;
    out.state.consumed = end;
    QFile again(info.absoluteFilePath());
    out.state.headSha1 = again.open(QIODevice::ReadOnly) ? headSha1(again, end) : QString();
    return out;
}

} // namespace

namespace poll {

FolderPollResult pollFolder(const PollSource &source, const QString &sourceId, const ImportService &importer,
                            const PollStateStore &store, const CancelToken &cancel)
{
    FolderPollResult result;
    result.report.file = source.path;
    const QDir dir(source.path);
    if (!dir.exists()) {
        result.errors.append(u"folder %1 does not exist"_s.arg(source.path));
        return result;
    }
    auto known = store.files(sourceId);
    if (!known) {
        result.errors.append(known.error().message);
        return result;
    }
    const ReaderRegistry registry = ReaderRegistry::standard();
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (cancel.cancelled())
            break;
        if (isUnfinishedDownload(info.fileName()))
            continue;
        ++result.filesSeen;
        std::optional<PolledFile> old;
        if (auto it = known.value().constFind(info.fileName()); it != known.value().constEnd())
            old = it.value();
        if (old && old->size == info.size() && old->mtimeMs == info.lastModified().toMSecsSinceEpoch())
            continue;

        FileOutcome outcome = pollFile(info, old, source, importer, registry, cancel);
        if (outcome.read) {
            ++result.filesImported;
            merge(result.report, outcome.report);
        }
        if (!outcome.error.isEmpty())
            result.errors.append(info.fileName() + u": "_s + outcome.error);
        if (outcome.saveState) {
            if (Status saved = store.saveFile(sourceId, outcome.state); !saved)
                result.errors.append(saved.error().message);
        }
    }
    result.report.cancelled = cancel.cancelled();
    return result;
}

} // namespace poll
