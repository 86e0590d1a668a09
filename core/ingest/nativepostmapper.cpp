#include "core/ingest/nativepostmapper.h"

#include <cmath>

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QVariant>

#include "core/ingest/countparser.h"
#include "core/ingest/fielderror.h"
#include "core/ingest/flatjsonrecord.h"
#include "core/ingest/hashtags.h"
#include "core/ingest/platform.h"
#include "core/ingest/posturl.h"
#include "core/ingest/region.h"
#include "core/model/timeformat.h"
#include "core/ingest/spreadsheetid.h"

using namespace Qt::StringLiterals;

const std::array<QLatin1StringView, NativePostMapper::FieldCount> NativePostMapper::kFieldNames = {
    "platform"_L1, "post_id"_L1, "creator_id"_L1, "creator_name"_L1, "text"_L1,  "hashtags"_L1,
    "likes"_L1,    "comments"_L1, "shares"_L1,    "saves"_L1,        "views"_L1, "created_at"_L1,
    "region"_L1,   "url"_L1,     "language"_L1,   "first_seen"_L1,
};

namespace {

using Cell = NativePostMapper::Cell;
using Kind = NativePostMapper::Cell::Kind;

constexpr qsizetype kMaxIdLength = 256; // SPEC section 1
constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

QString typeName(const Cell &cell)
{
    return cell.typeName.isEmpty() ? u"not a string"_s : QString(cell.typeName);
}

Cell jsonCell(const QJsonValue &v)
{
    Cell c;
    switch (v.type()) {
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Null:
        c.kind = Kind::Null;
        break;
    case QJsonValue::String:
        c.kind = Kind::String;
        c.text = v.toString();
        break;
    case QJsonValue::Double:
        c.kind = Kind::Number;
        c.typeName = "a number"_L1;
        c.number = v.toDouble();
        // Qt keeps JSON integers that fit in 64 bits as exact integers; others become doubles.
        if (v.toVariant().typeId() == QMetaType::LongLong)
            c.integer = v.toInteger();
        break;
    case QJsonValue::Array: {
        c.kind = Kind::Array;
        c.typeName = "an array"_L1;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &e : array) {
            if (e.isString())
                c.strings.append(e.toString());
            else
                c.onlyStrings = false;
        }
        break;
    }
    default:
        c.kind = Kind::Other;
        c.typeName = v.isBool() ? "a boolean"_L1 : "an object"_L1;
        break;
    }
    return c;
}

/// An id (post_id, creator_id): a string, or a JSON number that is exactly an integer.
Result<QString> readId(QLatin1StringView field, Cell &cell)
{
    QString id;
    if (cell.kind == Kind::String) {
        id = std::move(cell.text).trimmed();
    } else if (cell.kind == Kind::Number) {
        if (cell.integer) {
            id = QString::number(*cell.integer);
        } else {
            const double d = cell.number;
            if (d != std::floor(d) || std::fabs(d) > kMaxExactDouble)
                return fieldError(field, u"numeric id "_s + QString::number(d, 'g', 17)
                                             + u" is not an exact integer; write ids as strings"_s);
            id = QString::number(qint64(d));
        }
    } else if (cell.kind == Kind::Absent || cell.kind == Kind::Null) {
        return fieldError(field, u"required"_s);
    } else {
        return fieldError(field, u"must be a string, not "_s + typeName(cell));
    }
    if (id.isEmpty())
        return fieldError(field, u"required"_s);
    if (id.size() > kMaxIdLength)
        return fieldError(field, u"longer than 256 characters"_s);
    return id;
}

/// An optional text field; absent and null are empty.
Result<QString> readText(QLatin1StringView field, Cell &cell)
{
    if (cell.kind == Kind::String)
        return std::move(cell.text);
    if (cell.kind == Kind::Absent || cell.kind == Kind::Null)
        return QString();
    return fieldError(field, u"must be a string, not "_s + typeName(cell));
}

