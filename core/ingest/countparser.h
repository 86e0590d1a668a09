#pragma once

#include <QString>
#include <QStringView>

/// The largest counter accepted (likes, comments, shares, saves, views): 10^15, a thousand times
/// the most-viewed post there is. A larger value is a broken or hostile record, and keeping every
/// counter below it keeps Σ over millions of posts far from 64-bit overflow (issue 15, finding 7).
inline constexpr qint64 kMaxCount = 1'000'000'000'000'000;

/// The reason a counter is refused when it exceeds kMaxCount ("count too large: …"), for
/// parseCount() and for counters given as JSON numbers, so that both say the same.
QString countTooLarge(QStringView spelled);

/// A counter parsed from a source's spelling of it.
struct ParsedCount
{
    qint64 value = 0;
    bool ok = false;
    bool lowerBound = false;      ///< "10万+": the true value is at least `value`
    bool wasPlainInteger = false; ///< "1234": nothing worth keeping as the raw string
    QString error;                ///< why not ok, e.g. "negative count -3"
};

/// Parses the counter forms of SPEC section 1: plain integers, thousands separators ("1,234"),
/// Chinese units ("1.2万", "3千", "1亿", "3.4w"/"3.4W"), k/M/B suffixes ("1.5k", "2.1M"), a
/// trailing `+` as a lower bound ("10万+"), surrounding whitespace. Decimals are computed
/// exactly in integers ("1.2万" is 12000, never 11999). Negative, empty, above kMaxCount or other
/// text is not ok, with a reason.
ParsedCount parseCount(QStringView text);
