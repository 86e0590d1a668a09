#include "core/ingest/flatrecord.h"

#include <QJsonArray>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 8;
constexpr qsizetype kMaxArrayObjects = 100;

bool isScalarArray(const QJsonArray &array)
{
    for (const QJsonValue &e : array) {
        if (e.isObject() || e.isArray())
            return false;
    }
    return true;
}

void flatten(const QJsonValue &value, const QString &path, FlatRecord &out, int depth)
{
    if (value.isObject() && depth < kMaxDepth) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out, depth + 1);
        return;
    }
    if (value.isArray() && depth < kMaxDepth) {
        const QJsonArray array = value.toArray();
        if (!isScalarArray(array)) {
            for (qsizetype i = 0; i < array.size() && i < kMaxArrayObjects; ++i)
                flatten(array.at(i), path + u'.' + QString::number(i), out, depth + 1);
            return;
        }
    }
    out.append({path, value});
}

} // namespace

FlatRecord flattenRecord(const QJsonObject &object)
{
    FlatRecord out;
    out.reserve(object.size());
    flatten(object, QString(), out, 0);
    return out;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &e : array)
            parts.append(cellText(e));
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return u"{…}"_s;
    default:
        return QString();
    }
}
