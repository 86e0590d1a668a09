#include "core/ingest/tablesample.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/ingest/csvparser.h"
#include "core/ingest/flatrecord.h"
#include "core/ingest/jsonarraystream.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

void addRecord(const QJsonObject &object, TableSample &sample, QHash<QString, qsizetype> &index)
{
    const FlatRecord flat = flattenRecord(object);
    QStringList row(sample.columns.size());
    for (const auto &[path, value] : flat) {
        qsizetype column = index.value(path, -1);
        if (column < 0) {
            column = sample.columns.size();
            index.insert(path, column);
            sample.columns.append(path);
            for (QStringList &earlier : sample.rows)
                earlier.append(QString());
            row.append(QString());
        }
        row[column] = cellText(value);
    }
    sample.rows.append(row);
}

} // namespace

Result<TableSample> TableSample::fromHead(QByteArrayView head, int maxRows)
{
    TableSample sample;
    const QByteArrayView body = sniff::body(head);
    if (body.isEmpty())
        return Error{u"invalid_format"_s, u"the file is empty"_s, {}};
    QByteArray bytes = head.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QHash<QString, qsizetype> index;

    if (body.startsWith('[')) {
        sample.kind = Kind::Json;
        JsonArrayStream stream(buffer);
        if (!stream.open())
            return Error{u"invalid_format"_s, stream.error(), {}};
        QByteArrayView element;
        while (sample.rows.size() < maxRows && stream.next(element) == JsonArrayStream::Next::Element) {
            const QJsonDocument doc = QJsonDocument::fromJson(element.toByteArray());
            if (doc.isObject())
                addRecord(doc.object(), sample, index);
        }
    } else if (body.startsWith('{')) {
        sample.kind = Kind::Json;
        const QJsonDocument whole = QJsonDocument::fromJson(body.toByteArray());
        if (whole.isObject()) {
            addRecord(whole.object(), sample, index);
        } else {
            // JSON Lines: every complete line that is an object (the last one may be cut off).
            const QList<QByteArray> lines = body.toByteArray().split('\n');
            for (const QByteArray &line : lines) {
                if (sample.rows.size() >= maxRows)
                    break;
                const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
                if (doc.isObject())
                    addRecord(doc.object(), sample, index);
            }
        }
    } else {
        CsvParser csv(buffer);
        sample.delimiter = csv.delimiter();
        QStringList row;
        if (csv.next(row) != CsvParser::Next::Record)
            return Error{u"invalid_format"_s, u"no CSV header row"_s, {}};
        for (QString &name : row)
            sample.columns.append(name.trimmed());
        csv.setExpectedFields(sample.columns.size());
        const bool wholeFile = head.size() < sniff::kHeadSize;
        while (sample.rows.size() < maxRows) {
            const CsvParser::Next next = csv.next(row);
            if (next == CsvParser::Next::End)
                break;
            if (next != CsvParser::Next::Record || row.size() != sample.columns.size())
                continue;
            // The last row of a cut head may be partial: keep it only when the head is the file.
            if (!wholeFile && csv.bytesRead() >= head.size())
                break;
            sample.rows.append(row);
        }
        if (sample.columns.size() < 2 && sample.rows.isEmpty())
            return Error{u"invalid_format"_s, u"not a CSV with a header row"_s, {}};
    }
    if (sample.columns.isEmpty())
        return Error{u"invalid_format"_s, u"no JSON records with keys"_s, {}};
    return sample;
}

