#include "core/ingest/countparser.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMax = kMaxCount;

QString quoted(QStringView s)
{
    return u'"' + s.toString() + u'"';
}

ParsedCount failed(QString reason)
{
    ParsedCount c;
    c.error = std::move(reason);
    return c;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The multiplier of a unit suffix, or 0 when `unit` is not one.
qint64 unitMultiplier(QStringView unit)
{
    if (unit.isEmpty())
        return 1;
    if (unit.size() != 1)
        return 0;
    switch (unit.front().unicode()) {
    case u'万': case u'萬': case u'w': case u'W':
        return 10'000;
    case u'千': case u'k': case u'K':
        return 1'000;
    case u'亿': case u'億':
        return 100'000'000;
    case u'm': case u'M':
        return 1'000'000;
    case u'b': case u'B':
        return 1'000'000'000;
    default:
        return 0;
    }
}

} // namespace

QString countTooLarge(QStringView spelled)
{
    return u"count too large: "_s + quoted(spelled.trimmed()) + u" (the limit is 10^15)"_s;
}

ParsedCount parseCount(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return failed(u"empty count"_s);

    ParsedCount result;
    if (s.back() == u'+') {
        result.lowerBound = true;
        s.chop(1);
        s = s.trimmed();
    }
    const bool negative = !s.isEmpty() && (s.front() == u'-' || s.front() == u'−');
    if (negative)
        s = s.sliced(1).trimmed();

    qsizetype i = 0;
    const qsizetype n = s.size();
    qint64 whole = 0;
    bool grouped = false;
    qsizetype digitsSinceComma = -1; // -1: no comma seen yet
    if (i >= n || !isDigit(s[i]))
        return failed(u"not a count: "_s + quoted(text));
    for (; i < n; ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            const int digit = c.unicode() - u'0';
            if (whole > (kMax - digit) / 10)
                return failed(countTooLarge(text));
            whole = whole * 10 + digit;
            if (digitsSinceComma >= 0)
                ++digitsSinceComma;
        } else if (c == u',' || c == u'，') {
            if (digitsSinceComma >= 0 && digitsSinceComma != 3)
                return failed(u"misplaced thousands separator: "_s + quoted(text));
            grouped = true;
            digitsSinceComma = 0;
        } else {
            break;
        }
    }
    if (grouped && digitsSinceComma != 3)
        return failed(u"misplaced thousands separator: "_s + quoted(text));

    qint64 fraction = 0;
    qint64 fractionScale = 1;
    const bool hasFraction = i < n && s[i] == u'.';
    if (hasFraction) {
        ++i;
        if (i >= n || !isDigit(s[i]))
            return failed(u"not a count: "_s + quoted(text));
        for (; i < n && isDigit(s[i]); ++i) {
            if (fractionScale < 1'000'000'000) { // digits beyond 10^-9 cannot change a count
                fraction = fraction * 10 + (s[i].unicode() - u'0');
                fractionScale *= 10;
            }
        }
    }

    const qint64 multiplier = unitMultiplier(s.sliced(i).trimmed());
    if (multiplier == 0)
        return failed(u"not a count: "_s + quoted(text));
    if (negative)
        return failed(u"negative count "_s + text.trimmed().toString());
    if (whole > kMax / multiplier)
        return failed(countTooLarge(text));

    // Exact decimal arithmetic: "1.2万" = 1·10000 + 2·10000/10, rounded to the nearest unit.
    qint64 value = whole * multiplier;
    if (fraction > 0) {
        const qint64 scaled = (fraction * multiplier + fractionScale / 2) / fractionScale;
        if (multiplier == 1 && fraction != 0)
            return failed(u"not a whole number: "_s + quoted(text));
        if (value > kMax - scaled)
            return failed(countTooLarge(text));
        value += scaled;
    }
    result.value = value;
    result.ok = true;
    result.wasPlainInteger = !grouped && !hasFraction && multiplier == 1 && !result.lowerBound;
    return result;
}
