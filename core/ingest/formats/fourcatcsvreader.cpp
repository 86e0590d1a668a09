#include "core/ingest/formats/fourcatcsvreader.h"

#include "core/ingest/formats/csvrecords.h"
#include "core/ingest/formats/fourcatcsvrow.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

FourCatCsvKind kindOf(const SniffInput &input)
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty() || text.startsWith('{') || text.startsWith('['))
        return FourCatCsvKind::None;
    return fourCatCsvKind(input.csvHeader());
}

} // namespace

QString FourCatCsvReader::id() const
{
    return u"4cat-csv"_s;
}

QStringList FourCatCsvReader::extensions() const
{
    return {u"csv"_s};
}

int FourCatCsvReader::recognise(const SniffInput &input) const
{
    const FourCatCsvKind kind = kindOf(input);
    if (kind == FourCatCsvKind::None)
        return 0;
    // The custom format's five columns are common words: below the native CSV reader's 60 when a
    // post_id column says the file is native.
    return kind == FourCatCsvKind::Custom ? 55 : 85;
}

Status FourCatCsvReader::read(QIODevice &device, ReadSession &session) const
{
    const FourCatCsvKind kind = kindOf(SniffInput(device.peek(sniff::kHeadSize), {}));
    const QString format = fourCatCsvFormat(kind);
    const NativePostMapper mapper(session.options(), session.times());
    return forEachCsvRecord(device, session, [&](const QJsonObject &row, qint64 line) -> Status {
        CaptureRecord record;
        mapFourCatCsvRow(kind, row, record);
        session.countFormat(format);
        return acceptOrReject(record, mapper, session, line);
    });
}
