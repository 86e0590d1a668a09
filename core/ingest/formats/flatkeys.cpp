#include "core/ingest/formats/flatkeys.h"

#include <QJsonArray>

#include "core/ingest/formats/csvrecords.h"
#include "core/ingest/formats/jsonrecords.h"
#include "core/ingest/sniff.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxIndex = 10000;

QJsonValue withPath(const QJsonValue &node, const QStringList &path, qsizetype i, const QJsonValue &value)
{
    if (i == path.size())
        return value;
    bool isIndex = false;
    const int index = path[i].toInt(&isIndex);
    if (isIndex && index >= 0 && index < kMaxIndex && !node.isObject()) {
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonValue());
        array[index] = withPath(array.at(index), path, i + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[path[i]] = withPath(object.value(path[i]), path, i + 1, value);
    return object;
}

bool isJson(QByteArrayView head)
{
    const QByteArrayView text = sniff::body(head);
    return text.startsWith('{') || text.startsWith('[');
}

} // namespace

QJsonObject unflattenKeys(const QJsonObject &flat)
{
    bool flattened = false;
    for (auto it = flat.begin(); it != flat.end() && !flattened; ++it)
        flattened = it.key().contains(u'/') || it.key().contains(u'.');
    if (!flattened)
        return flat;
    QJsonValue root = QJsonObject();
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        const QString &key = it.key();
        const QChar separator = key.contains(u'/') ? u'/' : u'.';
        const QStringList path = key.split(separator, Qt::SkipEmptyParts);
        if (!path.isEmpty())
            root = withPath(root, path, 0, it.value());
    }
    return root.toObject();
}

QJsonObject firstFlatRecord(QByteArrayView head)
{
    if (isJson(head))
        return unflattenKeys(firstJsonRecord(head));
    QJsonObject keys;
    const QByteArrayView line = sniff::firstLine(sniff::body(head), true);
    for (const QByteArray &cell : line.toByteArray().split(',')) {
        QByteArray c = cell.trimmed();
        if (c.size() >= 2 && c.startsWith('"') && c.endsWith('"'))
            c = c.sliced(1, c.size() - 2);
        if (!c.isEmpty())
            keys.insert(QString::fromUtf8(c), true);
    }
    return unflattenKeys(keys);
}

Status forEachFlatItem(QIODevice &device, ReadSession &session, const FlatItemFn &fn)
{
    if (isJson(device.peek(sniff::kHeadSize))) {
        return forEachJsonRecord(device, session, [&](const QJsonObject &record, const JsonRecordPlace &place) {
            return fn(unflattenKeys(record), place.line, place.index);
        });
    }
    return forEachCsvRecord(device, session,
                            [&](const QJsonObject &row, qint64 line) { return fn(unflattenKeys(row), line, -1); });
}
