#pragma once

#include <optional>

#include <QString>

/// Numbers formatted for people, in one place for the desktop app and the reports: the same
/// value reads the same on a card, in the detail panel and in the PDF. Output never depends on
/// the system locale (dot decimal separator, comma thousands separator) so exports are stable.
/// Non-finite values and undefined metrics are shown as formatUndefined().
namespace numberformat {

/// "—": an undefined metric (e.g. engagement rate with no known views) or a non-finite value.
QString formatUndefined();

/// Compact count: 950 → "950", 18'400 → "18.4k", 12'000 → "12k", 2'100'000 → "2.1M", 1.2e9 → "1.2B".
QString formatCount(qint64 count);

/// Exact integer with thousands separators: 41414 → "41,414".
QString formatInteger(qint64 value);

/// Growth-style multiplier: 4.2 → "4.2×", 0.95 → "0.95×", 123.4 → "123×".
QString formatMultiplier(double factor);
QString formatMultiplier(const std::optional<double> &factor); ///< nullopt → formatUndefined()

/// A fraction as a percentage: 0.1234 → "12.3%" (decimals = 1); nullopt → formatUndefined().
QString formatPercent(double fraction, int decimals = 1);
QString formatPercent(const std::optional<double> &fraction, int decimals = 1);

/// Engagement per hour: 5376.4 → "5.4k/h", 312 → "312/h".
QString formatRate(double perHour);

/// A 0…1 score (health, confidence, diversity, Jaccard) with two decimals: 0.9612 → "0.96".
QString formatScore(double score);

/// Any other measured number, as precise as a person needs: integral values grouped ("41,414"),
/// |x| ≥ 100 rounded ("5,376"), |x| ≥ 1 with up to two decimals ("7.7", "19.25"), smaller values
/// with three significant digits ("0.881", "0.00123").
QString formatNumber(double value);
QString formatNumber(const std::optional<double> &value); ///< nullopt → formatUndefined()

/// formatNumber(value), with as many more decimals as it takes to read differently from formatNumber(other) when the
/// two differ, so a comparison never reads "2 ≥ 2, failed" (growth 1.996 against 2 reads "1.996").
QString formatNumberAgainst(const std::optional<double> &value, double other);

} // namespace numberformat
