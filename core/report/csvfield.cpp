#include "core/report/csvfield.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' % quoted % u'"';
}
