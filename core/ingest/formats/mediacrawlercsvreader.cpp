#include "core/ingest/formats/mediacrawlercsvreader.h"

#include "core/ingest/formats/csvrecords.h"
#include "core/ingest/formats/mediacrawlerrecord.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

QString MediaCrawlerCsvReader::id() const
{
    return u"mediacrawler-csv"_s;
}

QStringList MediaCrawlerCsvReader::extensions() const
{
    return {u"csv"_s};
}

int MediaCrawlerCsvReader::recognise(const SniffInput &input) const
{
    const QByteArrayView text = sniff::body(input.head);
    if (text.isEmpty() || text.startsWith('{') || text.startsWith('['))
        return 0;
    QJsonObject keys;
    const QStringList header = sniff::csvHeader(input.head);
    for (const QString &name : header)
        keys.insert(name, true);
    if (mediaCrawlerPlatform(keys).isEmpty())
        return 0;
    return keys.contains("last_modify_ts"_L1) || keys.contains("source_keyword"_L1) ? 85 : 65;
}

Status MediaCrawlerCsvReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachCsvRecord(device, session, [&](const QJsonObject &row, qint64 line) -> Status {
        CaptureRecord record;
        const QString format = mapMediaCrawlerRecord(row, record);
        if (format.isEmpty()) {
            // The header named the keys, so only an empty id cell gets here.
            session.countFormat(u"mediacrawler-csv"_s);
            session.reject(line, u"note_id"_s, u"required"_s);
            return Ok{};
        }
        session.countFormat(format);
        return acceptOrReject(record, mapper, session, line);
    });
}
