#include "core/pipeline/numbertext.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace numbertext {

QString exact(double value)
{
    if (!std::isfinite(value))
        return u"undefined"_s;
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    if (std::abs(value) < 1e-4)
        return QString::number(value, 'g', 6);
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString count(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
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
    return sign + count(whole) + u'.' + QString::number(fraction);
}

} // namespace numbertext
