#include "core/ingest/timeparser.h"

#include <cmath>

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMsPerDay = 86'400'000;
constexpr double kMillisecondThreshold = 1e11; // SPEC section 1: epoch values ≥ 10^11 are milliseconds
constexpr double kMaxEpochMs = 1e14;           // year ~5138: larger values are µs/ns, not a time we accept

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

Error timeError(QString message)
{
    return Error{u"invalid_value"_s, std::move(message), {}};
}

QString notATime(QStringView original)
{
    return u"not a time: \""_s + original.toString() + u'"';
}

/// Reads exactly `count` ASCII digits at `pos`; -1 when they are not there.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

/// Reads a run of 1–`maxCount` digits at `pos`, advancing it; -1 when there is none.
qint64 digitRun(QStringView s, qsizetype &pos, int maxCount)
{
    qint64 v = 0;
    int n = 0;
    while (pos < s.size() && n < maxCount && s[pos] >= u'0' && s[pos] <= u'9') {
        v = v * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++n;
    }
    return n == 0 ? -1 : v;
}

bool isNumeric(QStringView s)
{
    bool dot = false;
    for (const QChar c : s) {
        if (c == u'.' && !dot)
            dot = true;
        else if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isColon(QChar c)
{
    return c == u':' || c == u'：';
}

/// Parses "H:MM" or "H:MM:SS" (the whole of `s`, hours of one or two digits); the ms of day, or -1.
qint64 clockTime(QStringView s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return 0;
    qsizetype pos = 0;
    const qint64 h = digitRun(s, pos, 2);
    if (h < 0 || h > 23 || pos >= s.size() || !isColon(s[pos]))
        return -1;
    ++pos;
    const int m = digits(s, pos, 2);
    if (m < 0 || m > 59)
        return -1;
    pos += 2;
    int sec = 0;
    if (pos < s.size() && isColon(s[pos])) {
        sec = digits(s, pos + 1, 2);
        pos += 3;
    }
    if (sec < 0 || sec > 59 || pos != s.size())
        return -1;
    return ((h * 60 + m) * 60 + sec) * 1000;
}

/// "YYYY-MM-DD…" exactly as ISO-8601 lays it out (two-digit month and day).
bool isIsoLayout(QStringView s)
{
    return s.size() >= 10 && s[4] == u'-' && digits(s, 5, 2) >= 0 && s[7] == u'-' && digits(s, 8, 2) >= 0;
}

} // namespace

TimeParser::TimeParser(QTimeZone naiveZone, qint64 captureMs) : m_zone(std::move(naiveZone)), m_captureMs(captureMs)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    if (!m_zone.hasTransitions() && !m_zone.hasDaylightTime())
        m_fixedOffsetSeconds = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
}

Result<TimeParser> TimeParser::forZone(const QString &ianaId, qint64 captureMs)
{
    const QString id = ianaId.trimmed();
    if (id.isEmpty() || id.compare("UTC"_L1, Qt::CaseInsensitive) == 0)
        return TimeParser(QTimeZone::utc(), captureMs);
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return Error{u"invalid_value"_s, u"ingest.naive_timezone: unknown time zone \""_s + id + u'"', {}};
    return TimeParser(std::move(zone), captureMs);
}

qint64 TimeParser::naiveToUtc(int year, int month, int day, qint64 msOfDay) const
{
    if (m_fixedOffsetSeconds)
        return daysFromCivil(year, month, day) * kMsPerDay + msOfDay - qint64(*m_fixedOffsetSeconds) * 1000;
    // A wall-clock time in a zone with DST: let Qt resolve gaps and overlaps.
    const QDateTime local(QDate(year, month, day), QTime::fromMSecsSinceStartOfDay(int(msOfDay)), m_zone);
    return local.toMSecsSinceEpoch();
}

Result<ParsedTime> TimeParser::fromEpoch(double value) const
{
    if (!std::isfinite(value))
        return timeError(u"not a time: non-finite number"_s);
    if (value < 0)
        return timeError(u"negative epoch time "_s + QString::number(value, 'g', 17));
    const double ms = value >= kMillisecondThreshold ? value : value * 1000.0;
    if (ms > kMaxEpochMs)
        return timeError(u"epoch time out of range: "_s + QString::number(value, 'g', 17));
    return ParsedTime{qint64(std::floor(ms)), false};
}

Result<ParsedTime> TimeParser::parse(QStringView text) const
{
    return parse(text, m_captureMs);
}

