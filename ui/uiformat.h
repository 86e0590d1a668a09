#pragma once

#include <optional>

#include <QColor>
#include <QString>

/// How the desktop shows numbers, times and urgencies. One place, so a card, the cluster table,
/// the evidence chain and the status bar can never format the same value two ways.
/// Urgency colours and number formats are core/report's (the PDF uses the same); this forwards.
namespace uifmt {

QString undefined();                     ///< "—": an undefined metric (no baseline data, no known views)
QString count(qint64 n);                 ///< 18,412 → "18.4k"
QString integer(qint64 n);               ///< 18412 → "18,412"
QString ratio(double x);                 ///< 4.2 → "4.2×"
QString ratio(const std::optional<double> &x); ///< nullopt (no baseline data) → "—"
QString decimal(double x, int digits = 2);
QString optionalDecimal(const std::optional<double> &x, int digits = 3); ///< nullopt → "undefined"
QString percent(double fraction);        ///< 0.123 → "12.3 %"
QString dateTime(qint64 ms);             ///< UTC "2026-06-01 00:00"
QString urgencyLabel(const QString &urgency);  ///< "act_now" → "ACT NOW"
QColor urgencyColor(const QString &urgency);
QColor urgencyTextColor(const QString &urgency); ///< text drawn on urgencyColor()
/// A formula input or any JSON number: integers without decimals, others with up to 4 significant digits.
QString number(double x);
/// number(x), or "—" when undefined; with more digits when it would read like `other` although it differs, so a
/// check never reads "2 < 2".
QString numberAgainst(const std::optional<double> &x, double other);
/// "new" → "New", "rising" → "Rising", "peaked" → "Peaked", "steady" → "Steady" (SPEC 3's lifecycle labels).
QString lifecycleLabel(const QString &lifecycle);
/// What a lifecycle label means, for tooltips.
QString lifecycleTip(const QString &lifecycle);

} // namespace uifmt
