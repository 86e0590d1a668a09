#include "core/api/requestparsing.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonParseError>

#include "core/model/pipelineparams.h"
#include "core/model/timeformat.h"

using namespace Qt::StringLiterals;

namespace requestparsing {

std::variant<QJsonObject, ApiError> jsonObject(const QByteArray &body, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return QJsonObject();
        return ApiError::badRequest(u"the body is empty; a JSON object is expected"_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badRequest(u"malformed JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString()),
                                    QJsonObject{{u"offset"_s, error.offset}, {u"reason"_s, error.errorString()}});
    if (!doc.isObject())
        return ApiError::badRequest(u"the body must be a JSON object"_s);
    return doc.object();
}

std::optional<ApiError> unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return ApiError::badRequest(u"unknown field \"%1\"; known: %2"_s.arg(it.key(), known.join(u", "_s)),
                                        QJsonObject{{u"field"_s, it.key()}});
    }
    return std::nullopt;
}

std::variant<qint64, ApiError> timeValue(const QJsonValue &value, const QString &field)
{
    if (value.isString()) {
        if (auto ms = parseIsoUtc(value.toString()))
            return *ms;
        return ApiError::unprocessable(u"%1: not an ISO-8601 time with offset or Z: \"%2\""_s.arg(field, value.toString()),
                                       QJsonObject{{u"field"_s, field}});
    }
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (!std::isfinite(v) || v < 0 || v > 1e15 || v != std::floor(v))
            return ApiError::unprocessable(u"%1: not a valid epoch time"_s.arg(field), QJsonObject{{u"field"_s, field}});
        const auto n = static_cast<qint64>(v);
        return n >= 100000000000LL ? n : n * 1000;
    }
    return ApiError::badRequest(u"%1: must be a string (ISO-8601) or a number (epoch seconds or milliseconds)"_s.arg(field),
                                QJsonObject{{u"field"_s, field}});
}

std::variant<int, ApiError> intValue(const QJsonValue &value, const QString &field, int min, int max)
{
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
        return ApiError::badRequest(u"%1: must be an integer"_s.arg(field), QJsonObject{{u"field"_s, field}});
    const double v = value.toDouble();
    if (v < min || v > max)
        return ApiError::unprocessable(u"%1: must be between %2 and %3, got %4"_s.arg(field).arg(min).arg(max).arg(v),
                                       QJsonObject{{u"field"_s, field}});
    return static_cast<int>(v);
}

QString queryString(const HttpRequest &request, const QString &name)
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

std::variant<int, ApiError> queryInt(const HttpRequest &request, const QString &name, int fallback, int min, int max)
{
    const QString text = queryString(request, name).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok)
        return ApiError::badRequest(u"%1: not an integer: \"%2\""_s.arg(name, text), QJsonObject{{u"parameter"_s, name}});
    if (value < min || value > max)
        return ApiError::unprocessable(u"%1: must be between %2 and %3, got %4"_s.arg(name).arg(min).arg(max).arg(value),
                                       QJsonObject{{u"parameter"_s, name}, {u"min"_s, min}, {u"max"_s, max}});
    return static_cast<int>(value);
}

std::optional<ApiError> unknownQuery(const HttpRequest &request, const QStringList &known)
{
    for (const auto &item : request.query.queryItems()) {
        if (!known.contains(item.first))
            return ApiError::badRequest(u"unknown query parameter \"%1\"; known: %2"_s.arg(item.first, known.join(u", "_s)),
                                        QJsonObject{{u"parameter"_s, item.first}});
    }
    return std::nullopt;
}

std::optional<ApiError> windowAndOverrides(const QJsonObject &body, std::optional<int> &windowHours,
                                           QJsonObject &overrides)
{
    if (body.contains(u"window_hours"_s) && !body.value(u"window_hours"_s).isNull()) {
        auto hours = intValue(body.value(u"window_hours"_s), u"window_hours"_s, 1, PipelineParams::kMaxWindowHours);
        if (auto *error = std::get_if<ApiError>(&hours))
            return *error;
        windowHours = std::get<int>(hours);
    }
    if (body.contains(u"overrides"_s) && !body.value(u"overrides"_s).isNull()) {
        if (!body.value(u"overrides"_s).isObject())
            return ApiError::badRequest(u"overrides: must be an object of config keys, e.g. {\"clustering.min_jaccard\": 0.3}"_s,
                                        QJsonObject{{u"field"_s, u"overrides"_s}});
        overrides = body.value(u"overrides"_s).toObject();
    }
    return std::nullopt;
}

} // namespace requestparsing
