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
    const QStringList header = input.csvHeader();
    for (const QString &name : header)
        keys.insert(name, true);
    return mediaCrawlerScore(keys);
}

Status MediaCrawlerCsvReader::read(QIODevice &device, ReadSession &session) const
{
    const NativePostMapper mapper(session.options(), session.times());
    return forEachCsvRecord(device, session, [&](const QJsonObject &row, qint64 line) -> Status {
        return readMediaCrawlerRecord(row, mapper, session, line);
    });
}
