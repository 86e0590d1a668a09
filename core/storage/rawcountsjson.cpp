#include "core/storage/rawcountsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rawcountsjson {

QString encode(const QList<RawCount> &raw)
{
    if (raw.isEmpty())
        return {};
    QJsonArray array;
    for (const RawCount &count : raw)
        array.append(
            QJsonObject{{u"field"_s, count.field}, {u"raw"_s, count.raw}, {u"lower_bound"_s, count.lowerBound}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<RawCount> decode(const QString &json)
{
    QList<RawCount> raw;
    if (json.isEmpty())
        return raw;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        raw.append(RawCount{o.value(u"field"_s).toString(), o.value(u"raw"_s).toString(),
                            o.value(u"lower_bound"_s).toBool()});
    }
    return raw;
}

} // namespace rawcountsjson
