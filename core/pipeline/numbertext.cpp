#include "core/pipeline/numbertext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace numbertext {

Text::Text(const char *chars, qsizetype size) : m_size(std::min<qsizetype>(size, qsizetype(sizeof m_chars)))
{
    std::memcpy(m_chars, chars, std::size_t(m_size));
}

Text exact(double value)
{
    // std::to_chars rather than QString::number: decisions format hundreds of thousands of numbers per run.
    if (!std::isfinite(value))
        return Text("undefined", 9);
    char buffer[64];
    std::to_chars_result r;
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return integer(qint64(value));
    if (std::abs(value) < 1e-4) {
        r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    } else {
        r = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 4);
        while (r.ptr[-1] == '0')
            --r.ptr;
        if (r.ptr[-1] == '.')
            --r.ptr;
    }
    return Text(buffer, qsizetype(r.ptr - buffer));
}

Text integer(qint64 value)
{
    char buffer[24];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    return Text(buffer, qsizetype(r.ptr - buffer));
}

QString count(qint64 value)
{
    const bool negative = value < 0;
    QString digits = integer(negative ? -value : value).toString();
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return negative ? u'-' + digits : digits;
}

QString oneDecimal(double value)
{
    if (!std::isfinite(value))
        return u"undefined"_s;
    const qint64 tenths = qint64(std::llround(value * 10.0));
    const qint64 whole = tenths / 10;
    const qint64 fraction = std::abs(tenths % 10);
    const QString sign = (tenths < 0 && whole == 0) ? u"-"_s : QString();
    return sign + count(whole) + u'.' + integer(fraction);
}

} // namespace numbertext
