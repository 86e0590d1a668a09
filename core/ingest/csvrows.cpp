#include "core/ingest/csvrows.h"

#include "core/ingest/csvparser.h"

using namespace Qt::StringLiterals;

Status readCsvRows(QIODevice &device, ReadSession &session, const CsvHeaderFn &header, const CsvRowFn &map)
{
    CsvParser csv(device);
    QStringList row;
    CsvParser::Next next = csv.next(row);
    if (next != CsvParser::Next::Record) {
        if (csv.failed())
            return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
        return Error{u"invalid_format"_s, session.displayName() + u": no CSV header row"_s, {}};
    }
    const qsizetype columnCount = row.size();
    csv.setExpectedFields(columnCount);
    if (Status s = header(row); !s.ok())
        return Error{s.error().code, session.displayName() + u": "_s + s.error().message, s.error().details};

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
            Result<Post> post = map(row);
            if (!post.ok()) {
                session.reject(csv.recordLine(), post.error());
            } else if (Status s = session.accept(std::move(post).value()); !s.ok()) {
                return s;
            }
        }
        session.progress(csv.bytesRead());
    }
    session.setUnreadLines(csv.unreadLines());
    if (csv.failed())
        return Error{u"io"_s, session.displayName() + u": "_s + csv.deviceError(), {}};
    return Ok{};
}
