#include "core/ingest/formats/jsonrecords.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/ingest/formats/jsonspan.h"
#include "core/ingest/jsonarraystream.h"
#include "core/ingest/linereader.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxSingleObject = 256 * 1024 * 1024;

QJsonObject parseObject(QByteArrayView text, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parseError);
    if (doc.isObject())
        return doc.object();
    error = doc.isNull() ? u"not valid JSON: "_s + parseError.errorString() : u"not a JSON object"_s;
    return {};
}

Status readArray(QIODevice &device, ReadSession &session, const JsonRecordFn &fn)
{
    JsonArrayStream stream(device);
    if (!stream.open()) {
        if (stream.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + stream.deviceError(), {}};
        return Error{u"invalid_format"_s, session.displayName() + u": "_s + stream.error(), {}};
    }
    QByteArrayView element;
    for (qint64 index = 0; !session.cancelled(); ++index) {
        const JsonArrayStream::Next next = stream.next(element);
        if (next == JsonArrayStream::Next::End)
            break;
        if (next == JsonArrayStream::Next::Broken) {
            session.reject(stream.elementLine(), QString(), stream.error(), index);
            break;
        }
        QString error;
        const QJsonObject record = parseObject(element, error);
        if (!error.isEmpty())
            session.reject(stream.elementLine(), QString(), error, index);
        else if (Status s = fn(record, JsonRecordPlace{stream.elementLine(), index}); !s.ok())
            return s;
        session.progress(stream.bytesRead());
    }
    if (stream.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + stream.deviceError(), {}};
    return Ok{};
}

Status readLines(QIODevice &device, ReadSession &session, const JsonRecordFn &fn)
{
    LineReader lines(device);
    QByteArrayView text;
    while (!session.cancelled() && lines.next(text)) {
        if (lines.tooLong()) {
            session.reject(lines.lineNumber(), QString(), lines.tooLongReason());
            continue;
        }
        if (text.trimmed().isEmpty())
            continue;
        QString error;
        const QJsonObject record = parseObject(text, error);
        if (!error.isEmpty())
            session.reject(lines.lineNumber(), QString(), error);
        else if (Status s = fn(record, JsonRecordPlace{lines.lineNumber(), -1}); !s.ok())
            return s;
        session.progress(lines.bytesRead());
    }
    if (lines.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + lines.errorString(), {}};
    return Ok{};
}

} // namespace

QJsonObject firstJsonRecord(QByteArrayView head)
{
    const QByteArrayView text = sniff::body(head);
    if (text.startsWith('{')) {
        const QJsonObject line = sniff::firstLineObject(head);
        if (!line.isEmpty())
            return line;
        const QJsonDocument whole = QJsonDocument::fromJson(text.toByteArray());
        return whole.object();
    }
    if (text.startsWith('[')) {
        // The head may cut the array; the first element alone is enough.
        const QJsonDocument whole = QJsonDocument::fromJson(text.toByteArray());
        if (whole.isArray())
            return whole.array().first().toObject();
        const qsizetype start = jsonspan::skipSpace(text, 1);
        const qsizetype end = jsonspan::valueEnd(text, start);
        if (end > start)
            return QJsonDocument::fromJson(text.sliced(start, end - start).toByteArray()).object();
    }
    return {};
}

Status forEachJsonRecord(QIODevice &device, ReadSession &session, const JsonRecordFn &fn)
{
    const QByteArray head = device.peek(sniff::kHeadSize);
    const QByteArrayView text = sniff::body(head);
    if (text.startsWith('['))
        return readArray(device, session, fn);
    if (!sniff::firstLineObject(head).isEmpty())
        return readLines(device, session, fn);
    // A first line longer than the head (a twarc2 page of 100 tweets is often 300 KB) is a JSON
    // line too: a pretty-printed object breaks its first line right after `{`.
    bool complete = false;
    sniff::firstLine(text, head.size() < sniff::kHeadSize, &complete);
    if (!complete)
        return readLines(device, session, fn);
    // One pretty-printed object: small by nature (one post), so it is read whole.
    if (device.size() > kMaxSingleObject)
        return Error{u"invalid_format"_s, session.displayName() + u": one JSON object larger than 256 MiB"_s, {}};
    QString error;
    const QJsonObject record = parseObject(sniff::body(device.readAll()), error);
    if (!error.isEmpty()) {
        session.reject(1, QString(), error);
        return Ok{};
    }
    return fn(record, JsonRecordPlace{1, -1});
}
