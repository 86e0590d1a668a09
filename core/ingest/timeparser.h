#pragma once

#include <optional>

#include <QString>
#include <QStringView>
#include <QTimeZone>

#include "core/model/result.h"

/// A point in time read from a source.
struct ParsedTime
{
    qint64 msSinceEpoch = 0;  ///< UTC
    bool approximate = false; ///< a relative or date-only source ("3天前", "05-12"): day precision at best
};

/// Reads the times of SPEC sections 1 and 2 into UTC milliseconds. Built once per import: the
/// naive time zone is resolved here, not per record.
///
/// Accepted: ISO-8601 `YYYY-MM-DD[T| ]HH:MM[:SS[.fff]]` with `Z` or `±HH[:MM]`; the same without an
/// offset, read in the naive zone (`ingest.naive_timezone`); a date alone (midnight in the naive
/// zone, approximate); epoch numbers or numeric strings, milliseconds when ≥ 10^11 else seconds;
/// X's and Weibo's `Sat Dec 23 17:12:54 +0800 2023` (`%a %b %d %H:%M:%S %z %Y`; the day name must
/// match the date); Weibo's `2023年12月23日 17:12[:SS]` and a spreadsheet's `2024-6-9 13:03[:SS]` or
/// `2024/06/09 13:03[:SS]` (month and day of one or two digits) in the naive zone;
/// Xiaohongshu's and Weibo's relative dates (`刚刚`, `N秒/分钟/小时/天/周前`, `今天/昨天/前天 HH:MM`,
/// `MM-DD`, `MM月DD日 HH:MM`), resolved against the capture time in the naive zone and flagged
/// approximate (a date without its year takes the capture's year, or the one before when that
/// would lie after the capture).
class TimeParser
{
public:
    /// `captureMs` (UTC ms, 0 = unknown) anchors relative dates; without it they are errors.
    explicit TimeParser(QTimeZone naiveZone = QTimeZone::utc(), qint64 captureMs = 0);

    /// Looks `ianaId` up ("UTC", "Asia/Shanghai"); an unknown id is an error naming it.
    static Result<TimeParser> forZone(const QString &ianaId, qint64 captureMs = 0);

    /// Errors say why: `not a time: "yesterday"`, `month 13 out of range in "2025-13-01"`.
    Result<ParsedTime> parse(QStringView text) const;
    Result<ParsedTime> parse(QStringView text, qint64 captureMs) const; ///< with a per-record capture time

    /// A JSON number: epoch seconds, or milliseconds when ≥ 10^11. Fractions of seconds are kept.
    Result<ParsedTime> fromEpoch(double value) const;

    const QTimeZone &naiveZone() const { return m_zone; }
    qint64 captureMs() const { return m_captureMs; }

private:
    Result<ParsedTime> parseIso(QStringView text, QStringView original) const;
    Result<ParsedTime> parseSpreadsheetDate(QStringView text, QStringView original) const;
    Result<ParsedTime> parseDayNameForm(QStringView text, QStringView original) const;
    Result<ParsedTime> parseRelative(QStringView text, QStringView original, qint64 captureMs) const;
    qint64 naiveToUtc(int year, int month, int day, qint64 msOfDay) const;

    QTimeZone m_zone;
    std::optional<int> m_fixedOffsetSeconds; ///< set when the zone never changes offset (UTC): no QDateTime needed
    qint64 m_captureMs = 0;
};
