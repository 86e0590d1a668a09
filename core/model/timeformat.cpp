#include "core/model/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

QString isoUtc(qint64 msSinceEpoch)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return t.toString(msSinceEpoch % 1000 == 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")
                                               : QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<qint64> parseIsoUtc(const QString &text)
{
    const QString t = text.trimmed();
    // A time without an offset would silently mean "local time" to QDateTime: refuse it.
    const bool hasOffset = t.endsWith(u'Z') || t.endsWith(u'z') || (t.size() > 19 && (t.at(t.size() - 6) == u'+' || t.at(t.size() - 6) == u'-'));
    if (!hasOffset)
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}
