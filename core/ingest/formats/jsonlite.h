#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

/// Read-only views over JSON text that is already known to be valid (checked by
/// parseFlatJsonRecord), with the part of the QJsonValue / QJsonObject / QJsonArray API that the
/// capture mappers use, so that a mapper written as a template reads either. Nothing is copied
/// or decoded until asked for: building a QJsonObject costs about half of reading a TikTok capture.
/// Numbers follow Qt: an integer literal that fits in 64 bits is exact (isInteger()), others are doubles.
namespace jsonlite {

class Object;
class Array;

class Value
{
public:
    Value() = default;
    explicit Value(QByteArrayView text) : m_text(text) {}

    bool isUndefined() const { return m_text.isEmpty(); }
    bool isNull() const { return m_text == "null"; }
    bool isBool() const { return m_text == "true" || m_text == "false"; }
    bool isString() const { return !m_text.isEmpty() && m_text.front() == '"'; }
    bool isDouble() const { return !m_text.isEmpty() && (m_text.front() == '-' || (m_text.front() >= '0' && m_text.front() <= '9')); }
    bool isArray() const { return !m_text.isEmpty() && m_text.front() == '['; }
    bool isObject() const { return !m_text.isEmpty() && m_text.front() == '{'; }

    /// The decoded string; a null QString for other values (as QJsonValue::toString()).
    QString toString() const;
    double toDouble(double defaultValue = 0) const;
    /// The exact value of an integer literal that fits in 64 bits (Qt's qint64 numbers).
    std::optional<qint64> integer() const;
    /// As QJsonValue::toInteger(): the integer, or a double holding a whole qint64, else the default.
    qint64 toInteger(qint64 defaultValue = 0) const;
    Object toObject() const;
    Array toArray() const;

    /// Equality with a number or string QJsonValue (for "type == 1" filters).
    bool operator==(const QJsonValue &other) const;
    bool operator!=(const QJsonValue &other) const { return !(*this == other); }

private:
    QByteArrayView m_text; ///< the value's text, trimmed; empty = undefined
};

class Object
{
public:
    Object() = default;
    /// The members of the object `text` (an empty object when `text` is not one).
    explicit Object(QByteArrayView text);

    /// The member `key` (the last one when repeated, as Qt keeps); undefined when absent.
    Value value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
    bool isEmpty() const { return m_members.empty(); }

    /// Adds a member given as its raw key and whole `"key": value` text (jsonspan::forEachMember).
    void append(QByteArrayView key, QByteArrayView member);
    void clear() { m_members.clear(); }

private:
    std::vector<std::pair<QByteArrayView, Value>> m_members; ///< raw key (no quotes), value
};

class Array
{
public:
    Array() = default;
    explicit Array(QByteArrayView text);

    auto begin() const { return m_items.begin(); }
    auto end() const { return m_items.end(); }
    qsizetype size() const { return qsizetype(m_items.size()); }

private:
    std::vector<Value> m_items;
};

} // namespace jsonlite
