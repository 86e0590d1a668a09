#include "tests/bench/datagen/jsontext.h"

#include <cstdio>

namespace jsontext {

void appendString(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (c == '\n') {
            out.append("\\n", 2);
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out.append(buf, 6);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendKey(QByteArray &out, const char *key)
{
    out.append('"');
    out.append(key);
    out.append("\":", 2);
}

void appendCount(QByteArray &out, const CountValue &count)
{
    if (count.text.isEmpty())
        out.append(QByteArray::number(count.value));
    else
        appendString(out, count.text);
}

namespace {

// Howard Hinnant's civil_from_days: exact for every date, and far cheaper than a QDateTime per post.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

QByteArray isoTime(qint64 utcMs, int offsetMinutes, bool zulu)
{
    const qint64 localS = floorDiv(utcMs, 1000) + qint64(offsetMinutes) * 60;
    const qint64 days = floorDiv(localS, 86400);
    const qint64 secOfDay = localS - days * 86400;
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[40];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d", y, m, d, int(secOfDay / 3600),
                          int(secOfDay / 60 % 60), int(secOfDay % 60));
    if (zulu) {
        buf[n++] = 'Z';
    } else {
        const int a = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
        n += std::snprintf(buf + n, sizeof buf - size_t(n), "%c%02d:%02d", offsetMinutes < 0 ? '-' : '+', a / 60,
                           a % 60);
    }
    return QByteArray(buf, n);
}

void appendTime(QByteArray &out, const GeneratedPost &post)
{
    switch (post.timeStyle) {
    case TimeStyle::IsoUtc:
        out.append('"').append(isoTime(post.createdAtMs, 0, true)).append('"');
        break;
    case TimeStyle::IsoOffset:
        out.append('"').append(isoTime(post.createdAtMs, post.utcOffsetMinutes, false)).append('"');
        break;
    case TimeStyle::EpochSeconds:
        out.append(QByteArray::number(floorDiv(post.createdAtMs, 1000)));
        break;
    case TimeStyle::EpochMillis:
        out.append(QByteArray::number(post.createdAtMs));
        break;
    }
}

} // namespace jsontext
