#include "core/model/jsonwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <QJsonArray>
#include <QVariant>

namespace {

/// Room for `extra` more bytes at the end of `out`, growing it geometrically; returns where they start.
char *reserveTail(QByteArray &out, qsizetype extra)
{
    const qsizetype size = out.size();
    if (out.capacity() < size + extra)
        out.reserve(std::max(size + extra, 2 * out.capacity()));
    out.resize(size + extra);
    return out.data() + size;
}

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + (v - 10));
}

/// One UTF-16 unit as JSON's `\uXXXX` escape.
char *escapeUnit(char *p, char16_t u)
{
    *p++ = '\\';
    *p++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *p++ = hexDigit((u >> shift) & 0xf);
    return p;
}

/// `text` as a JSON string: UTF-8, with '"', '\' and the control characters escaped.
void appendQuoted(QByteArray &out, QStringView text)
{
    // Worst case: an escaped unit takes 6 bytes (a UTF-16 unit takes at most 3 bytes of UTF-8).
    char *p = reserveTail(out, 6 * text.size() + 2);
    *p++ = '"';
    const char16_t *c = text.utf16();
    const char16_t *const end = c + text.size();
    while (c < end) {
        const char16_t u = *c;
        if (u >= 0x80) {
            ++c;
            if (u < 0x800) {
                *p++ = char(0xc0 | (u >> 6));
                *p++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && c < end && QChar::isLowSurrogate(*c)) {
                const char32_t code = QChar::surrogateToUcs4(u, *c++);
                *p++ = char(0xf0 | (code >> 18));
                *p++ = char(0x80 | ((code >> 12) & 0x3f));
                *p++ = char(0x80 | ((code >> 6) & 0x3f));
                *p++ = char(0x80 | (code & 0x3f));
            } else if (QChar::isSurrogate(u)) {
                p = escapeUnit(p, u); // a lone surrogate has no UTF-8: escaped, as QJsonDocument does
            } else {
                *p++ = char(0xe0 | (u >> 12));
                *p++ = char(0x80 | ((u >> 6) & 0x3f));
                *p++ = char(0x80 | (u & 0x3f));
            }
            continue;
        }
        ++c;
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            *p++ = char(u);
            continue;
        }
        *p++ = '\\';
        switch (u) {
        case u'"': *p++ = '"'; break;
        case u'\\': *p++ = '\\'; break;
        case u'\b': *p++ = 'b'; break;
        case u'\f': *p++ = 'f'; break;
        case u'\n': *p++ = 'n'; break;
        case u'\r': *p++ = 'r'; break;
        case u'\t': *p++ = 't'; break;
        default:
            p = escapeUnit(p - 1, u);
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

} // namespace

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":", 2);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    separate();
    appendQuoted(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::integer(qint64 value)
{
    separate();
    char buffer[24];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, written.ptr - buffer);
    return *this;
}

JsonWriter &JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return null();
    separate();
    char buffer[32];
    // The shortest text that reads back as exactly this double. Digits alone read back as an integer: beyond 2^53
    // that integer is not this double, so those are written in exponent form.
    auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (std::abs(value) >= 0x1p53 && std::find_if_not(buffer, written.ptr, [](char c) {
                                         return c == '-' || (c >= '0' && c <= '9');
                                     }) == written.ptr) {
        written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    }
    m_out.append(buffer, written.ptr - buffer);
    return *this;
}

JsonWriter &JsonWriter::number(const std::optional<double> &value)
{
    return value ? number(*value) : null();
}

JsonWriter &JsonWriter::boolean(bool value)
{
    separate();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        // An integer stays an integer (beyond 2^53 a double would lose digits), a double a double.
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return integer(value.toInteger());
        return number(value.toDouble());
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue element : value.toArray())
            this->value(element);
        return endArray();
    }
    case QJsonValue::Object:
        return object(value.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

JsonWriter &JsonWriter::object(const QJsonObject &object)
{
    beginObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        separate();
        appendQuoted(m_out, it.key());
        m_out.append(':');
        m_needComma = false;
        value(it.value());
    }
    return endObject();
}

JsonWriter &JsonWriter::strings(const QStringList &list)
{
    beginArray();
    for (const QString &text : list)
        string(text);
    return endArray();
}
