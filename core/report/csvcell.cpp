#include "core/report/csvcell.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {

bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// "-12", "+3.5", "-0.25": a sign, digits, at most one dot with digits after it.
bool isPlainNumber(const QString &value)
{
    qsizetype i = 0;
    if (i < value.size() && (value[i] == u'-' || value[i] == u'+'))
        ++i;
    qsizetype digits = 0;
    for (; i < value.size() && value[i].isDigit() && value[i].unicode() < 128; ++i)
        ++digits;
    if (digits == 0)
        return false;
    if (i < value.size() && value[i] == u'.') {
        ++i;
        qsizetype fraction = 0;
        for (; i < value.size() && value[i].isDigit() && value[i].unicode() < 128; ++i)
            ++fraction;
        if (fraction == 0)
            return false;
    }
    return i == value.size();
}

} // namespace

QString csvCell(const QString &value)
{
    const bool formula = startsFormula(value) && !isPlainNumber(value);
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    if (formula)
        return u"\"'"_s % quoted % u'"';
    return u'"' % quoted % u'"';
}