/// The field's name as a shared QString: rawCounts of a million posts should not allocate it each time.
QString fieldString(QLatin1StringView field)
{
    static const std::array<QString, NativePostMapper::FieldCount> names = [] {
        std::array<QString, NativePostMapper::FieldCount> n;
        for (int f = 0; f < NativePostMapper::FieldCount; ++f)
            n[f] = QString(NativePostMapper::kFieldNames[f]);
        return n;
    }();
    for (const QString &n : names) {
        if (n == field)
            return n;
    }
    return QString(field);
}

/// A counter; nullopt for absent/null. Strings other than plain integers are kept in rawCounts.
Result<std::optional<qint64>> readCount(QLatin1StringView field, Cell &cell, Post &post)
{
    if (cell.kind == Kind::Absent || cell.kind == Kind::Null)
        return std::optional<qint64>();
    if (cell.kind == Kind::Number) {
        const double d = cell.number;
        if (d < 0)
            return fieldError(field, u"negative count "_s + QString::number(d, 'g', 17));
        if (d != std::floor(d) || !std::isfinite(d))
            return fieldError(field, u"not a whole number: "_s + QString::number(d, 'g', 17));
        if (cell.integer ? *cell.integer > kMaxCount : d > double(kMaxCount))
            return fieldError(field, countTooLarge(cell.integer ? QString::number(*cell.integer)
                                                                : QString::number(d, 'g', 17)));
        return std::optional<qint64>(cell.integer ? *cell.integer : qint64(d));
    }
    if (cell.kind != Kind::String)
        return fieldError(field, u"must be a number or a string, not "_s + typeName(cell));
    const ParsedCount parsed = parseCount(cell.text);
    if (!parsed.ok)
        return fieldError(field, parsed.error);
    if (!parsed.wasPlainInteger)
        post.rawCounts.append(RawCount{fieldString(field), cell.text.trimmed(), parsed.lowerBound});
    return std::optional<qint64>(parsed.value);
}

/// A time: a JSON number (epoch s/ms) or any string TimeParser reads.
Result<ParsedTime> readTime(QLatin1StringView field, const Cell &cell, const TimeParser &times, qint64 captureMs)
{
    Result<ParsedTime> t = cell.kind == Kind::Number ? times.fromEpoch(cell.number)
                           : cell.kind == Kind::String ? times.parse(cell.text, captureMs)
                                                       : Result<ParsedTime>(Error{});
    if (!t.ok())
        return fieldError(field, cell.kind == Kind::Number || cell.kind == Kind::String ? t.error().message
                                                                                        : u"must be a time, not "_s + typeName(cell));
    return t;
}

/// Issue 15, finding 8: a time outside [1 January ingest.min_year, reference + ingest.max_future_hours] is refused.
/// `referenceMs` is the capture time when known (0 = none); the wall clock is read only for a time past the
/// reference's bound, so the hot path never reads it, and a long-running server always compares with its "now".
std::optional<QString> outOfRange(qint64 ms, qint64 referenceMs, qint64 minMs, const IngestOptions &options)
{
    if (ms < minMs)
        return isoUtc(ms) + u" is before "_s + QString::number(options.minYear)
               + u" (ingest.min_year)"_s;
    const qint64 futureMs = qint64(options.maxFutureHours) * 3'600'000;
    if (referenceMs > 0 && ms <= referenceMs + futureMs)
        return std::nullopt;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool afterCapture = referenceMs > 0 && ms > referenceMs + futureMs;
    if (!afterCapture && ms <= nowMs + futureMs)
        return std::nullopt;
    // Against the clock the reason names no time: the same record is refused in the same words whenever it is
    // read (the REST body's two roads, a retried import), not with the millisecond it was read at.
    return isoUtc(ms) + u" is more than "_s + QString::number(options.maxFutureHours) + u" hours "_s
           + (afterCapture ? u"after the capture time "_s + isoUtc(referenceMs) : u"in the future"_s)
           + u" (ingest.max_future_hours)"_s;
}

/// A CSV cell's tag list: "matcha, 抹茶拿铁 #icedlatte" — commas (also Chinese ones) or spaces.
QStringList splitTagList(QStringView s)
{
    QStringList tags;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool sep = i == s.size() || s[i].isSpace() || s[i] == u',' || s[i] == u'，' || s[i] == u'、'
                         || s[i] == u';';
        if (sep && start >= 0) {
            tags.append(s.sliced(start, i - start).toString());
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
    }
    return tags;
}

} // namespace

