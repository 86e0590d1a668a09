#include "core/ingest/formats/csvrecords.h"

#include "core/ingest/csvparser.h"

using namespace Qt::StringLiterals;

Status forEachCsvRecord(QIODevice &device, ReadSession &session, const CsvRecordFn &fn)
{
    CsvParser csv(device);
    QStringList header;
    if (csv.next(header) != CsvParser::Next::Record) {
        if (csv.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
        return Error{u"invalid_format"_s, session.displayName() + u": no CSV header row"_s, {}};
    }
    for (QString &name : header)
        name = name.trimmed();
    csv.setExpectedFields(header.size());
    QStringList row;
    while (!session.cancelled()) {
        const CsvParser::Next next = csv.next(row);
        if (next == CsvParser::Next::End)
            break;
        if (next == CsvParser::Next::Broken) {
            session.reject(csv.recordLine(), QString(), csv.error());
        } else if (row.size() != header.size()) {
            session.reject(csv.recordLine(), QString(),
                           u"expected %1 fields as in the header, found %2"_s.arg(header.size()).arg(row.size()));
        } else {
            QJsonObject object;
            for (qsizetype i = 0; i < row.size(); ++i)
                object.insert(header[i], row[i].trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row[i]));
            if (Status s = fn(object, csv.recordLine()); !s.ok())
                return s;
        }
        session.progress(csv.bytesRead());
    }
    session.setUnreadLines(csv.unreadLines());
    if (csv.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
    return Ok{};
}
