#include "core/ingest/formats/jsonlite.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "core/ingest/formats/jsonspan.h"

namespace jsonlite {

namespace {

/// The content of a valid JSON string literal `quoted`, escapes decoded.
QString decode(QByteArrayView quoted)
{
    const QByteArrayView content = quoted.sliced(1, quoted.size() - 2);
    if (!content.contains('\\'))
        return QString::fromUtf8(content);
    QString out;
    out.reserve(content.size());
    qsizetype i = 0;
    while (i < content.size()) {
        const qsizetype slash = content.indexOf('\\', i);
        const qsizetype runEnd = slash < 0 ? content.size() : slash;
        out += QString::fromUtf8(content.sliced(i, runEnd - i));
        if (slash < 0 || slash + 1 >= content.size())
            break;
        const char e = content[slash + 1];
        i = slash + 2;
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char16_t unit = 0;
            for (qsizetype k = 0; k < 4 && i < content.size(); ++k, ++i) {
                const char h = content[i];
                unit = char16_t(unit * 16 + (h >= '0' && h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10));
            }
            out += QChar(unit); // surrogate halves pair up in UTF-16 by themselves
            break;
        }
        default: out += QLatin1Char(e); break; // \" \\ \/
        }
    }
    return out;
}

bool integralLiteral(QByteArrayView text)
{
    return !text.contains('.') && !text.contains('e') && !text.contains('E');
}

} // namespace

QString Value::toString() const
{
    return isString() ? decode(m_text) : QString();
}

std::optional<qint64> Value::integer() const
{
    if (!isDouble())
        return std::nullopt;
    if (integralLiteral(m_text)) {
        qint64 v = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), v);
        if (ec == std::errc() && ptr == m_text.data() + m_text.size())
            return v;
    }
    // Qt keeps any whole number that fits in 64 bits as an integer (2e3, 5.0), others as doubles.
    double d = 0;
    std::from_chars(m_text.data(), m_text.data() + m_text.size(), d);
    if (d == std::floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return qint64(d);
    return std::nullopt;
}

double Value::toDouble(double defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    if (integralLiteral(m_text)) {
        qint64 v = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), v);
        if (ec == std::errc() && ptr == m_text.data() + m_text.size())
            return double(v);
    }
    double d = defaultValue;
    std::from_chars(m_text.data(), m_text.data() + m_text.size(), d);
    return d;
}

qint64 Value::toInteger(qint64 defaultValue) const
{
    return integer().value_or(defaultValue);
}

Object Value::toObject() const
{
    return isObject() ? Object(m_text) : Object();
}

Array Value::toArray() const
{
    return isArray() ? Array(m_text) : Array();
}

bool Value::operator==(const QJsonValue &other) const
{
    if (other.isString())
        return isString() && toString() == other.toString();
    if (other.isDouble())
        return isDouble() && toDouble() == other.toDouble();
    if (other.isNull())
        return isNull();
    if (other.isBool())
        return isBool() && (m_text == "true") == other.toBool();
    return false;
}

Object::Object(QByteArrayView text)
{
    jsonspan::forEachMember(text, [this](QByteArrayView key, QByteArrayView member) { append(key, member); });
}

void Object::append(QByteArrayView key, QByteArrayView member)
{
    // Past the key's quotes, the spaces and the colon: the value (forEachMember ends it exactly).
    qsizetype pos = key.size() + 2;
    while (pos < member.size() && member[pos] != ':')
        ++pos;
    pos = jsonspan::skipSpace(member, pos + 1);
    m_members.emplace_back(key, Value(member.sliced(pos)));
}

Value Object::value(QLatin1StringView key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->first.size() == key.size() && std::memcmp(it->first.data(), key.data(), size_t(key.size())) == 0)
            return it->second;
    }
    return Value();
}

Array::Array(QByteArrayView text)
{
    qsizetype pos = jsonspan::skipSpace(text, 1);
    if (pos < text.size() && text[pos] == ']')
        return;
    while (pos < text.size()) {
        const qsizetype start = jsonspan::skipSpace(text, pos);
        const qsizetype end = jsonspan::valueEnd(text, start);
        if (end < 0)
            return;
        m_items.emplace_back(text.sliced(start, end - start));
        pos = jsonspan::skipSpace(text, end);
        if (pos >= text.size() || text[pos] != ',')
            return;
        ++pos;
    }
}

} // namespace jsonlite
