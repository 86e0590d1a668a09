#include "core/model/importreport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

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

QString ImportReport::commentsNote() const
{
    if (comments <= 0)
        return {};
    const QLocale english(QLocale::English);
    return english.toString(comments) + (comments == 1 ? u" comment of "_s : u" comments of "_s)
           + english.toString(commentedPosts) + (commentedPosts == 1 ? u" post"_s : u" posts"_s)
           + u": comments are not imported"_s;
}
