#pragma once

#include <QString>

/// Numbers as decisions and tiles print them, so the same value always reads the same.
namespace numbertext {

/// Exact enough to recompute by hand: integers as integers, others with up to 4 decimals, trailing
/// zeros trimmed ("5378.4375", "0.25", "41414"); non-finite values as "undefined".
QString exact(double value);

/// An integer, as QString::number(n) writes it but without going through QLocale (decisions write hundreds of
/// thousands of them per run).
QString integer(qint64 value);

/// For people: thousands grouped ("1,234,567"), as in tiles and insights.
QString count(qint64 value);

/// For people: one decimal ("4.2"), grouped above 1,000 ("12,345.6").
QString oneDecimal(double value);

} // namespace numbertext