Result<ParsedTime> TimeParser::parse(QStringView text, qint64 captureMs) const
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return timeError(u"empty time"_s);
    if (isNumeric(s)) {
        if (s.size() > 17)
            return timeError(u"epoch time out of range: "_s + s.toString());
        return fromEpoch(s.toDouble());
    }
    if (s.size() >= 8 && digits(s, 0, 4) >= 0 && (s[4] == u'-' || s[4] == u'/'))
        return isIsoLayout(s) ? parseIso(s, text) : parseSpreadsheetDate(s, text);
    if ((s[0] >= u'A' && s[0] <= u'Z') || (s[0] >= u'a' && s[0] <= u'z'))
        return parseDayNameForm(s, text);
    return parseRelative(s, text, captureMs);
}

Result<ParsedTime> TimeParser::parseIso(QStringView s, QStringView original) const
{
    const int year = digits(s, 0, 4);
    const int month = s[4] == u'-' ? digits(s, 5, 2) : -1;
    const int day = s.size() > 7 && s[7] == u'-' ? digits(s, 8, 2) : -1;
    if (year < 0 || month < 0 || day < 0)
        return timeError(notATime(original));
    if (month < 1 || month > 12)
        return timeError(u"month "_s + QString::number(month) + u" out of range in \""_s + original.toString() + u'"');
    if (day < 1 || day > daysInMonth(year, month))
        return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() + u'"');
    if (s.size() == 10) // a date alone: its midnight in the naive zone, day precision
        return ParsedTime{naiveToUtc(year, month, day, 0), true};

    qsizetype pos = 10;
    if (s[pos] != u'T' && s[pos] != u't' && s[pos] != u' ')
        return timeError(notATime(original));
    ++pos;
    const int hour = digits(s, pos, 2);
    const int minute = pos + 2 < s.size() && s[pos + 2] == u':' ? digits(s, pos + 3, 2) : -1;
    if (hour < 0 || minute < 0)
        return timeError(notATime(original));
    pos += 5;
    int second = 0;
    qint64 millis = 0;
    if (pos < s.size() && s[pos] == u':') {
        second = digits(s, pos + 1, 2);
        if (second < 0)
            return timeError(notATime(original));
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            qint64 scale = 1000;
            const qsizetype start = pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
                scale /= 10; // digits past the millisecond are dropped
                millis += (s[pos].unicode() - u'0') * scale;
                ++pos;
            }
            if (pos == start)
                return timeError(notATime(original));
        }
    }
    if (hour > 23 || minute > 59 || second > 59) {
        return timeError(u"time of day out of range in \""_s + original.toString() + u'"');
    }
    const qint64 msOfDay = ((hour * 60 + minute) * 60 + second) * 1000LL + millis;

    if (pos < s.size() && s[pos] == u' ')
        ++pos; // "2025-06-01 08:00:00 +0800"
    if (pos == s.size())
        return ParsedTime{naiveToUtc(year, month, day, msOfDay), false};

    qint64 offsetMinutes = 0;
    const QChar sign = s[pos];
    if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
        offsetMinutes = 0;
    } else if (sign == u'+' || sign == u'-' || sign == u'−') {
        ++pos;
        const int oh = digits(s, pos, 2);
        pos += 2;
        int om = 0;
        if (pos < s.size() && s[pos] == u':')
            ++pos;
        if (pos < s.size()) {
            om = digits(s, pos, 2);
            pos += 2;
        }
        if (oh < 0 || om < 0 || pos != s.size())
            return timeError(notATime(original));
        if (oh > 18 || om > 59)
            return timeError(u"offset out of range in \""_s + original.toString() + u'"');
        offsetMinutes = (sign == u'+' ? 1 : -1) * (oh * 60 + om);
    } else {
        return timeError(notATime(original));
    }
    return ParsedTime{daysFromCivil(year, month, day) * kMsPerDay + msOfDay - offsetMinutes * 60'000, false};
}

