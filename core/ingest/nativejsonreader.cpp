#include "core/ingest/nativejsonreader.h"

#include "core/ingest/formats/jsonrecords.h"

#include "core/ingest/jsonarraystream.h"
#include "core/ingest/nativepostmapper.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString NativeJsonReader::id() const
{
    return u"native-json"_s;
}

QStringList NativeJsonReader::extensions() const
{
    return {u"json"_s};
}

int NativeJsonReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.startsWith('[')) {
        if (text.contains("\"post_id\""))
            return 60;
        // A first element without any native field is another tool's (the mapped reader asks).
        const QJsonObject first = input.firstJsonRecord();
        if (!first.isEmpty() && !first.contains("created_at"_L1) && !first.contains("creator_id"_L1))
            return 0;
        return 40;
    }
    if (!text.startsWith('{'))
        return 0;
    // A first line that is a whole object is NDJSON, unless it is the container itself.
    const QJsonObject first = input.firstLineObject();
    if (!first.isEmpty())
        return first.value("posts"_L1).isArray() ? 60 : 0;
    // A pretty-printed object: the posts may come after a long preamble, so claim it weakly and
    // let read() say precisely what is missing.
    return text.contains("\"posts\"") ? 50 : 10;
}

Status NativeJsonReader::read(QIODevice &device, ReadSession &session) const
{
    NativePostMapper mapper(session.options(), session.times());
    JsonArrayStream stream(device);
    if (!stream.open()) {
        if (stream.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + stream.deviceError(), {}};
        return Error{u"invalid_format"_s, session.displayName() + u": "_s + stream.error(), {}};
    }
    QByteArrayView element;
    qint64 index = 0;
    for (;;) {
        if (session.cancelled())
            break;
        const JsonArrayStream::Next next = stream.next(element);
        if (next == JsonArrayStream::Next::End)
            break;
        if (next == JsonArrayStream::Next::Broken) {
            session.reject(stream.elementLine(), QString(), stream.error(), index);
            break;
        }
        Result<Post> post = mapper.fromJsonText(element);
        if (!post.ok()) {
            session.reject(stream.elementLine(), post.error(), index);
        } else if (Status s = session.accept(std::move(post).value()); !s.ok()) {
            return s;
        }
        ++index;
        session.progress(stream.bytesRead());
    }
    if (stream.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + stream.deviceError(), {}};
    return Ok{};
}
