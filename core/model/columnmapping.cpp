#include "core/model/columnmapping.h"

QString columnPattern(const QString &column)
{
    QString out;
    out.reserve(column.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i <= column.size(); ++i) {
        if (i < column.size() && column[i] != u'/' && column[i] != u'.')
            continue;
        const QStringView segment = QStringView(column).sliced(start, i - start);
        bool digits = !segment.isEmpty();
        for (const QChar c : segment)
            digits = digits && c.isDigit();
        out.append(digits ? QStringView(u"*") : segment);
        if (i < column.size())
            out.append(column[i]);
        start = i + 1;
    }
    return out;
}

QString columnsKey(const QStringList &columns)
{
    QStringList key;
    key.reserve(columns.size());
    for (const QString &c : columns)
        key.append(columnPattern(c.trimmed().toLower()));
    key.sort();
    key.removeDuplicates();
    return key.join(QChar(0x1f));
}