Result<ParsedTime> TimeParser::parseSpreadsheetDate(QStringView s, QStringView original) const
{
    // "2024-6-9 13:03", "2024/06/09 13:03:05": what a spreadsheet writes back, in the naive zone.
    const QChar separator = s[4];
    qsizetype pos = 5;
    const qint64 month = digitRun(s, pos, 2);
    if (month < 0 || pos >= s.size() || s[pos] != separator)
        return timeError(notATime(original));
    ++pos;
    const qint64 day = digitRun(s, pos, 2);
    if (day < 0 || (pos < s.size() && s[pos] != u' ' && s[pos] != u'T'))
        return timeError(notATime(original));
    const int year = digits(s, 0, 4);
    if (month < 1 || month > 12)
        return timeError(u"month "_s + QString::number(month) + u" out of range in \""_s + original.toString() + u'"');
    if (day < 1 || day > daysInMonth(year, int(month)))
        return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() + u'"');
    if (pos == s.size()) // a date alone: its midnight, day precision
        return ParsedTime{naiveToUtc(year, int(month), int(day), 0), true};
    const qint64 msOfDay = clockTime(s.sliced(pos + 1));
    if (msOfDay < 0)
        return timeError(notATime(original));
    return ParsedTime{naiveToUtc(year, int(month), int(day), msOfDay), false};
}

