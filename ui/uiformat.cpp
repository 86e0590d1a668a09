#include "ui/uiformat.h"

#include <cmath>

#include <QDateTime>
#include <QLocale>

#if GT_HAVE_REPORT
#include "core/report/reportformat.h"
#endif

using namespace Qt::StringLiterals;

namespace uifmt {

QString count(qint64 n)
{
    const double a = std::abs(double(n));
    if (a < 1000)
        return QString::number(n);
    if (a < 1e6)
        return QString::number(n / 1e3, 'f', a < 1e4 ? 1 : 0) + u'k';
    if (a < 1e9)
        return QString::number(n / 1e6, 'f', a < 1e7 ? 1 : 0) + u'M';
    return QString::number(n / 1e9, 'f', 1) + u'B';
}

QString integer(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString ratio(double x)
{
    return QString::number(x, 'f', x < 10 ? 1 : 0) + u"×"_s;
}

QString decimal(double x, int digits)
{
    return QString::number(x, 'f', digits);
}

QString optionalDecimal(const std::optional<double> &x, int digits)
{
    return x ? decimal(*x, digits) : u"undefined"_s;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + u" %"_s;
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return u"—"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString urgencyLabel(const QString &urgency)
{
    if (urgency == u"act_now")
        return u"ACT NOW"_s;
    if (urgency == u"prepare")
        return u"PREPARE"_s;
    if (urgency == u"monitor")
        return u"MONITOR"_s;
    return urgency.toUpper();
}

QColor urgencyColor(const QString &urgency)
{
    // Red / amber / blue read as "now / soon / watch" in light and dark palettes alike.
    if (urgency == u"act_now")
        return QColor(0xD6, 0x3B, 0x2F);
    if (urgency == u"prepare")
        return QColor(0xE8, 0x9B, 0x12);
    if (urgency == u"monitor")
        return QColor(0x2E, 0x7D, 0xC9);
    return QColor(0x80, 0x80, 0x80);
}

QString number(double x)
{
    if (!std::isfinite(x))
        return QString::number(x);
    if (x == std::floor(x) && std::abs(x) < 1e15)
        return integer(qint64(x));
    return QString::number(x, 'g', std::abs(x) >= 1 ? 6 : 4);
}

} // namespace uifmt
