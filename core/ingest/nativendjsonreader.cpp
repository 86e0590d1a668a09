#include "core/ingest/nativendjsonreader.h"

#include "core/ingest/nativepostmapper.h"
#include "core/ingest/parallellines.h"
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
    const QJsonObject first = input.firstLineObject();
    if (first.isEmpty() || first.value("posts"_L1).isArray())
        return 0;
    if (first.contains("post_id"_L1))
        return 60;
    // Records without any of the native fields are another tool's: the mapped reader's to ask about.
    return first.contains("created_at"_L1) || first.contains("creator_id"_L1) ? 40 : 0;
}

Status NativeNdjsonReader::read(QIODevice &device, ReadSession &session) const
{
    const IngestOptions &options = session.options();
    const TimeParser &times = session.times();
    return readLinesInParallel(device, session, [&options, &times]() -> LineParser {
        return [mapper = NativePostMapper(options, times)](QByteArrayView line, qint64 number,
                                                           RecordSink &out) {
            if (line.trimmed().isEmpty())
                return;
            Result<Post> post = mapper.fromJsonText(line);
            if (!post.ok())
                out.reject(number, post.error());
            else
                (void)out.accept(std::move(post).value()); // recorded; the sink's error comes at replay
        };
    });
}
