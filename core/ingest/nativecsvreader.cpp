#include "core/ingest/nativecsvreader.h"

#include "core/ingest/csvrows.h"
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
    const QStringList header = input.csvHeader();
    if (!header.contains("post_id"_L1))
        return 0;
    return header.contains("created_at"_L1) && header.contains("platform"_L1) ? 60 : 45;
}

Status NativeCsvReader::read(QIODevice &device, ReadSession &session) const
{
    NativePostMapper mapper(session.options(), session.times());
    NativePostMapper::CsvColumns columns;
    return readCsvRows(
        device, session,
        [&columns](const QStringList &header) -> Status {
            columns = NativePostMapper::bindCsvHeader(header);
            if (columns[NativePostMapper::PostId] < 0)
                return Error{u"invalid_format"_s, u"the CSV header has no post_id column"_s, {}};
            return Ok{};
        },
        [&](QStringList &row) { return mapper.fromCsvRow(row, columns); });
}
