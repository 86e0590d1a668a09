#include "core/model/importreport.h"

QString RejectedRecord::toString() const
{
    QString s = file;
    if (line > 0)
        s += u':' + QString::number(line);
    else if (index >= 0)
        s += QStringLiteral("[%1]").arg(index);
    s += QStringLiteral(": ");
    if (!field.isEmpty())
        s += field + QStringLiteral(": ");
    return s + reason;
}
