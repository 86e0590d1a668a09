#include "core/pipeline/jsonstringarray.h"

#include <QJsonDocument>

namespace {

/// Appends `s` as a JSON string in UTF-8; false when it holds a character JSON needs escaped (quote, backslash,
/// control) or an unpaired surrogate.
bool appendPlainJsonString(QByteArray &out, QStringView s)
{
    out.append('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char32_t u = s[i].unicode();
        if (u < 0x80) {
            if (u < 0x20 || u == u'"' || u == u'\\')
                return false;
            out.append(char(u));
        } else if (u < 0x800) {
            out.append(char(0xC0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3F)));
        } else if (QChar::isSurrogate(u)) {
            if (!QChar::isHighSurrogate(u) || i + 1 >= s.size() || !s[i + 1].isLowSurrogate())
                return false;
            const char32_t c = QChar::surrogateToUcs4(char16_t(u), s[++i].unicode());
            out.append(char(0xF0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3F)));
            out.append(char(0x80 | ((c >> 6) & 0x3F)));
            out.append(char(0x80 | (c & 0x3F)));
        } else {
            out.append(char(0xE0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3F)));
            out.append(char(0x80 | (u & 0x3F)));
        }
    }
    out.append('"');
    return true;
}

} // namespace

QJsonArray jsonStringArray(const QStringList &list)
{
    qsizetype units = 2;
    for (const QString &s : list)
        units += s.size() + 3;
    QByteArray text;
    text.reserve(units * 3);
    text.append('[');
    for (const QString &s : list) {
        if (text.size() > 1)
            text.append(',');
        if (!appendPlainJsonString(text, s))
            return QJsonArray::fromStringList(list);
    }
    text.append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return QJsonArray::fromStringList(list);
    return document.array();
}
