#include "core/model/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

/// The proleptic Gregorian date of a day counted from 1970-01-01 (H. Hinnant's civil_from_days).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

char *digits(char *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + width;
}

} // namespace

QString isoUtc(qint64 msSinceEpoch)
{
    // Years 1 to 9999 are written here (a run writes tens of thousands of times); others as QDateTime writes them.
    constexpr qint64 kMsPerDay = 86'400'000;
    constexpr qint64 kFirst = -62'135'596'800'000; // 0001-01-01T00:00:00Z
    constexpr qint64 kLast = 253'402'300'799'999;  // 9999-12-31T23:59:59.999Z
    if (msSinceEpoch >= kFirst && msSinceEpoch <= kLast) {
        qint64 days = msSinceEpoch / kMsPerDay;
        qint64 msOfDay = msSinceEpoch % kMsPerDay;
        if (msOfDay < 0) {
            msOfDay += kMsPerDay;
            --days;
        }
        int year = 0, month = 0, day = 0;
        civilFromDays(days, year, month, day);
        char text[24];
        char *p = digits(text, year, 4);
        *p++ = '-';
        p = digits(p, month, 2);
        *p++ = '-';
        p = digits(p, day, 2);
        *p++ = 'T';
        p = digits(p, int(msOfDay / 3'600'000), 2);
        *p++ = ':';
        p = digits(p, int(msOfDay / 60'000 % 60), 2);
        *p++ = ':';
        p = digits(p, int(msOfDay / 1000 % 60), 2);
        if (msOfDay % 1000 != 0) {
            *p++ = '.';
            p = digits(p, int(msOfDay % 1000), 3);
        }
        *p++ = 'Z';
        return QString::fromLatin1(text, p - text);
    }
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
