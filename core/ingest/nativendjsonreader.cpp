#include "core/ingest/nativendjsonreader.h"

#include "core/ingest/linereader.h"
#include "core/ingest/nativepostmapper.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString NativeNdjsonReader::id() const
{
    return u"native-ndjson"_s;
}

QStringList NativeNdjsonReader::extensions() const
{
    return {u"ndjson"_s, u"jsonl"_s, u"json"_s};
}

int NativeNdjsonReader::recognise(const SniffInput &input) const
{
    const QJsonObject first = sniff::firstLineObject(input.head);
    if (first.isEmpty() || first.value("posts"_L1).isArray())
        return 0;
    return first.contains("post_id"_L1) ? 60 : 40;
}

Status NativeNdjsonReader::read(QIODevice &device, ReadSession &session) const
{
    NativePostMapper mapper(session.options(), session.times());
    LineReader lines(device);
    QByteArrayView line;
    while (!session.cancelled() && lines.next(line)) {
        if (lines.tooLong()) {
            session.reject(lines.lineNumber(), QString(), u"line longer than 64 MiB"_s);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        Result<Post> post = mapper.fromJsonText(line);
        if (!post.ok()) {
            session.reject(lines.lineNumber(), post.error());
        } else if (Status s = session.accept(std::move(post).value()); !s.ok()) {
            return s;
        }
        session.progress(lines.bytesRead());
    }
    if (lines.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + lines.errorString(), {}};
    return Ok{};
}
