#include "core/config/yamljson.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace yamljson {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

std::string number(double v)
{
    // Whole numbers as integers: "5000000000", not "5e+09", which integer keys would not read back.
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return utf8(QString::number(qint64(v)));
    return utf8(QString::number(v, 'g', QLocale::FloatingPointShortest));
}

} // namespace

QString keyText(const YAML::Node &key)
{
    return key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node)
            if (pair.first.IsScalar())
                object.insert(keyText(pair.first), toJson(pair.second));
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

YAML::Node fromValue(const configkeys::KeyDef &def, const QJsonValue &value)
{
    using configkeys::KeyType;
    switch (def.type) {
    case KeyType::Integer:
    case KeyType::Number:
        return YAML::Node(number(value.toDouble()));
    case KeyType::Boolean:
        return YAML::Node(value.toBool());
    case KeyType::String:
        return YAML::Node(utf8(value.toString()));
    case KeyType::StringList: {
        YAML::Node list(YAML::NodeType::Sequence);
        for (const QJsonValue &item : value.toArray())
            list.push_back(utf8(item.toString()));
        list.SetStyle(YAML::EmitterStyle::Flow);
        return list;
    }
    case KeyType::StringMap: {
        YAML::Node map(YAML::NodeType::Map);
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            map[utf8(it.key())] = utf8(it.value().toString());
        return map;
    }
    case KeyType::PollSources: {
        YAML::Node list(YAML::NodeType::Sequence);
        for (const QJsonValue &item : value.toArray()) {
            // The key table's shape (getSources), which is the file's: {"folder"|"url": …, numbers}.
            const QJsonObject o = item.toObject();
            const QString kind = o.contains(u"url"_s) ? u"url"_s : u"folder"_s;
            YAML::Node source(YAML::NodeType::Map);
            source[utf8(kind)] = utf8(o.value(kind).toString());
            for (const QString &key : {u"interval_s"_s, u"timeout_s"_s, u"max_bytes"_s})
                if (o.contains(key)) // absent: the loader's default (poll.interval_s for interval_s)
                    source[utf8(key)] = number(o.value(key).toDouble());
            list.push_back(source);
        }
        return list;
    }
    }
    return YAML::Node();
}

} // namespace yamljson
