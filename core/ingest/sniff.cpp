#include "core/ingest/sniff.h"

#include "core/ingest/csvparser.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace sniff {

QByteArrayView body(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return head.trimmed();
}

QByteArrayView firstLine(QByteArrayView text, bool headIsWholeFile, bool *complete)
{
    // LF, CRLF or a lone CR (old Mac files) ends the line.
    qsizetype nl = 0;
    while (nl < text.size() && text[nl] != '\n' && text[nl] != '\r')
        ++nl;
    if (complete)
        *complete = nl < text.size() || headIsWholeFile;
    return text.first(nl);
}

QJsonObject firstLineObject(QByteArrayView head)
{
    const QByteArrayView text = body(head);
    if (!text.startsWith('{'))
        return {};
    const QByteArrayView line = firstLine(text, true);
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
    return doc.isObject() ? doc.object() : QJsonObject();
}

QStringList csvHeader(QByteArrayView head, char delimiter)
{
    if (delimiter == 0)
        delimiter = csvDelimiter(head);
    const QByteArrayView line = firstLine(body(head), true);
    QStringList cells;
    const QList<QByteArray> raw = line.toByteArray().split(delimiter);
    for (const QByteArray &cell : raw) {
        QByteArray c = cell.trimmed();
        if (c.size() >= 2 && c.startsWith('"') && c.endsWith('"'))
            c = c.sliced(1, c.size() - 2);
        cells.append(QString::fromUtf8(c).trimmed().toLower());
    }
    return cells;
}

QString extension(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

} // namespace sniff
