#pragma once

#include <QString>
#include <QStringView>

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
/// exactly in integers ("1.2万" is 12000, never 11999). Negative, empty, overflowing or other
/// text is not ok, with a reason.
ParsedCount parseCount(QStringView text);
