#include "core/report/numberformat.h"

#include <cmath>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace numberformat {
namespace {

// A fixed English locale, not the system one: a report made in Shanghai or Berlin must read
// "41,414.5" like the one made in New York, and CSV/PDF tests must not depend on the machine.
const QLocale &fixedLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

/// `value` with at most `decimals` decimals, trailing zeros (and a bare dot) removed.
/// The decimals formatNumber() shows a non-integral value below 100 with: two from 1 up, three significant digits
/// below (0.881, 0.0123).
int numberDecimals(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1 || magnitude == 0)
        return 2;
    return std::min(12, 2 - int(std::floor(std::log10(magnitude))));
}

QString trimmed(double value, int decimals)
{
    QString s = fixedLocale().toString(value, 'f', decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = u"0"_s;
    return s;
}

} // namespace

QString formatUndefined()
{
    return u"—"_s;
}

QString formatCount(qint64 count)
{
    static constexpr struct
    {
        double scale;
        char16_t suffix;
    } units[] = {{1e3, u'k'}, {1e6, u'M'}, {1e9, u'B'}, {1e12, u'T'}};

    const double magnitude = std::abs(double(count));
    if (magnitude < 1000)
        return QString::number(count);
    for (std::size_t i = 0; i < std::size(units); ++i) {
        const double scaled = std::round(double(count) / units[i].scale * 10) / 10;
        // 999'960 rounds to "1000k": promote it to the next unit instead.
        if (std::abs(scaled) < 1000 || i + 1 == std::size(units))
            return trimmed(scaled, 1) % units[i].suffix;
    }
    return QString::number(count);
}

QString formatInteger(qint64 value)
{
    return fixedLocale().toString(value);
}

QString formatMultiplier(double factor)
{
    if (!std::isfinite(factor))
        return formatUndefined();
    const double magnitude = std::abs(factor);
    const QString digits = magnitude >= 100 ? fixedLocale().toString(factor, 'f', 0)
                           : magnitude >= 1 ? fixedLocale().toString(factor, 'f', 1)
                                            : fixedLocale().toString(factor, 'f', 2);
    return digits % u'×';
}

QString formatPercent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return formatUndefined();
    return fixedLocale().toString(fraction * 100, 'f', decimals) % u'%';
}

QString formatMultiplier(const std::optional<double> &factor)
{
    return factor ? formatMultiplier(*factor) : formatUndefined();
}

QString formatNumber(const std::optional<double> &value)
{
    return value ? formatNumber(*value) : formatUndefined();
}

QString formatNumberAgainst(const std::optional<double> &value, double other)
{
    if (!value)
        return formatUndefined();
    QString text = formatNumber(*value);
    if (!std::isfinite(*value) || !std::isfinite(other) || *value == other || text != formatNumber(other))
        return text;
    // More decimals than formatNumber showed (fewer could round 0.04996 to "0" against "0.1").
    for (int decimals = numberDecimals(*value) + 1; decimals <= 15; ++decimals) {
        text = trimmed(*value, decimals);
        if (text != trimmed(other, decimals))
            return text;
    }
    return text;
}

QString formatPercent(const std::optional<double> &fraction, int decimals)
{
    return fraction ? formatPercent(*fraction, decimals) : formatUndefined();
}

QString formatRate(double perHour)
{
    if (!std::isfinite(perHour))
        return formatUndefined();
    const QString number = std::abs(perHour) >= 1000 ? formatCount(qint64(std::llround(perHour)))
                                                     : trimmed(perHour, std::abs(perHour) >= 10 ? 0 : 1);
    return number % u"/h"_s;
}

QString formatScore(double score)
{
    if (!std::isfinite(score))
        return formatUndefined();
    return fixedLocale().toString(score, 'f', 2);
}

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return formatUndefined();
    const double magnitude = std::abs(value);
    if (std::trunc(value) == value && magnitude < 9.0e15)
        return formatInteger(qint64(value));
    if (magnitude >= 100)
        return fixedLocale().toString(value, 'f', 0);
    return trimmed(value, numberDecimals(value));
}

} // namespace numberformat
