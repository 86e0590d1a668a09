#include "ui/uiformat.h"

#include <cmath>

#include <QCoreApplication>
#include <QDateTime>

#include "core/report/numberformat.h"
#include "core/report/urgencystyle.h"

using namespace Qt::StringLiterals;

// Counts, ratios and urgency colours are core/report's, so the screen and the PDF agree.
namespace uifmt {

QString undefined()
{
    return numberformat::formatUndefined();
}

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

QString ratio(const std::optional<double> &x)
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
    if (urgency == u"act_now")
        return QCoreApplication::translate("uifmt", "ACT NOW");
    if (urgency == u"prepare")
        return QCoreApplication::translate("uifmt", "PREPARE");
    if (urgency == u"monitor")
        return QCoreApplication::translate("uifmt", "MONITOR");
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

QString numberAgainst(const std::optional<double> &x, double other)
{
    return numberformat::formatNumberAgainst(x, other);
}

QString lifecycleLabel(const QString &lifecycle)
{
    if (lifecycle.isEmpty())
        return numberformat::formatUndefined();
    if (lifecycle == u"new")
        return QCoreApplication::translate("uifmt", "New");
    if (lifecycle == u"rising")
        return QCoreApplication::translate("uifmt", "Rising");
    if (lifecycle == u"peaked")
        return QCoreApplication::translate("uifmt", "Peaked");
    if (lifecycle == u"steady")
        return QCoreApplication::translate("uifmt", "Steady");
    return lifecycle.left(1).toUpper() + lifecycle.mid(1);
}

QString lifecycleTip(const QString &lifecycle)
{
    if (lifecycle == u"new")
        return QCoreApplication::translate("uifmt", "New: no covered baseline window, or none of them held a post of this topic");
    if (lifecycle == u"peaked")
        return QCoreApplication::translate("uifmt", "Peaked: a covered baseline window held more (volume-adjusted) posts than the current window");
    if (lifecycle == u"rising")
        return QCoreApplication::translate("uifmt", "Rising: more posts in the window than in the most recent covered baseline window");
    if (lifecycle == u"steady")
        return QCoreApplication::translate("uifmt", "Steady: no more posts than in the most recent covered baseline window, and below no earlier one");
    return {};
}

} // namespace uifmt