NativePostMapper::NativePostMapper(const IngestOptions &options, TimeParser times)
    : m_options(options), m_times(std::move(times)),
      m_minTimeMs(QDateTime(QDate(options.minYear, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch())
{
}

Result<NativePostMapper> NativePostMapper::create(const IngestOptions &options)
{
    Result<TimeParser> times = TimeParser::forZone(options.naiveTimezone, options.captureTimeMs);
    if (!times.ok())
        return times.error();
    return NativePostMapper(options, std::move(times).value());
}

Result<Post> NativePostMapper::fromJson(const QJsonObject &object) const
{
    Cells cells;
    for (int f = 0; f < FieldCount; ++f)
        cells[f] = jsonCell(object.value(kFieldNames[f]));
    return fromCells(cells);
}

Result<Post> NativePostMapper::fromJsonText(QByteArrayView json) const
{
    Cells cells;
    Status parsed = parseFlatJsonRecord(json, kFieldNames, cells);
    if (!parsed.ok())
        return parsed.error();
    return fromCells(cells);
}

NativePostMapper::CsvColumns NativePostMapper::bindCsvHeader(const QStringList &header)
{
    CsvColumns columns;
    columns.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        for (int f = 0; f < FieldCount; ++f) {
            if (columns[f] < 0 && name.compare(kFieldNames[f], Qt::CaseInsensitive) == 0)
                columns[f] = i;
        }
    }
    return columns;
}

Result<Post> NativePostMapper::fromCsvRow(QStringList &row, const CsvColumns &columns) const
{
    Cells cells;
    for (int f = 0; f < FieldCount; ++f) {
        const int i = columns[f];
        if (i < 0 || i >= row.size())
            continue;
        if (row[i].trimmed().isEmpty()) {
            cells[f].kind = Cell::Kind::Null;
        } else {
            cells[f].kind = Cell::Kind::String;
            cells[f].text = std::move(row[i]);
        }
    }
    return fromCells(cells);
}

Result<Post> NativePostMapper::fromCells(Cells &cells) const
{
    Post post;

    // platform: a file nearly always holds one, so remember the last answer.
    Cell &platformCell = cells[Platform];
    if (platformCell.kind == Cell::Kind::Absent || platformCell.kind == Cell::Kind::Null) {
        // A record that does not say its platform: its URL's host, else --platform (IngestOptions),
        // never a guess (SPEC section 2).
        QString fallback;
        if (cells[Url].kind == Cell::Kind::String)
            fallback = PostUrl::parse(cells[Url].text).platform;
        if (fallback.isEmpty())
            fallback = m_options.platform;
        if (fallback.isEmpty())
            return fieldError(kFieldNames[Platform], u"required"_s);
        platformCell.kind = Cell::Kind::String;
        platformCell.text = fallback;
    }
    if (platformCell.kind != Cell::Kind::String)
        return fieldError(kFieldNames[Platform], u"must be a string, not "_s + typeName(platformCell));
    if (platformCell.text != m_lastPlatformRaw || m_lastPlatform.isEmpty()) {
        Result<QString> slug = normalizePlatform(platformCell.text);
        if (!slug.ok())
            return fieldError(kFieldNames[Platform], slug.error().message);
        m_lastPlatformRaw = platformCell.text;
        m_lastPlatform = std::move(slug).value();
    }
    post.platform = m_lastPlatform;

    Result<QString> postId = readId(kFieldNames[PostId], cells[PostId]);
    if (!postId.ok())
        return postId.error();
    post.postId = std::move(postId).value();
    if (spreadsheetid::isScientific(post.postId)) {
        Result<QString> whole = spreadsheetid::repair(
            post.postId, cells[Url].kind == Cell::Kind::String ? QStringView(cells[Url].text) : QStringView());
        if (!whole.ok())
            return whole.error();
        post.postId = std::move(whole).value();
    }
    Result<QString> creatorId = readId(kFieldNames[CreatorId], cells[CreatorId]);
    if (!creatorId.ok())
        return creatorId.error();
    post.creatorId = std::move(creatorId).value();

    for (const auto &[field, target] : {std::pair{CreatorName, &post.creatorName}, std::pair{Text, &post.text},
                                        std::pair{Url, &post.url}, std::pair{Language, &post.language}}) {
        Result<QString> s = readText(kFieldNames[field], cells[field]);
        if (!s.ok())
            return s.error();
        *target = std::move(s).value();
    }
    Result<QString> region = readText(kFieldNames[Region], cells[Region]);
    if (!region.ok())
        return region.error();
    if (!region.value().isEmpty())
        post.region = normalizeRegion(region.value());

    for (const auto &[field, target] : {std::pair{Likes, &post.likes}, std::pair{Comments, &post.comments},
                                        std::pair{Shares, &post.shares}, std::pair{Saves, &post.saves}}) {
        Result<std::optional<qint64>> n = readCount(kFieldNames[field], cells[field], post);
        if (!n.ok())
            return n.error();
        *target = n.value().value_or(0);
    }
    Result<std::optional<qint64>> views = readCount(kFieldNames[Views], cells[Views], post);
    if (!views.ok())
        return views.error();
    post.views = views.value(); // absent/null stays unknown, which is not 0

    qint64 captureMs = m_times.captureMs();
    if (cells[FirstSeen].kind != Cell::Kind::Absent && cells[FirstSeen].kind != Cell::Kind::Null) {
        Result<ParsedTime> seen = readTime(kFieldNames[FirstSeen], cells[FirstSeen], m_times, captureMs);
        if (!seen.ok())
            return seen.error();
        if (auto bad = outOfRange(seen.value().msSinceEpoch, 0, m_minTimeMs, m_options))
            return fieldError(kFieldNames[FirstSeen], *bad);
        post.firstSeenMs = seen.value().msSinceEpoch;
        captureMs = seen.value().msSinceEpoch;
    }
    if (cells[CreatedAt].kind == Cell::Kind::Absent || cells[CreatedAt].kind == Cell::Kind::Null)
        return fieldError(kFieldNames[CreatedAt], u"required"_s);
    Result<ParsedTime> created = readTime(kFieldNames[CreatedAt], cells[CreatedAt], m_times, captureMs);
    if (!created.ok())
        return created.error();
    if (auto bad = outOfRange(created.value().msSinceEpoch, captureMs, m_minTimeMs, m_options))
        return fieldError(kFieldNames[CreatedAt], *bad);
    post.createdAtMs = created.value().msSinceEpoch;
    post.approximateTime = created.value().approximate;

    QStringList structured;
    Cell &tags = cells[Hashtags];
    if (tags.kind == Cell::Kind::Array) {
        if (!tags.onlyStrings)
            return fieldError(kFieldNames[Hashtags], u"every tag must be a string"_s);
        structured = std::move(tags.strings);
    } else if (tags.kind == Cell::Kind::String) {
        structured = splitTagList(tags.text);
    } else if (tags.kind != Cell::Kind::Absent && tags.kind != Cell::Kind::Null) {
        return fieldError(kFieldNames[Hashtags], u"must be an array of strings, not "_s + typeName(tags));
    }
    const HashtagSyntax syntax = post.platform == "weibo"_L1 ? HashtagSyntax::Paired : HashtagSyntax::Inline;
    PostHashtags tagsOfPost = collectHashtagsWithSpellings(structured, post.text, m_options.aliases, syntax);
    post.hashtags = std::move(tagsOfPost.tags);
    post.hashtagSpellings = std::move(tagsOfPost.spellings);
    return post;
}

NativePostMapper::Cell NativePostMapper::cellFromJson(const QJsonValue &value)
{
    return jsonCell(value);
}

NativePostMapper::Field NativePostMapper::fieldNamed(QStringView name)
{
    for (int f = 0; f < FieldCount; ++f) {
        if (name.compare(kFieldNames[f], Qt::CaseInsensitive) == 0)
            return Field(f);
    }
    return FieldCount;
}

Result<Post> postFromJson(const QJsonObject &object, const IngestOptions &options)
{
    Result<NativePostMapper> mapper = NativePostMapper::create(options);
    if (!mapper.ok())
        return mapper.error();
    return mapper.value().fromJson(object);
}
