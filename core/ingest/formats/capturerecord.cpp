#include "core/ingest/formats/capturerecord.h"

#include <limits>

#include <QJsonArray>
#include <QVariant>

#include "core/ingest/fielderror.h"

using namespace Qt::StringLiterals;

namespace {

using Kind = FieldValue::Kind;

/// The exact integer a JSON number holds: 19-digit ids and counters stay exact (README §7.3);
/// Qt keeps JSON integers as qint64, jsonlite says so itself.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (value.toVariant().typeId() == QMetaType::LongLong)
        return value.toInteger();
    return std::nullopt;
}

std::optional<qint64> exactInteger(const jsonlite::Value &value)
{
    return value.integer();
}

/// The JSON value (QJsonValue or jsonlite::Value) in the form NativePostMapper reads. Only what
/// capture records hold: objects and booleans are "other" so that the mapper names their type in
/// a reject.
template <typename Value>
FieldValue toFieldValue(const Value &value)
{
    FieldValue out;
    if (value.isUndefined())
        return out;
    if (value.isNull()) {
        out.kind = Kind::Null;
    } else if (value.isString()) {
        out.kind = Kind::String;
        out.text = value.toString();
    } else if (value.isDouble()) {
        out.kind = Kind::Number;
        out.typeName = "a number"_L1;
        out.number = value.toDouble();
        out.integer = exactInteger(value);
    } else {
        out.kind = Kind::Other;
        out.typeName = value.isBool() ? "a boolean"_L1 : value.isArray() ? "an array"_L1 : "an object"_L1;
    }
    return out;
}

} // namespace

void CaptureRecord::set(Field field, QLatin1StringView source, const QJsonValue &value)
{
    m_sources[field] = source;
    m_cells[field] = toFieldValue(value);
}

void CaptureRecord::set(Field field, QLatin1StringView source, const jsonlite::Value &value)
{
    m_sources[field] = source;
    m_cells[field] = toFieldValue(value);
}

void CaptureRecord::setText(Field field, QLatin1StringView source, const QString &value)
{
    m_sources[field] = source;
    FieldValue &cell = m_cells[field];
    cell = FieldValue{};
    if (value.isEmpty()) {
        cell.kind = Kind::Null;
    } else {
        cell.kind = Kind::String;
        cell.text = value;
    }
}

void CaptureRecord::setEpochMs(Field field, QLatin1StringView source, qint64 ms)
{
    m_sources[field] = source;
    FieldValue &cell = m_cells[field];
    cell = FieldValue{};
    cell.kind = Kind::Number;
    cell.number = double(ms);
    cell.integer = ms;
}

void CaptureRecord::setTags(QLatin1StringView source, QStringList tags)
{
    m_sources[NativePostMapper::Hashtags] = source;
    FieldValue &cell = m_cells[NativePostMapper::Hashtags];
    cell = FieldValue{};
    cell.kind = Kind::Array;
    cell.strings = std::move(tags);
}

void CaptureRecord::setMissing(Field field, QLatin1StringView source)
{
    m_sources[field] = source;
    m_cells[field] = FieldValue{};
}

Result<Post> CaptureRecord::toPost(const NativePostMapper &mapper)
{
    Result<Post> post = mapper.fromCells(m_cells);
    if (!post.ok()) {
        const QString field = fieldOf(post.error());
        for (int f = 0; f < NativePostMapper::FieldCount; ++f) {
            if (!m_sources[f].isEmpty() && field == NativePostMapper::kFieldNames[f])
                return fieldError(m_sources[f], reasonOf(post.error()));
        }
        return post;
    }
    post.value().capturedAtMs = m_capturedAtMs;
    return post;
}

Status acceptOrReject(CaptureRecord &record, const NativePostMapper &mapper, RecordSink &session, qint64 line,
                      qint64 index)
{
    Result<Post> post = record.toPost(mapper);
    if (!post.ok()) {
        session.reject(line, post.error(), index);
        return Ok{};
    }
    return session.accept(std::move(post).value());
}

namespace capturejson {

QJsonValue at(const QJsonObject &o, QLatin1StringView a)
{
    return o.value(a);
}

QJsonValue at(const QJsonObject &o, QLatin1StringView a, QLatin1StringView b)
{
    return o.value(a).toObject().value(b);
}

QJsonValue at(const QJsonObject &o, QLatin1StringView a, QLatin1StringView b, QLatin1StringView c)
{
    return o.value(a).toObject().value(b).toObject().value(c);
}

QJsonValue firstPresent(std::initializer_list<QJsonValue> values)
{
    for (const QJsonValue &v : values) {
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

jsonlite::Value firstPresent(std::initializer_list<jsonlite::Value> values)
{
    for (const jsonlite::Value &v : values) {
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return jsonlite::Value();
}

std::optional<qint64> integerOfDouble(double d)
{
    // [-2^63, 2^63): both bounds are exact doubles; NaN fails both comparisons.
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        // An integer QJsonValue holds exactly (beyond 2^53 too) comes back as it is; anything else through the double.
        constexpr qint64 kNone = std::numeric_limits<qint64>::min();
        if (const qint64 exact = value.toInteger(kNone); exact != kNone)
            return exact;
        return integerOfDouble(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<qint64> integer(const jsonlite::Value &value)
{
    if (value.isDouble()) {
        // An integer literal reads exactly (beyond 2^53 too); anything else goes through the double.
        if (const std::optional<qint64> exact = value.integer())
            return exact;
        return integerOfDouble(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

} // namespace capturejson
