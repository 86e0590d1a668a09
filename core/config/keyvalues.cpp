// Value conversion and checks of the key table (see keytable.h): text and JSON into a key's type.
#include <cmath>
#include <limits>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/config/keytable.h"

using namespace Qt::StringLiterals;

namespace configkeys {

namespace {

QString quoted(const QString &text) { return u'"' + text + u'"'; }

/// How a raw value looks, for "expected …, got …" messages.
QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"nothing"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return u"a list"_s;
    case QJsonValue::Object:
        return u"a map"_s;
    }
    return {};
}

Error expected(KeyType type, const QJsonValue &got)
{
    return Error{u"invalid_value"_s, u"expected %1, got %2"_s.arg(typeName(type), describe(got)), {}};
}

constexpr qint64 kDefaultMaxBytes = 64LL * 1024 * 1024;

/// One poll source from its YAML/JSON shape into the canonical object the setter reads.
Result<QJsonObject> pollSource(const QJsonValue &raw, int index)
{
    const QString where = u"item %1: "_s.arg(index + 1);
    if (!raw.isObject())
        return Error{u"invalid_value"_s, where + u"expected a map with folder or url, got "_s + describe(raw), {}};
    const QJsonObject in = raw.toObject();
    QJsonObject out{{u"interval_s"_s, 0}, {u"timeout_s"_s, 30}, {u"max_bytes"_s, double(kDefaultMaxBytes)}};
    bool located = false;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString key = it.key();
        if (key == u"folder"_s || key == u"url"_s) {
            if (located)
                return Error{u"invalid_value"_s, where + u"give either folder or url, not both"_s, {}};
            located = true;
            QString value = it.value().isString() ? it.value().toString().trimmed() : QString();
            if (value.isEmpty())
                return Error{u"invalid_value"_s, where + key + u": expected a non-empty string, got "_s + describe(it.value()), {}};
            if (key == u"url"_s) {
                const QUrl url(value, QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
                    return Error{u"invalid_value"_s, where + u"url: expected an http(s) URL, got "_s + quoted(value), {}};
                out.insert(u"url"_s, value);
            } else {
                if (value == u"~"_s || value.startsWith(u"~/"_s))
                    value = QDir::homePath() + value.mid(1);
                out.insert(u"path"_s, value);
            }
            out.insert(u"kind"_s, key);
        } else if (key == u"interval_s"_s || key == u"timeout_s"_s || key == u"max_bytes"_s) {
            bool ok = false;
            double n = 0;
            if (it.value().isDouble()) {
                n = it.value().toDouble();
                ok = true;
            } else if (it.value().isString()) {
                n = double(it.value().toString().trimmed().toLongLong(&ok));
            }
            if (!ok || n != std::floor(n) || n < 1 || n > 1e15)
                return Error{u"invalid_value"_s, where + key + u": expected a whole number ≥ 1, got "_s + describe(it.value()), {}};
            out.insert(key, n);
        } else {
            return Error{u"invalid_value"_s, where + key + u": unknown key (expected folder, url, interval_s, timeout_s, max_bytes)"_s, {}};
        }
    }
    if (!located)
        return Error{u"invalid_value"_s, where + u"needs folder or url"_s, {}};
    if (out.value(u"interval_s"_s).toDouble() > std::numeric_limits<int>::max()
        || out.value(u"timeout_s"_s).toDouble() > std::numeric_limits<int>::max())
        return Error{u"invalid_value"_s, where + u"interval_s and timeout_s must fit in 32 bits"_s, {}};
    return out;
}

Result<QJsonValue> pollSources(const QJsonValue &raw)
{
    if (raw.isNull() || raw.isUndefined())
        return QJsonValue(QJsonArray());
    if (!raw.isArray())
        return expected(KeyType::PollSources, raw);
    QJsonArray out;
    const QJsonArray in = raw.toArray();
    for (int i = 0; i < in.size(); ++i) {
        auto source = pollSource(in.at(i), i);
        if (!source)
            return source.error();
        out.append(source.value());
    }
    return QJsonValue(out);
}

} // namespace

namespace {

struct TypeNames
{
    QLatin1StringView expected; ///< "expected a number, got …"
    QLatin1StringView listed;   ///< the key table's "type" column
};

TypeNames typeNames(KeyType type)
{
    switch (type) {
    case KeyType::Integer:
        return {"an integer"_L1, "integer"_L1};
    case KeyType::Number:
        return {"a number"_L1, "number"_L1};
    case KeyType::Boolean:
        return {"true or false"_L1, "boolean"_L1};
    case KeyType::String:
        return {"a string"_L1, "string"_L1};
    case KeyType::StringList:
        return {"a list of strings"_L1, "list of strings"_L1};
    case KeyType::StringMap:
        return {"a map of strings"_L1, "map of strings"_L1};
    case KeyType::PollSources:
        return {"a list of sources"_L1, "list of sources"_L1};
    }
    return {};
}

} // namespace

QString typeName(KeyType type)
{
    return typeNames(type).expected;
}

QString shortTypeName(KeyType type)
{
    return typeNames(type).listed;
}

