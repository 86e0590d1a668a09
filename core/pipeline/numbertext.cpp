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

Text against(double value, double other)
{
    Text text = exact(value);
    if (value == other || !std::isfinite(value))
        return text;
    const Text otherText = exact(other);
    if (QLatin1StringView(text.data(), text.size()) != QLatin1StringView(otherText.data(), otherText.size()))
        return text;
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest round-trip: always distinct
    return Text(buffer, qsizetype(r.ptr - buffer));
}

QString fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return u"undefined"_s;
    decimals = std::clamp(decimals, 0, 15);
    const double scale = std::pow(10.0, decimals);
    if (std::abs(value) * scale >= 9e18) // beyond qint64: the decimals are noise anyway
        return count(qint64(std::clamp(value, -9e18, 9e18)));
    // Rounded half away from zero, as a person would (and as tiles always did): 0.25 → "0.3".
    const qint64 scaled = qint64(std::llround(value * scale));
    const qint64 unit = qint64(std::llround(scale));
    const qint64 whole = scaled / unit;
    const qint64 fraction = std::abs(scaled % unit);
    const QString sign = (scaled < 0 && whole == 0) ? u"-"_s : QString();
    if (decimals == 0)
        return count(whole);
    return sign + count(whole) + u'.' + integer(fraction).toString().rightJustified(decimals, u'0');
}

QString oneDecimal(double value)
{
    return fixed(value, 1);
}

namespace {

/// The decimals that show two significant digits of a number below 1 (0.0449 → 3: "0.045"); at least one.
int significantDecimals(double value)
{
    if (!std::isfinite(value) || value == 0 || std::abs(value) >= 1)
        return 1;
    return std::clamp(1 - int(std::floor(std::log10(std::abs(value)))), 1, 15);
}

} // namespace

QString decimalAgainst(double value, double other)
{
    // Both sides with the same decimals, enough for the smaller one to keep two significant digits (0.0449 against
    // 0.05 reads "0.045" and "0.050", never "0.0" and "0.1").
    int decimals = std::max(significantDecimals(value), significantDecimals(other));
    if (std::isfinite(value) && std::isfinite(other) && value != other) {
        while (decimals < 15 && fixed(value, decimals) == fixed(other, decimals))
            ++decimals;
    }
    return fixed(value, decimals);
}

} // namespace numbertext
