#pragma once

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "core/api/apierror.h"
#include "core/api/httprequest.h"

/// Reading request bodies and query strings the same way in every controller: malformed JSON,
/// a wrong shape or a wrong type is a 400; a well-typed value out of range is a 422.
namespace requestparsing {

/// The body as a JSON object. An empty body is `{}` when `allowEmpty`, else a 400.
std::variant<QJsonObject, ApiError> jsonObject(const QByteArray &body, bool allowEmpty);

/// A 400 naming the first key of `object` that is not in `known` (typos fail loudly), or nullopt.
std::optional<ApiError> unknownKey(const QJsonObject &object, const QStringList &known);

/// A time field as SPEC section 1 reads times: ISO-8601 with offset or `Z` (422 when invalid), or epoch seconds, or
/// epoch milliseconds (values ≥ 10^11); any other type is a 400. Errors name `field`.
std::variant<qint64, ApiError> timeValue(const QJsonValue &value, const QString &field);

/// An integer field in [min, max]: not an integer is a 400, out of range a 422. Errors name `field`.
std::variant<int, ApiError> intValue(const QJsonValue &value, const QString &field, int min, int max);

/// The members every pipeline request shares (POST /discover, POST /backtest): `window_hours` (1 to the longest
/// window) and `overrides` (an object of config keys); absent or null leaves the outputs as they are.
std::optional<ApiError> windowAndOverrides(const QJsonObject &body, std::optional<int> &windowHours,
                                           QJsonObject &overrides);

/// Query parameter `name` as an integer in [min, max]; `fallback` when absent or empty.
/// Not an integer: 400. Out of range (e.g. a negative limit): 422.
std::variant<int, ApiError> queryInt(const HttpRequest &request, const QString &name, int fallback, int min, int max);

/// Query parameter `name` (decoded), or an empty string.
QString queryString(const HttpRequest &request, const QString &name);

/// 400 naming the first query parameter not in `known`.
std::optional<ApiError> unknownQuery(const HttpRequest &request, const QStringList &known);

} // namespace requestparsing
