#include "core/ingest/flatjsonrecord.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxDepth = 512; // deeper nesting in a post is an attack, not data

class Parser
{
public:
    explicit Parser(QByteArrayView json) : m_p(json.data()), m_begin(json.data()), m_end(json.data() + json.size()) {}

    Status record(std::span<const QLatin1StringView> names, std::span<FieldValue> values)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '{') {
            const bool otherValue = m_p != m_end && std::strchr("[\"-0123456789tfn", *m_p) != nullptr;
            return Error{u"invalid_json"_s, otherValue ? u"not a JSON object"_s : fail("expected '{'"), {}};
        }
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                QByteArrayView key;
                QString decodedKey;
                if (m_p == m_end || *m_p != '"' || !rawString(key, decodedKey))
                    return error("expected a key in quotes");
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return error("expected ':'");
                ++m_p;
                skipSpace();
                const int slot = find(names, key, decodedKey);
                if (!(slot >= 0 ? value(values[size_t(slot)]) : skip(0)))
                    return error(m_why);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}') {
                    ++m_p;
                    break;
                }
                return error(m_p == m_end ? "unterminated object" : "expected ',' or '}'");
            }
        }
        skipSpace();
        if (m_p != m_end)
            return error("unexpected text after the object");
        return Ok{};
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    QString fail(const char *why) const
    {
        return u"not valid JSON: "_s + QLatin1StringView(why) + u" at column "_s + QString::number(m_p - m_begin + 1);
    }
    Error error(const char *why) const { return Error{u"invalid_json"_s, fail(why), {}}; }

    /// Records usually list their keys in the reader's order, so the search starts after the
    /// previous hit and mostly succeeds at once.
    int find(std::span<const QLatin1StringView> names, QByteArrayView key, const QString &decoded)
    {
        const size_t n = names.size();
        for (size_t k = 0; k < n; ++k) {
            const size_t i = (m_nextSlot + k) % n;
            if (decoded.isNull() ? (names[i].size() == key.size() && std::memcmp(names[i].data(), key.data(), size_t(key.size())) == 0)
                                 : decoded == names[i]) {
                m_nextSlot = i + 1;
                return int(i);
            }
        }
        return -1;
    }

    /// A string at m_p (on its quote). `raw` is its content when it has no escapes; otherwise
    /// `decoded` holds the decoded text (and is not null).
    bool rawString(QByteArrayView &raw, QString &decoded)
    {
        const char *start = ++m_p;
        // memchr is vectorised: find the closing quote, then check for an escape before it.
        const void *quote = std::memchr(m_p, '"', size_t(m_end - m_p));
        const char *stop = quote ? static_cast<const char *>(quote) : m_end;
        const void *backslash = std::memchr(m_p, '\\', size_t(stop - m_p));
        m_p = backslash ? static_cast<const char *>(backslash) : stop;
        if (m_p < m_end && *m_p == '"') {
            raw = QByteArrayView(start, m_p - start);
            ++m_p;
            return true;
        }
        // Escapes: decode piece by piece.
        decoded = QString::fromUtf8(start, m_p - start);
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c != '\\') {
                const char *run = m_p;
                while (m_p < m_end && *m_p != '"' && *m_p != '\\')
                    ++m_p;
                decoded += QString::fromUtf8(run, m_p - run);
                continue;
            }
            if (++m_p == m_end)
                break;
            switch (*m_p++) {
            case '"': decoded += u'"'; break;
            case '\\': decoded += u'\\'; break;
            case '/': decoded += u'/'; break;
            case 'b': decoded += u'\b'; break;
            case 'f': decoded += u'\f'; break;
            case 'n': decoded += u'\n'; break;
            case 'r': decoded += u'\r'; break;
            case 't': decoded += u'\t'; break;
            case 'u': {
                if (m_end - m_p < 4) {
                    m_why = "invalid \\u escape";
                    return false;
                }
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const char h = *m_p++;
                    const int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (v < 0) {
                        m_why = "invalid \\u escape";
                        return false;
                    }
                    unit = char16_t(unit * 16 + v);
                }
                decoded += QChar(unit); // surrogate halves pair up in UTF-16 by themselves
                break;
            }
            default:
                m_why = "invalid escape";
                return false;
            }
        }
        m_why = "unterminated string";
        return false;
    }

    bool string(QString &out)
    {
        QByteArrayView raw;
        QString decoded;
        if (!rawString(raw, decoded)) {
            if (!m_why)
                m_why = "unterminated string";
            return false;
        }
        out = decoded.isNull() ? QString::fromUtf8(raw) : std::move(decoded);
        return true;
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0) {
            m_why = "invalid value";
            return false;
        }
        m_p += n;
        return true;
    }

    bool number(FieldValue *into)
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        if (m_p == digits || (*digits == '0' && m_p - digits > 1)) {
            m_why = "invalid number";
            m_p = start;
            return false;
        }
        bool integral = true;
        if (m_p < m_end && *m_p == '.') {
            integral = false;
            const char *frac = ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == frac) {
                m_why = "invalid number";
                m_p = start; // point at the number, not past it
                return false;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const char *exp = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == exp) {
                m_why = "invalid number";
                m_p = start; // point at the number, not past it
                return false;
            }
        }
        if (integral) { // the usual case (counts, epoch times): an exact 64-bit integer
            qint64 v = 0;
            const auto [ptr, ec] = std::from_chars(start, m_p, v);
            if (ec == std::errc() && ptr == m_p) {
                if (into) {
                    into->kind = FieldValue::Kind::Number;
                    into->typeName = "a number"_L1;
                    into->integer = v;
                    into->number = double(v);
                }
                return true;
            }
        }
        // Beyond a double (1e999, or 400 digits): QJsonDocument refuses the whole document, so this road refuses it
        // too, in a wanted field or not. Below the smallest double (1e-999) the value is 0, as there.
        double d = 0;
        if (std::from_chars(start, m_p, d).ec == std::errc::result_out_of_range) {
            const std::string text(start, m_p);
            d = std::strtod(text.c_str(), nullptr);
            if (std::isinf(d)) {
                m_why = "number out of range";
                m_p = start;
                return false;
            }
        }
        if (!into)
            return true;
        into->kind = FieldValue::Kind::Number;
        into->typeName = "a number"_L1;
        into->number = d;
        into->integer.reset();
        // As QJsonDocument reads it (the REST body's other road must agree): a value with a fraction or an
        // exponent that comes out integral and inside 64 bits is an integer. Above 2^53 a double has no fraction
        // left, so 17980000000000000.1 is 17980000000000000 for every JSON parser.
        if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            into->integer = qint64(d);
        return true;
    }

    /// Skips (and checks) any value; `depth` guards against runaway nesting.
    bool skip(int depth)
    {
        if (depth > kMaxDepth) {
            m_why = "nested too deeply";
            return false;
        }
        if (m_p == m_end) {
            m_why = "expected a value";
            return false;
        }
        switch (*m_p) {
        case '"': {
            QByteArrayView raw;
            QString decoded;
            return rawString(raw, decoded);
        }
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = close == '}';
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                return true;
            }
            for (;;) {
                skipSpace();
                if (object) {
                    QByteArrayView key;
                    QString decodedKey;
                    if (m_p == m_end || *m_p != '"' || !rawString(key, decodedKey)) {
                        m_why = "expected a key in quotes";
                        return false;
                    }
                    skipSpace();
                    if (m_p == m_end || *m_p != ':') {
                        m_why = "expected ':'";
                        return false;
                    }
                    ++m_p;
                    skipSpace();
                }
                if (!skip(depth + 1))
                    return false;
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == close) {
                    ++m_p;
                    return true;
                }
                m_why = m_p == m_end ? (object ? "unterminated object" : "unterminated array")
                                     : (object ? "expected ',' or '}'" : "expected ',' or ']'");
                return false;
            }
        }
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default:
            if (*m_p != '-' && (*m_p < '0' || *m_p > '9')) {
                m_why = "invalid value";
                return false;
            }
            return number(nullptr);
        }
    }

    /// A value for a wanted key.
    bool value(FieldValue &out)
    {
        out = FieldValue();
        if (m_p == m_end) {
            m_why = "expected a value";
            return false;
        }
        switch (*m_p) {
        case '"':
            out.kind = FieldValue::Kind::String;
            return string(out.text);
        case 'n':
            out.kind = FieldValue::Kind::Null;
            return literal("null");
        case 't':
        case 'f':
            out.kind = FieldValue::Kind::Other;
            out.typeName = "a boolean"_L1;
            return literal(*m_p == 't' ? "true" : "false");
        case '{':
            out.kind = FieldValue::Kind::Other;
            out.typeName = "an object"_L1;
            return skip(1);
        case '[': {
            out.kind = FieldValue::Kind::Array;
            out.typeName = "an array"_L1;
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            for (;;) {
                skipSpace();
                if (m_p < m_end && *m_p == '"') {
                    QString s;
                    if (!string(s))
                        return false;
                    out.strings.append(std::move(s));
                } else {
                    out.onlyStrings = false;
                    if (!skip(2))
                        return false;
                }
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == ']') {
                    ++m_p;
                    return true;
                }
                m_why = m_p == m_end ? "unterminated array" : "expected ',' or ']'";
                return false;
            }
        }
        default:
            if (*m_p != '-' && (*m_p < '0' || *m_p > '9')) {
                m_why = "invalid value";
                return false;
            }
            return number(&out);
        }
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    const char *m_why = nullptr;
    size_t m_nextSlot = 0;
};

} // namespace

Status parseFlatJsonRecord(QByteArrayView json, std::span<const QLatin1StringView> names, std::span<FieldValue> values)
{
    return Parser(json).record(names, values);
}