Result<QJsonValue> fromText(const KeyDef &def, const QString &text)
{
    const QString t = text.trimmed();
    switch (def.type) {
    case KeyType::Integer: {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        if (!ok)
            return expected(def.type, t);
        return QJsonValue(double(n));
    }
    case KeyType::Number: {
        bool ok = false;
        const double n = t.toDouble(&ok);
        if (!ok || !std::isfinite(n))
            return expected(def.type, t);
        return QJsonValue(n);
    }
    case KeyType::Boolean: {
        const QString l = t.toLower();
        if (l == u"true"_s || l == u"yes"_s || l == u"on"_s || l == u"1"_s)
            return QJsonValue(true);
        if (l == u"false"_s || l == u"no"_s || l == u"off"_s || l == u"0"_s)
            return QJsonValue(false);
        return expected(def.type, t);
    }
    case KeyType::String:
        return QJsonValue(t);
    case KeyType::StringList: {
        // Comma-separated: GLASSTREND_CLUSTERING_STOPLIST="fyp, viral"
        QJsonArray list;
        for (const QString &item : t.split(u',', Qt::SkipEmptyParts))
            if (!item.trimmed().isEmpty())
                list.append(item.trimmed());
        return QJsonValue(list);
    }
    case KeyType::StringMap: {
        // "from=to, from2=to2", or a JSON object
        if (t.startsWith(u'{')) {
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
            if (!doc.isObject())
                return expected(def.type, t);
            return fromJson(def, doc.object());
        }
        QJsonObject map;
        for (const QString &item : t.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            if (eq <= 0)
                return Error{u"invalid_value"_s, u"expected from=to pairs separated by commas, got "_s + quoted(t), {}};
            map.insert(item.left(eq).trimmed(), item.mid(eq + 1).trimmed());
        }
        return fromJson(def, map);
    }
    case KeyType::PollSources: {
        // A JSON array of the YAML shape, or "URL-or-folder; URL-or-folder"
        if (t.startsWith(u'[')) {
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
            if (!doc.isArray())
                return Error{u"invalid_value"_s, u"expected a JSON array of sources, got "_s + quoted(t), {}};
            return pollSources(doc.array());
        }
        QJsonArray raw;
        for (const QString &item : t.split(u';', Qt::SkipEmptyParts)) {
            const QString entry = item.trimmed();
            if (entry.isEmpty())
                continue;
            const bool isUrl = entry.startsWith(u"http://"_s) || entry.startsWith(u"https://"_s);
            raw.append(QJsonObject{{isUrl ? u"url"_s : u"folder"_s, entry}});
        }
        return pollSources(raw);
    }
    }
    return expected(def.type, t);
}

Result<QJsonValue> fromJson(const KeyDef &def, const QJsonValue &value)
{
    if (value.isString() && def.type != KeyType::PollSources)
        return fromText(def, value.toString());
    switch (def.type) {
    case KeyType::Integer:
        if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
            return value;
        break;
    case KeyType::Number:
        if (value.isDouble())
            return value;
        break;
    case KeyType::Boolean:
        if (value.isBool())
            return value;
        break;
    case KeyType::String:
        if (value.isNull())
            return QJsonValue(QString());
        break;
    case KeyType::StringList: {
        if (value.isNull())
            return QJsonValue(QJsonArray());
        if (!value.isArray())
            break;
        QJsonArray list;
        for (const QJsonValue &item : value.toArray()) {
            // Numbers are fine as tags ("2024"); YAML reads unquoted ones as text anyway.
            if (item.isDouble())
                list.append(QString::number(item.toDouble()));
            else if (item.isString() && !item.toString().trimmed().isEmpty())
                list.append(item.toString().trimmed());
            else
                return Error{u"invalid_value"_s, u"expected a list of strings, got an item "_s + describe(item), {}};
        }
        return QJsonValue(list);
    }
    case KeyType::StringMap: {
        if (value.isNull())
            return QJsonValue(QJsonObject());
        if (!value.isObject())
            break;
        QJsonObject map;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString from = it.key().trimmed();
            const QString to = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString().trimmed();
            if (from.isEmpty() || to.isEmpty())
                return Error{u"invalid_value"_s, u"%1: expected a non-empty string, got %2"_s.arg(quoted(from), describe(it.value())), {}};
            map.insert(from, to);
        }
        return QJsonValue(map);
    }
    case KeyType::PollSources:
        return pollSources(value);
    }
    return expected(def.type, value);
}

QString validate(const KeyDef &def, const QJsonValue &value)
{
    if (def.type == KeyType::Integer || def.type == KeyType::Number) {
        const double v = value.toDouble();
        const double max = def.type == KeyType::Integer ? std::min(def.max, double(std::numeric_limits<int>::max())) : def.max;
        const bool belowMin = def.minExclusive ? v <= def.min : v < def.min;
        if (belowMin || v > max)
            return u"%1 is out of range (allowed: %2)"_s.arg(QString::number(v), rangeText(def));
    }
    return def.check ? def.check(value) : QString();
}

QString rangeText(const KeyDef &def)
{
    if (def.type != KeyType::Integer && def.type != KeyType::Number)
        return {};
    const bool hasMin = def.min > -1e299;
    const bool hasMax = def.max < 1e299;
    if (hasMin && hasMax)
        return u"%1 – %2"_s.arg(QString::number(def.min), QString::number(def.max));
    if (hasMin)
        return (def.minExclusive ? u"> "_s : u"≥ "_s) + QString::number(def.min);
    if (hasMax)
        return u"≤ "_s + QString::number(def.max);
    return {};
}

QString toText(const KeyDef &def, const QJsonValue &value)
{
    switch (def.type) {
    case KeyType::Integer:
    case KeyType::Number:
        return QString::number(value.toDouble());
    case KeyType::Boolean:
        return value.toBool() ? u"true"_s : u"false"_s;
    case KeyType::String:
        return value.toString();
    case KeyType::StringList: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return u'[' + items.join(u", "_s) + u']';
    }
    case KeyType::StringMap: {
        QStringList items;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            items.append(it.key() + u": "_s + it.value().toString());
        return u'{' + items.join(u", "_s) + u'}';
    }
    case KeyType::PollSources:
        return value.toArray().isEmpty() ? u"[]"_s
                                         : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace configkeys
