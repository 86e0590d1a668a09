#pragma once

#include <array>

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/ingest/fieldvalue.h"
#include "core/ingest/timeparser.h"
#include "core/model/ingestoptions.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// Maps records in SPEC section 1's own field names (native JSON objects and CSV rows) to Posts.
/// Built once per import so the time zone and aliases are resolved once, not per record.
///
/// A rejected record's Error has code "invalid_value", message "<field>: <reason>" and details
/// {"field", "reason"} (see fielderror.h), e.g. `created_at: not a time: "yesterday"`,
/// `likes: negative count -3`, `post_id: required`.
///
/// Ids given as JSON numbers are accepted when exact: integers that fit in 64 bits (Qt keeps them
/// exact) or floating values up to 2^53; a larger or fractional numeric id is rejected with a
/// reason asking for a string, because a rounded id would merge different posts. (A value written
/// with a fraction or exponent that reads as an integral double inside 64 bits is an integer, as
/// QJsonDocument reads it: above 2^53 no parser keeps the ".1" of 17980000000000000.1.)
/// Besides SPEC's fields, an optional `first_seen` (capture time) is read; relative dates in
/// `created_at` are resolved against it, else against IngestOptions::captureTimeMs.
/// Times are bounded (issue 15): created_at and first_seen before 1 January of `ingest.min_year`, or more than
/// `ingest.max_future_hours` after the capture time or the import's wall clock, are rejected naming the field.
class NativePostMapper
{
public:
    /// The fields of SPEC section 1 (+ first_seen), in the order of kFieldNames.
    enum Field {
        Platform, PostId, CreatorId, CreatorName, Text, Hashtags, Likes, Comments, Shares, Saves, Views,
        CreatedAt, Region, Url, Language, FirstSeen, FieldCount
    };
    static const std::array<QLatin1StringView, FieldCount> kFieldNames;

    using Cell = FieldValue;
    using Cells = std::array<Cell, FieldCount>;

    NativePostMapper(const IngestOptions &options, TimeParser times);
    /// Fails only when `options.naiveTimezone` is not a known IANA zone.
    static Result<NativePostMapper> create(const IngestOptions &options);

    Result<Post> fromJson(const QJsonObject &object) const;
    /// The import hot path: the text of one JSON object, parsed without a QJsonDocument. Syntax
    /// errors have code "invalid_json" and no field.
    Result<Post> fromJsonText(QByteArrayView json) const;

    /// Column index of each field in a CSV header (-1 = not there). Header names are matched
    /// trimmed and case-insensitively; unknown columns are ignored.
    using CsvColumns = std::array<int, FieldCount>;
    static CsvColumns bindCsvHeader(const QStringList &header);
    /// `row` must have as many cells as the header (the reader checks). Empty cells count as absent.
    Result<Post> fromCsvRow(QStringList &row, const CsvColumns &columns) const;

    /// The mapping itself, shared by both sources.
    Result<Post> fromCells(Cells &cells) const;

    /// A JSON value as a cell (integers that fit in 64 bits stay exact).
    static Cell cellFromJson(const QJsonValue &value);
    /// The field called `name` ("likes"), or FieldCount when there is none.
    static Field fieldNamed(QStringView name);

private:
    IngestOptions m_options;
    TimeParser m_times;
    qint64 m_minTimeMs = 0; ///< 1 January of ingest.min_year, UTC
    mutable QString m_lastPlatformRaw; ///< one-entry cache: a file nearly always has one platform
    mutable QString m_lastPlatform;
};

/// Convenience for single records (REST ingestion): builds a mapper for `options` each call.
Result<Post> postFromJson(const QJsonObject &object, const IngestOptions &options);