Result<ParsedTime> TimeParser::parseDayNameForm(QStringView s, QStringView original) const
{
    // "Sat Dec 23 17:12:54 +0800 2023": X's legacy.created_at and Weibo's mblog created_at.
    static constexpr QStringView kDays[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    static constexpr QStringView kMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                              u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    const QList<QStringView> parts = s.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return timeError(notATime(original));
    int weekday = 0; // 1 = Monday, as QDate::dayOfWeek()
    for (int d = 0; d < 7; ++d) {
        if (parts[0] == kDays[d])
            weekday = d + 1;
    }
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (parts[1] == kMonths[m])
            month = m + 1;
    }
    if (weekday == 0)
        return timeError(u"unknown day name \""_s + parts[0].toString() + u"\" in \""_s + original.toString() + u'"');
    if (month == 0)
        return timeError(u"unknown month name \""_s + parts[1].toString() + u"\" in \""_s + original.toString() + u'"');
    const QStringView dayText = parts[2], clock = parts[3], zone = parts[4], yearText = parts[5];
    const int day = dayText.size() <= 2 ? digits(dayText, 0, int(dayText.size())) : -1;
    const int year = yearText.size() == 4 ? digits(yearText, 0, 4) : -1;
    const int hour = clock.size() == 8 && clock[2] == u':' && clock[5] == u':' ? digits(clock, 0, 2) : -1;
    const int minute = hour >= 0 ? digits(clock, 3, 2) : -1;
    const int second = hour >= 0 ? digits(clock, 6, 2) : -1;
    if (day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return timeError(notATime(original));
    if (day < 1 || day > daysInMonth(year, month))
        return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() + u'"');
    if (hour > 23 || minute > 59 || second > 59)
        return timeError(u"time of day out of range in \""_s + original.toString() + u'"');
    const int oh = zone.size() == 5 && (zone[0] == u'+' || zone[0] == u'-') ? digits(zone, 1, 2) : -1;
    const int om = oh >= 0 ? digits(zone, 3, 2) : -1;
    if (oh < 0 || om < 0)
        return timeError(u"bad offset \""_s + zone.toString() + u"\" in \""_s + original.toString() + u'"');
    if (oh > 18 || om > 59)
        return timeError(u"offset out of range in \""_s + original.toString() + u'"');
    // A day name that disagrees with the date means the fields were mangled: reject, do not guess.
    if (QDate(year, month, day).dayOfWeek() != weekday)
        return timeError(u"day name "_s + parts[0].toString() + u" does not match the date in \""_s +
                         original.toString() + u'"');
    const qint64 offsetMinutes = (zone[0] == u'+' ? 1 : -1) * (oh * 60 + om);
    const qint64 msOfDay = ((hour * 60 + minute) * 60 + second) * 1000LL;
    return ParsedTime{daysFromCivil(year, month, day) * kMsPerDay + msOfDay - offsetMinutes * 60'000, false};
}

Result<ParsedTime> TimeParser::parseRelative(QStringView s, QStringView original, qint64 captureMs) const
{
    if (s.startsWith(u"编辑于"))
        s = s.sliced(3).trimmed();
    // Xiaohongshu appends the IP location ("3天前 浙江"): drop a trailing word with no digit in it.
    const qsizetype space = s.lastIndexOf(u' ');
    if (space > 0) {
        const QStringView tail = s.sliced(space + 1);
        bool hasDigit = false;
        for (const QChar c : tail)
            hasDigit = hasDigit || (c >= u'0' && c <= u'9');
        if (!hasDigit)
            s = s.first(space).trimmed();
    }

    enum class Kind { None, Ago, DayWord, MonthDay } kind = Kind::None;
    int explicitYear = 0; // "2023年12月23日 17:12" names its year
    qint64 agoMs = 0;
    int daysBack = 0;
    int month = 0;
    int day = 0;
    qint64 msOfDay = 0;

    qsizetype pos = 0;
    if (s == u"刚刚") {
        kind = Kind::Ago;
    } else if (s.startsWith(u"今天") || s.startsWith(u"昨天") || s.startsWith(u"前天")) {
        daysBack = s.startsWith(u"今天") ? 0 : s.startsWith(u"昨天") ? 1 : 2;
        msOfDay = clockTime(s.sliced(2));
        if (msOfDay < 0)
            return timeError(notATime(original));
        kind = Kind::DayWord;
    } else if (qint64 n = digitRun(s, pos, 9); n >= 0) {
        // Weibo's "12月23日 17:12" (year left out) and "2023年12月23日 17:12".
        if (pos < s.size() && s[pos] == u'年' && n >= 1000 && n <= 9999) {
            explicitYear = int(n);
            ++pos;
            n = digitRun(s, pos, 2);
            if (n < 0 || pos >= s.size() || s[pos] != u'月')
                return timeError(notATime(original));
        }
        if (n >= 0 && pos < s.size() && s[pos] == u'月') {
            ++pos;
            const qint64 d = digitRun(s, pos, 2);
            if (d < 0 || pos >= s.size() || s[pos] != u'日')
                return timeError(notATime(original));
            if (d < 1 || d > 31)
                return timeError(u"day "_s + QString::number(d) + u" out of range in \""_s + original.toString() +
                                 u'"');
            msOfDay = clockTime(s.sliced(pos + 1));
            if (n < 1 || n > 12)
                return timeError(u"month "_s + QString::number(n) + u" out of range in \""_s + original.toString() +
                                 u'"');
            if (msOfDay < 0)
                return timeError(notATime(original));
            month = int(n);
            day = int(d);
            if (explicitYear) {
                if (day < 1 || day > daysInMonth(explicitYear, month))
                    return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() +
                                     u'"');
                return ParsedTime{naiveToUtc(explicitYear, month, day, msOfDay), false};
            }
            kind = Kind::MonthDay;
        }
        const QStringView unit = s.sliced(pos).trimmed();
        static constexpr struct
        {
            const char16_t *suffix;
            qint64 ms;
        } units[] = {
            {u"秒前", 1000},      {u"秒钟前", 1000},        {u"分钟前", 60'000},
            {u"分前", 60'000},    {u"小时前", 3'600'000},   {u"个小时前", 3'600'000},
            {u"天前", kMsPerDay}, {u"周前", 7 * kMsPerDay}, {u"星期前", 7 * kMsPerDay},
        };
        for (const auto &u : units) {
            if (unit == QStringView(u.suffix)) {
                kind = Kind::Ago;
                agoMs = n * u.ms;
            }
        }
        if (kind == Kind::None && n >= 1 && n <= 12 && pos < s.size() && s[pos] == u'-') {
            ++pos;
            const qint64 d = digitRun(s, pos, 2);
            msOfDay = clockTime(s.sliced(pos));
            if (d < 1 || d > 31 || msOfDay < 0)
                return timeError(notATime(original));
            month = int(n);
            day = int(d);
            kind = Kind::MonthDay;
        }
    }
    if (kind == Kind::None)
        return timeError(notATime(original));
    if (captureMs <= 0)
        return timeError(u"relative time \""_s + original.toString() + u"\" needs a capture time"_s);
    if (kind == Kind::Ago)
        return ParsedTime{captureMs - agoMs, true};

    const QDate captureDay = QDateTime::fromMSecsSinceEpoch(captureMs, m_zone).date();
    if (kind == Kind::DayWord) {
        const QDate d = captureDay.addDays(-daysBack);
        return ParsedTime{naiveToUtc(d.year(), d.month(), d.day(), msOfDay), true};
    }
    // "MM-DD" leaves out the year: the capture's year, or the one before when that would lie ahead.
    int year = captureDay.year();
    if (QDate(year, month, 1).isValid() && day > daysInMonth(year, month))
        return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() + u'"');
    if (QDate(year, month, day) > captureDay)
        --year;
    if (day > daysInMonth(year, month))
        return timeError(u"day "_s + QString::number(day) + u" out of range in \""_s + original.toString() + u'"');
    return ParsedTime{naiveToUtc(year, month, day, msOfDay), true};
}
