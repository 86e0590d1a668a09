#include "ui/uiformat.h"

#include <cmath>

#include <QDateTime>

#include "core/report/numberformat.h"
#include "core/report/urgencystyle.h"

using namespace Qt::StringLiterals;

// Counts, ratios and urgency colours are core/report's, so the screen and the PDF agree.
namespace uifmt {

QString count(qint64 n)
{
    return numberformat::formatCount(n);
}

QString integer(qint64 n)
{
    return numberformat::formatInteger(n);
}

QString ratio(double x)
{
    return numberformat::formatMultiplier(x);
}

QString decimal(double x, int digits)
{
    if (!std::isfinite(x))
        return numberformat::formatUndefined();
    return digits == 2 ? numberformat::formatScore(x) : QString::number(x, 'f', digits);
}

QString optionalDecimal(const std::optional<double> &x, int digits)
{
    return x ? decimal(*x, digits) : numberformat::formatUndefined();
}

QString percent(double fraction)
{
    return numberformat::formatPercent(fraction);
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return numberformat::formatUndefined();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString urgencyLabel(const QString &urgency)
{
    return urgencyStyle(urgency).label;
}

QColor urgencyColor(const QString &urgency)
{
    return urgencyStyle(urgency).color;
}

QColor urgencyTextColor(const QString &urgency)
{
    return urgencyStyle(urgency).textColor;
}

QString number(double x)
{
    return numberformat::formatNumber(x);
}

} // namespace uifmt
