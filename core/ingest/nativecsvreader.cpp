#include "core/ingest/nativecsvreader.h"

#include "core/ingest/csvparser.h"
#include "core/ingest/nativepostmapper.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString NativeCsvReader::id() const
{
    return u"native-csv"_s;
}

QStringList NativeCsvReader::extensions() const
{
    return {u"csv"_s};
}

int NativeCsvReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty() || text.startsWith('{') || text.startsWith('['))
        return 0;
    const QStringList header = sniff::csvHeader(input.head);
    if (!header.contains("post_id"_L1))
        return 0;
    return header.contains("created_at"_L1) && header.contains("platform"_L1) ? 60 : 45;
}

Status NativeCsvReader::read(QIODevice &device, ReadSession &session) const
{
    NativePostMapper mapper(session.options(), session.times());
    CsvParser csv(device);
    QStringList row;
    CsvParser::Next next = csv.next(row);
    if (next != CsvParser::Next::Record) {
        if (csv.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
        return Error{u"invalid_format"_s, session.displayName() + u": no CSV header row"_s, {}};
    }
    const qsizetype columnCount = row.size();
    const NativePostMapper::CsvColumns columns = NativePostMapper::bindCsvHeader(row);
    if (columns[NativePostMapper::PostId] < 0)
        return Error{u"invalid_format"_s, session.displayName() + u": the CSV header has no post_id column"_s, {}};

    while (!session.cancelled()) {
        next = csv.next(row);
        if (next == CsvParser::Next::End)
            break;
        if (next == CsvParser::Next::Broken) {
            session.reject(csv.recordLine(), QString(), csv.error());
        } else if (row.size() != columnCount) {
            session.reject(csv.recordLine(), QString(),
                           u"expected %1 fields as in the header, found %2"_s.arg(columnCount).arg(row.size()));
        } else {
            Result<Post> post = mapper.fromCsvRow(row, columns);
            if (!post.ok()) {
                session.reject(csv.recordLine(), post.error());
            } else if (Status s = session.accept(std::move(post).value()); !s.ok()) {
                return s;
            }
        }
        session.progress(csv.bytesRead());
    }
    if (csv.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
    return Ok{};
}
